import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPLY_LABELS } from '../classifier/types.js';
import { OutputClosedError } from './io.js';
import type { CliIo } from './io.js';
import { main } from './main.js';
import { chunksOf } from '../../test/helpers/chunksOf.js';

interface RunOptions {
  readonly stdin?: string | Uint8Array;
  readonly stderrIsTTY?: boolean;
  readonly term?: string;
  /** The reader of stdout goes away after this many writes (`| head -1`): the next write throws OutputClosedError. */
  readonly stdoutWrites?: number;
  /** Files and standard input read in chunks (`--mbox`) come in chunks of this many bytes, in one reused buffer; `0`: read whole. */
  readonly chunk?: number;
  /** Reads a file in chunks instead (a read that fails in the middle). */
  readonly chunks?: (path: string) => Iterable<Uint8Array>;
}


interface Run { status: number; stdout: string; stderr: string }

async function run(argv: string[], options: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let writes = 0;
  const stdin = typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin ?? new Uint8Array();
  const io: CliIo = {
    stdout: (text) => {
      if (options.stdoutWrites !== undefined && writes++ >= options.stdoutWrites) throw new OutputClosedError();
      stdout += text;
    },
    stderr: (text) => { stderr += text; },
    readFile: (path) => readFileSync(path),
    ...(options.chunk === 0 ? {} : {
      readFileChunks: options.chunks ?? ((path: string) => chunksOf(readFileSync(path), options.chunk ?? 7)),
      readStdinChunks: () => chunksOf(stdin, options.chunk ?? 7),
    }),
    fileSize: (path) => statSync(path).size,
    readStdin: () => stdin,
    stdinIsTTY: options.stdin === undefined,
    stderrIsTTY: options.stderrIsTTY ?? false,
    term: options.term,
    columns: 80,
    now: () => new Date('2026-11-25T15:00:00Z'),
  };
  const status = await main(argv, io, '1.2.3');
  return { status, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'cli-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const fixture = (name: string): string => new URL(`../../test/fixtures/mail/${name}`, import.meta.url).pathname;

const interview = {
  id: 'i1', company: 'Acme', role: 'Analyst', round: 1, format: 'video',
  startedAt: '2026-11-24T10:00:00-05:00', endedAt: '2026-11-24T11:00:00-05:00',
  candidateTimeZone: 'America/New_York', employerTimeZone: 'America/New_York',
  employerCalendar: { region: 'US' },
  interviewers: [{ id: 'a', name: 'Ada Park', points: ['the data platform'] }],
};

describe('commands', () => {
  it('R4.4: add counts business days in a region (Thanksgiving 2026-11-26 is skipped)', async () => {
    expect(await run(['add', '2026-11-25', '1', '--region', 'US'])).toEqual({ status: 0, stdout: '2026-11-27\n', stderr: '' });
    expect(await run(['add', '2026-11-25', '1'])).toMatchObject({ status: 0, stdout: '2026-11-26\n' });
    expect(await run(['add', '2026-11-26', '1', '--weekend', '5,6'])).toMatchObject({ status: 0, stdout: '2026-11-29\n' });
  });

  it('R4.4: --weekend adds days to the region\'s weekend instead of replacing it', async () => {
    // Thanksgiving Thursday + 1: Friday is now off too, and Saturday and Sunday stay off.
    expect((await run(['add', '2026-11-26', '1', '--region', 'US', '--weekend', '5'])).stdout).toBe('2026-11-30\n');
    // Israel's weekend is Friday–Saturday; adding Sunday makes Thursday + 1 the Monday.
    expect((await run(['add', '2026-12-03', '1', '--region', 'IL', '--weekend', '0'])).stdout).toBe('2026-12-07\n');
    expect((await run(['add', '2026-12-03', '1', '--region', 'IL'])).stdout).toBe('2026-12-06\n');
  });

  it('between and explain', async () => {
    expect((await run(['between', '2026-12-21', '2026-12-28', '--holiday', '2026-12-25'])).stdout).toBe('4\n');
    expect((await run(['explain', '2026-12-24', '2026-12-27', '--region', 'DE-BY'])).stdout).toBe(
      ['2026-12-25  Christmas Day (public)', '2026-12-26  weekend, Boxing Day (public)', '2026-12-27  weekend', ''].join('\n'),
    );
    const json = await run(['between', '2026-12-21', '2026-12-28', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ from: '2026-12-21', to: '2026-12-28', businessDays: 5 });
  });

  it('R4.3: plan reads an interview file and uses its region, silently', async () => {
    const path = file('interview.json', JSON.stringify(interview));
    const { status, stdout, stderr } = await run(['plan', path, '--json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    // 7th and 10th business days after Tue 2026-11-24, skipping Thanksgiving (11-26) and weekends.
    expect((JSON.parse(stdout) as { followUp: unknown }).followUp).toMatchObject({ earliest: '2026-12-04', latest: '2026-12-09' });
    expect((await run(['plan', path])).stdout).toContain('follow up between 2026-12-04 and 2026-12-09');
    expect((await run(['plan'], { stdin: JSON.stringify(interview) })).stdout).toContain('follow up between 2026-12-04 and 2026-12-09');
    expect((await run(['expectations', path, '--json'])).status).toBe(0);
  });

  it('R4.3: expectations prints the hiring team\'s dates as text, and as JSON under --json', async () => {
    const path = file('interview.json', JSON.stringify(interview));
    const json = await run(['expectations', path, '--json']);
    const view = JSON.parse(json.stdout) as { statusUpdateBy: string; ghostedOn: string };
    const text = await run(['expectations', path]);
    expect(text.status).toBe(0);
    expect(() => JSON.parse(text.stdout)).toThrow();
    // The business day before the window that opens on Fri 2026-12-04 is Thu 2026-12-03.
    expect(view.statusUpdateBy).toBe('2026-12-03');
    expect(text.stdout).toContain('send a status update by 2026-12-03');
    expect(text.stdout).toContain('may follow up between 2026-12-04 and 2026-12-09');
    expect(text.stdout).toContain(`ghosting from ${view.ghostedOn}`);
  });

  it('regions lists a country\'s subdivisions; an unknown country is an error with suggestions', async () => {
    const de = await run(['regions', '--country', 'de']);
    expect(de.stdout).toMatch(/^DE {2}Germany\n {2}DE-BB {2}Brandenburg\n/);
    const zz = await run(['regions', '--country', 'ZZ']);
    expect(zz).toMatchObject({ status: 1, stdout: '' });
    expect(zz.stderr).toMatch(/^error: Invalid --country: unknown region "ZZ".*`interview-followup regions` lists them\. Did you mean "AZ"/);
  });

  it('regions --country takes a country: a subdivision is a usage error, not the whole country\'s list', async () => {
    expect(await run(['regions', '--country', 'DE-BY'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('--country takes a country code such as "DE", not a subdivision (got "DE-BY")') as string });
  });

  it('a bad region is named by where it came from: --region, --country, or the file\'s employerCalendar', async () => {
    expect((await run(['add', '2026-11-25', '1', '--region', 'XX'])).stderr).toMatch(/^error: Invalid --region: unknown region "XX": .* Did you mean .*"MX"/);
    expect((await run(['add', '2026-11-25', '1', '--region', 'MEX'])).stderr).toMatch(/^error: Invalid --region: invalid region code "MEX": expected .*two letters for the country/);
    const path = file('badregion.json', JSON.stringify({ ...interview, employerCalendar: { region: 'XX' } }));
    const planned = await run(['plan', path, '--json']);
    expect(planned.status).toBe(1);
    expect(JSON.parse(planned.stderr)).toMatchObject({ error: { code: 'UNKNOWN_REGION', message: expect.stringMatching(/^Invalid employerCalendar\.region in .*badregion\.json: unknown region "XX"/) as string } });
  });

  it('plan and expectations check their flags before reading the file: a flag conflict is a usage error whatever the file', async () => {
    for (const command of ['plan', 'expectations']) {
      const missing = await run([command, join(dir, 'absent.json'), '--region', 'US', '--holiday', '2026-12-01']);
      expect(missing, command).toMatchObject({ status: 2, stderr: expect.stringContaining('give either --region or --holiday, not both') as string });
      expect((await run([command, '--weekend', '9'], { stdin: 'not json' })).stderr, command).toContain('--weekend');
    }
  });

  it('R5: draft renders a built-in message in the requested language; a missing field exits 1', async () => {
    const path = file('data.json', JSON.stringify({ candidate: { name: 'Jo Lee' }, company: 'Acme', role: 'Analyst', interviewDate: '2026-12-03' }));
    const { status, stdout } = await run(['draft', 'followUp', path, '--locale', 'de']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Subject: /);
    expect(stdout).toContain('Donnerstag, 3. Dezember');
    const bad = file('bad.json', JSON.stringify({ candidate: { name: '' }, company: 'Acme', role: 'Analyst', interviewDate: '2026-12-03' }));
    expect(await run(['draft', 'followUp', bad])).toMatchObject({ status: 1, stderr: expect.stringContaining('candidate.name') });
    expect(await run(['draft', 'thankyou', path])).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown message kind "thankyou" (did you mean "thankYou"?)') });
  });
});

describe('warnings', () => {
  it('a command that counts business days without a region says so on stderr, once', async () => {
    const { stdout, stderr } = await run(['add', '2026-11-25', '1']);
    expect(stdout).toBe('2026-11-26\n');
    expect(stderr).toBe('warning: no --region given: add counts weekends only (Saturday and Sunday), no public holidays; pass --region CODE (see `interview-followup regions`)\n');
    expect((await run(['between', '2026-11-23', '2026-11-30', '--weekend', '5,6'])).stderr).toContain('counts weekends only (days 5,6)');
    expect((await run(['add', '2026-11-25', '1', '--region', 'US'])).stderr).toBe('');
    expect((await run(['add', '2026-11-25', '1', '--holiday', '2026-11-26'])).stderr).toBe('');
  });

  describe('calendar flags amend the interview\'s employerCalendar', () => {
    // Promised news by Wednesday 2026-11-25, from an employer in New York: Thursday is Thanksgiving.
    const promised = { ...interview, employerCalendar: { region: 'US-NY' }, timeline: { kind: 'date', date: '2026-11-25' } };

    it('R4.2, R4.4: --day-off and --weekend keep the region\'s holidays and weekend, and warn of nothing', async () => {
      const path = file('us-ny.json', JSON.stringify(promised));
      for (const [flags, earliest] of [
        [[], '2026-11-30'], // Friday is the full business day of grace
        [['--day-off', '2026-12-01'], '2026-11-30'],
        [['--day-off', '2026-11-27'], '2026-12-01'], // Monday becomes the day of grace
        [['--weekend', '5'], '2026-12-01'], // Friday is added to Saturday–Sunday, not the weekend alone
      ] as const) {
        expect(await run(['plan', path, ...flags]), flags.join(' ')).toMatchObject({ status: 0, stderr: '', stdout: expect.stringContaining(`follow up from ${earliest} (R4.2)`) as string });
        expect(await run(['expectations', path, ...flags]), flags.join(' ')).toMatchObject({ status: 0, stderr: '', stdout: expect.stringContaining(`may follow up from ${earliest} (R4.2)`) as string });
      }
    });

    it('R4.4: --region replaces the interview\'s region', async () => {
      const path = file('us-ny-to-gb.json', JSON.stringify(promised));
      // Thanksgiving is a business day in England: it is the day of grace.
      expect(await run(['plan', path, '--region', 'GB-ENG'])).toMatchObject({ status: 0, stderr: '', stdout: expect.stringContaining('follow up from 2026-11-27 (R4.2)') as string });
    });

    it('--holiday with a region in the interview is a usage error that says to use --day-off', async () => {
      const { status, stdout, stderr } = await run(['plan', file('us-ny-holiday.json', JSON.stringify(promised)), '--holiday', '2026-12-24', '--json']);
      expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
      expect(JSON.parse(stderr)).toMatchObject({ error: { code: 'USAGE', message: expect.stringContaining('use --day-off for extra days off in it, not --holiday') as string } });
    });

    it('warns of no region only when neither the interview nor the flags give one', async () => {
      const none = file('none.json', JSON.stringify({ ...promised, employerCalendar: undefined }));
      expect((await run(['plan', none, '--day-off', '2026-12-01'])).stderr).toBe('warning: no --region given: plan counts weekends only (Saturday and Sunday), no public holidays; pass --region CODE (see `interview-followup regions`)\n');
      expect((await run(['plan', none, '--region', 'US'])).stderr).toBe('');
      const noRegion = file('days-off-only.json', JSON.stringify({ ...promised, employerCalendar: { daysOff: ['2026-12-24'] } }));
      expect((await run(['expectations', noRegion, '--weekend', '5,6'])).stderr).toBe('warning: the interview\'s employerCalendar has no region: expectations counts weekends and its days off only, no public holidays; add "region" to it or pass --region CODE\n');
    });
  });

  it('plan warns when the interview has no region; with --json the warning is a JSON line', async () => {
    const path = file('no-region.json', JSON.stringify({ ...interview, employerCalendar: { daysOff: ['2026-12-24'] } }));
    const { status, stderr } = await run(['plan', path, '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stderr)).toEqual({ warning: { code: 'NO_REGION', message: 'the interview\'s employerCalendar has no region: plan counts weekends and its days off only, no public holidays; add "region" to it or pass --region CODE' } });
  });

  it('R1.1: plan warns that no thank-you notes are planned when the interview has no interviewers, and still exits 0', async () => {
    const path = file('no-interviewers.json', JSON.stringify({ ...interview, interviewers: [] }));
    const message = 'the interview has no interviewers, so no thank-you notes are planned (R1.1); add one entry to "interviewers" per person you met to plan their notes';
    const text = await run(['plan', path]);
    expect(text.status).toBe(0);
    expect(text.stdout).not.toContain('thank-you');
    expect(text.stderr).toBe(`warning: ${message}\n`);
    const json = await run(['plan', path, '--json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stderr)).toEqual({ warning: { code: 'NO_INTERVIEWERS', message } });
    // With interviewers, no such warning.
    expect((await run(['plan', file('interview.json', JSON.stringify(interview))])).stderr).toBe('');
  });

  it('plan and expectations say that the interview has no employerCalendar when it has none', async () => {
    const path = file('no-calendar.json', JSON.stringify({ ...interview, employerCalendar: undefined }));
    for (const command of ['plan', 'expectations']) {
      const { status, stderr } = await run([command, path]);
      expect(status).toBe(0);
      expect(stderr).toBe(`warning: the interview has no employerCalendar: ${command} counts weekends only (Saturday and Sunday), no public holidays; add "employerCalendar": { "region": "CODE" } to it or pass --region CODE\n`);
    }
  });

  it('an invalid date, count or flag is reported alone, without the warning about the region', async () => {
    for (const argv of [
      ['add', '2026-02-30', '1'], ['add', '2026-11-25', '1', '--weekend', '8'], ['add', '2026-11-25', '1e3'],
      ['between', '2026-02-30', '2026-03-05'], ['between', '2026-11-23', '2026-11-30', '--day-off', '2026-11-31'],
      ['explain', '2026-11-25', '2026-13-01'], ['explain', '2026-11-25', '2026-12-01', '--weekend', 'sat'],
      ['add', '2026-11-25', '1', '--weekend', ''], ['add', '2026-11-25', '1', '--weekend', '5,,6'],
    ]) {
      const { status, stdout, stderr } = await run(argv);
      expect({ status, stdout }, argv.join(' ')).toEqual({ status: 1, stdout: '' });
      expect(stderr, argv.join(' ')).toMatch(/^error: [^\n]*\n$/);
      const json = await run([...argv, '--json']);
      expect(json.stderr.trimEnd().split('\n').map((l) => Object.keys(JSON.parse(l) as object)), argv.join(' ')).toEqual([['error']]);
    }
    const plan = await run(['plan', file('bad-date.json', JSON.stringify({ ...interview, employerCalendar: undefined, endedAt: '2026-11-31T11:00:00-05:00' }))]);
    expect(plan).toMatchObject({ status: 1, stdout: '', stderr: expect.stringMatching(/^error: /) as string });
  });
});

describe('exit status and errors', () => {
  it('invalid input exits 1 with the typed error on stderr, nothing on stdout', async () => {
    const bad = await run(['add', '2026-02-30', '1']);
    expect(bad).toMatchObject({ status: 1, stdout: '' });
    expect(bad.stderr).toBe('error: Invalid <date> "2026-02-30": expected a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31.\n');
    // Each date argument is named as the command's help names it, never as the library's parameter.
    expect((await run(['between', '2026-12-01', 'nope'])).stderr).toMatch(/^error: Invalid <to> "nope": expected a civil date/);
    const explain = await run(['explain', 'x', '2026-12-01', '--json']);
    expect(explain.status).toBe(1);
    expect(JSON.parse(explain.stderr)).toMatchObject({ error: { code: 'INVALID_DATE', message: expect.stringMatching(/^Invalid <from> "x"/) as string } });
    expect(await run(['add', '2026-11-25', '1', '--region', 'XX-YY'])).toMatchObject({ status: 1, stderr: expect.stringContaining('"XX-YY"') });
    expect(await run(['add', '2026-11-25', '1', '--weekend', '9'])).toMatchObject({ status: 1, stderr: expect.stringContaining('"9"') });
  });

  it('R4.1: plan names interview.timeline when the timeline resolves before the interview or is not a real date', async () => {
    const before = await run(['plan', file('before.json', JSON.stringify({ ...interview, timeline: { kind: 'date', date: '2026-11-01' } }))]);
    expect(before).toEqual({
      status: 1,
      stdout: '',
      stderr: 'error: Invalid interview.timeline {"kind":"date","date":"2026-11-01"}: it resolves to 2026-11-01, before the interview on 2026-11-24; expected a timeline that resolves to the interview\'s day or later.\n',
    });
    const feb30 = await run(['plan', file('feb30.json', JSON.stringify({ ...interview, timeline: { kind: 'date', date: '2026-02-30' } })), '--json']);
    expect(feb30.status).toBe(1);
    const { error } = JSON.parse(feb30.stderr) as { error: { message: string } };
    expect(error.message).toMatch(/timeline\.date: .*"2026-02-30": expected a real calendar date written "YYYY-MM-DD"/);
  });

  it('bad JSON is exit 1 with the file, line and column, and the line with a caret under the place, not help text', async () => {
    const path = file('broken.json', '{\n  "id": "i1",\n  round: 1\n}\n');
    const { status, stdout, stderr } = await run(['plan', path]);
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr).toBe(`error: ${path}:3:3: not valid JSON: Expected double-quoted property name\n    round: 1\n    ^\n`);
    // Text that ends too soon points after its last character; the JSON error carries the same message.
    const cut = file('cut.json', '{ "id": "i1", "round": [1, 2');
    const json = await run(['plan', cut, '--json']);
    const { error } = JSON.parse(json.stderr) as { error: { code: string; message: string } };
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/cut\.json:1:29: not valid JSON: .*\n {2}\{ "id": "i1", "round": \[1, 2\n {30}\^$/);
    // A long line is cut around the place; standard input is named as such.
    const long = await run(['plan'], { stdin: `{"x": 1, ${'"a": 1, '.repeat(30)}b: 1}` });
    expect(long.stderr).toBe(`error: standard input:1:250: not valid JSON: Expected double-quoted property name\n  ...1, ${'"a": 1, '.repeat(8)}b: 1}\n  ${' '.repeat(70)}^\n`);
  });

  it('bad JSON whose parser names no place (Node 20: "Unexpected token") is still named by line and column', async () => {
    const path = file('bad.json', '{"id": 1,\n "x": }');
    const text = await run(['plan', path]);
    expect({ status: text.status, stdout: text.stdout }).toEqual({ status: 1, stdout: '' });
    // The caret shows the place, so the parser's own quote of the text is left out.
    expect(text.stderr).toBe(`error: ${path}:2:7: not valid JSON: Unexpected token '}'\n   "x": }\n        ^\n`);
    const json = await run(['plan', path, '--json']);
    const { error } = JSON.parse(json.stderr) as { error: { code: string; message: string } };
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(`${path}:2:7: not valid JSON: Unexpected token '}'\n   "x": }\n        ^`);
    // A trailing comma in a list, and a word cut short at the end.
    expect((await run(['plan'], { stdin: '[1,]' })).stderr).toBe("error: standard input:1:4: not valid JSON: Unexpected token ']'\n  [1,]\n     ^\n");
    expect((await run(['plan'], { stdin: '{"a": tru' })).stderr).toBe('error: standard input:1:10: not valid JSON: Unexpected end of JSON input\n  {"a": tru\n           ^\n');
  });

  it('a missing file is one line, exit 1, with no stack trace unless --debug', async () => {
    const missing = await run(['classify', join(dir, 'nope.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`error: cannot read ${join(dir, 'nope.txt')}: no such file\n`);
    const debug = await run(['classify', join(dir, 'nope.txt'), '--debug']);
    expect(debug.stderr).toMatch(/^error: cannot read .*\nCliError: cannot read .*\n {4}at /);
  });

  it('usage errors exit 2 on stderr, with "did you mean" for commands and flags', async () => {
    expect(await run(['clasify'])).toEqual({ status: 2, stdout: '', stderr: "error: unknown command 'clasify' (did you mean classify?)\nRun `interview-followup --help` for usage.\n" });
    // Whatever the case, as `help ADD` does.
    expect(await run(['ADD', '2026-11-25', '1'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^error: unknown command 'ADD' \(did you mean add\?\)\n/) as string });
    expect(await run(['add', '2026-11-25', '1', '--regoin', 'US'])).toMatchObject({ status: 2, stderr: expect.stringContaining("unknown option '--regoin' (did you mean --region?)") });
    // A long option written with one dash, as other tools spell theirs.
    expect(await run(['classify', '-json'], { stdin: 'We regret to inform you.' })).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^error: unknown option '-json' \(did you mean --json\?\)\n/) as string });
    expect(await run(['add', '2026-11-25', '1', '-region', 'US'])).toMatchObject({ status: 2, stderr: expect.stringContaining("unknown option '-region' (did you mean --region?)") });
    expect((await run(['add', '2026-11-25', '1', '-x'])).stderr).toMatch(/^error: unknown option '-x'\n/);
    expect(await run(['add', '2026-11-25'])).toMatchObject({ status: 2, stderr: expect.stringContaining("missing required argument 'n'") });
    expect(await run(['add', '2026-11-25', '1', '2'])).toMatchObject({ status: 2, stderr: expect.stringContaining('too many arguments') });
    expect(await run(['add', '2026-11-25', '1', '--nope'])).toMatchObject({ status: 2, stdout: '' });
  });

  it('with --json, errors are one JSON object on stderr, with the exit status and details', async () => {
    const usage = await run(['frobnicate', '--json']);
    expect(usage.status).toBe(2);
    expect(JSON.parse(usage.stderr)).toEqual({ error: { code: 'USAGE', message: "unknown command 'frobnicate'", exitStatus: 2 } });
    const region = await run(['add', '2026-11-25', '1', '--region', 'XX-YY', '--json']);
    expect(JSON.parse(region.stderr)).toMatchObject({ error: { code: 'UNKNOWN_REGION', exitStatus: 1, suggestions: expect.arrayContaining(['MX']) as string[] } });
    const json = await run(['plan', file('broken2.json', 'nope'), '--json']);
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'INVALID_INPUT', exitStatus: 1 } });
  });

  it('empty, binary or missing standard input is a usage error', async () => {
    expect(await run(['classify'], { stdin: '' })).toMatchObject({ status: 2, stderr: expect.stringContaining('standard input is empty') });
    expect(await run(['classify', '-'], { stdin: ' \n\n' })).toMatchObject({ status: 2, stderr: expect.stringContaining('standard input is empty') });
    expect(await run(['classify'], { stdin: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) })).toMatchObject({ status: 2, stderr: expect.stringContaining('standard input looks binary') });
    expect(await run(['plan'])).toMatchObject({ status: 2, stderr: expect.stringContaining('nothing to read: give an interview as JSON as a file argument, or pipe it into standard input') });
    expect(await run(['classify', file('empty.txt', '')])).toMatchObject({ status: 1, stderr: expect.stringContaining('empty.txt is empty') });
  });

  it('-V and --version print the version; --help exits 0; no command prints help on stderr and exits 2', async () => {
    expect(await run(['--version'])).toEqual({ status: 0, stdout: '1.2.3\n', stderr: '' });
    expect(await run(['-V'])).toEqual({ status: 0, stdout: '1.2.3\n', stderr: '' });
    expect(await run(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: interview-followup'), stderr: '' });
    expect(await run(['help', 'add'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: interview-followup add') });
    expect(await run([])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('Usage: interview-followup') });
  });

  it('no command is a usage error that says a command is needed: after the help, or as one JSON line with --json', async () => {
    const commands = 'add, between, explain, plan, expectations, regions, classify, draft';
    const text = await run([]);
    expect(text.stderr).toMatch(/^Usage: interview-followup /);
    expect(text.stderr.endsWith(`\nerror: missing command: expected one of ${commands} (see above)\n`)).toBe(true);
    expect(await run(['--debug'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('error: missing command') as string });
    for (const argv of [['--json'], ['--json', '--debug']]) {
      const { status, stdout, stderr } = await run(argv);
      expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
      expect(JSON.parse(stderr)).toMatchObject({ error: { code: 'USAGE', message: `missing command: expected one of ${commands}`, exitStatus: 2 } });
    }
  });

  it('help with an unknown command says so, with a suggestion, as text or JSON; help help is the program\'s help', async () => {
    expect(await run(['help', 'nope'])).toEqual({ status: 2, stdout: '', stderr: "error: unknown command 'nope'\nRun `interview-followup --help` for usage.\n" });
    expect(await run(['help', 'clasify'])).toEqual({ status: 2, stdout: '', stderr: "error: unknown command 'clasify' (did you mean classify?)\nRun `interview-followup --help` for usage.\n" });
    for (const argv of [['help', 'nope', '--json'], ['--json', 'help', 'nope']]) {
      expect(await run(argv)).toEqual({ status: 2, stdout: '', stderr: `${JSON.stringify({ error: { code: 'USAGE', message: "unknown command 'nope'", exitStatus: 2 } })}\n` });
    }
    expect(await run(['help', 'help'])).toEqual({ status: 0, stdout: (await run(['--help'])).stdout, stderr: '' });
  });

  it('conflicting flags are a usage error (exit 2, code USAGE), whichever command', async () => {
    const conflict = await run(['add', '2026-11-25', '1', '--region', 'US', '--holiday', '2026-11-26', '--json']);
    expect(conflict.status).toBe(2);
    expect(JSON.parse(conflict.stderr)).toEqual({ error: { code: 'USAGE', message: 'give either --region or --holiday, not both (got --region US and --holiday 2026-11-26); use --day-off for extra days off in a region', exitStatus: 2 } });
    expect(await run(['plan', file('conflict.json', JSON.stringify(interview)), '--region', 'US', '--holiday', '2026-11-26'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^error: give either --region or --holiday/) as string });
    const mbox = await run(['classify', 'reply.txt', '--mbox', 'export.mbox', '--json']);
    expect(mbox.status).toBe(2);
    expect(JSON.parse(mbox.stderr)).toMatchObject({ error: { code: 'USAGE', exitStatus: 2 } });
  });

  it('the count of add is a whole number in digits, optionally signed; 1e3, 0x10, 1.0 and "" are errors', async () => {
    expect(await run(['add', '2026-11-25', '-2', '--region', 'US'])).toEqual({ status: 0, stdout: '2026-11-23\n', stderr: '' });
    expect(await run(['add', '2026-11-25', '+1', '--region', 'US'])).toEqual({ status: 0, stdout: '2026-11-27\n', stderr: '' });
    expect(await run(['add', '2026-11-25', '007', '--region', 'US'])).toMatchObject({ status: 0, stdout: '2026-12-07\n' });
    for (const n of ['1e3', '0x10', '1.0', '1.5', '', ' 1', 'one']) {
      const { status, stdout, stderr } = await run(['add', '2026-11-25', n, '--region', 'US', '--json']);
      expect({ status, stdout }, n).toEqual({ status: 1, stdout: '' });
      expect(JSON.parse(stderr), n).toEqual({ error: { code: 'INVALID_ARGUMENT', message: `Invalid <n> ${JSON.stringify(n)}: expected a whole number written in digits, such as 3, or -3 to count back.`, exitStatus: 1 } });
    }
    // Digits, but too many to count: the message says so rather than asking for digits.
    const huge = await run(['add', '2026-11-25', '99999999999999999999', '--region', 'US']);
    expect(huge).toMatchObject({ status: 1, stderr: expect.stringMatching(/^error: Invalid <n> "99999999999999999999": expected a number of business days the calendar can count, at most 9007199254740991 either way/) as string });
  });
});

describe('flags', () => {
  it('R4.4: a --weekend that takes every day off names --weekend, not the library\'s workingDays option', async () => {
    const all = await run(['add', '2026-11-25', '1', '--weekend', '0,1,2,3,4,5,6']);
    expect(all).toEqual({
      status: 1,
      stdout: '',
      stderr: 'error: Invalid --weekend "0,1,2,3,4,5,6": every day of the week is then a weekend day, so no day is a business day; leave at least one day (0 = Sunday … 6 = Saturday) out of the weekend.\n',
    });
    const added = await run(['between', '2026-11-23', '2026-11-30', '--region', 'US', '--weekend', '1,2,3,4,5', '--json']);
    expect(added.status).toBe(1);
    const { error } = JSON.parse(added.stderr) as { error: { code: string; message: string } };
    expect(error.code).toBe('INVALID_CALENDAR');
    expect(error.message).toMatch(/^Invalid --weekend "1,2,3,4,5" \(added to the region's weekend\): every day of the week/);
    expect(error.message).not.toContain('workingDays');
  });

  const data = file('draft.json', JSON.stringify({ candidate: { name: 'Jo Lee' }, company: 'Acme', role: 'Analyst', interviewDate: '2026-12-03' }));
  const reply = file('flags-reply.txt', 'We will get back to you by Friday.');
  const zone = 'Invalid --zone: unknown time zone "Mars/Olympus": expected an IANA zone name such as "Europe/Berlin" or "America/New_York".';

  it('an unknown --zone is an error naming --zone for every command that takes one, even when no date needs it', async () => {
    for (const argv of [['draft', 'followUp', data], ['classify', reply, '--received', '2026-11-25T10:00:00Z'], ['classify', '--mbox', reply]]) {
      expect(await run([...argv, '--zone', 'Mars/Olympus']), argv[0]).toEqual({ status: 1, stdout: '', stderr: `error: ${zone}\n` });
      const json = await run([...argv, '--zone', 'Mars/Olympus', '--json']);
      expect(JSON.parse(json.stderr), argv[0]).toEqual({ error: { code: 'UNKNOWN_TIME_ZONE', message: zone, exitStatus: 1 } });
    }
    expect(await run(['draft', 'followUp', data, '--zone', ''])).toMatchObject({ status: 1, stderr: expect.stringContaining('Invalid --zone: missing time zone ""') as string });
    expect(await run(['draft', 'followUp', data, '--zone', 'Europe/Berlin'])).toMatchObject({ status: 0, stderr: '' });
  });

  it('a bad flag value is reported under the flag\'s name, with the library\'s error code', async () => {
    const cases: [string[], string, string][] = [
      [['add', '2026-11-25', '1', '--holiday', '2026-02-30'], 'INVALID_ARGUMENT', 'Invalid --holiday "2026-02-30": expected a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31.'],
      [['add', '2026-11-25', '1', '--day-off', 'nope'], 'INVALID_ARGUMENT', 'Invalid --day-off "nope": expected a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31.'],
      [['add', '2026-11-25', '1', '--region', 'US', '--day-off', '2026-11-31'], 'INVALID_ARGUMENT', 'Invalid --day-off "2026-11-31": expected a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31.'],
      [['plan', file('flags-interview.json', JSON.stringify(interview)), '--holiday', '26/11/2026'], 'INVALID_ARGUMENT', 'Invalid --holiday "26/11/2026": expected a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31.'],
      [['classify', reply, '--received', 'yesterday'], 'INVALID_DATE', 'Invalid --received "yesterday": expected a real date and time in ISO 8601 with a UTC offset, such as "2026-11-25T10:00-05:00" or "2026-11-25T15:00:00Z".'],
      [['classify', reply, '--received', '2026-11-25T10:00:00'], 'INVALID_DATE', 'Invalid --received "2026-11-25T10:00:00": expected a real date and time in ISO 8601 with a UTC offset, such as "2026-11-25T10:00-05:00" or "2026-11-25T15:00:00Z".'],
      [['classify', '--mbox', reply, '--received', '2026-02-30T10:00Z'], 'INVALID_DATE', 'Invalid --received "2026-02-30T10:00Z": expected a real date and time in ISO 8601 with a UTC offset, such as "2026-11-25T10:00-05:00" or "2026-11-25T15:00:00Z".'],
      [['draft', 'followUp', data, '--locale', 'xx'], 'INVALID_ARGUMENT', 'Invalid --locale "xx": expected one of en, de, fr, es, pt, or a regional tag of one such as en-GB or de-AT.'],
    ];
    for (const [argv, code, message] of cases) {
      expect(await run(argv), argv.join(' ')).toEqual({ status: 1, stdout: '', stderr: `error: ${message}\n` });
      const json = await run([...argv, '--json']);
      expect(JSON.parse(json.stderr), argv.join(' ')).toEqual({ error: { code, message, exitStatus: 1 } });
    }
  });
});

describe('classify', () => {
  it('R7, R4.5: reads a reply and the date it promises', async () => {
    const path = file('reply.txt', 'Hi Jo, thanks for your patience. We are still interviewing and will get back to you by Friday.\nBest, Kim');
    const { status, stdout } = await run(['classify', path, '--received', '2026-11-25T10:00:00-05:00', '--zone', 'America/New_York', '--json']);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { label: string; timeline: { date: string }; reference: unknown };
    expect(result.label).toBe('pending');
    expect(result.timeline.date).toBe('2026-11-27'); // the Friday after Wednesday 25 November
    expect(result.reference).toEqual({ instant: '2026-11-25T10:00:00-05:00', source: 'received', timeZone: 'America/New_York' });
    expect((await run(['classify', path, '--received', '2026-11-25T10:00:00-05:00'])).stdout).toMatch(/^pending \(confidence \d\.\d\d, language en/);
  });

  it('R4.5: an .eml file is decoded and its Date header is the reference (in the offset\'s zone by default)', async () => {
    const { status, stdout, stderr } = await run(['classify', fixture('multipart-alternative.eml'), '--json']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const result = JSON.parse(stdout) as { timeline: { date: string }; reference: unknown; email: unknown };
    expect(result.reference).toEqual({ instant: '2026-11-24T16:05:00-05:00', source: 'date-header', timeZone: 'Etc/GMT+5' });
    expect(result.timeline.date).toBe('2026-11-27');
    expect(result.email).toEqual({
      subject: 'Re: Data Analyst interview - next steps', date: '2026-11-24T16:05:00-05:00',
      from: { name: 'Kim Meyer', address: 'kim.meyer@acme.example' }, messageId: '<CAF7x9k2+status.1234@mail.acme.example>',
    });
    const text = await run(['classify', fixture('multipart-alternative.eml')]);
    expect(text.stdout).toMatch(/^email "Re: Data Analyst interview - next steps" from Kim Meyer <kim\.meyer@acme\.example>, sent 2026-11-24T16:05:00-05:00\n\w+ \(confidence /);
  });

  it('R7: a raw message on standard input is recognised by its headers; without a valid Date, a warning', async () => {
    const raw = readFileSync(fixture('bad-date.eml'));
    const { status, stdout, stderr } = await run(['classify', '--json'], { stdin: raw });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ email: { subject: 'Quick update' }, reference: { source: 'now', instant: '2026-11-25T15:00:00.000Z' } });
    expect(JSON.parse(stderr)).toMatchObject({ warning: { code: 'NO_DATE' } });
    const latin1 = await run(['classify', '--json'], { stdin: readFileSync(fixture('latin1.eml')) });
    expect(JSON.parse(latin1.stdout)).toMatchObject({ email: { subject: 'Segunda entrevista - Analista de datos (selección)' } });
  });

  it('R4.5: plain text without --received is counted from now, with a warning that says so (a JSON line with --json)', async () => {
    const text = 'We are still reviewing candidates and will get back to you by Friday.';
    const plain = await run(['classify'], { stdin: text });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('promised: date 2026-11-27 ("by Friday")');
    expect(plain.stderr).toBe('warning: plain text carries no date: its timeline is counted from now (pass --received to set when the reply arrived)\n');
    const json = await run(['classify', '--json'], { stdin: text });
    expect(JSON.parse(json.stdout)).toMatchObject({ reference: { source: 'now', instant: '2026-11-25T15:00:00.000Z' } });
    expect(JSON.parse(json.stderr)).toEqual({ warning: { code: 'NO_DATE', message: 'plain text carries no date: its timeline is counted from now (pass --received to set when the reply arrived)' } });
    expect(await run(['classify', '--received', '2026-11-25T10:00:00Z'], { stdin: text })).toMatchObject({ status: 0, stderr: '' });
  });

  it('R7: an mbox file given without --mbox is a usage error that counts its messages; one message with its From_ line is read', async () => {
    const message = (subject: string): string => `From kim@acme.example Tue Nov 24 16:05:03 2026\nFrom: Kim <kim@acme.example>\nSubject: ${subject}\nDate: Tue, 24 Nov 2026 16:05:00 -0500\n\nWe will get back to you by Friday.\n`;
    const mbox = file('three.mbox', [message('One'), message('Two'), message('Three')].join('\n'));
    expect(await run(['classify', mbox])).toEqual({
      status: 2, stdout: '',
      stderr: `error: ${mbox} looks like an mbox file with 3 messages, and classify reads one: use \`interview-followup classify --mbox ${mbox}\` to classify each of them\nRun \`interview-followup classify --help\` for usage.\n`,
    });
    const piped = await run(['classify', '--json'], { stdin: readFileSync(mbox) });
    expect(piped.status).toBe(2);
    expect(JSON.parse(piped.stderr)).toMatchObject({ error: { code: 'USAGE', message: expect.stringContaining('standard input looks like an mbox file with 3 messages, and classify reads one: use `interview-followup classify --mbox -`') as string } });
    const one = await run(['classify', file('one.mbox', message('One')), '--json']);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ email: { subject: 'One' } });
  });

  it('R7: a raw message on standard input is recognised when its header block goes on past the first 16 KiB (Microsoft 365), or its lines end in CR', async () => {
    const received = Array.from({ length: 200 }, (_e, i) => `Received: from relay${i}.mail.example by mx.example with ESMTPS; Tue, 24 Nov 2026 21:05:03 +0000\r\n`).join('');
    const raw = `${received}From: Kim <kim@acme.example>\r\nSubject: Next steps\r\nDate: Tue, 24 Nov 2026 16:05:00 -0500\r\n\r\nWe will get back to you by Friday.\r\n`;
    // The first 16 KiB end inside a Received line.
    expect(/\n$/.test(raw.slice(0, 16384))).toBe(false);
    const long = await run(['classify', '--json'], { stdin: raw });
    expect({ status: long.status, stderr: long.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(long.stdout)).toMatchObject({ email: { subject: 'Next steps' }, reference: { source: 'date-header' }, timeline: { date: '2026-11-27' } });
    const cr = await run(['classify', '--json'], { stdin: 'From: Kim <kim@acme.example>\rSubject: Next steps\rDate: Tue, 24 Nov 2026 16:05:00 -0500\r\rWe will get back to you by Friday.\r' });
    expect(JSON.parse(cr.stdout)).toMatchObject({ email: { subject: 'Next steps' }, timeline: { date: '2026-11-27' } });
  });

  it('R4.5: a Date header outside the years 0001-9999 is no date: a warning, not an error naming a library option', async () => {
    const { status, stdout, stderr } = await run(['classify', file('year1.eml', email('Mon, 1 Jan 0001 00:30:00 +0100', 'We will get back to you by Friday.'))]);
    expect(status).toBe(0);
    expect(stdout).toContain('promised: date 2026-11-27 ("by Friday")');
    expect(stderr).toBe('warning: the message has no valid Date header: its timeline is counted from now (pass --received to set when it arrived)\n');
  });

  it('R4.5: a promise read on 31 December 9999 that would fall past it is no date ("within two weeks")', async () => {
    const { status, stdout } = await run(['classify', file('y9999.eml', email('Fri, 31 Dec 9999 20:00:00 +0000', 'We will get back to you within two weeks.'))]);
    expect(status).toBe(0);
    expect(stdout).toContain('\nno timeline promised');
    expect(stdout).not.toContain('10000-');
  });

  it('text that merely starts with "Subject:" is read as a reply, not as an email', async () => {
    const { stdout } = await run(['classify', '--json', '--received', '2026-11-25T10:00:00Z'], { stdin: 'Subject: Your application\n\nWe regret to inform you that the position has been filled.' });
    expect(JSON.parse(stdout)).not.toHaveProperty('email');
  });

  it('R8: lists what the reply asks with its words and due date, and says when an offer only waits for an answer', async () => {
    const asked = await run(['classify', '--received', '2026-11-25T10:00:00Z'], { stdin: 'We are delighted to offer you the role of Analyst. Please sign the contract by Friday.' });
    expect(asked.stdout).toContain('  asks: sign_offer ("sign the contract"), by 2026-11-27\n');
    const implied = await run(['classify', '--received', '2026-11-25T10:00:00Z'], { stdin: 'We are delighted to offer you the role of Analyst. The offer remains open until Friday.' });
    expect(implied.stdout).toContain('  asks: respond_to_offer (an offer waits for an answer), by 2026-11-27\n');
  });
});

describe('classify --mbox', () => {
  const eml = (name: string): string => readFileSync(fixture(name), 'latin1').replace(/\r\n/g, '\n').replace(/^From /gm, '>From ');
  const parts = [
    `From kim@acme.example Tue Nov 24 16:05:03 2026\n${eml('multipart-alternative.eml')}\n`,
    'From nobody Wed Nov 25 08:00:00 2026\nthis line is not a header\n\n',
    `From ats@globex Tue Dec  1 08:00:00 2026\n${eml('html-only.eml')}\n`,
    `From j.weber Mon Dec  7 09:12:44 2026\n${eml('quoted-printable.eml')}`,
  ];
  const mbox = file('export.mbox', Buffer.from(parts.join(''), 'latin1'));

  it('R7: one JSON line per message with its index and byte offset; a malformed message is reported with its position and skipped', async () => {
    const { status, stdout, stderr } = await run(['classify', '--mbox', mbox]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; offset: number; label: string; subject: string });
    const offsets = [0, 1, 2].map((i) => Buffer.byteLength(parts.slice(0, i + 1).join(''), 'latin1'));
    expect(lines.map((l) => [l.index, l.offset, l.subject])).toEqual([
      [0, 0, 'Re: Data Analyst interview - next steps'],
      [2, offsets[1], 'Your application for Data Analyst'],
      [3, offsets[2], 'Ihre Bewerbung als Datenanalystin – Rückmeldung'],
    ]);
    for (const l of lines) expect(REPLY_LABELS).toContain(l.label);
    expect(stderr).toContain(`warning: message 1 at byte ${offsets[0]} skipped: the message does not start with a header field`);
    expect(stderr).toContain('classified 3 of 4 messages; skipped 1 malformed (see above)');
    expect(stderr).toMatch(/ {2}label +messages +share\n/);
    expect(stderr).not.toContain('\r');
  });

  it('draws a progress bar on stderr only when stderr is a terminal; --json makes the report JSON', async () => {
    const tty = await run(['classify', '--mbox', mbox], { stderrIsTTY: true });
    expect(tty.stderr).toContain('\r\x1b[K[');
    expect(tty.stderr).toMatch(/\] 100% ([\d.]+ KiB) of \1, 4 messages/);
    expect(tty.stdout).not.toContain('\r');
    const json = await run(['classify', '--mbox', mbox, '--json']);
    const reports = json.stderr.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(reports[0]).toMatchObject({ warning: { code: 'MALFORMED_MESSAGE', index: 1 } });
    expect(reports[1]).toMatchObject({ summary: { messages: 4, classified: 3, skipped: [{ index: 1 }] } });
  });

  it('R7: a message cut before its closing boundary is classified with a warning naming its position', async () => {
    const cut = eml('multipart-alternative.eml').replace(/--000000000000a1b2c3d4e5f6--[\s\S]*$/, '');
    const damaged = file('damaged.mbox', Buffer.from(`${parts[0]}From ats@globex Tue Dec  1 08:00:00 2026\n${cut}`, 'latin1'));
    const { status, stdout, stderr } = await run(['classify', '--mbox', damaged]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; incomplete?: boolean });
    expect(lines.map((l) => [l.index, l.incomplete ?? false])).toEqual([[0, false], [1, true]]);
    expect(stderr).toContain(`warning: message 1 at byte ${Buffer.byteLength(parts[0]!, 'latin1')}: the message ends without the closing boundary of its parts`);
    const single = await run(['classify', file('cut.eml', Buffer.from(cut, 'latin1'))]);
    expect(single.status).toBe(0);
    expect(single.stderr).toContain('warning: the message ends without the closing boundary of its parts');
  });

  it('R7: a message the library cannot read or classify is reported with its position, and the run goes on', async () => {
    const message = (date: string, subject: string): string => `From kim Tue Nov 24 16:05:03 2026\nDate: ${date}\nFrom: Kim <kim@acme.example>\nSubject: ${subject}\n\nWe will get back to you by Friday.\n\n`;
    const parts = [message('Tue, 24 Nov 2026 16:05:00 -0500', 'One'), message('Mon, 1 Jan 0001 00:30:00 +0100', 'Two'), message('Fri, 31 Dec 9999 20:00:00 +0000', 'Three'), message('Wed, 25 Nov 2026 09:00:00 +0100', 'Four')];
    const box = file('range.mbox', parts.join(''));
    // A date outside the years 0001-9999 is no date: the message is classified, and counted without one.
    const plain = await run(['classify', '--mbox', box]);
    expect(plain.status).toBe(0);
    expect(plain.stdout.trimEnd().split('\n')).toHaveLength(4);
    expect(plain.stderr).toMatch(/^classified 4 of 4 messages\n[\s\S]*\n {2}without a valid Date header: 1 /);
    // Where 31 December 9999 is already 10000 (--zone Pacific/Kiritimati, UTC+14), that message alone fails.
    const far = await run(['classify', '--mbox', box, '--zone', 'Pacific/Kiritimati']);
    expect(far.status).toBe(0);
    expect((far.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number })).map((l) => l.index)).toEqual([0, 1, 3]);
    expect(far.stderr).toMatch(new RegExp(`^warning: message 2 at byte ${parts[0]!.length + parts[1]!.length} skipped: .*10000-01-01 in Pacific/Kiritimati`, 'm'));
    expect(far.stderr).toContain('classified 3 of 4 messages; skipped 1 malformed (see above)');
  });

  it('R7: a mailbox read in chunks of any size gives the same lines, warnings and summary as one read whole', async () => {
    const whole = await run(['classify', '--mbox', mbox, '--json'], { chunk: 0 });
    expect(whole.status).toBe(0);
    for (const chunk of [1, 2, 3, 64, 1 << 20]) expect(await run(['classify', '--mbox', mbox, '--json'], { chunk }), String(chunk)).toEqual(whole);
    // Standard input too, in chunks or read whole (an io without readStdinChunks).
    for (const chunk of [1, 64, 0]) expect(await run(['classify', '--mbox', '-', '--json'], { stdin: readFileSync(mbox), chunk }), `stdin ${chunk}`).toEqual(whole);
    const bar = await run(['classify', '--mbox', mbox], { chunk: 5, stderrIsTTY: true });
    expect(bar.stderr).toMatch(/\] 100% ([\d.]+ KiB) of \1, 4 messages/);
  });

  it('a mailbox that cannot be read stops the run with CANNOT_READ, also when reading fails in the middle', async () => {
    expect(await run(['classify', '--mbox', dir])).toEqual({ status: 1, stdout: '', stderr: `error: cannot read ${dir}: it is a directory\n` });
    const failing = await run(['classify', '--mbox', mbox], {
      chunks: function* (path) {
        yield readFileSync(path).subarray(0, 3000);
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      },
    });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toMatch(new RegExp(`error: cannot read ${mbox.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: EIO: i/o error, read\n$`));
    expect(failing.stderr).not.toContain('classified');
  });

  it('standard input that is a terminal, empty or binary is a usage error, found before any message is read', async () => {
    expect(await run(['classify', '--mbox', '-'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^error: nothing to read: give an mbox file as a file argument, or pipe it into standard input\n/) as string });
    expect(await run(['classify', '--mbox', '-'], { stdin: ' \n\n' })).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^error: standard input is empty: expected an mbox file\n/) as string });
    // A NUL byte after the first message: within the bytes read to tell binary data.
    const binary = Buffer.concat([readFileSync(mbox).subarray(0, 2000), Buffer.alloc(1), readFileSync(mbox)]);
    expect(await run(['classify', '--mbox', '-'], { stdin: binary })).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^error: standard input looks binary: expected an mbox file as text\n/) as string });
  });

  it('a file with no readable message exits 1; a reply and --mbox together is a usage error', async () => {
    expect(await run(['classify', '--mbox', file('junk.mbox', 'not an mbox at all\n')])).toMatchObject({ status: 1, stderr: expect.stringContaining('has no readable message') });
    expect(await run(['classify', 'reply.txt', '--mbox', mbox])).toMatchObject({ status: 2 });
  });
});

