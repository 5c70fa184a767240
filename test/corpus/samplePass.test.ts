import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { referencePass, samplePass } from '../../scripts/classifier/softmax.js';
import type { PassData } from '../../scripts/classifier/softmax.js';
import { runs } from '../helpers/runs.js';

const FEATURES = 7;

/** Pass data for K classes: random sparse rows, targets, sample weights, sets of right classes, weights and biases. */
const passData = (K: number): fc.Arbitrary<PassData> => {
  const weight = fc.double({ min: -3, max: 3, noNaN: true });
  const row = fc.record({
    entries: fc.uniqueArray(fc.integer({ min: 0, max: FEATURES - 1 }), { maxLength: 5 }).chain((idx) =>
      fc.array(fc.double({ min: 0.05, max: 2.5, noNaN: true }), { minLength: idx.length, maxLength: idx.length }).map((vals) => ({ idx, vals }))),
    y: fc.integer({ min: 0, max: K - 1 }),
    scale: fc.double({ min: 0.01, max: 1, noNaN: true }),
    among: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: K - 1 }), { minLength: 1, maxLength: K }), { nil: undefined }),
  });
  return fc.record({
    rows: fc.array(row, { minLength: 1, maxLength: 6 }),
    W: fc.array(weight, { minLength: FEATURES * K, maxLength: FEATURES * K }),
    b: fc.array(weight, { minLength: K, maxLength: K }),
    smoothing: fc.constantFrom(0, 0.1),
  }).map(({ rows, W, b, smoothing }) => {
    const n = rows.length;
    const start = new Int32Array(n + 1);
    rows.forEach((r, i) => { start[i + 1] = start[i]! + r.entries.idx.length; });
    const among = new Uint8Array(n * K);
    const hasAmong = new Uint8Array(n);
    rows.forEach((r, i) => {
      if (r.among === undefined) return;
      hasAmong[i] = 1;
      for (const k of r.among) among[i * K + k] = 1;
    });
    return {
      n,
      start,
      base: Int32Array.from(rows.flatMap((r) => r.entries.idx.map((f) => f * K))),
      val: Float64Array.from(rows.flatMap((r) => r.entries.vals)),
      y: Int32Array.from(rows.map((r) => r.y)),
      scale: Float64Array.from(rows.map((r) => r.scale)),
      hasAmong,
      among,
      W: Float64Array.from(W),
      b: Float64Array.from(b),
      gW: new Float64Array(FEATURES * K),
      gb: new Float64Array(K),
      keep: 1 - smoothing,
      spread: smoothing / K,
    };
  });
};

/** The gradients a pass adds to zeroed accumulators, on a copy of the data. */
function gradients(pass: (d: PassData) => void, d: PassData): { gW: Float64Array; gb: Float64Array } {
  const gW = new Float64Array(d.gW.length);
  const gb = new Float64Array(d.gb.length);
  pass({ ...d, gW, gb });
  return { gW, gb };
}

describe('training pass (R7: retraining reproduces the shipped weights bit for bit)', () => {
  // 1 to 6 classes: one loop over a sample's entries; 8, 9 and 16: one and two loops of eight classes (the label model
  // has 6 classes, the topic model 16).
  for (const K of [1, 2, 3, 6, 8, 9, 16]) {
    test.prop([passData(K)], { numRuns: runs(40) })(`R7: the generated pass for ${K} classes adds exactly the reference loop's gradients`, (d) => {
      const want = gradients(referencePass(K), d);
      const got = gradients(samplePass(K), d);
      // Object.is tells -0 from 0 and compares NaN with itself: the same bits, not just close values.
      for (let i = 0; i < want.gW.length; i++) expect(Object.is(got.gW[i], want.gW[i]), `gW[${i}]: ${got.gW[i]} vs ${want.gW[i]}`).toBe(true);
      for (let k = 0; k < K; k++) expect(Object.is(got.gb[k], want.gb[k]), `gb[${k}]: ${got.gb[k]} vs ${want.gb[k]}`).toBe(true);
    });
  }
});
