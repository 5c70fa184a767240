// The tests' own `test.prop` (test/helpers/fast-check-vitest.ts, what `@fast-check/vitest` resolves to in vitest.config.ts)
// behaves as the package's does: it runs the property as many times as asked, names its seed in the test's title, and
// runs the suite's hooks around every run.
import { fc, test } from '@fast-check/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

describe('test.prop', () => {
  let runs = 0;
  let before = 0;
  let after = 0;
  let open = false;
  beforeEach(() => {
    before++;
    open = true;
  });
  afterEach(() => {
    after++;
    open = false;
  });

  test.prop([fc.integer({ min: 0, max: 9 })], { numRuns: 25 })('runs the property numRuns times, each run between the hooks', (n) => {
    runs++;
    expect(open).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
    expect(expect.getState().currentTestName).toMatch(/with seed=-?\d+\)$/);
  });

  it('counted 25 runs; beforeEach ran before each run and this test, afterEach after each run', () => {
    expect(runs).toBe(25);
    expect(before).toBe(26);
    expect(after).toBe(25);
  });

  // Passes only if the property fails: a counterexample (any n ≥ 50) fails the test.
  test.fails.prop([fc.integer({ min: 0, max: 100 })], { numRuns: 200 })('fails the test when the property has a counterexample', (n) => n < 50);
});