/** A raw message with a Date header and a body; `headers` come first and may replace the defaults. */
const email = (date: string, body: string, headers = ''): string =>
  `${headers}Date: ${date}\r\nFrom: Kim Meyer <kim@acme.example>\r\nSubject: Next steps\r\nMessage-ID: <1@acme.example>\r\n\r\n${body}\r\n`;

describe('classify: automatic replies', () => {
  it('R7: an out-of-office reply is said to be one, in text and in JSON', async () => {
    const raw = 'Date: Mon, 07 Dec 2026 09:00:00 +0100\r\nFrom: Kim Meyer <kim@acme.example>\r\nSubject: Automatic reply: Following up on my Data Analyst interview\r\n' +
      'Message-ID: <2@acme.example>\r\n\r\nI am out of the office until December 14 and will reply when I return.\r\n';
    const path = file('ooo.eml', raw);
    const text = await run(['classify', path]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/\n\w+ \(confidence [^)]*\) — an automatic reply, not the employer's answer\n/);
    // The day its sender is back is no promise of the employer's.
    expect(text.stdout).toContain('\nno timeline read: an automatic reply promises nothing');
    const json = JSON.parse((await run(['classify', path, '--json'])).stdout) as { autoReply: boolean; needsReview: boolean };
    expect(json).toMatchObject({ autoReply: true, needsReview: true });
    // Known by its Auto-Submitted header alone, whatever its subject.
    const byHeader = file('vacation.eml', raw.replace('Subject: Automatic reply: Following up on my Data Analyst interview', 'Subject: Thanks for your email\r\nAuto-Submitted: auto-replied'));
    expect((await run(['classify', byHeader])).stdout).toContain("— an automatic reply, not the employer's answer");
  });

  it('R7: a mailbox summary counts the automatic replies apart', async () => {
    const message = (subject: string, body: string): string =>
      `From kim@acme.example Mon Dec  7 09:00:00 2026\nDate: Mon, 07 Dec 2026 09:00:00 +0100\nFrom: Kim <kim@acme.example>\nSubject: ${subject}\n\n${body}\n\n`;
    const box = file('ooo.mbox', message('Out of Office: Re: Interview', 'I am away until Monday, December 14, and will get back to you by Wednesday, December 16.') + message('Your application', 'Unfortunately we decided to move forward with other candidates.'));
    const text = await run(['classify', '--mbox', box]);
    expect(text.status).toBe(0);
    // A row of their own, not under a label; no promise counted from the day the sender is back.
    expect(text.stderr).toMatch(/\n {2}rejection +1 +50\.0%\n {2}\(automatic reply\) +1 +50\.0%\n {2}with a promised timeline: 0\n/);
    const json = await run(['classify', '--mbox', box, '--json']);
    const lines = json.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { autoReply: boolean; timeline: unknown });
    expect(lines.map((l) => [l.autoReply, l.timeline])).toEqual([[true, null], [false, null]]);
    expect(JSON.parse(json.stderr.trimEnd().split('\n').at(-1)!)).toMatchObject({ summary: { classified: 2, autoReplies: 1, labels: { rejection: 1 }, withTimeline: 0 } });
    // Without one, the row is left out.
    expect((await run(['classify', '--mbox', file('plain.mbox', message('Your application', 'We would like to invite you to a second interview.'))])).stderr).not.toContain('automatic reply');
  });
});

