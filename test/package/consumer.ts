/**
 * Installs the packed package (`npm pack`, as users get it) into throwaway consumer projects:
 * `full` has zod and the optional peers date-holidays and postal-mime, `bare` has none of them (not
 * even zod, a dependency: the core must not need it). Built once per test run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const BASE = join(tmpdir(), 'interview-followup-package-tests');

export interface Consumers { readonly full: string; readonly bare: string; readonly tarball: string }

let cached: Consumers | undefined;

export function consumers(): Consumers {
  if (cached) return cached;
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` before the package tests.');
  rmSync(BASE, { recursive: true, force: true });
  mkdirSync(BASE, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', BASE], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const tarball = join(BASE, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  const make = (name: string, peers: readonly string[]): string => {
    const dir = join(BASE, name);
    const pkgDir = join(dir, 'node_modules', 'interview-followup');
    mkdirSync(pkgDir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
    for (const peer of peers) {
      const target = join(ROOT, 'node_modules', peer);
      mkdirSync(join(dir, 'node_modules', peer, '..'), { recursive: true });
      symlinkSync(target, join(dir, 'node_modules', peer), 'dir');
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
    return dir;
  };
  cached = { full: make('full', ['date-holidays', 'zod', 'postal-mime']), bare: make('bare', []), tarball };
  return cached;
}

/** Runs a script file (written into `dir`) with node and returns its stdout. */
export function runScript(dir: string, file: string, source: string, env: NodeJS.ProcessEnv = {}): string {
  writeFileSync(join(dir, file), source);
  return execFileSync(process.execPath, [file], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

export function copyInto(dir: string, from: string, to: string): void {
  cpSync(from, join(dir, to), { recursive: true });
}
