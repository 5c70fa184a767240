import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

function run(...argv: string[]): { status: number; output: string } {
  const lines: string[] = [];
  const status = main(argv, (line) => lines.push(line), '1.2.3');
  return { status, output: lines.join('\n') };
}

const interview = {
  id: 'i1', company: 'Acme', role: 'Analyst', round: 1, format: 'video',
  startedAt: '2026-11-24T10:00:00-05:00', endedAt: '2026-11-24T11:00:00-05:00',
  candidateTimeZone: 'America/New_York', employerTimeZone: 'America/New_York',
  employerCalendar: { region: 'US' },
  interviewers: [{ id: 'a', name: 'Ada Park', points: ['the data platform'] }],
};

describe('interview-followup CLI', () => {
  it('R4.4: add counts business days in a region (Thanksgiving 2026-11-26 is skipped)', () => {
    expect(run('add', '2026-11-25', '1', '--region', 'US')).toEqual({ status: 0, output: '2026-11-27' });
    expect(run('add', '2026-11-25', '1')).toEqual({ status: 0, output: '2026-11-26' });
    expect(run('add', '2026-11-26', '1', '--weekend', '5,6')).toEqual({ status: 0, output: '2026-11-29' });
  });

  it('between and explain', () => {
    expect(run('between', '2026-12-21', '2026-12-28', '--holiday', '2026-12-25').output).toBe('4');
    expect(run('explain', '2026-12-24', '2026-12-27', '--region', 'DE-BY').output).toBe(
      ['2026-12-25  Christmas Day (public)', '2026-12-26  weekend, Boxing Day (public)', '2026-12-27  weekend'].join('\n'),
    );
    expect(JSON.parse(run('between', '2026-12-21', '2026-12-28', '--json').output)).toEqual({ from: '2026-12-21', to: '2026-12-28', businessDays: 5 });
  });

  it('R4.3: plan reads an interview file and uses its region', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'interview.json');
    writeFileSync(file, JSON.stringify(interview));
    const { status, output } = run('plan', file, '--json');
    expect(status).toBe(0);
    const plan = JSON.parse(output) as { followUp: { earliest: string; latest: string } };
    // 7th and 10th business days after Tue 2026-11-24, skipping Thanksgiving (11-26) and weekends.
    expect(plan.followUp).toMatchObject({ earliest: '2026-12-04', latest: '2026-12-09' });
    expect(run('plan', file).output).toContain('follow up between 2026-12-04 and 2026-12-09');
  });

  it('bad input exits 1 with the typed error message; usage errors exit 2', () => {
    expect(run('add', '2026-02-30', '1')).toMatchObject({ status: 1, output: expect.stringContaining('"2026-02-30"') });
    expect(run('add', '2026-11-25', '1', '--region', 'XX-YY')).toMatchObject({ status: 1, output: expect.stringContaining('"XX-YY"') });
    expect(run('add', '2026-11-25')).toMatchObject({ status: 2, output: expect.stringContaining('expected: interview-followup add <date> <n>') });
    expect(run('frobnicate')).toMatchObject({ status: 2, output: expect.stringContaining('unknown command "frobnicate"') });
    expect(run('add', '2026-11-25', '1', '--nope')).toMatchObject({ status: 2 });
    expect(run('add', '2026-11-25', '1', '--weekend', '9')).toMatchObject({ status: 1, output: expect.stringContaining('"9"') });
  });

  it('R7, R4.5: classify reads a reply and the date it promises', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'reply.txt');
    writeFileSync(file, 'Hi Jo, thanks for your patience. We are still interviewing and will get back to you by Friday.\nBest, Kim');
    const { status, output } = run('classify', file, '--received', '2026-11-25T10:00:00-05:00', '--zone', 'America/New_York', '--json');
    expect(status).toBe(0);
    const result = JSON.parse(output) as { label: string; timeline: { date: string } };
    expect(result.label).toBe('pending');
    expect(result.timeline.date).toBe('2026-11-27'); // the Friday after Wednesday 25 November
    expect(run('classify', file, '--received', '2026-11-25T10:00:00-05:00').output).toMatch(/^pending \(confidence/);
  });

  it('R5: draft renders a built-in message in the requested language; a missing field exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'data.json');
    writeFileSync(file, JSON.stringify({ candidate: { name: 'Jo Lee' }, company: 'Acme', role: 'Analyst', interviewDate: '2026-12-03' }));
    const { status, output } = run('draft', 'followUp', file, '--locale', 'de');
    expect(status).toBe(0);
    expect(output).toMatch(/^Subject: /);
    expect(output).toContain('Donnerstag, 3. Dezember');
    writeFileSync(file, JSON.stringify({ candidate: { name: '' }, company: 'Acme', role: 'Analyst', interviewDate: '2026-12-03' }));
    expect(run('draft', 'followUp', file)).toMatchObject({ status: 1, output: expect.stringContaining('candidate.name') });
    expect(run('draft', 'thankyou', file)).toMatchObject({ status: 2, output: expect.stringContaining('unknown message kind "thankyou"') });
  });

  it('help and version', () => {
    expect(run('--version')).toEqual({ status: 0, output: '1.2.3' });
    expect(run('--help')).toMatchObject({ status: 0, output: expect.stringContaining('Usage:') });
    expect(run()).toMatchObject({ status: 2 });
  });
});
