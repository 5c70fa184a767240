import type { FeatureOccurrences } from './features.js';
import {
  ALPHABET, FEATURE_IDS, LABEL_BIAS, LABEL_MIX, LABEL_OF_TOPIC, LABEL_SCALE, LABEL_WEIGHTS, MIX_FLOOR, TEMPERATURE, TOPIC_BIAS,
  TOPIC_SCALE, TOPIC_WEIGHTS,
} from './weights.generated.js';

/**
 * The learned weights, made ready on first use (not at import): the feature ids are decoded into a hash table, and the
 * weights from their strings into typed arrays.
 */
interface Weights {
  /**
   * Open-addressing table: feature id → row + 1 (0 = empty), probed linearly from `slot(id)`; slot `s` holds the id at
   * `2s` and the row + 1 at `2s + 1`, side by side, so a probe reads one place.
   */
  readonly table: Int32Array;
  readonly bits: number;
  /** The label weight steps, {@link LABEL_BIAS}.length a row. */
  readonly labelSteps: Int8Array;
  /**
   * The non-zero topic weight steps (most are zero), row by row: row `r`'s are entries `topicStart[r]` to
   * `topicStart[r + 1] - 1`, each a topic (its index in {@link TOPIC_BIAS}) and a step.
   */
  readonly topicStart: Int32Array;
  readonly topicOf: Uint8Array;
  readonly topicStep: Int8Array;
  /** One slot per row, all 0 between calls: {@link rowContributions}' scratch, so grouping allocates nothing. */
  readonly groups: Int32Array;
  /** {@link LinearScores}' topic buffers and {@link topicShares}' output, which the next call reuses. */
  readonly topics: Float64Array;
  readonly topicProbabilities: Float64Array;
  readonly labelTopicProbabilities: Float64Array;
  readonly through: Float64Array;
}

/**
 * The key a feature's 32-bit id is shipped and looked up under: its top 26 bits. Six bits fewer make the ids a quarter
 * smaller (about 890 B gzipped), and a reply's feature meets the key of another, shipped feature by chance once in
 * some 60,000 (1,060 keys of 2^26): in the 3,856 corpus messages (650,885 feature occurrences) one did, which moved
 * one message's confidence by 0.002 and no label or review flag; with whole ids none did.
 */
export const idKey = (id: number): number => id >>> 6;

/** How many low bits of each key difference `FEATURE_IDS` writes in binary (the rest in unary). */
export const ID_LOW_BITS = 15;

/** How many low bits of each run of zero weights `TOPIC_WEIGHTS` writes in binary (the rest in unary). */
export const TOPIC_GAP_BITS = 2;

/**
 * The bits of one of the weights module's strings, one a byte (0 or 1): six a character (its index in ALPHABET), most
 * significant first; the last character is padded with zero-bits. The strings hold numbers n >= 0 in two codes, shared
 * with the training script's writer:
 * - unary: n one-bits and a zero-bit;
 * - Rice with k low bits: `n >> k` in unary, then the low k bits.
 * A weight step is a number in the order 0, 1, -1, 2, -2, ... ({@link stepOf}), in unary: most steps are 0, 1 or -1,
 * and take one, two or three bits. (A character a step gzips worse: gzip spends on each what its Huffman code for the
 * mix of code and data around it costs, some 2.5 bits; packed bits cost about a bit each.)
 * The decoders below read the bytes in one loop each, not a call per bit: they run once, in the first classification,
 * and small functions called tens of thousands of times would be optimised, for nothing.
 */
function bitsOf(s: string): Uint8Array {
  const digits = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) digits[ALPHABET.charCodeAt(i)] = i;
  const bits = new Uint8Array(6 * s.length);
  for (let i = 0, at = 0; i < s.length; i++) {
    const digit = digits[s.charCodeAt(i)]!;
    for (let b = 5; b >= 0; b--) bits[at++] = (digit >> b) & 1;
  }
  return bits;
}

