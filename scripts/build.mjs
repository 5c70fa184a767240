// `npm run build`: a clean dist/; tsc checks src/ and writes its declarations to a scratch folder; then one tsup
// process builds the ESM, CommonJS and command-line code and bundles those declarations for both formats
// (tsup.config.ts). src/ is compiled with types once, by tsc, and the build stays under 0.5 GB of memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const run = (file, args, env = {}) => {
  const r = spawnSync(process.execPath, [...process.execArgv, join(ROOT, 'node_modules', file), ...args], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
const types = mkdtempSync(join(tmpdir(), 'interview-followup-types-'));
process.on('exit', () => rmSync(types, { recursive: true, force: true }));
run('typescript/bin/tsc', ['-p', 'tsconfig.json', '--emitDeclarationOnly', '--outDir', types, '--rootDir', 'src']);
run('tsup/dist/cli-default.js', [], { BUILD_TYPES: types });
