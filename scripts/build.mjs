// `npm run build`: a clean dist/, then the ESM, CommonJS and command-line builds of tsup.config.ts one after
// another (each declaration build needs its own TypeScript program; side by side they need 1.5 GB of memory).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
for (const part of ['0', '1', '2']) {
  const r = spawnSync('npx', ['tsup'], { stdio: 'inherit', env: { ...process.env, BUILD_PART: part } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
