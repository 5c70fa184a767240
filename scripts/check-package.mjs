// Checks on the built package, as users install it: publint, attw (ESM, CJS, node16 and bundler
// resolution for every entry point), then the package tests (exports, optional peers, bundle
// contents and sizes, examples against dist, a browser run).
import { spawnSync } from 'node:child_process';

const steps = [
  ['npx', ['publint', '--strict']],
  ['npx', ['attw', '--pack', '.', '--profile', 'node16']],
  ['npx', ['vitest', 'run', '-c', 'vitest.package.config.ts']],
];
for (const [cmd, args] of steps) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
