// Runs the unit and property tests again under other host time zones: results must not depend on
// the machine's TZ (date-holidays and Date parsing are the usual traps).
import { spawnSync } from 'node:child_process';

const zones = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['America/Los_Angeles', 'Asia/Tokyo'];
for (const tz of zones) {
  console.log(`\n> TZ=${tz} vitest run (typecheck off)`);
  const r = spawnSync('npx', ['vitest', 'run', '--typecheck.enabled=false'], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
