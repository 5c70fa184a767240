import { describe, expect, it } from 'vitest';
import { adversarialInputs } from '../../test/arbitraries/classifier.js';
import { classifyReply } from './classifyReply.js';
import { extractTimeline } from './extractTimeline.js';
import { CLASSIFIER_PATTERNS } from './regexes.js';

/**
 * ReDoS guard (issue 4 §5). Two checks per pattern:
 * 1. Structure, counted on the source: no quantified group contains an unbounded quantifier
 *    (star height 1), the shape behind catastrophic backtracking.
 * 2. Growth: on every adversarial input family, scanning 8× more text costs well under 64× more
 *    (what quadratic work would cost); linear work costs about 8×. Timings are printed, never
 *    compared with a fixed threshold.
 */

/** Whether a group that contains `+`, `*` or `{n,}` is itself repeated by `+`, `*`, `{n,}` or `{n,m}` with m > 1. */
function hasNestedUnboundedQuantifier(source: string): boolean {
  const stack: boolean[] = [false]; // per open group: does it contain an unbounded quantifier?
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      continue;
    }
    const quant = readQuantifier(source, i + 1);
    if (c === ')') {
      const inner = stack.pop() ?? false;
      if (inner && quant.repeats) return true;
      if (inner || quant.unbounded) stack[stack.length - 1] = true;
      continue;
    }
    if (c === '+' || c === '*' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)))) stack[stack.length - 1] = true;
  }
  return false;
}

function readQuantifier(source: string, at: number): { repeats: boolean; unbounded: boolean } {
  const c = source[at];
  if (c === '+' || c === '*') return { repeats: true, unbounded: true };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 20));
    if (m === null) return { repeats: false, unbounded: false };
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    return { repeats: max > 1, unbounded: max === Number.POSITIVE_INFINITY };
  }
  return { repeats: false, unbounded: false };
}

function scan(pattern: RegExp, text: string): number {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let matches = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    matches++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return matches;
}

/** Best of `runs` timings, in milliseconds (printed, and compared only as a ratio). */
function best(runs: number, body: () => unknown): number {
  let min = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    body();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

const SMALL = 32_000;
const LARGE = 8 * SMALL;
/**
 * Linear work grows about 8×, quadratic 64×: the bound sits between them, with room for garbage
 * collection noise (timings are the best of several runs after a warm-up).
 */
const MAX_RATIO = 32;
const NOISE_MS = 0.5;

describe('regular expressions (issue 4 §5: linear time)', () => {
  it('lists every pattern once', () => {
    expect(CLASSIFIER_PATTERNS.length).toBeGreaterThan(30);
    expect(new Set(CLASSIFIER_PATTERNS.map((p) => p.name)).size).toBe(CLASSIFIER_PATTERNS.length);
  });

  it.each(CLASSIFIER_PATTERNS.map((p) => [p.name, p.pattern] as const))('%s has no nested unbounded quantifier', (_name, pattern) => {
    expect(hasNestedUnboundedQuantifier(pattern.source)).toBe(false);
  });

  it('the structure check catches the classic catastrophic shapes', () => {
    expect(hasNestedUnboundedQuantifier('(a+)+$')).toBe(true);
    expect(hasNestedUnboundedQuantifier('(?:\\s*x)*')).toBe(true);
    expect(hasNestedUnboundedQuantifier('(a|aa){2,}')).toBe(false);
    expect(hasNestedUnboundedQuantifier('(?:a\\s)?b{0,5}')).toBe(false);
  });

  it('every pattern scans adversarial input in linear time', { timeout: 120_000 }, () => {
    const small = adversarialInputs(SMALL);
    const large = adversarialInputs(LARGE);
    const worst: string[] = [];
    for (const { name, pattern } of CLASSIFIER_PATTERNS) {
      let worstRatio = 0;
      let worstFamily = '';
      for (const family of Object.keys(small)) {
        const s = small[family] ?? '';
        const l = large[family] ?? '';
        const ts = best(3, () => scan(pattern, s));
        const tl = best(3, () => scan(pattern, l));
        const ratio = tl / Math.max(ts, NOISE_MS / 8);
        if (tl > NOISE_MS && ratio > worstRatio) {
          worstRatio = ratio;
          worstFamily = family;
        }
        expect(tl > NOISE_MS ? ratio : 0, `${name} on ${family}: ${ts.toFixed(2)} ms → ${tl.toFixed(2)} ms`).toBeLessThan(MAX_RATIO);
      }
      worst.push(`${name}: worst ×${worstRatio.toFixed(1)} (${worstFamily || 'all under noise floor'})`);
    }
    console.log(`8× input growth, per pattern:\n  ${worst.join('\n  ')}`);
  });

  it('classifyReply and extractTimeline stay linear on 1 MB adversarial inputs', { timeout: 120_000 }, () => {
    const small = adversarialInputs(128_000);
    const large = adversarialInputs(1_024_000);
    const rows: string[] = [];
    for (const family of Object.keys(large)) {
      const s = small[family] ?? '';
      const l = large[family] ?? '';
      const options = { reference: '2026-11-25T10:00:00Z', timeZone: 'UTC' };
      classifyReply(l);
      extractTimeline(l, options);
      const classifySmall = best(3, () => classifyReply(s));
      const classifyLarge = best(3, () => classifyReply(l));
      const extractSmall = best(3, () => extractTimeline(s, options));
      const extractLarge = best(3, () => extractTimeline(l, options));
      rows.push(`${family.padEnd(28)} classify ${classifyLarge.toFixed(1).padStart(6)} ms (×${(classifyLarge / classifySmall).toFixed(1)})  extract ${extractLarge.toFixed(1).padStart(6)} ms (×${(extractLarge / extractSmall).toFixed(1)})`);
      if (classifyLarge > 5) expect(classifyLarge / classifySmall, `classify ${family}`).toBeLessThan(MAX_RATIO);
      if (extractLarge > 5) expect(extractLarge / extractSmall, `extract ${family}`).toBeLessThan(MAX_RATIO);
    }
    console.log(`1 MB inputs (128 KB → 1 MB growth in parentheses):\n  ${rows.join('\n  ')}`);
  });
});
