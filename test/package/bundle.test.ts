import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { consumers } from './consumer.js';

/** Bundles `source` as a user's app would (esbuild, minified, browser) and returns the output. */
async function bundle(source: string, external: string[] = []): Promise<{ code: string; gzip: number }> {
  const { full } = consumers();
  const result = await build({
    stdin: { contents: source, resolveDir: full, loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    write: false, external, logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, gzip: gzipSync(code).length };
}

/** Names of holidays that only the holiday data contains. */
const HOLIDAY_NAMES = ['Thanksgiving', 'Christmas', 'Independence Day', 'Weihnacht', 'Neujahr', 'Pâques', 'Memorial Day'];

describe('bundle size and contents, per entry point', () => {
  it('import { createCalendar } from "interview-followup" bundles no holiday data, no moment, no zod', async () => {
    const { code, gzip } = await bundle(`import { createCalendar } from 'interview-followup'; console.log(createCalendar().addBusinessDays('2026-11-27', 1));`);
    for (const banned of ['date-holidays', 'moment', 'zod', ...HOLIDAY_NAMES]) expect(code, `bundle contains "${banned}"`).not.toContain(banned);
    expect(gzip).toBeLessThan(4 * 1024);
  });

  // Ceilings (gzip bytes) for each entry's own code, with its peers left external.
  const ceilings: [string, number][] = [
    ['interview-followup', 64 * 1024], // everything light: calendar, planner, tracker, classifier, templates
    ['interview-followup/calendar', 6 * 1024],
    ['interview-followup/holidays', 8 * 1024],
    ['interview-followup/model', 10 * 1024],
    ['interview-followup/planner', 16 * 1024],
    ['interview-followup/classifier', 24 * 1024],
    ['interview-followup/templates', 32 * 1024], // the engine plus 13 messages in four languages
    ['interview-followup/hiring', 12 * 1024],
  ];
  it.each(ceilings)('%s stays under its gzip ceiling', async (entry, ceiling) => {
    const { code, gzip } = await bundle(`import * as m from '${entry}'; console.log(m);`, ['date-holidays', 'zod']);
    console.log(`${entry}: ${gzip} B gzip`);
    expect(gzip).toBeLessThan(ceiling);
    if (entry !== 'interview-followup/holidays') expect(code).not.toContain('date-holidays');
    if (entry !== 'interview-followup/model') expect(code).not.toMatch(/from"zod"|require\("zod"\)/);
  });
});
