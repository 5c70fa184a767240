import type { FeatureOccurrences } from './features.js';
import {
  ALPHABET, FEATURE_IDS, LABEL_BIAS, LABEL_SCALE, LABEL_WEIGHTS, TEMPERATURE, TOPIC_BIAS, TOPIC_SCALE, TOPIC_WEIGHTS,
} from './weights.generated.js';

/**
 * The learned weights, made ready on first use (not at import): the feature ids are decoded into a hash table, and
 * each row's weights from their strings into typed arrays the first time a reply has a feature of that row.
 */
interface Weights {
  /**
   * Open-addressing table: feature id → row + 1 (0 = empty), probed linearly from `slot(id)`; slot `s` holds the id at
   * `2s` and the row + 1 at `2s + 1`, side by side, so a probe reads one place.
   */
  readonly table: Int32Array;
  readonly bits: number;
  readonly rowCount: number;
  /** Character code → weight step. */
  readonly steps: Int8Array;
  /** The label weight steps, {@link LABEL_BIAS}.length a row, and the topic weight steps, {@link TOPIC_BIAS}.length a row. */
  readonly labelSteps: Int8Array;
  readonly topicSteps: Int8Array;
  /** 1 for a row whose steps are decoded. */
  readonly decoded: Uint8Array;
  /** One slot per row, all 0 between calls: {@link rowContributions}' scratch, so grouping allocates nothing. */
  readonly groups: Int32Array;
}

/** Character code → the value of that ALPHABET digit, minus `offset`. */
function digitTable(offset: number): Int8Array {
  const table = new Int8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i - offset;
  return table;
}

/** Decodes weights written one character per step (see ALPHABET in the weights module). */
export function decodeWeights(s: string): Int8Array {
  const steps = digitTable(32);
  const out = new Int8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = steps[s.charCodeAt(i) & 127] ?? 0;
  return out;
}

/** How many low bits of each id difference `FEATURE_IDS` writes in binary (the rest in unary). */
export const ID_LOW_BITS = 21;

/**
 * Reads the feature ids of `FEATURE_IDS`, in row order, calling `each(id, row)` for each. The string is a stream of
 * bits, six to a character (its index in ALPHABET, most significant bit first). Each id is the previous one plus a
 * difference written as `d >> ID_LOW_BITS` one-bits and a zero-bit, then the low ID_LOW_BITS bits of `d`, most
 * significant first (a Rice code: ascending hashes differ by about 2^21 on average). The last character is padded with
 * zero-bits. (Every intermediate stays a small integer: this runs once, before the engine optimises it.)
 */
export function forEachFeatureId(s: string, each: (id: number, row: number) => void): void {
  const digits = digitTable(0);
  const mask = (1 << ID_LOW_BITS) - 1;
  // `have` unread bits at the bottom of `acc` (at most 29), the next one highest.
  let acc = 0;
  let have = 0;
  let i = 0;
  let id = 0;
  let row = 0;
  for (;;) {
    // The high part in unary: the ones before the first zero, counted a buffer at a time.
    let high = 0;
    for (;;) {
      while (have < 24 && i < s.length) {
        acc = ((acc & ((1 << have) - 1)) << 6) | digits[s.charCodeAt(i++)]!;
        have += 6;
      }
      if (have === 0) return;
      const ones = Math.clz32(~(acc << (32 - have)));
      if (ones < have) {
        high += ones;
        have -= ones + 1;
        break;
      }
      high += have;
      have = 0;
    }
    while (have < ID_LOW_BITS) {
      if (i === s.length) return;
      acc = ((acc & ((1 << have) - 1)) << 6) | digits[s.charCodeAt(i++)]!;
      have += 6;
    }
    have -= ID_LOW_BITS;
    id = (id + high * (mask + 1) + ((acc >> have) & mask)) | 0;
    each(id, row++);
  }
}

