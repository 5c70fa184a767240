/**
 * Installs the packed package (`npm pack`, as users get it) into throwaway consumer projects:
 * `full` has zod and the optional peers date-holidays and postal-mime, `bare` has none of them (not
 * even zod, a dependency: the core must not need it). Built once per test run, by test/package/setup.ts
 * (vitest's globalSetup), from the tarball named by PACKAGE_TARBALL (`npm test` packs once for every
 * check) or else from a fresh `npm pack`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');

/** `--single-threaded-gc` when this run has it (scripts/test.mjs), for the tsc processes the tests start. */
export const gcFlags: readonly string[] = process.execArgv.filter((a) => a === '--single-threaded-gc');

export interface Consumers { readonly full: string; readonly bare: string; readonly tarball: string }

declare module 'vitest' {
  export interface ProvidedContext { packageConsumers: Consumers }
}

/** Packs (unless PACKAGE_TARBALL names a tarball) and installs the consumer projects into a new folder `base`. */
export function prepareConsumers(base = mkdtempSync(join(tmpdir(), 'interview-followup-package-'))): Consumers {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` before the package tests.');
  let tarball = process.env['PACKAGE_TARBALL'];
  if (tarball === undefined || tarball === '') {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', base], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    tarball = join(base, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  }
  const packed = resolve(tarball);
  const make = (name: string, peers: readonly string[]): string => {
    const dir = join(base, name);
    const pkgDir = join(dir, 'node_modules', 'interview-followup');
    mkdirSync(pkgDir, { recursive: true });
    execFileSync('tar', ['-xzf', packed, '-C', pkgDir, '--strip-components=1']);
    for (const peer of peers) {
      const target = join(ROOT, 'node_modules', peer);
      mkdirSync(join(dir, 'node_modules', peer, '..'), { recursive: true });
      symlinkSync(target, join(dir, 'node_modules', peer), 'dir');
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
    return dir;
  };
  return { full: make('full', ['date-holidays', 'zod', 'postal-mime']), bare: make('bare', []), tarball: packed };
}

/** The consumer projects of this test run (made once by test/package/setup.ts). */
export function consumers(): Consumers {
  return inject('packageConsumers');
}

/** Runs a script file (written into `dir`) with node and returns its stdout. */
export function runScript(dir: string, file: string, source: string, env: NodeJS.ProcessEnv = {}): string {
  writeFileSync(join(dir, file), source);
  return execFileSync(process.execPath, [file], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

export function copyInto(dir: string, from: string, to: string): void {
  cpSync(from, join(dir, to), { recursive: true });
}
