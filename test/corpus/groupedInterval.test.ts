import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { groupedInterval } from '../../scripts/classifier/evaluateReal.js';
import { runs } from '../helpers/runs.js';

const group = fc.integer({ min: 1, max: 40 }).chain((total) => fc.record({ correct: fc.integer({ min: 0, max: total }), total: fc.constant(total) }));
const accuracy = (g: { correct: number; total: number }): number => g.correct / g.total;

describe('accuracy interval by resampling sources (R7)', () => {
  test.prop([fc.array(group, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 1000 })], { numRuns: runs(100) })(
    'R7: the interval lies between the worst and the best source, and the same seed gives the same interval',
    (groups, seed) => {
      const i = groupedInterval(groups, 400, seed);
      expect(i.low).toBeGreaterThanOrEqual(Math.min(...groups.map(accuracy)));
      expect(i.high).toBeLessThanOrEqual(Math.max(...groups.map(accuracy)));
      expect(i.low).toBeLessThanOrEqual(i.high);
      expect(groupedInterval(groups, 400, seed)).toEqual(i);
    },
  );

  test.prop([group, group], { numRuns: runs(100) })(
    'R7: with two sources, each resample is one of them twice a quarter of the time: the interval runs from the worse to the better',
    (a, b) => {
      // Oracle: the resamples AA, AB, BA and BB are equally likely, so the 2.5th and 97.5th percentiles of 2,000 rounds
      // are the accuracies of AA and BB (each well over 2.5% of the rounds).
      const i = groupedInterval([a, b]);
      expect(i.low).toBe(Math.min(accuracy(a), accuracy(b)));
      expect(i.high).toBe(Math.max(accuracy(a), accuracy(b)));
    },
  );

  it('R7: sources that all read alike give a point; sources read unevenly a wider interval than single messages', () => {
    expect(groupedInterval([{ correct: 3, total: 4 }, { correct: 6, total: 8 }, { correct: 15, total: 20 }])).toEqual({ low: 0.75, high: 0.75 });
    const single = groupedInterval(Array.from({ length: 100 }, (_, k) => ({ correct: k < 80 ? 1 : 0, total: 1 })));
    const lumped = groupedInterval([12, 14, 16, 18, 20].map((correct) => ({ correct, total: 20 })));
    expect(single.high - single.low).toBeLessThan(lumped.high - lumped.low);
    expect(single.low).toBeLessThan(0.8);
    expect(single.high).toBeGreaterThan(0.8);
  });

  it('R7: no sources, or a source with no messages or more right than messages, is refused', () => {
    expect(() => groupedInterval([])).toThrow(RangeError);
    expect(() => groupedInterval([{ correct: 0, total: 0 }])).toThrow(RangeError);
    expect(() => groupedInterval([{ correct: 3, total: 2 }])).toThrow(RangeError);
  });
});
