import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { FITTED_PRECISION, lowestCut, REVIEW_MIN_PREDICTIONS, reviewThreshold, reviewThresholds } from '../../scripts/classifier/trainModel.js';
import { runs } from '../helpers/runs.js';

type Pred = { confidence: number; correct: boolean };

/** Naive oracle: every distinct confidence from the top, the share of predictions at or above it that are right. */
function oracle(preds: readonly Pred[], target: number, stopAfter: number): number {
  const cuts = [...new Set(preds.map((p) => p.confidence))].sort((a, b) => b - a);
  let best = 1;
  for (const cut of cuts) {
    const above = preds.filter((p) => p.confidence >= cut);
    if (above.filter((p) => p.correct).length / above.length >= target) best = cut;
    else if (above.length >= stopAfter) break;
  }
  return best;
}

const preds = fc.array(fc.record({ confidence: fc.integer({ min: 0, max: 20 }).map((n) => n / 20), correct: fc.boolean() }), { maxLength: 60 });

describe('review threshold (R7)', () => {
  test.prop([preds, fc.constantFrom(0.5, 0.8, 0.97), fc.constantFrom(1, 5, 30, Infinity)], { numRuns: runs(300) })(
    'R7: the lowest cut walks down the distinct confidences and stops at the first failing cut once enough are in',
    (p, target, stopAfter) => {
      expect(lowestCut(p, (c, n) => c / n >= target, stopAfter)).toBe(oracle(p, target, stopAfter));
    },
  );

  it('R7: with a stop, a cut that passes again after a run of errors is not taken; the review threshold has none', () => {
    // 40 right at 0.99, 5 wrong at 0.9, then 700 right at 0.5: 99.3% at 0.5, but a walk that stops does so at 0.9.
    const p: Pred[] = [
      ...Array.from({ length: 40 }, () => ({ confidence: 0.99, correct: true })),
      ...Array.from({ length: 5 }, () => ({ confidence: 0.9, correct: false })),
      ...Array.from({ length: 700 }, () => ({ confidence: 0.5, correct: true })),
    ];
    expect(lowestCut(p, (c, n) => c / n >= 0.97, 30)).toBe(0.99);
    expect(lowestCut(p, (c, n) => c / n >= 0.97)).toBe(0.5);
    expect(FITTED_PRECISION).toBe(0.99);
    expect(reviewThreshold(p)).toBe(0.5);
    // One more wrong at 0.5 and 740/746 = 99.20% still passes; three more (740/748 = 98.93%) do not.
    expect(reviewThreshold([...p, { confidence: 0.5, correct: false }])).toBe(0.5);
    expect(reviewThreshold([...p, ...Array.from({ length: 3 }, () => ({ confidence: 0.5, correct: false }))])).toBe(0.99);
  });

  test.prop([fc.array(fc.record({ label: fc.integer({ min: 0, max: 2 }), confidence: fc.integer({ min: 0, max: 20 }).map((n) => n / 20), correct: fc.boolean() }), { maxLength: 120 })], { numRuns: runs(200) })(
    'R7: each label\'s threshold is the lowest cut of its own predictions that is precise on enough of them, 1 when none is',
    (p) => {
      const got = reviewThresholds(p, 3);
      for (let k = 0; k < 3; k++) {
        const own = p.filter((q) => q.label === k);
        // Oracle: every distinct confidence of the label, from the top; the share right at or above it, on enough of them.
        const cuts = [...new Set(own.map((q) => q.confidence))].sort((a, b) => b - a);
        let want = 1;
        for (const cut of cuts) {
          const above = own.filter((q) => q.confidence >= cut);
          if (above.length >= REVIEW_MIN_PREDICTIONS && above.filter((q) => q.correct).length / above.length >= FITTED_PRECISION) want = cut;
        }
        expect(got[k]).toBe(want);
      }
    },
  );
});
