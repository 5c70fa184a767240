import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asShipped, LABEL_LEVELS, MAX_FEATURES, PRUNE_BELOW } from '../../scripts/classifier/trainModel.js';
import type { SoftmaxModel } from '../../scripts/classifier/softmax.js';
import { runs } from '../helpers/runs.js';

const K = 3;

/**
 * Naive oracle of the shipped form (R7 calibration is fitted on it): rank rows by their largest weight (times the square
 * root of the row's share of messages, when shares are given), keep those whose largest weight is at least PRUNE_BELOW
 * up to MAX_FEATURES (ties in row order), round each kept weight to the nearest step of the largest kept weight /
 * LABEL_LEVELS (six significant digits), zero the rest.
 */
function oracle(m: SoftmaxModel, shares?: readonly number[]): number[] {
  const rows = Array.from({ length: m.features }, (_, f) => ({ f, max: Math.max(...Array.from({ length: K }, (_, k) => Math.abs(m.W[f * K + k]!))) }));
  const rank = (r: { f: number; max: number }): number => r.max * (shares === undefined ? 1 : Math.sqrt(shares[r.f]!));
  const kept = rows.filter((r) => r.max >= PRUNE_BELOW).sort((a, b) => rank(b) - rank(a) || a.f - b.f).slice(0, MAX_FEATURES);
  const top = Math.max(0, ...kept.map((r) => r.max));
  const scale = Number((top / LABEL_LEVELS || 1).toPrecision(6));
  const out = new Array<number>(m.W.length).fill(0);
  for (const { f } of kept) for (let k = 0; k < K; k++) out[f * K + k] = Math.max(-LABEL_LEVELS, Math.min(LABEL_LEVELS, Math.round(m.W[f * K + k]! / scale))) * scale;
  return out;
}

const model = (features: number): fc.Arbitrary<SoftmaxModel> =>
  fc.record({
    W: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: features * K, maxLength: features * K }),
    b: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: K, maxLength: K }),
  }).map(({ W, b }) => ({ features, classes: K, W: Float64Array.from(W), b: Float64Array.from(b) }));

describe('the shipped form of a label model (R7)', () => {
  test.prop([fc.integer({ min: 1, max: 40 }).chain(model)], { numRuns: runs(200) })(
    'R7: asShipped keeps the strongest rows of at least PRUNE_BELOW and rounds them to the shipped steps',
    (m) => {
      const shipped = asShipped(m);
      expect([...shipped.W].map((w) => Number(w.toPrecision(9)))).toEqual(oracle(m).map((w) => Number(w.toPrecision(9))));
      expect([...shipped.b]).toEqual([...m.b].map((x) => Number(x.toPrecision(6))));
    },
  );

  test.prop([fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(model(n), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })))], { numRuns: runs(200) })(
    'R7: with shares of messages, asShipped ranks rows by largest weight times the root of their share',
    ([m, shares]) => {
      const shipped = asShipped(m, shares);
      expect([...shipped.W].map((w) => Number(w.toPrecision(9)))).toEqual(oracle(m, shares).map((w) => Number(w.toPrecision(9))));
    },
  );

  it('R7: a frequent feature outranks a rarer one of larger weight when only one fits', () => {
    const features = MAX_FEATURES + 1;
    // Every row but the last two has weight 1 and share 1; row MAX_FEATURES - 1 has weight 0.5 in every message
    // (0.5 x 1), the last row weight 2 in one message in a hundred (2 x 0.1): the last one is dropped.
    const W = new Float64Array(features * K);
    const shares = new Array<number>(features).fill(1);
    for (let f = 0; f < features; f++) W[f * K] = 1;
    W[(features - 2) * K] = 0.5;
    W[(features - 1) * K] = 2;
    shares[features - 1] = 0.01;
    const shipped = asShipped({ features, classes: K, W, b: new Float64Array(K) }, shares);
    expect(shipped.W[(features - 2) * K]).not.toBe(0);
    expect(shipped.W[(features - 1) * K]).toBe(0);
    // By weight alone the rare row is kept and the frequent one dropped.
    const byWeight = asShipped({ features, classes: K, W, b: new Float64Array(K) });
    expect(byWeight.W[(features - 1) * K]).not.toBe(0);
    expect(byWeight.W[(features - 2) * K]).toBe(0);
  });

  it('R7: at most MAX_FEATURES rows keep weights, the strongest ones', () => {
    const features = MAX_FEATURES + 5;
    // Row f has weight 0.1 + f / 1e4 in class 0: the five weakest rows (0 to 4) are the ones dropped.
    const W = new Float64Array(features * K);
    for (let f = 0; f < features; f++) W[f * K] = 0.1 + f / 1e4;
    const shipped = asShipped({ features, classes: K, W, b: new Float64Array(K) });
    const live = Array.from({ length: features }, (_, f) => f).filter((f) => shipped.W[f * K] !== 0);
    expect(live).toHaveLength(MAX_FEATURES);
    expect(live[0]).toBe(5);
  });
});
