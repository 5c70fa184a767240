import { defineConfig } from 'vitest/config';

/** Checks on the built and packed package (`npm run test:package`, after `npm run build`). */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    // Packs once and makes the consumer projects every file installs from (test/package/consumer.ts).
    globalSetup: ['test/package/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One process: each file drives other processes (npm, node, Chromium) and holds little itself.
    pool: 'threads',
  },
});
