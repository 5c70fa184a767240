import { describe, expect, it } from 'vitest';
import { decodeWeights } from './linearModel.js';
import { ALPHABET, FEATURES, LABEL_NAMES, LABEL_WEIGHTS, TOPIC_NAMES, TOPIC_WEIGHTS } from './weights.generated.js';

describe('the shipped weights (R7)', () => {
  it('R7: one weight character per feature and label, and per feature and topic, each a step of the alphabet', () => {
    const rows = FEATURES.split('|').length;
    expect(LABEL_WEIGHTS.length).toBe(rows * LABEL_NAMES.length);
    expect(TOPIC_WEIGHTS.length).toBe(rows * TOPIC_NAMES.length);
    expect([...decodeWeights(ALPHABET)]).toEqual(Array.from({ length: 64 }, (_, i) => i - 32));
    expect(Math.max(...decodeWeights(LABEL_WEIGHTS).map(Math.abs))).toBeLessThanOrEqual(31);
  });
});
