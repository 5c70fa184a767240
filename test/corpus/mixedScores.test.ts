import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LABEL_MIX as TRAINED_MIX, LABEL_OF_TOPIC as TRAINED_LABEL_OF_TOPIC, MIX_FLOOR as TRAINED_FLOOR, mixedLogits } from '../../scripts/classifier/trainModel.js';
import { softmax } from '../../scripts/classifier/softmax.js';
import { loadCorpus } from '../../scripts/corpus/load.js';
import { readReply, replyFeatures } from '../../src/classifier/model/features.js';
import { decodeFeatureIds, decodeSparseWeights, decodeWeights, idKey, rowContributions, scoreFeatures } from '../../src/classifier/model/linearModel.js';
import {
  FEATURE_IDS, LABEL_BIAS, LABEL_MIX, LABEL_OF_TOPIC, LABEL_SCALE, LABEL_WEIGHTS, MIX_FLOOR, TEMPERATURE, TOPIC_BIAS, TOPIC_SCALE, TOPIC_WEIGHTS,
} from '../../src/classifier/model/weights.generated.js';
import { runs } from '../helpers/runs.js';

const L = LABEL_BIAS.length;
const T = TOPIC_BIAS.length;
const ids = [...decodeFeatureIds(FEATURE_IDS)];
const rowOf = new Map(ids.map((id, row) => [id, row]));
const labelSteps = decodeWeights(LABEL_WEIGHTS, ids.length * L);
const topicSteps = decodeSparseWeights(TOPIC_WEIGHTS, ids.length * T);

/**
 * Naive oracle of the reader's label probabilities (R7): a map from feature id to row, each occurrence's weights added
 * one by one to both models' logits, then the training script's own mixing (mixedLogits) and softmax at the fitted
 * temperature.
 */
function oracle(text: string): { labels: number[]; topics: number[]; zl: Float64Array; zt: Float64Array } {
  const vec = replyFeatures(readReply({ text }));
  const zl = Float64Array.from(LABEL_BIAS);
  const zt = Float64Array.from(TOPIC_BIAS);
  for (let i = 0; i < vec.count; i++) {
    const row = rowOf.get(idKey(vec.ids[i]!));
    if (row === undefined) continue;
    for (let k = 0; k < L; k++) zl[k]! += labelSteps[row * L + k]! * LABEL_SCALE * vec.values[i]!;
    for (let t = 0; t < T; t++) zt[t]! += topicSteps[row * T + t]! * TOPIC_SCALE * vec.values[i]!;
  }
  return { labels: [...softmax(mixedLogits(zl, zt), TEMPERATURE)], topics: [...zt], zl, zt };
}

const texts = loadCorpus().filter((_, i) => i % 7 === 0).map((it) => it.text);
const words = [...new Set(texts.join(' ').split(/\s+/))].filter((w) => w.length > 0);

describe('the reader mixes its two models as training did (R7)', () => {
  it('R7: the shipped module carries the mix and the topic-to-label map that training used', () => {
    expect(LABEL_MIX).toBe(TRAINED_MIX);
    expect(MIX_FLOOR).toBe(TRAINED_FLOOR);
    expect(LABEL_OF_TOPIC).toEqual(TRAINED_LABEL_OF_TOPIC);
  });

  test.prop([fc.oneof(fc.constantFrom(...texts), fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((w) => w.join(' ')))], { numRuns: runs(150) })(
    'R7: label probabilities and topic logits match the naive oracle, on corpus mail and on word salad from it',
    (text) => {
      const expected = oracle(text);
      const got = scoreFeatures(replyFeatures(readReply({ text })));
      for (let k = 0; k < L; k++) expect(got.labels[k]).toBeCloseTo(expected.labels[k]!, 9);
      for (let t = 0; t < T; t++) expect(got.topics[t]).toBeCloseTo(expected.topics[t]!, 9);
    },
  );

  it("R7: a row's evidence weight is the first-order change of the mixed margin (against finite differences of the oracle), on every seventh corpus message", () => {
    for (const text of texts) {
      const vec = replyFeatures(readReply({ text }));
      const scored = scoreFeatures(vec);
      const p = [...scored.labels];
      const best = p.indexOf(Math.max(...p));
      const second = p.indexOf(Math.max(...p.filter((_, k) => k !== best)));
      const { count, first, sums } = rowContributions(vec, scored, best, second);
      const { zl, zt } = oracle(text);
      const margin = (l: Float64Array, t: Float64Array): number => {
        const z = mixedLogits(l, t);
        return z[best]! - z[second]!;
      };
      for (let g = 0; g < count; g++) {
        const i = first[g]!;
        const row = rowOf.get(idKey(vec.ids[i]!))!;
        // The row's total value over its occurrences in the fields (global features are left out of evidence).
        let value = 0;
        for (let j = 0; j < vec.count; j++) if (vec.ids[j] === vec.ids[i] && vec.fields[j]! >= 0) value += vec.values[j]!;
        const h = 1e-6;
        const l2 = Float64Array.from(zl, (z, k) => z + h * labelSteps[row * L + k]! * LABEL_SCALE * value);
        const t2 = Float64Array.from(zt, (z, t) => z + h * topicSteps[row * T + t]! * TOPIC_SCALE * value);
        const expected = (margin(l2, t2) - margin(zl, zt)) / h;
        expect(Math.abs(sums[g]! - expected), `${sums[g]} against ${expected}`).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(expected)));
      }
    }
  });
});
