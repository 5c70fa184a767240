import type { FeatureOccurrences } from './features.js';
import {
  ALPHABET, FEATURE_IDS, LABEL_BIAS, LABEL_SCALE, LABEL_WEIGHTS, TEMPERATURE, TOPIC_BIAS, TOPIC_SCALE, TOPIC_WEIGHTS,
} from './weights.generated.js';

/**
 * The learned weights, made ready on first use (not at import): the feature ids are decoded into a hash table; the
 * weights themselves are read from their strings where they are needed, one character per weight.
 */
interface Weights {
  /** Open-addressing table: feature id → row + 1 (0 = empty), probed linearly from `slot(id)`. */
  readonly keys: Int32Array;
  readonly rows: Int32Array;
  readonly bits: number;
  readonly rowCount: number;
  /** Character code → weight step. */
  readonly steps: Int8Array;
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

/**
 * Decodes the feature ids of `FEATURE_IDS`, in row order: each the previous id plus a difference written in ALPHABET
 * digits of five bits, least significant first, a digit of 32 or more meaning that more follow.
 */
export function decodeFeatureIds(s: string): Int32Array {
  const digits = digitTable(0);
  const ids: number[] = [];
  let id = 0;
  let difference = 0;
  let scale = 1;
  for (let i = 0; i < s.length; i++) {
    const d = digits[s.charCodeAt(i) & 127] ?? 0;
    difference += (d & 31) * scale;
    if ((d & 32) !== 0) {
      scale *= 32;
      continue;
    }
    id += difference;
    ids.push(id | 0);
    difference = 0;
    scale = 1;
  }
  return Int32Array.from(ids);
}

let weights: Weights | undefined;
function load(): Weights {
  if (weights !== undefined) return weights;
  const ids = decodeFeatureIds(FEATURE_IDS);
  let bits = 4;
  while (1 << bits < ids.length * 2) bits++;
  const mask = (1 << bits) - 1;
  const keys = new Int32Array(1 << bits);
  const rows = new Int32Array(1 << bits);
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row]!;
    let s = slot(id, bits);
    while (rows[s] !== 0) s = (s + 1) & mask;
    keys[s] = id;
    rows[s] = row + 1;
  }
  weights = { keys, rows, bits, rowCount: ids.length, steps: digitTable(32), groups: new Int32Array(ids.length) };
  return weights;
}

function slot(id: number, bits: number): number {
  return Math.imul(id, 0x9e3779b1) >>> (32 - bits);
}

/** The model row of a feature id, or -1. */
function rowOf(w: Weights, id: number): number {
  const mask = (1 << w.bits) - 1;
  for (let s = slot(id, w.bits); ; s = (s + 1) & mask) {
    const r = w.rows[s] ?? 0;
    if (r === 0) return -1;
    if (w.keys[s] === id) return r - 1;
  }
}

/** Label probabilities of a reply's features, and each occurrence's model row. */
export interface LinearScores {
  /** Label probabilities (calibrated by the fitted temperature), in {@link LABEL_BIAS} order. */
  readonly labels: Float64Array;
  /** For each occurrence: its row in the model, or -1 when the model has no weight for it. */
  readonly rows: readonly number[];
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
  const labels = Float64Array.from(LABEL_BIAS);
  const rows = new Array<number>(vec.count);
  const steps = w.steps;
  for (let i = 0; i < vec.count; i++) {
    const row = rowOf(w, vec.ids[i] ?? 0);
    rows[i] = row;
    if (row < 0) continue;
    const v = (vec.values[i] ?? 0) * LABEL_SCALE;
    const base = row * L;
    for (let k = 0; k < L; k++) labels[k] = (labels[k] ?? 0) + (steps[LABEL_WEIGHTS.charCodeAt(base + k)] ?? 0) * v;
  }
  return { labels: softmaxInto(labels, TEMPERATURE), rows };
}

/** The topic model's logits for the given topics only (those of the chosen label), in the order given. */
export function scoreTopics(vec: FeatureOccurrences, rows: readonly number[], topics: readonly number[]): Float64Array {
  const w = load();
  const T = TOPIC_BIAS.length;
  const out = Float64Array.from(topics, (t) => TOPIC_BIAS[t] ?? 0);
  for (let i = 0; i < vec.count; i++) {
    const row = rows[i] ?? -1;
    if (row < 0) continue;
    const v = (vec.values[i] ?? 0) * TOPIC_SCALE;
    const base = row * T;
    for (let j = 0; j < topics.length; j++) out[j] = (out[j] ?? 0) + (w.steps[TOPIC_WEIGHTS.charCodeAt(base + (topics[j] ?? 0))] ?? 0) * v;
  }
  return out;
}

/**
 * What each model row added to label `best` over label `second`, summed over the row's occurrences in the reply's
 * fields (global features left out), one group per row in order of first occurrence: `first[g]` is group `g`'s first
 * occurrence, `sums[g]` its contribution.
 */
export function rowContributions(vec: FeatureOccurrences, rows: readonly number[], best: number, second: number): { first: number[]; sums: number[] } {
  const w = load();
  const slots = w.groups;
  const L = LABEL_BIAS.length;
  const first: number[] = [];
  const sums: number[] = [];
  const touched: number[] = [];
  for (let i = 0; i < vec.count; i++) {
    const row = rows[i] ?? -1;
    if (row < 0 || (vec.fields[i] ?? -1) < 0) continue;
    const winner = (w.steps[LABEL_WEIGHTS.charCodeAt(row * L + best)] ?? 0) * LABEL_SCALE;
    const runnerUp = (w.steps[LABEL_WEIGHTS.charCodeAt(row * L + second)] ?? 0) * LABEL_SCALE;
    const c = (winner - runnerUp) * (vec.values[i] ?? 0);
    const g = slots[row]! - 1;
    if (g < 0) {
      slots[row] = first.length + 1;
      touched.push(row);
      first.push(i);
      sums.push(c);
    } else sums[g]! += c;
  }
  for (let k = 0; k < touched.length; k++) slots[touched[k]!] = 0;
  return { first, sums };
}
