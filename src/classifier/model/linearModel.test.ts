import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureId } from './features.js';
import { decodeFeatureIds, decodeSparseRows, decodeSparseWeights, decodeWeights, ID_LOW_BITS, idKey, TOPIC_GAP_BITS } from './linearModel.js';
import { ALPHABET, FEATURE_IDS, LABEL_NAMES, LABEL_WEIGHTS, TOPIC_NAMES, TOPIC_WEIGHTS } from './weights.generated.js';

// The training script's encodings, written again here as strings of '0' and '1', then six bits a character.
const pack = (bits: string): string => {
  const padded = bits.padEnd(Math.ceil(bits.length / 6) * 6, '0');
  let out = '';
  for (let i = 0; i < padded.length; i += 6) out += ALPHABET[parseInt(padded.slice(i, i + 6), 2)];
  return out;
};
const rice = (n: number, k: number): string => unary(Math.floor(n / 2 ** k)) + (n % 2 ** k).toString(2).padStart(k, '0');
const unary = (n: number): string => '1'.repeat(n) + '0';
/** A step's place in the order 0, 1, -1, 2, -2, ... */
const place = (x: number): number => (x > 0 ? 2 * x - 1 : -2 * x);

/** Ascending keys (26-bit), each difference from the previous one as a Rice code. */
function encodeIds(ids: readonly number[]): string {
  let bits = '';
  let previous = 0;
  for (const id of [...ids].sort((a, b) => a - b)) {
    bits += rice(id - previous, ID_LOW_BITS);
    previous = id;
  }
  return pack(bits);
}

/** Each step's place in unary. */
const encodeDense = (steps: readonly number[]): string => pack(steps.map((x) => unary(place(x))).join(''));

/** For each non-zero step, the zeros before it, then its place less one; last, the zeros after the last one. */
function encodeSparse(steps: readonly number[]): string {
  let bits = '';
  let zeros = 0;
  for (const x of steps) {
    if (x === 0) zeros++;
    else {
      bits += rice(zeros, TOPIC_GAP_BITS) + unary(place(x) - 1);
      zeros = 0;
    }
  }
  return pack(bits + rice(zeros, TOPIC_GAP_BITS));
}

