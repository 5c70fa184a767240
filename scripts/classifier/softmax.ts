/**
 * Multinomial logistic regression over sparse features, trained full-batch with Adam: plain TypeScript,
 * deterministic (fixed order, fixed step count, no randomness), so retraining reproduces the weights bit for bit.
 */

export interface SparseRow {
  /** Feature indexes into the vocabulary. */
  readonly idx: Int32Array;
  readonly val: Float64Array;
}

export interface Sample {
  readonly x: SparseRow;
  /** Class index. */
  readonly y: number;
  /** Sample weight (class balancing, down-weighting invented messages). */
  readonly w: number;
  /**
   * The classes any of which is right, when the example's class is not known but a set it lies in is (an invented
   * message's topic: one of its label's topics). The loss is then minus the log of their summed probability, and `y`
   * is not read.
   */
  readonly among?: readonly number[];
}

export interface SoftmaxModel {
  readonly features: number;
  readonly classes: number;
  /** Row-major: feature × class. */
  readonly W: Float64Array;
  readonly b: Float64Array;
}

export interface TrainOptions {
  readonly l2: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** How the step size falls over the epochs: kept (`'none'`, the default), or down to zero along a half cosine. */
  readonly decay?: 'none' | 'cosine';
  /** Label smoothing: each sample's target gives this share to the classes evenly, the rest to its class (default 0). */
  readonly smoothing?: number;
}

export function logits(m: SoftmaxModel, x: SparseRow, out: Float64Array = new Float64Array(m.classes)): Float64Array {
  const K = m.classes;
  for (let k = 0; k < K; k++) out[k] = m.b[k]!;
  for (let j = 0; j < x.idx.length; j++) {
    const base = x.idx[j]! * K;
    const v = x.val[j]!;
    for (let k = 0; k < K; k++) out[k]! += m.W[base + k]! * v;
  }
  return out;
}

export function softmax(z: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v / temperature);
  const p = new Float64Array(z.length);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += p[k] = Math.exp(z[k]! / temperature - max);
  for (let k = 0; k < z.length; k++) p[k]! /= sum;
  return p;
}

export function train(samples: readonly Sample[], features: number, classes: number, opts: TrainOptions): SoftmaxModel {
  const K = classes;
  const W = new Float64Array(features * K);
  const b = new Float64Array(K);
  const gW = new Float64Array(features * K);
  const gb = new Float64Array(K);
  const mW = new Float64Array(features * K);
  const vW = new Float64Array(features * K);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  let total = 0;
  for (const s of samples) total += s.w;
  // The samples as flat arrays (row r's entries are start[r] … start[r + 1] - 1): the same sums in the same order as
  // reading each row's own arrays, without a property lookup per entry.
  const n = samples.length;
  const start = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) start[r + 1] = start[r]! + samples[r]!.x.idx.length;
  const base = new Int32Array(start[n]!);
  const val = new Float64Array(start[n]!);
  const y = new Int32Array(n);
  const scale = new Float64Array(n);
  // For a sample with `among`, 1 for each of its classes (K a sample); other samples read `y`.
  const among = new Uint8Array(n * K);
  const hasAmong = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const s = samples[r]!;
    for (let j = 0; j < s.x.idx.length; j++) {
      base[start[r]! + j] = s.x.idx[j]! * K;
      val[start[r]! + j] = s.x.val[j]!;
    }
    y[r] = s.y;
    scale[r] = s.w / total;
    if (s.among !== undefined) {
      hasAmong[r] = 1;
      for (const k of s.among) among[r * K + k] = 1;
    }
  }
  const pass = samplePass(K);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const spread = (opts.smoothing ?? 0) / K;
  const keep = 1 - (opts.smoothing ?? 0);
  const eps = 1e-8;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    pass({ n, start, base, val, y, scale, hasAmong, among, W, b, gW, gb, keep, spread });
    const lr = opts.decay === 'cosine' ? opts.learningRate * 0.5 * (1 + Math.cos((Math.PI * (epoch - 1)) / opts.epochs)) : opts.learningRate;
    const c1 = 1 - beta1 ** epoch;
    const c2 = 1 - beta2 ** epoch;
    // The bias corrections as factors: a division per weight and step is most of this loop's time.
    const stepSize = lr / c1;
    const unbias2 = 1 / c2;
    const { l2 } = opts;
    for (let i = 0; i < W.length; i++) {
      const g = gW[i]! + l2 * W[i]!;
      const m = beta1 * mW[i]! + (1 - beta1) * g;
      const v = beta2 * vW[i]! + (1 - beta2) * g * g;
      mW[i] = m;
      vW[i] = v;
      W[i]! -= (stepSize * m) / (Math.sqrt(v * unbias2) + eps);
    }
    for (let k = 0; k < K; k++) {
      const g = gb[k]!;
      mb[k] = beta1 * mb[k]! + (1 - beta1) * g;
      vb[k] = beta2 * vb[k]! + (1 - beta2) * g * g;
      b[k]! -= (lr * (mb[k]! / c1)) / (Math.sqrt(vb[k]! / c2) + eps);
    }
  }
  return { features, classes, W, b };
}

/**
 * One epoch's pass over the samples in flat arrays (row r's entries are `start[r]` … `start[r + 1] - 1`, `base` the
 * entry's feature index times K): for each sample its logits, its softmax and the gradient of its weighted loss, added
 * to `gW` and `gb`. `keep` and `spread` are the label-smoothed target; a sample with `hasAmong[r] === 1` is scored
 * against the classes `among[r * K + k] === 1` together.
 */