/**
 * Decodes weights written sparsely, in `length` cells (see TOPIC_WEIGHTS in the weights module): each non-zero weight
 * as the number of zero cells before it (a digit below 62; each `-` before it adds 62), then its step (ALPHABET index
 * − 32). (Runs once, when the weights are first needed.)
 */
export function decodeSparseWeights(s: string, length: number): Int8Array {
  const digits = digitTable(0);
  const out = new Int8Array(length);
  let cell = 0;
  for (let i = 0; i < s.length; i++) {
    const d = digits[s.charCodeAt(i)]!;
    cell += d === 63 ? 62 : d;
    if (d !== 63) out[cell++] = digits[s.charCodeAt(++i)]! - 32;
  }
  return out;
}

/** The feature ids of `FEATURE_IDS`, in row order (see {@link forEachFeatureId}). */
export function decodeFeatureIds(s: string): Int32Array {
  const ids: number[] = [];
  forEachFeatureId(s, (id) => ids.push(id));
  return Int32Array.from(ids);
}

let weights: Weights | undefined;
function load(): Weights {
  if (weights !== undefined) return weights;
  // One row per label weight group: the table is sized before the ids are read, and each id goes in as it is read.
  const n = LABEL_WEIGHTS.length / LABEL_BIAS.length;
  let bits = 4;
  while (1 << bits < n * 2) bits++;
  const mask = (1 << bits) - 1;
  const table = new Int32Array(2 << bits);
  forEachFeatureId(FEATURE_IDS, (id, row) => {
    let s = slot(id, bits);
    while (table[2 * s + 1] !== 0) s = (s + 1) & mask;
    table[2 * s] = id;
    table[2 * s + 1] = row + 1;
  });
  weights = {
    table, bits, rowCount: n, steps: digitTable(32), labelSteps: new Int8Array(n * LABEL_BIAS.length),
    topicSteps: decodeSparseWeights(TOPIC_WEIGHTS, n * TOPIC_BIAS.length), decoded: new Uint8Array(n), groups: new Int32Array(n),
  };
  return weights;
}

/** Decodes the label weight steps of `row` (one character each in LABEL_WEIGHTS); the topic steps are decoded at load. */
function decodeRow(w: Weights, row: number): void {
  const { steps } = w;
  const L = LABEL_BIAS.length;
  for (let k = row * L; k < (row + 1) * L; k++) w.labelSteps[k] = steps[LABEL_WEIGHTS.charCodeAt(k)]!;
  w.decoded[row] = 1;
}

function slot(id: number, bits: number): number {
  return Math.imul(id, 0x9e3779b1) >>> (32 - bits);
}

/** The model row of a feature id, or -1. */
function rowOf(w: Weights, id: number): number {
  const mask = (1 << w.bits) - 1;
  const { table } = w;
  for (let s = slot(id, w.bits); ; s = (s + 1) & mask) {
    const r = table[2 * s + 1]!;
    if (r === 0) return -1;
    if (table[2 * s] === id) return r - 1;
  }
}

/**
 * Label probabilities of a reply's features, and the occurrences the model has a row for. The occurrence lists live in
 * buffers the next {@link scoreFeatures} call reuses (the reply reader reads them before it scores another reply).
 */
export interface LinearScores {
  /** Label probabilities (calibrated by the fitted temperature), in {@link LABEL_BIAS} order. */
  readonly labels: Float64Array;
  /** How many occurrences have a row in the model (the others weigh nothing). */
  readonly count: number;
  /** Those occurrences, in order: the first {@link LinearScores.count} entries. */
  readonly hits: Int32Array;
  /** The model row of each of {@link LinearScores.hits}. */
  readonly rows: Int32Array;
}

/**
 * Each row's contribution to one label over another (see {@link rowContributions}), in buffers the next call reuses:
 * group `g` (of `count`) first occurs at occurrence `first[g]` and adds `sums[g]`.
 */
export interface RowContributions {
  readonly count: number;
  readonly first: Int32Array;
  readonly sums: Float64Array;
}

