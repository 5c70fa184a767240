// Runs the unit and property tests under the given host time zones: results must not depend on the
// machine's TZ (date-holidays and Date parsing are the usual traps). `--typecheck` also runs the
// type tests (once is enough).
//   node scripts/test-tz.mjs --typecheck UTC
//   node scripts/test-tz.mjs America/Los_Angeles Asia/Tokyo
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const typecheck = args.includes('--typecheck');
const zones = args.filter((a) => a !== '--typecheck');
if (zones.length === 0) throw new Error('name at least one time zone, e.g. UTC');
for (const tz of zones) {
  console.log(`\n> TZ=${tz} vitest run${typecheck ? '' : ' (type tests off)'}`);
  const r = spawnSync('npx', ['vitest', 'run', ...(typecheck ? [] : ['--typecheck.enabled=false'])], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