/** The weight step at place `n` of the order 0, 1, -1, 2, -2, ... */
const stepOf = (n: number): number => (n % 2 === 1 ? (n + 1) / 2 : -n / 2);

/**
 * The feature ids of `FEATURE_IDS`, in row order: each the previous one (0 before the first) plus a difference written
 * as a Rice code with ID_LOW_BITS low bits (ascending keys differ by about 2^16 on average). A code takes more bits than
 * the last character's padding, which ends the stream.
 */
export function decodeFeatureIds(s: string): Int32Array {
  const bits = bitsOf(s);
  const ids: number[] = [];
  for (let at = 0, id = 0; bits.length - at > ID_LOW_BITS; ids.push(id)) {
    let high = 0;
    while (bits[at++] === 1) high++;
    let low = 0;
    for (const end = at + ID_LOW_BITS; at < end; ) low = 2 * low + bits[at++]!;
    id += high * 2 ** ID_LOW_BITS + low;
  }
  return Int32Array.from(ids);
}

/** Decodes `length` weight steps written densely (LABEL_WEIGHTS): each step in unary. */
export function decodeWeights(s: string, length: number): Int8Array {
  const bits = bitsOf(s);
  const out = new Int8Array(length);
  for (let k = 0, at = 0; k < length && at < bits.length; k++) {
    let n = 0;
    while (bits[at++] === 1) n++;
    out[k] = stepOf(n);
  }
  return out;
}

/**
 * Decodes `length` weight steps written sparsely (TOPIC_WEIGHTS): for each non-zero step, the number of zero steps
 * before it as a Rice code with TOPIC_GAP_BITS low bits, then the step in unary, less one (0 has no place: 1 takes one
 * bit); last, the number of zero steps after the last non-zero one (so the cells reach `length`). Cells written past
 * `length` are left out.
 */
export function decodeSparseWeights(s: string, length: number): Int8Array {
  const bits = bitsOf(s);
  const out = new Int8Array(length);
  for (let at = 0, cell = -1; at < bits.length; ) {
    let zeros = 0;
    while (bits[at++] === 1) zeros++;
    for (const end = at + TOPIC_GAP_BITS; at < end; ) zeros = 2 * zeros + bits[at++]!;
    cell += 1 + zeros;
    // (Bits read past the end are undefined: the cell is then NaN, and the loop ends.)
    if (!(cell < length)) break;
    let n = 1;
    while (bits[at++] === 1) n++;
    out[cell] = stepOf(n);
  }
  return out;
}

/**
 * The same weights as {@link decodeSparseWeights}, read straight into rows of `width` cells: row `r`'s non-zero cells
 * are entries `start[r]` to `start[r + 1] - 1` of `of` (the cell's place in its row) and `step`.
 */
export function decodeSparseRows(s: string, rows: number, width: number): { start: Int32Array; of: Uint8Array; step: Int8Array } {
  const bits = bitsOf(s);
  const start = new Int32Array(rows + 1);
  // Room for a non-zero cell a bit (each takes a few).
  const of = new Uint8Array(bits.length);
  const step = new Int8Array(bits.length);
  let j = 0;
  let row = 0;
  for (let at = 0, cell = -1; at < bits.length; ) {
    // The zeros before the next non-zero cell (or after the last one), then its step, as in decodeSparseWeights.
    let zeros = 0;
    while (bits[at++] === 1) zeros++;
    for (const end = at + TOPIC_GAP_BITS; at < end; ) zeros = 2 * zeros + bits[at++]!;
    cell += 1 + zeros;
    if (!(cell < rows * width)) break;
    // Rows that end before this cell are complete.
    for (; cell >= (row + 1) * width; row++) start[row + 1] = j;
    let n = 1;
    while (bits[at++] === 1) n++;
    of[j] = cell - row * width;
    step[j++] = stepOf(n);
  }
  // The rows after the last non-zero cell.
  for (; row < rows; row++) start[row + 1] = j;
  return { start, of: of.subarray(0, j), step: step.subarray(0, j) };
}