describe('classify: when and where the reply was written', () => {
  const tomorrow = 'Thank you for your patience. We will get back to you tomorrow.';

  it('R4.5: a Date header with an offset of part of an hour counts in a zone with that offset, not in UTC', async () => {
    // 02:00 on Saturday 5 December in India is still Friday 4 December in UTC: "tomorrow" is the 6th there.
    const path = file('kolkata.eml', email('Sat, 05 Dec 2026 02:00:00 +0530', tomorrow));
    const { status, stdout, stderr } = await run(['classify', path, '--json']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const result = JSON.parse(stdout) as { timeline: { date: string }; reference: unknown };
    expect(result.reference).toEqual({ instant: '2026-12-05T02:00:00+05:30', source: 'date-header', timeZone: 'Asia/Kolkata' });
    expect(result.timeline.date).toBe('2026-12-06');
    const chatham = JSON.parse((await run(['classify', file('chatham.eml', email('Fri, 15 Jan 2027 00:30:00 +1345', tomorrow)), '--json'])).stdout) as { timeline: { date: string }; reference: { timeZone: string } };
    expect([chatham.reference.timeZone, chatham.timeline.date]).toEqual(['Pacific/Chatham', '2027-01-16']);
  });

  it('R4.5: --received with an offset and no --zone counts in that offset\'s zone', async () => {
    const path = file('tomorrow.txt', tomorrow);
    // 20:00 on Friday 4 December at -05:00 is already Saturday in UTC.
    const text = await run(['classify', path, '--received', '2026-12-04T20:00:00-05:00']);
    expect(text).toMatchObject({ status: 0, stderr: '' });
    expect(text.stdout).toContain('promised: date 2026-12-05 ("tomorrow")');
    const json = JSON.parse((await run(['classify', path, '--received', '2026-12-04T20:00:00-05:00', '--json'])).stdout) as { reference: unknown };
    expect(json.reference).toEqual({ instant: '2026-12-04T20:00:00-05:00', source: 'received', timeZone: 'Etc/GMT+5' });
  });

  it('R4.5: a promised day that had passed when the reply was written is named, not reported as no promise', async () => {
    const path = file('passed.txt', 'Thanks for your patience. We will get back to you by Friday the 20th.');
    // Friday 20 November had passed on Wednesday 25 November.
    const text = await run(['classify', path, '--received', '2026-11-25T10:00:00+01:00']);
    expect(text).toMatchObject({ status: 0, stderr: '' });
    expect(text.stdout).toContain('no date to wait for: the promised day 2026-11-20 ("by Friday the 20th") had passed when the reply was written');
    const json = JSON.parse((await run(['classify', path, '--received', '2026-11-25T10:00:00+01:00', '--json'])).stdout) as { timeline: unknown; passedPromise: unknown };
    expect(json).toMatchObject({ timeline: null, passedPromise: { date: '2026-11-20', phrase: 'by Friday the 20th' } });
    // A future promise is the timeline, with no passedPromise.
    const future = JSON.parse((await run(['classify', path, '--received', '2026-11-18T10:00:00+01:00', '--json'])).stdout) as Record<string, unknown>;
    expect(future).toMatchObject({ timeline: { date: '2026-11-20' } });
    expect(future).not.toHaveProperty('passedPromise');
  });

  it('an offset that no zone has at that instant is counted in UTC with a warning that says so, after the result is known', async () => {
    const path = file('tomorrow-nst.txt', tomorrow);
    // St. John's keeps -03:30 in January; -02:30 is its summer offset.
    const warning = 'the UTC offset -02:30 of --received (2027-01-15T20:00:00-02:30) has no known time zone at that date: dates such as "by Friday" were counted in UTC (pass --zone with the employer\'s time zone)';
    const text = await run(['classify', path, '--received', '2027-01-15T20:00:00-02:30']);
    expect(text).toMatchObject({ status: 0, stderr: `warning: ${warning}\n` });
    const json = await run(['classify', path, '--received', '2027-01-15T20:00:00-02:30', '--json']);
    expect(JSON.parse(json.stderr)).toEqual({ warning: { code: 'UNKNOWN_OFFSET', message: warning } });
    expect(JSON.parse(json.stdout)).toMatchObject({ reference: { timeZone: 'UTC', source: 'received' } });
    expect(await run(['classify', path, '--received', '2027-01-15T20:00:00-02:30', '--zone', 'America/St_Johns'])).toMatchObject({ status: 0, stderr: '' });
    const odd = await run(['classify', file('odd-offset.eml', email('Fri, 04 Dec 2026 20:00:00 +0517', tomorrow)), '--json']);
    expect(JSON.parse(odd.stderr)).toMatchObject({ warning: { code: 'UNKNOWN_OFFSET', message: expect.stringMatching(/^the UTC offset \+05:17 of the Date header /) as string } });
    const mbox = await run(['classify', '--mbox', file('odd-offset.mbox', `From kim Fri Dec  4 20:00:00 2026\n${email('Fri, 04 Dec 2026 20:00:00 +0517', tomorrow)}`)]);
    expect(mbox.status).toBe(0);
    expect(mbox.stderr).toMatch(/^warning: message 0 at byte 0: the UTC offset \+05:17 of the Date header \(2026-12-04T20:00:00\+05:17\) has no known time zone/);
  });

  it('R4.5: an explicit --received wins over the Date header, and the JSON says it came from the flag', async () => {
    const { status, stdout, stderr } = await run(['classify', fixture('multipart-alternative.eml'), '--received', '2026-12-01T09:00:00-05:00', '--json']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const result = JSON.parse(stdout) as { timeline: { date: string }; reference: unknown; email: { date: string } };
    expect(result.reference).toEqual({ instant: '2026-12-01T09:00:00-05:00', source: 'received', timeZone: 'Etc/GMT+5' });
    expect(result.timeline.date).toBe('2026-12-04'); // "by Friday" from Tuesday 1 December, not from 24 November
    expect(result.email.date).toBe('2026-11-24T16:05:00-05:00');
  });

  it('R4.5: in a mailbox, --received stands in only for a missing Date header; every other message keeps its own', async () => {
    const dated = readFileSync(fixture('multipart-alternative.eml'), 'latin1').replace(/\r\n/g, '\n').replace(/^From /gm, '>From ');
    const undated = 'From: Kim Meyer <kim@acme.example>\nSubject: Next steps\n\nWe will get back to you by Friday.\n';
    const mbox = file('received.mbox', `From kim Tue Nov 24 16:05:03 2026\n${dated}\nFrom kim Mon Nov 30 08:00:00 2026\n${undated}`);
    const { status, stdout, stderr } = await run(['classify', '--mbox', mbox, '--received', '2026-12-01T09:00:00-05:00']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { reference: unknown; timeline: { date: string } });
    expect(lines.map((l) => [l.reference, l.timeline.date])).toEqual([
      [{ instant: '2026-11-24T16:05:00-05:00', source: 'date-header', timeZone: 'Etc/GMT+5' }, '2026-11-27'],
      [{ instant: '2026-12-01T09:00:00-05:00', source: 'received', timeZone: 'Etc/GMT+5' }, '2026-12-04'],
    ]);
    expect(stderr).toContain('\n  without a valid Date header: 1 (timelines counted from --received, else from the date of their "From " line, else from now)\n');
  });

  it('R4.5: in a mailbox, a message without a valid Date header counts from the date of its "From " line (read as UTC), else from now', async () => {
    const undated = (date: string): string => `From: Kim Meyer <kim@acme.example>\nSubject: Next steps\n${date}\nWe will get back to you by Friday.\n`;
    const mbox = file('from-line.mbox', [
      `From kim Tue Nov 24 16:05:03 2026\n${undated('')}`,
      // Gmail's export writes an offset before the year; an invalid Date header is none.
      `From 1781234567890123456@xxx Tue Dec  1 21:05:00 +0000 2026\n${undated('Date: not a date\n')}`,
      `From MAILER-DAEMON\n${undated('')}`,
    ].join('\n'));
    const lines = (await run(['classify', '--mbox', mbox])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { reference: unknown; timeline: { date: string } });
    expect(lines.map((l) => [l.reference, l.timeline.date])).toEqual([
      [{ instant: '2026-11-24T16:05:03+00:00', source: 'from-line', timeZone: 'UTC' }, '2026-11-27'],
      [{ instant: '2026-12-01T21:05:00+00:00', source: 'from-line', timeZone: 'UTC' }, '2026-12-04'],
      [{ instant: '2026-11-25T15:00:00.000Z', source: 'now', timeZone: 'UTC' }, '2026-11-27'],
    ]);
  });
});

describe('output that is closed, and text from untrusted mail', () => {
  it('stops quietly with exit 0 when the reader of stdout goes away (`| head -1`), also in the middle of an mbox', async () => {
    const parts = ['multipart-alternative.eml', 'html-only.eml', 'quoted-printable.eml'].map((name) => `From x Tue Nov 24 16:05:03 2026\n${readFileSync(fixture(name), 'latin1').replace(/^From /gm, '>From ')}\n`);
    const mbox = file('three.mbox', Buffer.from(parts.join(''), 'latin1'));
    const head = await run(['classify', '--mbox', mbox], { stdoutWrites: 1 });
    expect(head.status).toBe(0);
    expect(head.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(head.stderr).toBe(''); // no summary of a run that was cut short, no error
    expect(await run(['explain', '2000-01-01', '2030-01-01', '--region', 'US'], { stdoutWrites: 0 })).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await run(['--help'], { stdoutWrites: 0 })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('R7: control characters of a subject, a sender or a reply are written visibly in text, never sent to the terminal', async () => {
    // "\x1b]0;pwned\x07" retitles a terminal, "\x1b[2J" clears it; U+008D survives Windows-1252 repair.
    const subject = 'Offer \x1b]0;pwned\x07\x1b[2J\x8d\nX-Injected: 1';
    const encoded = `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;
    const raw = `Date: Tue, 24 Nov 2026 16:05:00 -0500\r\nFrom: =?UTF-8?B?${Buffer.from('Kim\x1b[31m').toString('base64')}?= <kim@acme.example>\r\nSubject: ${encoded}\r\n\r\nWe are delighted to offer you the role.\x1b[8m Please sign by Friday.\r\n`;
    const path = file('controls.eml', raw);
    const text = await run(['classify', path]);
    expect(text.status).toBe(0);
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    // postal-mime reads the line break of the subject as a space.
    expect(text.stdout).toMatch(/^email "Offer \\x1b\]0;pwned\\x07\\x1b\[2J\\x8d X-Injected: 1" from Kim\\x1b\[31m <kim@acme\.example>, sent /);
    const json = await run(['classify', path, '--json']);
    expect((JSON.parse(json.stdout) as { email: { subject: string } }).email.subject).toBe(subject.replace('\n', ' '));
    const plain = await run(['classify', '--received', '2026-11-25T10:00:00Z'], { stdin: 'We regret\x1b[2J to inform you\u009b31m that the position has been filled.' });
    expect(plain.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    // A line break inside a quoted phrase is part of one line of output: it is written as \x0a too.
    const broken = await run(['classify', '--received', '2026-11-25T10:00:00Z'], { stdin: 'We will get back to you by\nFriday.' });
    expect(broken.stdout).toContain('promised: date 2026-11-27 ("by\\x0aFriday")\n');
  });
});

describe('input files: encodings, byte-order marks, mboxes that are not', () => {
  it('a plain-text reply in Windows-1252 (ü as the byte 0xFC) is read as such, not as UTF-8 with U+FFFD', async () => {
    const bytes = Buffer.from('Sehr geehrte Frau Lee,\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Wir wünschen Ihnen alles Gute.\n', 'latin1');
    const { status, stdout } = await run(['classify', file('latin1.txt', bytes), '--received', '2026-11-25T10:00:00Z']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^rejection \(confidence \d\.\d\d, language de/);
    expect(stdout).toContain('"wünschen" → rejection');
    expect(stdout).not.toContain('\uFFFD');
  });

  it('a UTF-8 byte-order mark before an .eml, a raw message on stdin or a plain reply is skipped', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const eml = Buffer.concat([bom, readFileSync(fixture('multipart-alternative.eml'))]);
    const fromFile = await run(['classify', file('bom.eml', eml), '--json']);
    expect(fromFile).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ email: { subject: 'Re: Data Analyst interview - next steps' }, reference: { source: 'date-header' } });
    expect(JSON.parse((await run(['classify', '--json'], { stdin: eml })).stdout)).toHaveProperty('email.subject', 'Re: Data Analyst interview - next steps');
    const reply = await run(['classify', file('bom.txt', Buffer.concat([bom, Buffer.from('We will get back to you by Friday.')])), '--received', '2026-11-25T10:00:00Z', '--json']);
    expect((JSON.parse(reply.stdout) as { timeline: { phrase: string; start: number } }).timeline).toMatchObject({ phrase: 'by Friday' });
  });

  it('a file in which no message can be read is one error alone, exit 1: no skipped-message warnings, no empty table', async () => {
    const junk = file('junk2.mbox', 'From nobody Wed Nov 25 08:00:00 2026\r\nthis line is not a header\r\n\r\nFrom nobody Wed Nov 25 09:00:00 2026\r\nnor this one\r\n');
    const text = await run(['classify', '--mbox', junk]);
    expect(text).toEqual({ status: 1, stdout: '', stderr: `error: ${junk} has no readable message: none of its 2 messages could be read (message 0 at byte 0: the message does not start with a header field ("Name: value"), it starts with "this line is not a header")\n` });
    const json = await run(['classify', '--mbox', junk, '--json']);
    expect(json.stderr.trimEnd().split('\n').map((l) => Object.keys(JSON.parse(l) as object))).toEqual([['error']]);
    expect(await run(['classify', '--mbox', file('junk3.mbox', 'not an mbox at all\n')])).toMatchObject({ status: 1, stderr: expect.stringMatching(/^error: [^\n]*junk3\.mbox has no readable message: expected an mbox file \("From " lines between raw messages\)\n$/) as string });
    const piped = await run(['classify', '--mbox', '-'], { stdin: readFileSync(fixture('multipart-alternative.eml')) });
    expect(piped.stderr).toMatch(/^error: standard input is one message, not an mbox file/);
    const one = file('junk1.mbox', 'From nobody Wed Nov 25 08:00:00 2026\nnot a header\n');
    expect((await run(['classify', '--mbox', one])).stderr).toContain(`${one} has no readable message: its one message could not be read (message 0 at byte 0:`);
  });

  it('a single .eml given to --mbox is named as one message, with the command to use instead', async () => {
    const { status, stdout, stderr } = await run(['classify', '--mbox', fixture('multipart-alternative.eml')]);
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr).toBe(`error: ${fixture('multipart-alternative.eml')} is one message, not an mbox file (it starts with header fields, not a "From " line): use \`interview-followup classify ${fixture('multipart-alternative.eml')}\` instead\n`);
  });

  it('a skipped message of a CRLF mbox is quoted without its "\\r"', async () => {
    const mbox = file('crlf.mbox', `From nobody Wed Nov 25 08:00:00 2026\r\nthis line is not a header\r\n\r\nFrom kim Tue Nov 24 16:05:03 2026\r\n${readFileSync(fixture('multipart-alternative.eml'), 'latin1')}`);
    const { status, stderr } = await run(['classify', '--mbox', mbox]);
    expect(status).toBe(0);
    expect(stderr).toContain('warning: message 0 at byte 0 skipped: the message does not start with a header field ("Name: value"), it starts with "this line is not a header"\n');
    expect(stderr).not.toContain('\\r');
  });
});

describe('draft, usage hints and the progress bar', () => {
  it('R5: draft reports every problem of the data at once, each named data.<field>; --json lists them as issues', async () => {
    const path = file('num.json', JSON.stringify({ company: 5, role: ['R'], interviewDate: 20261203 }));
    const text = await run(['draft', 'followUp', path]);
    expect({ status: text.status, stdout: text.stdout }).toEqual({ status: 1, stdout: '' });
    expect(text.stderr).toMatch(/^error: Invalid data for "followUp":\n {2}- data\.role: expected a text, got \["R"\]\n {2}- data\.company: expected a text, got 5\n {2}- data\.interviewDate: .*, got 20261203\n {2}- data\.candidate\.name: missing or empty\n$/);
    const { error } = JSON.parse((await run(['draft', 'followUp', path, '--json'])).stderr) as { error: { code: string; issues: { path: string[] }[] } };
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['data.role', 'data.company', 'data.interviewDate', 'data.candidate.name']);
    const missing = await run(['draft', 'followUp', file('empty-data.json', '{"company": "Acme"}')]);
    expect(missing.stderr).toBe('error: Missing or empty values for template "followUp (en)": data.role, data.interviewDate, data.candidate.name.\n');
  });

  it('draft: an instant in the data without --zone asks for --zone, as a usage error of draft', async () => {
    const path = file('instant.json', JSON.stringify({ candidate: { name: 'Jo Lee' }, company: 'Acme', role: 'Analyst', interviewDate: '2026-12-03T10:00:00-05:00' }));
    const message = 'this message has an instant "2026-12-03T10:00:00-05:00": pass --zone with the recipient\'s time zone (such as --zone Europe/Berlin) to write it as a date there';
    expect(await run(['draft', 'followUp', path])).toEqual({ status: 2, stdout: '', stderr: `error: ${message}\nRun \`interview-followup draft --help\` for usage.\n` });
    expect(JSON.parse((await run(['draft', 'followUp', path, '--json'])).stderr)).toEqual({ error: { code: 'USAGE', message, exitStatus: 2 } });
    expect(await run(['draft', 'followUp', path, '--zone', 'America/New_York'])).toMatchObject({ status: 0, stdout: expect.stringContaining('December 3') as string });
  });

  it('a usage error of a command points to that command\'s help', async () => {
    expect((await run(['add', '2026-11-25'])).stderr).toBe("error: missing required argument 'n'\nRun `interview-followup add --help` for usage.\n");
    expect((await run(['--json', 'add', '2026-11-25', '1', '--nope'])).status).toBe(2);
    expect((await run(['between', '2026-11-25', '2026-12-01', '--regoin', 'US'])).stderr).toMatch(/\nRun `interview-followup between --help` for usage\.\n$/);
    expect((await run(['classify', 'reply.txt', '--mbox', 'export.mbox'])).stderr).toMatch(/\nRun `interview-followup classify --help` for usage\.\n$/);
    expect((await run(['clasify'])).stderr).toMatch(/\nRun `interview-followup --help` for usage\.\n$/);
  });

  it('the progress bar has no escape sequences when TERM=dumb, and is not drawn at all with --json', async () => {
    const parts = ['multipart-alternative.eml', 'html-only.eml'].map((name) => `From x Tue Nov 24 16:05:03 2026\n${readFileSync(fixture(name), 'latin1').replace(/^From /gm, '>From ')}\n`);
    const mbox = file('bar.mbox', Buffer.from(parts.join(''), 'latin1'));
    const dumb = await run(['classify', '--mbox', mbox], { stderrIsTTY: true, term: 'dumb' });
    expect(dumb.stderr).toContain('\r[');
    expect(dumb.stderr).toMatch(/\] 100% ([\d.]+ KiB) of \1, 2 messages/);
    expect(dumb.stderr).not.toContain('\x1b');
    expect((await run(['classify', '--mbox', mbox], { stderrIsTTY: true, term: 'xterm-256color' })).stderr).toContain('\r\x1b[K[');
    const json = await run(['classify', '--mbox', mbox, '--json'], { stderrIsTTY: true });
    expect(json.stderr).not.toMatch(/[\r\x1b]/);
    expect(json.stderr.trimEnd().split('\n').map((l) => Object.keys(JSON.parse(l) as object))).toEqual([['summary']]);
  });
});