describe('the shipped weights (R7)', () => {
  it('R7: feature keys decode to the keys of the ids the reader computes, negative and positive', () => {
    const ids = ['w:unfortunately', 'b:move forward', 'c:en.rejection.move-forward-other-candidate', 'L:de', 's:offer'].map(featureId);
    expect(ids.some((id) => id < 0) && ids.some((id) => id > 0)).toBe(true);
    const keys = ids.map(idKey);
    expect([...decodeFeatureIds(encodeIds(keys))]).toEqual([...keys].sort((a, b) => a - b));
  });

  it('R7: a key is the top 26 bits of an id, as an unsigned number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (id) => {
        expect(idKey(id)).toBe(Math.floor((id >>> 0) / 64));
      }),
      { numRuns: 300 },
    );
  });

  it('R7: any ascending set of 26-bit keys decodes to itself, long gaps and a last character of padding included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 26 - 1 }), { maxLength: 40 }), (ids) => {
        const sorted = [...ids].sort((a, b) => a - b);
        expect([...decodeFeatureIds(encodeIds(ids))]).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });

  const cells = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -31, max: 31 }) });

  it('R7: dense weights decode to what was written, whatever the last character\'s padding', () => {
    fc.assert(
      fc.property(fc.array(cells, { maxLength: 400 }), (steps) => {
        expect([...decodeWeights(encodeDense(steps), steps.length)]).toEqual(steps.map((x) => x + 0));
      }),
      { numRuns: 300 },
    );
    // 0, 1, -1, 2, -2 and -9 take 1, 2, 3, 4, 5 and 19 bits.
    const written = pack('0' + '10' + '110' + '1110' + '11110' + '1'.repeat(18) + '0');
    expect(encodeDense([0, 1, -1, 2, -2, -9])).toBe(written);
    expect([...decodeWeights(written, 6)]).toEqual([0, 1, -1, 2, -2, -9]);
  });

  it('R7: sparse weights decode to what was written, long runs of zeros, trailing zeros and padding included', () => {
    fc.assert(
      fc.property(fc.array(cells, { maxLength: 400 }), (steps) => {
        expect([...decodeSparseWeights(encodeSparse(steps), steps.length)]).toEqual(steps.map((x) => x + 0));
      }),
      { numRuns: 300 },
    );
    expect([...decodeSparseWeights(encodeSparse([...Array(130).fill(0), 3]), 131)].slice(-2)).toEqual([0, 3]);
    // A step in the last cell, then the padding (which alone would read as a run of zeros and a step): nothing more.
    expect([...decodeSparseWeights(encodeSparse([0, 0, 1]), 3)]).toEqual([0, 0, 1]);
    expect([...decodeSparseWeights(encodeSparse([0, 0, 0, 0]), 4)]).toEqual([0, 0, 0, 0]);
  });

  it('R7: sparse weights read straight into rows hold the non-zero cells of the dense decoding, row by row', () => {
    // The oracle: the dense decoding, cut into rows of `width` cells, each row's non-zero cells in order.
    const rowsOf = (dense: Int8Array, rows: number, width: number): { start: number[]; of: number[]; step: number[] } => {
      const out = { start: [0], of: [] as number[], step: [] as number[] };
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < width; c++) {
          const x = dense[r * width + c]!;
          if (x !== 0) {
            out.of.push(c);
            out.step.push(x);
          }
        }
        out.start.push(out.of.length);
      }
      return out;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 30 }), fc.array(cells, { maxLength: 700 }), (width, rows, written) => {
        // Cells past the last row may be written too: they are left out, as the dense decoding of rows x width cells does.
        const s = encodeSparse([...written, ...Array<number>(Math.max(0, rows * width - written.length)).fill(0)]);
        const got = decodeSparseRows(s, rows, width);
        const want = rowsOf(decodeSparseWeights(s, rows * width), rows, width);
        expect({ start: [...got.start], of: [...got.of], step: [...got.step] }).toEqual(want);
      }),
      { numRuns: 300 },
    );
    // The shipped topic weights, one row per feature.
    const rows = decodeFeatureIds(FEATURE_IDS).length;
    const shipped = decodeSparseRows(TOPIC_WEIGHTS, rows, TOPIC_NAMES.length);
    const want = rowsOf(decodeSparseWeights(TOPIC_WEIGHTS, rows * TOPIC_NAMES.length), rows, TOPIC_NAMES.length);
    expect({ start: [...shipped.start], of: [...shipped.of], step: [...shipped.step] }).toEqual(want);
  });

  it('R7: one id per weight row, ascending (so each row once), and the weight strings end where the rows do', () => {
    const ids = [...decodeFeatureIds(FEATURE_IDS)];
    for (let r = 1; r < ids.length; r++) expect(ids[r]!).toBeGreaterThan(ids[r - 1]!);
    // Each string is exactly one model's rows: written again from its decoding, it reads the same, character for character.
    const labels = [...decodeWeights(LABEL_WEIGHTS, ids.length * LABEL_NAMES.length)];
    expect(encodeDense(labels)).toBe(LABEL_WEIGHTS);
    expect(Math.max(...labels.map(Math.abs))).toBeLessThanOrEqual(9);
    const topics = [...decodeSparseWeights(TOPIC_WEIGHTS, ids.length * TOPIC_NAMES.length)];
    expect(encodeSparse(topics)).toBe(TOPIC_WEIGHTS);
    expect(Math.max(...topics.map(Math.abs))).toBeLessThanOrEqual(7);
    expect(topics.some((x) => x !== 0)).toBe(true);
    expect(encodeIds(ids)).toBe(FEATURE_IDS);
  });
});