let weights: Weights | undefined;
function load(): Weights {
  if (weights !== undefined) return weights;
  // One row per feature id; the table has room for twice as many.
  const ids = decodeFeatureIds(FEATURE_IDS);
  const n = ids.length;
  let bits = 4;
  while (1 << bits < n * 2) bits++;
  const mask = (1 << bits) - 1;
  const table = new Int32Array(2 << bits);
  ids.forEach((id, row) => {
    let s = slot(id, bits);
    while (table[2 * s + 1] !== 0) s = (s + 1) & mask;
    table[2 * s] = id;
    table[2 * s + 1] = row + 1;
  });
  const T = TOPIC_BIAS.length;
  const { start: topicStart, of: topicOf, step: topicStep } = decodeSparseRows(TOPIC_WEIGHTS, n, T);
  weights = {
    table, bits, labelSteps: decodeWeights(LABEL_WEIGHTS, n * LABEL_BIAS.length),
    topicStart, topicOf, topicStep, groups: new Int32Array(n),
    topics: new Float64Array(T), topicProbabilities: new Float64Array(T), labelTopicProbabilities: new Float64Array(LABEL_BIAS.length),
    through: new Float64Array(T),
  };
  return weights;
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
 * Label probabilities of a reply's features, its topic logits, and the occurrences the model has a row for. The
 * occurrence lists live in buffers the next {@link scoreFeatures} call reuses (the reply reader reads them before it
 * scores another reply).
 */
export interface LinearScores {
  /** Label probabilities (calibrated by the fitted temperature), in {@link LABEL_BIAS} order. */
  readonly labels: Float64Array;
  /** The topic model's logits, in {@link TOPIC_BIAS} order (in a buffer the next call reuses). */
  readonly topics: Float64Array;
  /** Their softmax, and its sum over each label's topics (in buffers the next call reuses). */
  readonly topicProbabilities: Float64Array;
  readonly labelTopicProbabilities: Float64Array;
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

/** Writes the softmax of `z` at `temperature` into `out` (which may be `z`) and returns it. */
function softmaxInto(z: Float64Array, temperature: number, out: Float64Array = z): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) max = Math.max(max, (z[k] ?? 0) / temperature);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += out[k] = Math.exp((z[k] ?? 0) / temperature - max);
  for (let k = 0; k < z.length; k++) out[k] = (out[k] ?? 0) / sum;
  return out;
}

/**
 * Runs the label and topic models over a reply's features (only look-ups and additions) and mixes them: a label's logit
 * is LABEL_MIX times the label model's plus the rest times the log of its topics' summed probabilities (as the training
 * script's mixedLogits).
 */
export function scoreFeatures(vec: FeatureOccurrences): LinearScores {
  const w = load();
  const L = LABEL_BIAS.length;
  const T = TOPIC_BIAS.length;
  const labels = new Float64Array(LABEL_BIAS);
  const { topics, topicProbabilities, labelTopicProbabilities: sums } = w;
  topics.fill(0);
  const { hits, rows } = scratchFor(vec.count);
  let count = 0;
  const { labelSteps, topicStart, topicOf, topicStep } = w;
  const { ids, values } = vec;
  for (let i = 0; i < vec.count; i++) {
    const row = rowOf(w, idKey(ids[i]!));
    if (row < 0) continue;
    hits[count] = i;
    rows[count++] = row;
    // Read once: the engine cannot tell that the stores below leave `values` alone, and would read it again each time.
    const value = values[i]!;
    const v = value * LABEL_SCALE;
    const base = row * L;
    for (let k = 0; k < L; k++) labels[k] = labels[k]! + labelSteps[base + k]! * v;
    const end = topicStart[row + 1]!;
    for (let j = topicStart[row]!; j < end; j++) {
      const t = topicOf[j]!;
      topics[t] = topics[t]! + topicStep[j]! * value;
    }
  }
  // The steps were summed unscaled: one multiplication a topic instead of one a weight.
  for (let t = 0; t < T; t++) topics[t] = TOPIC_BIAS[t]! + topics[t]! * TOPIC_SCALE;
  const p = softmaxInto(topics, 1, topicProbabilities);
  sums.fill(0);
  for (let t = 0; t < T; t++) sums[LABEL_OF_TOPIC[t]!]! += p[t]!;
  for (let k = 0; k < L; k++) labels[k] = LABEL_MIX * labels[k]! + (1 - LABEL_MIX) * Math.log(sums[k]! + MIX_FLOOR);
  return { labels: softmaxInto(labels, TEMPERATURE), topics, topicProbabilities, labelTopicProbabilities: sums, count, hits, rows };
}

