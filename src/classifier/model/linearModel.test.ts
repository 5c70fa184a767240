import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureId } from './features.js';
import { decodeFeatureIds, decodeSparseRows, decodeSparseWeights, decodeWeights, ID_LOW_BITS, idKey } from './linearModel.js';
import { ALPHABET, FEATURE_IDS, LABEL_NAMES, LABEL_WEIGHTS, TOPIC_NAMES, TOPIC_WEIGHTS } from './weights.generated.js';

/** The encoding the training script writes: ascending keys (26-bit), each difference as a Rice code, six bits a character. */
function encodeIds(ids: readonly number[]): string {
  let bits = '';
  let previous = 0;
  for (const id of [...ids].sort((a, b) => a - b)) {
    const d = id - previous;
    previous = id;
    bits += '1'.repeat(Math.floor(d / 2 ** ID_LOW_BITS)) + '0' + (d % 2 ** ID_LOW_BITS).toString(2).padStart(ID_LOW_BITS, '0');
  }
  bits = bits.padEnd(Math.ceil(bits.length / 6) * 6, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += ALPHABET[parseInt(bits.slice(i, i + 6), 2)];
  return out;
}

// The training script's encoding, written again here: for each non-zero step, the zeros before it, then the step.
function encodeSparse(steps: readonly number[]): string {
  let out = '';
  let zeros = 0;
  for (const b of steps) {
    if (b === 0) zeros++;
    else {
      out += '-'.repeat(Math.floor(zeros / 62)) + ALPHABET[zeros % 62]! + ALPHABET[b + 32]!;
      zeros = 0;
    }
  }
  return out;
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

  it('R7: sparse weights decode to what was written, runs of zeros longer than one digit included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -31, max: 31 }) }), { maxLength: 400 }), (steps) => {
        expect([...decodeSparseWeights(encodeSparse(steps), steps.length)]).toEqual(steps.map((x) => x + 0));
      }),
      { numRuns: 300 },
    );
    expect([...decodeSparseWeights(encodeSparse([...Array(130).fill(0), 3]), 131)].slice(-2)).toEqual([0, 3]);
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
    const cells = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -31, max: 31 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 30 }), fc.array(cells, { maxLength: 700 }), (width, rows, written) => {
        // Cells past the last row are written too: they are left out, as the dense decoding of rows × width cells does.
        const s = encodeSparse(written);
        const got = decodeSparseRows(s, rows, width);
        const want = rowsOf(decodeSparseWeights(s, rows * width), rows, width);
        expect({ start: [...got.start], of: [...got.of], step: [...got.step] }).toEqual(want);
      }),
      { numRuns: 300 },
    );
    // The shipped topic weights, one row per feature.
    const rows = LABEL_WEIGHTS.length / LABEL_NAMES.length;
    const shipped = decodeSparseRows(TOPIC_WEIGHTS, rows, TOPIC_NAMES.length);
    const want = rowsOf(decodeSparseWeights(TOPIC_WEIGHTS, rows * TOPIC_NAMES.length), rows, TOPIC_NAMES.length);
    expect({ start: [...shipped.start], of: [...shipped.of], step: [...shipped.step] }).toEqual(want);
  });

  it('R7: one id per weight row, ascending (so each row once), and one weight character per label and topic', () => {
    const ids = [...decodeFeatureIds(FEATURE_IDS)];
    for (let r = 1; r < ids.length; r++) expect(ids[r]!).toBeGreaterThan(ids[r - 1]!);
    expect(LABEL_WEIGHTS.length).toBe(ids.length * LABEL_NAMES.length);
    expect(Math.max(...decodeWeights(LABEL_WEIGHTS).map(Math.abs))).toBeLessThanOrEqual(9);
    // The sparse topic weights fill exactly the rows' cells: the last one written lies inside them.
    const topics = decodeSparseWeights(TOPIC_WEIGHTS, ids.length * TOPIC_NAMES.length + 64);
    expect(topics.subarray(ids.length * TOPIC_NAMES.length).every((x) => x === 0)).toBe(true);
    expect(Math.max(...topics.map(Math.abs))).toBeLessThanOrEqual(7);
    expect(topics.some((x) => x !== 0)).toBe(true);
  });
});
