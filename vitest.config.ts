import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/package/**', 'node_modules/**'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.test.json',
    },
    pool: 'threads',
    // Verdicts never depend on the machine's speed: property tests are bounded in runs (see
    // test/helpers/runs.ts), and this limit only stops a test that hangs.
    testTimeout: 120_000,
  },
});