/**
 * What each model row added to label `best` over label `second`, summed over the row's occurrences in the reply's
 * fields (global features left out), one group per row in order of first occurrence: `first[g]` is group `g`'s first
 * occurrence, `sums[g]` its contribution. A row adds through both models: LABEL_MIX times its label weights, and its
 * topic weights times what each topic step moves the margin ({@link topicShares}); the sum is the derivative of the
 * mixed margin along the row's features.
 */
export function rowContributions(vec: FeatureOccurrences, scored: LinearScores, best: number, second: number): RowContributions {
  const w = load();
  const { groups: slots, labelSteps, topicStart, topicOf, topicStep } = w;
  const L = LABEL_BIAS.length;
  const through = topicShares(w, scored, best, second);
  const { first, sums, touched } = scratchFor(scored.count);
  let count = 0;
  const { hits, rows } = scored;
  const { fields, values } = vec;
  for (let h = 0; h < scored.count; h++) {
    const i = hits[h]!;
    if (fields[i]! < 0) continue;
    const row = rows[h]!;
    // A row's occurrences' values add up first; what a unit of value adds is worked out once a row, below.
    const g = slots[row]! - 1;
    if (g < 0) {
      slots[row] = count + 1;
      touched[count] = row;
      first[count] = i;
      sums[count++] = values[i]!;
    } else sums[g]! += values[i]!;
  }
  for (let k = 0; k < count; k++) {
    const row = touched[k]!;
    slots[row] = 0;
    let c = LABEL_MIX * LABEL_SCALE * (labelSteps[row * L + best]! - labelSteps[row * L + second]!);
    const end = topicStart[row + 1]!;
    for (let j = topicStart[row]!; j < end; j++) c += through[topicOf[j]!]! * topicStep[j]!;
    sums[k] = c * sums[k]!;
  }
  return { count, first, sums };
}

/**
 * Per topic, what one topic weight step moves label `best`'s mixed logit over label `second`'s: (1 − LABEL_MIX) times
 * TOPIC_SCALE times the derivative of log(S_best + MIX_FLOOR) − log(S_second + MIX_FLOOR) in the topic's logit, where
 * S_k is the probability of label k's topics: p_t / (S_k + MIX_FLOOR) for a topic of k, less p_t · S_k / (S_k +
 * MIX_FLOOR) for every topic (the softmax's shared normaliser, which nearly cancels between the two labels unless one
 * of them is all but ruled out).
 */
function topicShares(w: Weights, scored: LinearScores, best: number, second: number): Float64Array {
  const { topicProbabilities: p, labelTopicProbabilities: total } = scored;
  const out = w.through;
  const factor = (1 - LABEL_MIX) * TOPIC_SCALE;
  const inBest = 1 / (total[best]! + MIX_FLOOR);
  const inSecond = 1 / (total[second]! + MIX_FLOOR);
  const shared = total[best]! * inBest - total[second]! * inSecond;
  for (let t = 0; t < p.length; t++) {
    const k = LABEL_OF_TOPIC[t]!;
    out[t] = factor * p[t]! * ((k === best ? inBest : k === second ? -inSecond : 0) - shared);
  }
  return out;
}
