// `npm run build`: a clean dist/; tsc checks src/ and writes its declarations to .types/ (tsconfig.build.json, a
// composite project that the tests' project references, so the tests are checked against these declarations rather
// than by checking src/ again); then one tsup process builds the ESM, CommonJS and command-line code and bundles
// those declarations for both formats (tsup.config.ts). src/ is compiled with types once, by tsc.
//   node scripts/build.mjs               the whole build
//   node scripts/build.mjs --bundle-only the tsup part, when .types/ is up to date (npm test runs tsc as its own step)
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const run = (file, args, env = {}) => {
  const r = spawnSync(process.execPath, [...process.execArgv, join(ROOT, 'node_modules', file), ...args], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
if (!process.argv.includes('--bundle-only')) run('typescript/bin/tsc', ['-b', 'tsconfig.build.json']);
run('tsup/dist/cli-default.js', [], { BUILD_TYPES: join(ROOT, '.types') });
