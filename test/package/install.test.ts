/**
 * `npm install interview-followup` and nothing else, as a new user does: the packed tarball is
 * installed by npm into an empty folder, so its dependencies come from npm's cache (or the registry,
 * when the cache lacks them) and its optional peers are absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumers, gcFlags, ROOT } from './consumer.js';

const ENTRIES = ['', '/calendar', '/holidays', '/model', '/planner', '/classifier', '/templates', '/hiring', '/mail'];

let app: string;

// npm install and four full type-checks of zod's declarations: generous budgets, never a verdict on speed.
beforeAll(() => {
  const { tarball } = consumers();
  app = mkdtempSync(join(tmpdir(), 'interview-followup-install-'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'new-user-app', private: true, type: 'module' }));
  execFileSync('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
}, 600_000);
afterAll(() => rmSync(app, { recursive: true, force: true }));

interface Run { status: number | null; stdout: string; stderr: string }
/** Runs the command npm linked into node_modules/.bin, as `npx interview-followup` and npm scripts do. */
function cli(...args: string[]): Run {
  const r = spawnSync(join(app, 'node_modules/.bin/interview-followup'), args, { cwd: app, encoding: 'utf8', input: '' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the repository's TypeScript over `files` in the app, strict, with these options and no skipLibCheck. */
function tsc(name: string, files: string[], options: Record<string, unknown>): Run {
  const config = { compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', types: [], ...options }, files };
  writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify(config));
  const r = spawnSync(process.execPath, [...gcFlags, join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${name}.json`], { cwd: app, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm install interview-followup, alone', () => {
  it('installs zod with it, and neither optional peer nor the bundled commander', () => {
    const has = (name: string): boolean => existsSync(join(app, 'node_modules', name, 'package.json'));
    expect(has('interview-followup')).toBe(true);
    expect(has('zod')).toBe(true);
    expect(has('date-holidays')).toBe(false);
    expect(has('postal-mime')).toBe(false);
    expect(has('commander')).toBe(false);
  });

  it('the CLI runs --help (through npx too), -V and every command that needs no holidays', () => {
    const help = cli('--help');
    expect(help).toMatchObject({ status: 0, stderr: '' });
    expect(help.stdout).toContain('Usage: interview-followup');
    const npx = spawnSync('npx', ['--no-install', 'interview-followup', '--help'], { cwd: app, encoding: 'utf8', input: '' });
    expect({ status: npx.status, stdout: npx.stdout, stderr: npx.stderr }).toEqual(help);
    expect(cli('-V')).toMatchObject({ status: 0, stdout: `${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n` });
    expect(cli('add', '2026-11-25', '1')).toMatchObject({ status: 0, stdout: '2026-11-26\n' });
    expect(cli('between', '2026-12-21', '2026-12-28', '--holiday', '2026-12-25')).toMatchObject({ status: 0, stdout: '4\n' });
    const interview = {
      id: 'i1', company: 'Acme', role: 'Analyst', round: 1, format: 'video',
      startedAt: '2026-11-24T10:00:00-05:00', endedAt: '2026-11-24T11:00:00-05:00',
      candidateTimeZone: 'America/New_York', employerTimeZone: 'America/New_York',
      interviewers: [{ id: 'a', name: 'Ada Park', points: ['the data platform'] }],
    };
    writeFileSync(join(app, 'interview.json'), JSON.stringify(interview));
    const plan = cli('plan', 'interview.json', '--json'); // parses the interview with zod
    expect(plan.status).toBe(0);
    expect(JSON.parse(plan.stdout)).toMatchObject({ company: 'Acme' });
    writeFileSync(join(app, 'reply.txt'), 'Thank you for your patience. We will get back to you by Friday.');
    expect(cli('classify', 'reply.txt', '--received', '2026-11-25T10:00:00Z', '--json').status).toBe(0);
    writeFileSync(join(app, 'data.json'), JSON.stringify({ candidate: { name: 'Jo Lee' }, company: 'Acme', role: 'Analyst', interviewDate: '2026-12-03' }));
    expect(cli('draft', 'followUp', 'data.json').stdout).toMatch(/^Subject: /);
  });

  it('commands that need an optional peer exit 1 and name the package to install', () => {
    const regions = cli('regions');
    expect(regions.status).toBe(1);
    expect(regions.stderr).toContain('npm install date-holidays');
    const region = cli('add', '2026-11-25', '1', '--region', 'US');
    expect(region.status).toBe(1);
    expect(region.stderr).toContain('npm install date-holidays');
    writeFileSync(join(app, 'reply.eml'), 'Subject: Update\r\nDate: Tue, 24 Nov 2026 16:05:00 -0500\r\n\r\nWe will get back to you by Friday.\r\n');
    const eml = cli('classify', 'reply.eml');
    expect(eml.status).toBe(1);
    expect(eml.stderr).toContain('npm install postal-mime');
    expect(eml.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a strict TypeScript app importing every entry point compiles without skipLibCheck (node16 from ESM and CommonJS, and node10 resolution)', { timeout: 600_000 }, () => {
    const imports = ENTRIES.map((e, i) => `import * as m${i} from 'interview-followup${e}';`).join('\n');
    const uses = `export const all = [${ENTRIES.map((_e, i) => `m${i}`).join(', ')}];\n`;
    const sample = `import type { Interview, ParsedEmail } from 'interview-followup';\nexport type Both = [Interview, ParsedEmail | undefined];\n`;
    writeFileSync(join(app, 'app.ts'), `${imports}\n${uses}`);
    writeFileSync(join(app, 'app.cts'), `${imports}\n${uses}`);
    writeFileSync(join(app, 'types.ts'), sample.replace('ParsedEmail } from \'interview-followup\'', 'ParsedEmail } from \'interview-followup/mail\'').replace('import type { Interview, ParsedEmail }', 'import type { Interview } from \'interview-followup\';\nimport type { ParsedEmail }'));
    const runs = [
      // One program for both node16 formats: app.ts imports as ESM, app.cts as CommonJS. (Bundler resolution reads
      // the same declaration files as node16 from ESM; attw checks that it resolves every entry point.)
      tsc('node16', ['app.ts', 'types.ts', 'app.cts'], { module: 'nodenext', moduleResolution: 'nodenext', exactOptionalPropertyTypes: true }),
      // zod's own CommonJS types need esModuleInterop (on in every `tsc --init` project) under node10.
      tsc('node10', ['app.cts'], { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true }),
    ];
    for (const r of runs) expect(`${r.stdout}${r.stderr}`).toBe('');
    for (const r of runs) expect(r.status).toBe(0);
  });
});
