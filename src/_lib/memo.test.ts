import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/runs.js';
import { Memo } from './memo.js';

/** A memo of `key.length * 10`, counting the computations it asks for. */
function counted(limit: number): { memo: Memo<string, number>; calls: string[]; get: (key: string) => number } {
  const memo = new Memo<string, number>(limit);
  const calls: string[] = [];
  const compute = (key: string): number => {
    calls.push(key);
    return key.length * 10;
  };
  return { memo, calls, get: (key) => memo.get(key, compute) };
}

describe('Memo', () => {
  it('computes a key once while it is held', () => {
    const { memo, calls, get } = counted(3);
    expect([get('a'), get('bb'), get('a'), get('bb')]).toEqual([10, 20, 10, 20]);
    expect(calls).toEqual(['a', 'bb']);
    expect(memo.size).toBe(2);
  });

  it('holds at most `limit` entries: a new key on a full memo empties it first (clear on full)', () => {
    const { memo, calls, get } = counted(2);
    get('a');
    get('b');
    expect(memo.size).toBe(2);
    get('c'); // full: a and b are dropped, c is the only entry
    expect(memo.size).toBe(1);
    get('c');
    get('a'); // recomputed after the clear
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
    expect(memo.size).toBe(2);
  });

  it('a hit on a full memo keeps every entry', () => {
    const { memo, calls, get } = counted(2);
    get('a');
    get('b');
    get('a');
    get('b');
    expect(memo.size).toBe(2);
    expect(calls).toEqual(['a', 'b']);
  });

  it('stores nothing when the computation throws, and keeps what it held', () => {
    const memo = new Memo<string, number>(2);
    memo.get('a', () => 1);
    expect(() => memo.get('b', () => { throw new Error('no'); })).toThrow('no');
    expect(memo.size).toBe(1);
    expect(memo.get('b', () => 2)).toBe(2);
  });

  it('stores null as an answer', () => {
    const memo = new Memo<string, number | null>(2);
    let calls = 0;
    const compute = (): null => { calls++; return null; };
    expect([memo.get('x', compute), memo.get('x', compute)]).toEqual([null, null]);
    expect(calls).toBe(1);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects the limit %s', (limit) => {
    expect(() => new Memo(limit)).toThrow(RangeError);
  });

  /**
   * The naive oracle of the same policy: the keys held since the last clear, in an array; a key not
   * among them is computed, and when `limit` keys are held the array starts over.
   */
  function oracle(limit: number, keys: readonly number[]): { computed: boolean[]; sizes: number[] } {
    let held: number[] = [];
    const computed: boolean[] = [];
    const sizes: number[] = [];
    for (const key of keys) {
      const miss = !held.includes(key);
      if (miss) {
        if (held.length === limit) held = [];
        held.push(key);
      }
      computed.push(miss);
      sizes.push(held.length);
    }
    return { computed, sizes };
  }

  test.prop([fc.integer({ min: 1, max: 6 }), fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 60 })], { numRuns: runs(200) })(
    'computes exactly the keys the oracle misses, never holds more than `limit`, and answers as the computation does',
    (limit, keys) => {
      const memo = new Memo<number, number>(limit);
      const computed: boolean[] = [];
      const sizes: number[] = [];
      for (const key of keys) {
        let called = false;
        const value = memo.get(key, (k) => {
          called = true;
          return k * k + 1;
        });
        expect(value).toBe(key * key + 1);
        computed.push(called);
        sizes.push(memo.size);
        expect(memo.size).toBeLessThanOrEqual(limit);
      }
      expect({ computed, sizes }).toEqual(oracle(limit, keys));
    },
  );
});
