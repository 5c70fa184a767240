import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { getHolidaysClass } from './loadDateHolidays.js';
import { interopDefault } from '../_lib/interopDefault.js';

const here = new URL('.', import.meta.url).pathname;
const repoRoot = join(here, '..', '..');
// Inside the repository, node_modules/date-holidays resolves; in the OS temp directory it does not.
const inRepo = mkdtempSync(join(repoRoot, 'node_modules', '.holidays-loader-'));
const outside = mkdtempSync(join(tmpdir(), 'holidays-loader-'));
afterAll(() => { rmSync(inRepo, { recursive: true, force: true }); rmSync(outside, { recursive: true, force: true }); });

async function bundle(entry: string, format: 'esm' | 'cjs', dir: string): Promise<string> {
  const file = join(dir, `loader-${format}.${format === 'esm' ? 'mjs' : 'cjs'}`);
  await build({ entryPoints: [join(here, entry)], bundle: true, format, platform: 'node', target: 'node20', external: ['date-holidays'], outfile: file, logLevel: 'silent' });
  return file;
}

type Loader = { getHolidaysClass: typeof getHolidaysClass };


describe('loadDateHolidays', () => {
  it('R4.4: returns the date-holidays class when it is installed', () => {
    const Holidays = getHolidaysClass();
    expect(new Holidays({ country: 'US' }).getHolidays(2026).length).toBeGreaterThan(0);
  });

  it('R4.4: the ESM loader turns a missing date-holidays into MissingDependencyError at first use, not at import', async () => {
    // Run in a plain Node process: the test runner would resolve the bare specifier from the project.
    const file = await bundle('loadDateHolidays.ts', 'esm', outside);
    const script = `import(${JSON.stringify(pathToFileURL(file).href)}).then((m) => { try { m.getHolidaysClass(); console.log('loaded') } catch (e) { console.log(JSON.stringify({ code: e.code, name: e.name, message: e.message, cause: e.cause !== undefined })) } })`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: outside, encoding: 'utf8' })) as { code: string; name: string; message: string; cause: boolean };
    expect(out.code).toBe('MISSING_DEPENDENCY');
    expect(out.name).toBe('MissingDependencyError');
    expect(out.message).toContain('"date-holidays"');
    expect(out.message).toContain('interview-followup/holidays');
    expect(out.cause).toBe(true);
  });

  it('R4.4: the CommonJS loader requires date-holidays (default-export interop) and reports it missing the same way', async () => {
    const require = createRequire(import.meta.url);
    const present = require(await bundle('loadDateHolidays.cjs.ts', 'cjs', inRepo)) as Loader;
    const Holidays = present.getHolidaysClass();
    expect(new Holidays({ country: 'DE' }).getHolidays(2026).some((h) => h.date.startsWith('2026-10-03'))).toBe(true);
    const missing = require(await bundle('loadDateHolidays.cjs.ts', 'cjs', outside)) as Loader;
    let e: unknown;
    try { missing.getHolidaysClass(); } catch (x) { e = x; }
    expect(isFollowUpError(e, 'MISSING_DEPENDENCY')).toBe(true);
  });

  it('R4.4: interopDefault accepts a namespace, a CommonJS export or a doubly wrapped default', () => {
    class Fake {}
    expect(interopDefault({ default: Fake })).toBe(Fake);
    expect(interopDefault(Fake)).toBe(Fake);
    expect(interopDefault({ default: { default: Fake } })).toBe(Fake);
    expect(interopDefault({ Holidays: Fake })).toBeUndefined();
    writeFileSync(join(outside, 'unused.txt'), ''); // the temp directory is writable (cleanup is real)
  });
});
