import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoint, codePointString, OBJECT_KEYS } from './text.js';

describe('codePointString (test generator)', () => {
  it('draws code points exactly as fast-check does for a binary string unit (same seed, same values)', () => {
    // fast-check's binary unit is this mapToConstant over the code points without the surrogate range.
    const oracle = fc.mapToConstant(
      { num: 0xd800, build: (i) => String.fromCodePoint(i) },
      { num: 0x110000 - 0xe000, build: (i) => String.fromCodePoint(0xe000 + i) },
    );
    for (const seed of [1, 42, 2026]) expect(fc.sample(codePoint(), { numRuns: 500, seed })).toEqual(fc.sample(oracle, { numRuns: 500, seed }));
  });

  it('makes well-formed strings of at most maxLength code points, astral ones and object keys among them', () => {
    const samples = fc.sample(codePointString({ maxLength: 30 }), { numRuns: 3000, seed: 7 });
    const loneSurrogate = (c: string): boolean => c.codePointAt(0)! >= 0xd800 && c.codePointAt(0)! < 0xe000;
    expect(samples.every((s) => ![...s].some(loneSurrogate) && [...s].length <= 30)).toBe(true);
    expect(samples.some((s) => /[\u{10000}-\u{10FFFF}]/u.test(s))).toBe(true);
    expect(samples.some((s) => OBJECT_KEYS.some((k) => s.includes(k)))).toBe(true);
  });

  it('shrinks a failing string to a smaller one', () => {
    const details = fc.check(fc.property(codePointString({ maxLength: 50 }), (s) => !/[\u{10000}-\u{10FFFF}]/u.test(s)), { seed: 3 });
    expect(details.failed).toBe(true);
    expect(details.counterexample?.[0]).toBe('\u{10000}'); // the lowest astral code point, alone
  });
});