export interface PassData {
  readonly n: number;
  readonly start: Int32Array;
  readonly base: Int32Array;
  readonly val: Float64Array;
  readonly y: Int32Array;
  readonly scale: Float64Array;
  readonly hasAmong: Uint8Array;
  readonly among: Uint8Array;
  readonly W: Float64Array;
  readonly b: Float64Array;
  readonly gW: Float64Array;
  readonly gb: Float64Array;
  readonly keep: number;
  readonly spread: number;
}

export type SamplePass = (d: PassData) => void;

/**
 * The pass for the samples as a plain loop: each class's logit, sum and gradient add their terms in this order, which
 * {@link samplePass} keeps. The reference the generated pass is tested against (test/corpus/samplePass.test.ts).
 */
export function referencePass(K: number): SamplePass {
  return ({ n, start, base, val, y, scale, hasAmong, among, W, b, gW, gb, keep, spread }) => {
    const z = new Float64Array(K);
    for (let r = 0; r < n; r++) {
      const from = start[r]!;
      const to = start[r + 1]!;
      for (let k = 0; k < K; k++) z[k] = b[k]!;
      for (let j = from; j < to; j++) for (let k = 0; k < K; k++) z[k]! += W[base[j]! + k]! * val[j]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
      const w = scale[r]!;
      // d/dz_k of -log sum_{c in S} p_c = p_k - [k in S] p_k / sum_{c in S} p_c.
      let inS = 0;
      if (hasAmong[r] === 1) for (let k = 0; k < K; k++) if (among[r * K + k] === 1) inS += z[k]!;
      for (let k = 0; k < K; k++) {
        const target = hasAmong[r] === 1 ? (among[r * K + k] === 1 ? z[k]! / inS : 0) : (k === y[r] ? keep : 0) + spread;
        z[k] = (z[k]! / sum - target) * w;
        gb[k]! += z[k]!;
      }
      for (let j = from; j < to; j++) for (let k = 0; k < K; k++) gW[base[j]! + k]! += z[k]! * val[j]!;
    }
  };
}

/** Classes a generated loop over a sample's entries handles at a time: more locals than this cost the engine more than they save. */
const CLASSES_PER_LOOP = 8;
const generated = new Map<number, SamplePass>();

/**
 * The pass of {@link referencePass}, generated for K classes with each class's running sum in a local variable (no
 * typed-array load and store per term): the same operations on the same values in the same order, so the same bits,
 * in about half the time (retraining is most of the time of the test that reproduces the shipped weights). The
 * entries of a sample are read once per {@link CLASSES_PER_LOOP} classes.
 */
export function samplePass(K: number): SamplePass {
  const cached = generated.get(K);
  if (cached !== undefined) return cached;
  const groups: number[][] = [];
  for (let k = 0; k < K; k += CLASSES_PER_LOOP) groups.push(Array.from({ length: Math.min(CLASSES_PER_LOOP, K - k) }, (_, i) => k + i));
  const all = groups.flat();
  const each = (ks: readonly number[], f: (k: number) => string): string => ks.map(f).join('\n');
  const overEntries = (f: (k: number) => string): string =>
    groups.map((g) => `for (let j = from; j < to; j++) { const o = base[j], v = val[j];\n${each(g, f)}\n}`).join('\n');
  const body = `const { n, start, base, val, y, scale, hasAmong, among, W, b, gW, gb, keep, spread } = d;
for (let r = 0; r < n; r++) {
  const from = start[r], to = start[r + 1];
  ${each(all, (k) => `let z${k} = b[${k}];`)}
  ${overEntries((k) => `z${k} += W[o + ${k}] * v;`)}
  let max = -Infinity;
  ${each(all, (k) => `max = Math.max(max, z${k});`)}
  let sum = 0;
  ${each(all, (k) => `sum += z${k} = Math.exp(z${k} - max);`)}
  const w = scale[r];
  if (hasAmong[r] === 1) {
    let inS = 0;
    ${each(all, (k) => `if (among[r * ${K} + ${k}] === 1) inS += z${k};`)}
    ${each(all, (k) => `z${k} = (z${k} / sum - (among[r * ${K} + ${k}] === 1 ? z${k} / inS : 0)) * w;`)}
  } else {
    const yr = y[r];
    ${each(all, (k) => `z${k} = (z${k} / sum - ((yr === ${k} ? keep : 0) + spread)) * w;`)}
  }
  ${each(all, (k) => `gb[${k}] += z${k};`)}
  ${overEntries((k) => `gW[o + ${k}] += z${k} * v;`)}
}`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a development script's generated loop, never shipped
  const pass = new Function('d', body) as SamplePass;
  generated.set(K, pass);
  return pass;
}

/** The temperature (from a fixed grid) that minimises the negative log-likelihood of held-out predictions. */
export function fitTemperature(heldOut: readonly { z: Float64Array; y: number }[]): number {
  let best = 1;
  let bestNll = Infinity;
  for (let t = 0.3; t <= 4.0001; t += 0.05) {
    let nll = 0;
    for (const { z, y } of heldOut) nll -= Math.log(Math.max(1e-12, softmax(z, t)[y]!));
    if (nll < bestNll - 1e-12) {
      bestNll = nll;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** Expected calibration error over equal-width confidence bins. */
export function expectedCalibrationError(preds: readonly { confidence: number; correct: boolean }[], bins = 10): number {
  const count = new Array<number>(bins).fill(0);
  const conf = new Array<number>(bins).fill(0);
  const acc = new Array<number>(bins).fill(0);
  for (const p of preds) {
    const i = Math.min(bins - 1, Math.floor(p.confidence * bins));
    count[i]!++;
    conf[i]! += p.confidence;
    acc[i]! += p.correct ? 1 : 0;
  }
  let ece = 0;
  for (let i = 0; i < bins; i++) if (count[i]! > 0) ece += (count[i]! / preds.length) * Math.abs(acc[i]! / count[i]! - conf[i]! / count[i]!);
  return ece;
}
