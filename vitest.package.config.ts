import { defineConfig } from 'vitest/config';

/** Checks on the built and packed package (`npm run test:package`, after `npm run build`). */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
