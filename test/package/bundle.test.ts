import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { consumers, ROOT } from './consumer.js';

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
  it('import { createCalendar } from "interview-followup" bundles no holiday data, no weekend table, no moment, no zod', async () => {
    const { code, gzip } = await bundle(`import { createCalendar } from 'interview-followup'; console.log(createCalendar().addBusinessDays('2026-11-27', 1));`);
    // "Workweek" is in the sources of WEEKENDS, which shares its module with DEFAULT_WEEKEND (R4.4).
    for (const banned of ['date-holidays', 'moment', 'zod', 'Workweek', ...HOLIDAY_NAMES]) expect(code, `bundle contains "${banned}"`).not.toContain(banned);
    console.log(`createCalendar alone: ${gzip} B gzip`);
    expect(gzip).toBeLessThan(4.5 * 1024); // 4,445 B
    // README.md quotes this figure in kB (1,000 B) with one decimal: it must be this bundle's size, so rounded.
    const quoted = /Importing only `createCalendar` bundles to about (\d+\.\d) kB gzipped/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(quoted, 'README.md names the size of a bundle of createCalendar alone').not.toBeNull();
    expect(Number(quoted![1]), `README.md's figure for ${gzip} B`).toBe(Math.round(gzip / 100) / 10);
  });

  // Node reads and compiles each file of an import on its own (about 0.4 ms a file): the ESM root entry is one file,
  // which the tests below check stays tree-shakable (tsup.config.ts, scripts/pureTopLevel.ts).
  it('the ESM root entry is one file: it imports no other file of the package', () => {
    const code = readFileSync(join(consumers().full, 'node_modules/interview-followup/dist/index.js'), 'utf8');
    expect(code).toContain('function classifyReply(');
    expect(code.match(/(?:^|[;}\s])(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?['"]\.\.?\/[^'"]*['"]/g) ?? []).toEqual([]);
  });

  // Tree-shaking: one function from the root brings only what it needs.
  it.each([
    ['planFollowUp', 8 * 1024, ['Sehr geehrte', 'offer-you-role']],
    ['defineTemplate', 6 * 1024, ['Sehr geehrte', 'offer-you-role']],
    ['scoreCandidates', 6 * 1024, ['Sehr geehrte', 'offer-you-role']],
    // 15.6 kB: with the tracker's answers to an update without a date, to an invitation that goes quiet, and to notes
    // still due after an early invitation or offer (14.0 kB before them), and the event checks parseEvent makes (0.3 kB);
    // 16.2 kB with parseApplication's cross-field checks (unique ids, a log in time order) and the context's keys checked;
    // 17.3 kB with mail after the end, request-answered, implied offer answers, assessment rounds and each request's and
    // timeline's fields checked as parseEvent does (16.5 kB before them).
    // 18,440 B with a next round's interview, offer benefits and blank ids checked as parseEvent does and ids encoded (17,743 B before).
    ['nextActions', 18.25 * 1024, ['Sehr geehrte', 'offer-you-role']],
    ['classifyReply', 80_000, ['Sehr geehrte']], // the reader with its learned weights for four languages (79.3 kB)
    ['renderMessage', 28 * 1024, ['offer-you-role']],
  ] as const)('import { %s } from "interview-followup" stays small (under %i B gzip) and leaves out unrelated data', async (name, ceiling, banned) => {
    const { code, gzip } = await bundle(`import { ${name} } from 'interview-followup'; console.log(${name});`, ['date-holidays', 'zod']);
    expect(gzip).toBeLessThan(ceiling);
    for (const text of banned) expect(code, `bundle of ${name} contains "${text}"`).not.toContain(text);
  });

  // Ceilings (gzip bytes) for each entry's own code, with its peers left external.
  const ceilings: [string, number][] = [
    ['interview-followup', 146.5 * 1024], // everything light, incl. the reply reader's weights and messages in five languages (144.6 KiB with the tracker's mail after the end, answered requests and implied answers); 149,554 B with a next round's interview, offer benefits and blank ids checked as parseEvent does and ids encoded in action ids and UIDs (148,913 B before them)
    ['interview-followup/calendar', 6.5 * 1024], // with the range checks of dates in a zone (6.2 kB)
    ['interview-followup/holidays', 9 * 1024], // with the checks of an employer calendar's fields, the note for countries the data lacks, and date-holidays' own failures typed (8.3 kB; 8.0 kB before them); 8.7 kB with listRegions({ country }) and a "did you mean" for a misspelt option
    ['interview-followup/model', 10 * 1024],
    ['interview-followup/planner', 27.25 * 1024], // 27,741 B with a next round's interview, offer benefits and blank ids checked as parseEvent does and ids encoded in action ids and UIDs (27,024 B before them); 26.4 KiB with mail after the end, request-answered, implied offer answers, assessment rounds and requests' and timelines' fields checked as parseEvent does (25.4 KiB before them); 25.3 kB with every options key checked and parseApplication's cross-field checks (24.9 kB before them); with the tracker's request actions, replyEvent / toTimeline, the calendar export's checks, the tracker's answers to updates without a date and to quiet invitations, misspelt fields, each event's fields and outcome checked as parseEvent does, insertEvent and teamView (24.7 kB; 22.1 kB before the tracker's answers)
    ['interview-followup/classifier', 80_000], // lexicon, timeline words and both learned models for five languages (79.99 kB); the target is 80 kB
    ['interview-followup/templates', 36 * 1024], // the engine, the checks of every field's shape and name, the policy's limits, 13 messages in five languages, and salaries written with their currency and period (36,234 B); 36,676 B with every problem of a message's data reported in one error, 36,775 B with checklists spelt for the region
    ['interview-followup/hiring', 13.5 * 1024], // with the checks of every record and option, holes in lists and scorecards delivered twice (13.3 kB; 11.4 kB before the checks); 13,650 B with stage phrases spelt as the locale's region spells them (de-CH "ss"); 13,746 B with scorecards' unknown fields refused, exact field paths and null options refused
    // parseEmail, parseMailDate, splitMbox; postal-mime stays external. 4 KiB until parseEmail read the headers of
    // automatic replies (4,126 B); 4,125 B until splitMbox split a mailbox read in chunks (for files over 2 GiB), told
    // prose "From " lines from separators, and parseMailDate read more forms and checked the range (5,074 B).
    ['interview-followup/mail', 5.25 * 1024],
  ];
  it.each(ceilings)('%s stays under its gzip ceiling', async (entry, ceiling) => {
    const { code, gzip } = await bundle(`import * as m from '${entry}'; console.log(m);`, ['date-holidays', 'zod', 'postal-mime']);
    console.log(`${entry}: ${gzip} B gzip`);
    expect(gzip).toBeLessThan(ceiling);
    if (entry !== 'interview-followup/holidays') expect(code).not.toContain('date-holidays');
    if (entry !== 'interview-followup/model') expect(code).not.toMatch(/from"zod"|require\("zod"\)/);
    if (entry !== 'interview-followup/mail') expect(code).not.toContain('postal-mime');
  });
});
