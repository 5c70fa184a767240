import { describe, expect, it } from 'vitest';
import { featureId } from './features.js';
import { decodeFeatureIds, decodeWeights } from './linearModel.js';
import { ALPHABET, FEATURE_IDS, LABEL_NAMES, LABEL_WEIGHTS, TOPIC_NAMES, TOPIC_WEIGHTS } from './weights.generated.js';

/** The encoding the training script writes: ascending ids, each as its difference from the last, five bits a digit. */
function encodeIds(ids: readonly number[]): string {
  let out = '';
  let previous = 0;
  for (const id of [...ids].map((x) => x >>> 0).sort((a, b) => a - b)) {
    let rest = id - previous;
    previous = id;
    do {
      out += ALPHABET[(rest % 32) + (rest >= 32 ? 32 : 0)];
      rest = Math.floor(rest / 32);
    } while (rest > 0);
  }
  return out;
}

describe('the shipped weights (R7)', () => {
  it('R7: feature ids decode to the ids the reader computes, negative and positive', () => {
    const ids = ['w:unfortunately', 'b:move forward', 'c:en.rejection.other-candidates', 'L:de', 's:offer'].map(featureId);
    expect(ids.some((id) => id < 0) && ids.some((id) => id > 0)).toBe(true);
    expect([...decodeFeatureIds(encodeIds(ids))]).toEqual([...ids].sort((a, b) => (a >>> 0) - (b >>> 0)));
  });

  it('R7: one id per weight row, ascending (so each row once), and one weight character per label and topic', () => {
    const ids = [...decodeFeatureIds(FEATURE_IDS)].map((id) => id >>> 0);
    for (let r = 1; r < ids.length; r++) expect(ids[r]!).toBeGreaterThan(ids[r - 1]!);
    expect(LABEL_WEIGHTS.length).toBe(ids.length * LABEL_NAMES.length);
    expect(TOPIC_WEIGHTS.length).toBe(ids.length * TOPIC_NAMES.length);
    expect(Math.max(...decodeWeights(LABEL_WEIGHTS).map(Math.abs))).toBeLessThanOrEqual(31);
  });
});
