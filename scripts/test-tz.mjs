// Runs the unit and property tests under the given host time zones: results must not depend on the
// machine's TZ (date-holidays and Date parsing are the usual traps).
//   node scripts/test-tz.mjs UTC                                  every test file, in UTC
//   node scripts/test-tz.mjs --typecheck UTC                      the same, with the type tests in vitest
//   node scripts/test-tz.mjs --zoned America/Los_Angeles Asia/Tokyo
//                                                                 only the files that read dates, times or zones
//   node scripts/test-tz.mjs --deep UTC Asia/Kathmandu …          FC_RUNS=10: ten times the property runs
//
// `npm test` runs every file once in UTC and the zone-sensitive ones (ZONED below) in two more
// zones; `npm run test:deep` runs every file in seven zones with ten times the property runs.
import { spawnSync } from 'node:child_process';

/**
 * Test files whose results could change with the host's zone: everything that parses, formats or
 * counts dates and instants. Left out: pure text processing (templates parsing, the reply reader's
 * cues, corpus and regexes), documentation checks and the CLI's argument handling, which never
 * look at a clock or a zone.
 */
const ZONED = [
  'src/calendar/',
  'src/holidays/',
  'src/model/',
  'src/planner/',
  'src/hiring/',
  'src/templates/formatMessageDate.test.ts',
  'src/templates/renderMessage',
  'src/templates/draft',
  'src/templates/examples.test.ts',
  'src/classifier/extractTimeline.test.ts',
  'src/classifier/toTimeline.test.ts',
  'src/classifier/replyEvent.test.ts',
  'src/classifier/intoTracker.test.ts',
  'test/properties/r',
  'test/properties/holidays.prop.test.ts',
  'test/properties/ics-',
  'test/properties/tracker-state-machine.prop.test.ts',
  'test/properties/templates-messages.prop.test.ts',
  'test/properties/anything.prop.test.ts',
  'test/readme.test.ts',
];

const args = process.argv.slice(2);
const typecheck = args.includes('--typecheck');
const zoned = args.includes('--zoned');
const deep = args.includes('--deep');
const zones = args.filter((a) => !a.startsWith('--'));
if (zones.length === 0) throw new Error('name at least one time zone, e.g. UTC');

const env = { ...process.env, ...(deep ? { FC_RUNS: process.env.FC_RUNS ?? '10' } : {}) };
for (const tz of zones) {
  const vitestArgs = ['vitest', 'run', ...(zoned ? ZONED : [])];
  console.log(`\n> TZ=${tz}${deep ? ` FC_RUNS=${env.FC_RUNS}` : ''} vitest run${typecheck ? ' (with type tests)' : ''}${zoned ? ' (zone-sensitive files)' : ''}`);
  // vitest.config.ts turns the type tests on with TYPECHECK=1.
  const r = spawnSync('npx', vitestArgs, { stdio: 'inherit', env: { ...env, TZ: tz, TYPECHECK: typecheck ? '1' : '0' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