/** The buffers {@link scoreFeatures} and {@link rowContributions} reuse, grown to the largest reply read so far. */
interface Scratch {
  hits: Int32Array;
  rows: Int32Array;
  first: Int32Array;
  sums: Float64Array;
  touched: Int32Array;
}
let scratch: Scratch | undefined;
function scratchFor(occurrences: number): Scratch {
  if (scratch !== undefined && scratch.hits.length >= occurrences) return scratch;
  const n = Math.max(occurrences, 2 * (scratch?.hits.length ?? 0), 512);
  scratch = { hits: new Int32Array(n), rows: new Int32Array(n), first: new Int32Array(n), sums: new Float64Array(n), touched: new Int32Array(n) };
  return scratch;
}

function softmaxInto(z: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) max = Math.max(max, (z[k] ?? 0) / temperature);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp((z[k] ?? 0) / temperature - max);
  for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) / sum;
  return z;
}

/** Runs the label model over a reply's features: only look-ups and additions. */
export function scoreFeatures(vec: FeatureOccurrences): LinearScores {
  const w = load();
  const L = LABEL_BIAS.length;
  const labels = new Float64Array(L);
  for (let k = 0; k < L; k++) labels[k] = LABEL_BIAS[k]!;
  const { hits, rows } = scratchFor(vec.count);
  let count = 0;
  const { labelSteps, decoded } = w;
  const { ids, values } = vec;
  for (let i = 0; i < vec.count; i++) {
    const row = rowOf(w, ids[i]!);
    if (row < 0) continue;
    if (decoded[row] === 0) decodeRow(w, row);
    hits[count] = i;
    rows[count++] = row;
    const v = values[i]! * LABEL_SCALE;
    const base = row * L;
    for (let k = 0; k < L; k++) labels[k] = labels[k]! + labelSteps[base + k]! * v;
  }
  return { labels: softmaxInto(labels, TEMPERATURE), count, hits, rows };
}

/** The topic model's logits for the given topics only (those of the chosen label), in the order given. */
export function scoreTopics(vec: FeatureOccurrences, scored: LinearScores, topics: readonly number[]): Float64Array {
  const { topicSteps } = load();
  const T = TOPIC_BIAS.length;
  const out = new Float64Array(topics.length);
  for (let j = 0; j < topics.length; j++) out[j] = TOPIC_BIAS[topics[j]!]!;
  const { hits, rows, count } = scored;
  const { values } = vec;
  for (let h = 0; h < count; h++) {
    const v = values[hits[h]!]! * TOPIC_SCALE;
    const base = rows[h]! * T;
    for (let j = 0; j < topics.length; j++) out[j] = out[j]! + topicSteps[base + topics[j]!]! * v;
  }
  return out;
}

/**
 * What each model row added to label `best` over label `second`, summed over the row's occurrences in the reply's
 * fields (global features left out), one group per row in order of first occurrence: `first[g]` is group `g`'s first
 * occurrence, `sums[g]` its contribution.
 */
export function rowContributions(vec: FeatureOccurrences, scored: LinearScores, best: number, second: number): RowContributions {
  const w = load();
  const { groups: slots, labelSteps } = w;
  const L = LABEL_BIAS.length;
  const { first, sums, touched } = scratchFor(scored.count);
  let count = 0;
  const { hits, rows } = scored;
  const { fields, values } = vec;
  for (let h = 0; h < scored.count; h++) {
    const i = hits[h]!;
    if (fields[i]! < 0) continue;
    const row = rows[h]!;
    const winner = labelSteps[row * L + best]! * LABEL_SCALE;
    const runnerUp = labelSteps[row * L + second]! * LABEL_SCALE;
    const c = (winner - runnerUp) * values[i]!;
    const g = slots[row]! - 1;
    if (g < 0) {
      slots[row] = count + 1;
      touched[count] = row;
      first[count] = i;
      sums[count++] = c;
    } else sums[g]! += c;
  }
  for (let k = 0; k < count; k++) slots[touched[k]!] = 0;
  return { count, first, sums };
}
