import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import LongestFirst from './test/helpers/sequencer.js';

/**
 * Files that run isolated: those that each hold a lot of memory (the reply corpus and its retraining, the reply
 * reader's adversarial inputs), so what they hold is freed when they end. None of
 * them reads dates or zones, so they run once, in UTC.
 */
const HEAVY = [
  'test/corpus/realCorpus.test.ts', 'test/properties/classifier.prop.test.ts',
  'src/classifier/regexes.test.ts',
];
const ALL = ['src/**/*.test.ts', 'test/**/*.test.ts'];
const EXCLUDE = ['test/package/**', 'node_modules/**'];

/**
 * Test files whose results could change with the host's zone: everything that parses, formats or counts dates and
 * instants. Left out: pure text processing (templates parsing, the reply reader's cues, corpus and regexes),
 * documentation checks and the CLI's argument handling, which never look at a clock or a zone.
 */
const ZONED = [
  'src/calendar/**/*.test.ts',
  'src/holidays/**/*.test.ts',
  'src/model/**/*.test.ts',
  'src/planner/**/*.test.ts',
  'src/hiring/**/*.test.ts',
  'src/templates/formatMessageDate.test.ts',
  'src/templates/renderMessage*.test.ts',
  'src/templates/draft*.test.ts',
  'src/templates/examples.test.ts',
  'src/classifier/extractTimeline.test.ts',
  'src/classifier/toTimeline.test.ts',
  'src/classifier/replyEvent.test.ts',
  'src/classifier/intoTracker.test.ts',
  'test/properties/r*.test.ts',
  'test/properties/holidays.prop.test.ts',
  'test/properties/ics-*.test.ts',
  'test/properties/tracker-state-machine.prop.test.ts',
  'test/properties/templates-messages.prop.test.ts',
  'test/properties/anything.prop.test.ts',
  'test/readme.test.ts',
];

/** A RegExp for a glob of the lists above: a double star and a slash stand for any folders, a star for any part of a name. */
function glob(pattern: string): RegExp {
  const escape = (text: string): string => text.replace(/[.+?^$()|[\]{}\\]/g, '\\$&');
  return new RegExp('^' + pattern.split('**/').map((part) => part.split('*').map(escape).join('[^/]*')).join('(?:.*/)?') + '$');
}

/**
 * The host time zones to test in, set by scripts/test-tz.mjs: TEST_TZ lists the zones that run the files,
 * TEST_TZ_ZONED those that run the zone-sensitive files (ZONED), each a space-separated list. When both are set,
 * the zone-sensitive files run in the TEST_TZ_ZONED zones only and the TEST_TZ zones run the other files, so that
 * every file runs and none twice in zones where its results cannot differ. Each zone is a pair of projects whose
 * test processes run with that TZ. Without either (`npx vitest`), every file runs once, in the machine's own zone.
 */
const zones = (name: string): string[] => (process.env[name] ?? '').split(/[\s,]+/).filter((z) => z !== '');
const zonedZones = zones('TEST_TZ_ZONED');
/**
 * TEST_TZ_LIGHT: zones that run the zone-sensitive files with a fifth of the property runs (their test processes get
 * TEST_LIGHT=1, read by test/helpers/runs.ts), for a second view of the same files at less cost (`npm test` runs
 * Tokyo so).
 */
const lightZones = zones('TEST_TZ_LIGHT');
const runs: { tz: string | undefined; files: 'all' | 'rest' | 'zoned'; light?: true }[] = [
  ...zones('TEST_TZ').map((tz) => ({ tz, files: zonedZones.length + lightZones.length > 0 ? ('rest' as const) : ('all' as const) })),
  ...zonedZones.map((tz) => ({ tz, files: 'zoned' as const })),
  ...lightZones.map((tz) => ({ tz, files: 'zoned' as const, light: true as const })),
];
if (runs.length === 0) runs.push({ tz: undefined, files: 'all' });

/** What every project shares. */
const common = {
  setupFiles: ['test/helpers/fast-check.setup.ts'],
  // Each test process is a child process, so the TZ of its project holds for everything it runs (threads would
  // share one process, and so one zone).
  pool: 'forks' as const,
  // The heap grows by a fifth at a time (V8 lets it grow up to fourfold): each test process keeps about 70 MB less garbage,
  // for about 5% more time collecting it, so that two of them and vitest fit in 1 GB (scripts/test.mjs).
  // With --single-threaded-gc on vitest itself (as scripts/test.mjs runs it), the workers collect on their main thread
  // too: on 2 busy cores, parallel collection threads cost CPU the other worker needs.
  execArgv: ['--heap-growing-percent=20', ...process.execArgv.filter((a) => a === '--single-threaded-gc')],
  // Verdicts never depend on the machine's speed: property tests are bounded in runs (see
  // test/helpers/runs.ts), and this limit only stops a test that hangs.
  testTimeout: 120_000,
};

function zoneProjects({ tz, files, light }: (typeof runs)[number], first: boolean): TestProjectInlineConfiguration[] {
  const include = files === 'zoned' ? ZONED : ALL;
  const isZoned = (file: string): boolean => ZONED.some((z) => glob(z).test(file));
  const heavy = files === 'all' ? HEAVY : HEAVY.filter((h) => isZoned(h) === (files === 'zoned'));
  const skip = files === 'rest' ? ZONED : [];
  const suffix = runs.length > 1 && tz !== undefined ? ` ${tz}${light ? ' (a fifth of the runs)' : ''}` : '';
  const env = { ...(tz === undefined ? {} : { TZ: tz }), ...(light ? { TEST_LIGHT: '1' } : {}) };
  const projects: TestProjectInlineConfiguration[] = [
    {
      extends: true,
      test: {
        ...common,
        name: `shared${suffix}`,
        env,
        include,
        exclude: [...EXCLUDE, ...HEAVY, ...skip],
        // The library has no module-level mutable state (only memo caches of pure answers) and no
        // test mocks modules, so these files share each worker's modules: loading zod,
        // date-holidays and the reply reader's weights once per worker rather than once per file
        // is most of the time a run takes.
        isolate: false,
        // Type tests (`*.test-d.ts`) run in vitest with TYPECHECK=1 (scripts/test-tz.mjs --typecheck, as
        // in npm run test:unit), once, in the first zone; `npm test` compiles them with
        // `tsc -p tsconfig.test.json` instead, where tsc reports the same errors. (A project's setting is not
        // overridden by `--typecheck`.)
        typecheck: {
          enabled: first && process.env['TYPECHECK'] === '1',
          include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
          tsconfig: './tsconfig.test.json',
        },
      },
    },
  ];
  if (heavy.length > 0) projects.push({ extends: true, test: { ...common, name: `isolated${suffix}`, env, include: heavy, exclude: [...EXCLUDE, ...skip] } });
  return projects;
}

export default defineConfig({
  resolve: {
    // @fast-check/vitest costs seconds and 240 MB in every test process that imports it; this file gives the tests
    // the same `fc` and `test.prop` (see its header).
    alias: { '@fast-check/vitest': fileURLToPath(new URL('./test/helpers/fast-check-vitest.ts', import.meta.url)) },
  },
  test: {
    // The longest files start first (test/helpers/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: runs.flatMap((run, i) => zoneProjects(run, i === 0)),
  },
});
