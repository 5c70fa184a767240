import { describe, expect, it } from 'vitest';
import { adversarialInputs } from '../../test/arbitraries/classifier.js';
import { classifyReply } from './classifyReply.js';
import { extractTimeline } from './extractTimeline.js';
import { CLASSIFIER_PATTERNS } from './regexes.js';
import { REPLY_LABELS } from './types.js';

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

const SMALL = 32_000;
const LARGE = 8 * SMALL;

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

  // Timings are figures, not assertions: `npm run bench classifier` prints the 1 MB timings. Here
  // every pattern is fed worst-case strings; catastrophic backtracking would not finish within the
  // test's timeout, and the match counts must grow no faster than the input.
  it('every pattern runs through worst-case input, with match counts linear in its length', { timeout: 120_000 }, () => {
    const small = adversarialInputs(SMALL);
    const large = adversarialInputs(LARGE);
    for (const { name, pattern } of CLASSIFIER_PATTERNS) {
      for (const family of Object.keys(small)) {
        const few = scan(pattern, small[family] ?? '');
        const many = scan(pattern, large[family] ?? '');
        expect(many, `${name} on ${family}`).toBeLessThanOrEqual(8 * few + 8);
      }
    }
  });

  it('classifyReply and extractTimeline finish on 1 MB adversarial inputs with well-formed results', { timeout: 120_000 }, () => {
    const large = adversarialInputs(1_024_000);
    const options = { reference: '2026-11-25T10:00:00Z', timeZone: 'UTC' };
    for (const [family, text] of Object.entries(large)) {
      const result = classifyReply(text);
      expect(REPLY_LABELS, family).toContain(result.label);
      for (const e of result.evidence) expect(text.slice(e.start, e.end), family).toBe(e.text);
      const timeline = extractTimeline(text, options);
      if (timeline !== null) expect(timeline.date, family).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
