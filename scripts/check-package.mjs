// Checks on the built package, as users install it: publint, attw in its default profile (node10,
// node16 from CJS and ESM, and bundler resolution for every entry point), then the package tests
// (exports, optional peers, a clean install of the tarball, bundle contents and sizes, examples
// against dist, a browser run).
import { spawnSync } from 'node:child_process';

const steps = [
  ['npx', ['publint', '--strict']],
  ['npx', ['attw', '--pack', '.']],
  ['npx', ['vitest', 'run', '-c', 'vitest.package.config.ts']],
];
for (const [cmd, args] of steps) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
