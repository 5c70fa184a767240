import { defineConfig } from 'vitest/config';

/**
 * Files that run isolated: those that each hold a lot of memory (a TypeScript program of the whole API, the reply
 * corpus and its retraining, the reply reader's adversarial inputs), so what they hold is freed when they end, and
 * those that count calls into a cache other files fill too (regionHolidays' one read per new year).
 */
const HEAVY = [
  'test/docs.test.ts', 'test/corpus/**/*.test.ts', 'test/properties/classifier.prop.test.ts', 'src/classifier/regexes.test.ts',
  'src/holidays/regionHolidays.test.ts',
];
const EXCLUDE = ['test/package/**', 'node_modules/**'];

/** What both projects share. */
const common = {
  setupFiles: ['test/helpers/fast-check.setup.ts'],
  pool: 'threads' as const,
  // Verdicts never depend on the machine's speed: property tests are bounded in runs (see
  // test/helpers/runs.ts), and this limit only stops a test that hangs.
  testTimeout: 120_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...common,
          name: 'shared',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...EXCLUDE, ...HEAVY],
          // The library has no module-level mutable state (only memo caches of pure answers) and no
          // test mocks modules, so these files share each worker's modules: loading zod,
          // date-holidays and the reply reader's weights once per worker rather than once per file
          // is most of the time a run takes.
          isolate: false,
          // Type tests (`*.test-d.ts`) run in vitest with TYPECHECK=1 (scripts/test-tz.mjs --typecheck, as
          // in npm run test:unit); `npm test` compiles them with `npm run typecheck` instead, where tsc
          // reports the same errors. (A project's setting is not overridden by `--typecheck`.)
          typecheck: {
            enabled: process.env['TYPECHECK'] === '1',
            include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
            tsconfig: './tsconfig.test.json',
          },
        },
      },
      { test: { ...common, name: 'isolated', include: HEAVY, exclude: EXCLUDE } },
    ],
  },
});
