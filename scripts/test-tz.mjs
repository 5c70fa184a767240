// Runs the unit and property tests under the given host time zones: results must not depend on the
// machine's TZ (date-holidays and Date parsing are the usual traps). One vitest run covers every zone:
// each zone is a pair of projects in vitest.config.ts whose test processes run with that TZ.
//   node scripts/test-tz.mjs UTC                                  every test file, in UTC
//   node scripts/test-tz.mjs --typecheck UTC                      the same, with the type tests in vitest
//   node scripts/test-tz.mjs --zoned America/Los_Angeles Asia/Tokyo
//                                                                 only the files that read dates, times or zones
//   node scripts/test-tz.mjs UTC --zoned America/Los_Angeles Asia/Tokyo
//                                                                 the zone-sensitive files in LA and Tokyo, the others in UTC
//   node scripts/test-tz.mjs UTC --zoned America/Los_Angeles --light Asia/Tokyo
//                                                                 as above, with a fifth of the property runs in Tokyo
//   node scripts/test-tz.mjs --deep UTC Asia/Kathmandu …          FC_RUNS=10: ten times the property runs
//   node scripts/test-tz.mjs UTC -- --maxWorkers=2                arguments after `--` go to vitest
//
// Zones named after `--zoned` run the zone-sensitive files (ZONED in vitest.config.ts), and those after `--light`
// the same files with a fifth of the property runs; zones named first run every file, or, when other zones are
// named too, the files that are not zone-sensitive. `npm test` runs the zone-sensitive files in Los Angeles (behind
// UTC, with daylight saving time) and, lighter, Tokyo (ahead of it, without), and the rest in UTC;
// `npm run test:deep` runs every file in each of eight zones, with ten times the property runs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Arguments after `--` go to vitest as they are (e.g. `-- --maxWorkers=2`).
const dashes = process.argv.indexOf('--', 2);
const args = process.argv.slice(2, dashes === -1 ? undefined : dashes);
const vitestArgs = dashes === -1 ? [] : process.argv.slice(dashes + 1);
const typecheck = args.includes('--typecheck');
const deep = args.includes('--deep');
// Zones go to the list of the flag before them: none (every file), --zoned, or --light.
const lists = { all: [], zoned: [], light: [] };
let list = lists.all;
for (const a of args) {
  if (a === '--zoned') list = lists.zoned;
  else if (a === '--light') list = lists.light;
  else if (!a.startsWith('--')) list.push(a);
}
const { all, zoned, light } = lists;
if (all.length + zoned.length + light.length === 0) throw new Error('name at least one time zone, e.g. UTC');

const env = { ...process.env, TEST_TZ: all.join(' '), TEST_TZ_ZONED: zoned.join(' '), TEST_TZ_LIGHT: light.join(' '), TYPECHECK: typecheck ? '1' : '0' };
if (deep) env.FC_RUNS = process.env.FC_RUNS ?? '10';
const say = (zones, what) => (zones.length === 0 ? [] : [`${what} in ${zones.join(', ')}`]);
console.log(`\n> vitest run: ${[...say(all, zoned.length + light.length > 0 ? 'the other files' : 'every file'), ...say(zoned, 'the zone-sensitive files'), ...say(light, 'the zone-sensitive files with a fifth of the property runs')].join('; ')}${deep ? ` (FC_RUNS=${env.FC_RUNS})` : ''}${typecheck ? ' (with type tests)' : ''}`);
// vitest.config.ts reads TEST_TZ, TEST_TZ_ZONED and TEST_TZ_LIGHT, and turns the type tests on with TYPECHECK=1.
const r = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, '../node_modules/vitest/vitest.mjs'), 'run', ...vitestArgs], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
