import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { consumers, runScript } from './consumer.js';

const SUBPATHS = ['', '/calendar', '/holidays', '/model', '/planner', '/classifier', '/templates', '/hiring', '/mail'];

describe('the packed package, as installed by users', () => {
  it('every subpath loads with import and with require', () => {
    const { full } = consumers();
    const esm = runScript(full, 'load.mjs', `
      const out = {};
      for (const s of ${JSON.stringify(SUBPATHS)}) out[s] = Object.keys(await import('interview-followup' + s)).length;
      console.log(JSON.stringify(out));`);
    const cjs = runScript(full, 'load.cjs', `
      const out = {};
      for (const s of ${JSON.stringify(SUBPATHS)}) out[s] = Object.keys(require('interview-followup' + s)).length;
      console.log(JSON.stringify(out));`);
    const esmCounts = JSON.parse(esm) as Record<string, number>;
    expect(JSON.parse(cjs)).toEqual(esmCounts);
    for (const s of SUBPATHS) expect(esmCounts[s], `exports of "interview-followup${s}"`).toBeGreaterThan(0);
  });

  it('computes the same dates from ESM and CommonJS, with regional holidays (R4.4)', () => {
    const { full } = consumers();
    const body = (load: string): string => `
      ${load}
      const us = regionCalendar('US');
      console.log(JSON.stringify([
        createCalendar().addBusinessDays('2026-11-27', 1),
        us.addBusinessDays('2026-11-25', 1),
        us.businessDaysBetween('2026-12-21', '2027-01-04'),
      ]));`;
    const esm = runScript(full, 'dates.mjs', body(`import { createCalendar } from 'interview-followup'; import { regionCalendar } from 'interview-followup/holidays';`));
    const cjs = runScript(full, 'dates.cjs', body(`const { createCalendar } = require('interview-followup'); const { regionCalendar } = require('interview-followup/holidays');`));
    // 2026-11-26 is Thanksgiving; 2026-12-25 and 2027-01-01 are federal holidays (both Fridays).
    expect(JSON.parse(esm)).toEqual(['2026-11-30', '2026-11-27', 8]);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it('a CommonJS app bundled for the browser finds the installed date-holidays (R4.4)', async () => {
    const { full } = consumers();
    // As webpack bundles an app compiled to CommonJS: the package's CommonJS build, followed through its require calls.
    const out = await build({
      stdin: { contents: `const { regionCalendar } = require('interview-followup/holidays'); console.log(regionCalendar('US').addBusinessDays('2026-11-25', 1));`, resolveDir: full, loader: 'js' },
      bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent',
    });
    // Run where no node_modules can be found: everything must be in the bundle.
    const dir = mkdtempSync(join(tmpdir(), 'interview-followup-cjs-bundle-'));
    try {
      writeFileSync(join(dir, 'app.js'), out.outputFiles[0]!.text);
      expect(execFileSync(process.execPath, ['app.js'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString()).toBe('2026-11-27\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('isFollowUpError recognises errors across the ESM and CommonJS builds', () => {
    const { full } = consumers();
    const out = runScript(full, 'errors.mjs', `
      import { createRequire } from 'node:module';
      import { isFollowUpError, FollowUpError } from 'interview-followup';
      const cjs = createRequire(import.meta.url)('interview-followup/calendar');
      let caught;
      try { cjs.toEpochDay('2026-02-30'); } catch (e) { caught = e; }
      console.log(JSON.stringify([isFollowUpError(caught), isFollowUpError(caught, 'INVALID_DATE'), caught instanceof FollowUpError, caught.message]));`);
    const [guard, withCode, viaInstanceof, message] = JSON.parse(out) as [boolean, boolean, boolean, string];
    expect(guard).toBe(true);
    expect(withCode).toBe(true);
    expect(viaInstanceof).toBe(false); // why the guard exists
    expect(message).toContain('"2026-02-30"');
  });
});

describe('optional peer dependencies', () => {
  it.each([
    ['ESM', 'mail.mjs', `import { parseEmail } from 'interview-followup/mail';`],
    ['CommonJS', 'mail.cjs', `const { parseEmail } = require('interview-followup/mail');`],
  ])('%s: interview-followup/mail reads a raw message with postal-mime installed (R7)', (_kind, file, load) => {
    const { full } = consumers();
    const out = runScript(full, file, `${load}
      parseEmail('Date: Tue, 24 Nov 2026 16:05:00 -0500\\r\\nSubject: =?UTF-8?Q?R=C3=BCckmeldung?=\\r\\n\\r\\nBy Friday.').then((e) => console.log(JSON.stringify(e)));`);
    expect(JSON.parse(out)).toMatchObject({ subject: 'Rückmeldung', date: '2026-11-24T16:05:00-05:00' });
  });

  it.each([
    ['ESM', 'mail-missing.mjs', `import { parseEmail, splitMbox } from 'interview-followup/mail';`],
    ['CommonJS', 'mail-missing.cjs', `const { parseEmail, splitMbox } = require('interview-followup/mail');`],
  ])('%s: interview-followup/mail imports without postal-mime; parseEmail rejects with MissingDependencyError naming it', (_kind, file, load) => {
    const { bare } = consumers();
    const out = runScript(bare, file, `${load}
      const split = [...splitMbox(new TextEncoder().encode('From a Tue Nov 24 16:05:00 2026\\nSubject: x\\n\\nHi\\n'))].length;
      parseEmail('Subject: x\\r\\n\\r\\nHi').then(() => console.log('no error'), (e) => console.log(JSON.stringify({ split, code: e.code, dependency: e.dependency, message: e.message })));`);
    const error = JSON.parse(out) as { split: number; code: string; dependency: string; message: string };
    expect(error).toMatchObject({ split: 1, code: 'MISSING_DEPENDENCY', dependency: 'postal-mime' });
    expect(error.message).toContain('"interview-followup/mail" needs the optional peer dependency "postal-mime"');
    expect(error.message).toContain('npm install postal-mime');
  });

  it('the core works with neither date-holidays nor zod installed', () => {
    const { bare } = consumers();
    expect(runScript(bare, 'core.mjs', `import { createCalendar } from 'interview-followup'; console.log(createCalendar().addBusinessDays('2026-11-27', 1));`).trim()).toBe('2026-11-30');
    expect(runScript(bare, 'core.cjs', `console.log(require('interview-followup').createCalendar().addBusinessDays('2026-11-27', 1));`).trim()).toBe('2026-11-30');
  });

  it.each([
    ['ESM', 'missing.mjs', `import { regionCalendar } from 'interview-followup/holidays';`],
    ['CommonJS', 'missing.cjs', `const { regionCalendar } = require('interview-followup/holidays');`],
  ])('%s: interview-followup/holidays imports, then throws MissingDependencyError naming date-holidays', (_kind, file, load) => {
    const { bare } = consumers();
    const out = runScript(bare, file, `${load}
      try { regionCalendar('US'); console.log('no error'); }
      catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, dependency: e.dependency, message: e.message })); }`);
    const error = JSON.parse(out) as { name: string; code: string; dependency: string; message: string };
    expect(error.code).toBe('MISSING_DEPENDENCY');
    expect(error.name).toBe('MissingDependencyError');
    expect(error.dependency).toBe('date-holidays');
    expect(error.message).toContain('npm install date-holidays');
  });
});
