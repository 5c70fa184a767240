/**
 * A small benchmark harness: figures only, never pass/fail. Each measurement runs a warm-up, then
 * several timed rounds, and reports the median round (robust against a busy machine).
 */
export interface Measurement {
  readonly name: string;
  /** Median nanoseconds per operation. */
  readonly nsPerOp: number;
  readonly opsPerSec: number;
  readonly note?: string;
}

export interface MeasureOptions {
  /** Operations per round. */
  readonly ops: number;
  /** Timed rounds; the median is reported. @defaultValue 7 */
  readonly rounds?: number;
  readonly note?: string;
}

/** Keeps results alive so the engine cannot drop the measured work. */
export let sink: unknown;

/**
 * Times `body(ops)`, which must perform `ops` operations, and returns the median cost per operation.
 */
export function measure(name: string, body: (ops: number) => unknown, options: MeasureOptions): Measurement {
  const rounds = options.rounds ?? 7;
  sink = body(Math.min(options.ops, 10_000));
  sink = body(options.ops);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    sink = body(options.ops);
    const t1 = process.hrtime.bigint();
    samples.push(Number(t1 - t0) / options.ops);
  }
  samples.sort((a, b) => a - b);
  const nsPerOp = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  return { name, nsPerOp, opsPerSec: 1e9 / nsPerOp, ...(options.note === undefined ? {} : { note: options.note }) };
}

/** Times one call, in milliseconds. */
export function timeOnce(body: () => unknown): number {
  const t0 = process.hrtime.bigint();
  sink = body();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

/**
 * Prints a Markdown table; with `baseline`, adds each row's speed-up against that row
 * (`baseline time / row time`, so 4.0× means four times faster).
 */
export function printTable(title: string, rows: readonly Measurement[], baseline?: string): void {
  const base = baseline === undefined ? undefined : rows.find((r) => r.name === baseline);
  console.log(`\n### ${title}\n`);
  console.log(`| operation | time/op | ops/s |${base ? ` vs ${base.name} |` : ''} note |`);
  console.log(`|---|---:|---:|${base ? '---:|' : ''}---|`);
  for (const r of rows) {
    const ratio = base ? ` ${(base.nsPerOp / r.nsPerOp).toFixed(1)}× |` : '';
    console.log(`| ${r.name} | ${formatNs(r.nsPerOp)} | ${Math.round(r.opsPerSec).toLocaleString('en-US')} |${ratio} ${r.note ?? ''} |`);
  }
}

/** Prints a two-column table of labelled figures (targets and results). */
export function printFigures(title: string, figures: readonly (readonly [label: string, value: string, target?: string])[]): void {
  console.log(`\n### ${title}\n`);
  console.log('| figure | value | target |');
  console.log('|---|---:|---|');
  for (const [label, value, target] of figures) console.log(`| ${label} | ${value} | ${target ?? ''} |`);
}

/** A deterministic pseudo-random generator (mulberry32) so every run measures the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
