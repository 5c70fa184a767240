import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { logits, softmax, train } from '../../scripts/classifier/softmax.js';
import type { Sample } from '../../scripts/classifier/softmax.js';
import { runs } from '../helpers/runs.js';

const K = 4;
const FEATURES = 6;
const OPTIONS = { l2: 1e-3, epochs: 15, learningRate: 0.1 } as const;

const sample = fc.record({
  idx: fc.uniqueArray(fc.integer({ min: 0, max: FEATURES - 1 }), { minLength: 1, maxLength: 4 }),
  val: fc.double({ min: 0.1, max: 2, noNaN: true }),
  y: fc.integer({ min: 0, max: K - 1 }),
  w: fc.double({ min: 0.1, max: 2, noNaN: true }),
}).map(({ idx, val, y, w }): Sample => ({ x: { idx: Int32Array.from(idx), val: new Float64Array(idx.length).fill(val) }, y, w }));

/** The training loss: weighted mean of minus the log of the probability of the right class, or of the set `among`. */
function loss(samples: readonly Sample[], model: ReturnType<typeof train>): number {
  let total = 0;
  let sum = 0;
  for (const s of samples) {
    const p = softmax(logits(model, s.x));
    const right = s.among === undefined ? p[s.y]! : s.among.reduce((a, k) => a + p[k]!, 0);
    sum -= s.w * Math.log(right);
    total += s.w;
  }
  return sum / total;
}

describe('training with a set of right classes (R7: invented messages teach the topic model their label)', () => {
  test.prop([fc.array(sample, { minLength: 1, maxLength: 12 })], { numRuns: runs(40) })(
    'R7: a set of one class trains exactly as that class does',
    (samples) => {
      const a = train(samples, FEATURES, K, OPTIONS);
      const b = train(samples.map((s) => ({ ...s, among: [s.y] })), FEATURES, K, OPTIONS);
      for (let i = 0; i < a.W.length; i++) expect(b.W[i]).toBeCloseTo(a.W[i]!, 9);
      for (let k = 0; k < K; k++) expect(b.b[k]).toBeCloseTo(a.b[k]!, 9);
    },
  );

  test.prop([fc.array(sample, { minLength: 1, maxLength: 12 }), fc.uniqueArray(fc.integer({ min: 0, max: K - 1 }), { minLength: 2, maxLength: K - 1 })], { numRuns: runs(40) })(
    'R7: training raises the summed probability of a set of right classes (lowers its loss)',
    (base, among) => {
      const samples = base.map((s) => ({ ...s, among }));
      const untrained = train(samples, FEATURES, K, { ...OPTIONS, epochs: 0 });
      const trained = train(samples, FEATURES, K, OPTIONS);
      expect(loss(samples, trained)).toBeLessThan(loss(samples, untrained));
    },
  );
});
