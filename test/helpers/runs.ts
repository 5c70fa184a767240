/**
 * Run budgets of the property tests, in runs, never in milliseconds: a verdict must not depend on
 * the machine's speed. `npm test` uses the base budgets; `npm run test:deep` sets `FC_RUNS` to a
 * factor (e.g. `FC_RUNS=10`) that multiplies every budget. This is the only place that reads it, and
 * `TEST_LIGHT=1` (set by vitest.config.ts for the zones of `--light`, such as Tokyo in `npm test`).
 */
const factor = ((): number => {
  const raw = process.env['FC_RUNS'];
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`FC_RUNS must be a positive number (a factor on every run budget), got ${JSON.stringify(raw)}`);
  return n;
})();

/** Whether this is the deep run (`npm run test:deep`), which may also cover more time zones. */
export const DEEP = factor > 1;

/** A light run (`TEST_LIGHT=1`) makes a fifth of the runs: every example test, and 20 runs of a property of 100. */
const share = process.env['TEST_LIGHT'] === '1' ? 0.2 : 1;

/** `base` runs, times the `FC_RUNS` factor of a deep run and the share of a light one (at least 1). */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * factor * share));
}
