import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import type { InvalidInputError } from '../errors.js';
import { parseInterview, safeParseInterview } from './Interview.js';

const valid = {
  id: 'int-1',
  company: 'Acme',
  role: 'Backend Engineer',
  round: 1,
  format: 'video',
  startedAt: '2026-12-01T09:00:00-05:00',
  endedAt: '2026-12-01T10:00:00-05:00',
  candidateTimeZone: 'America/New_York',
  employerTimeZone: 'Europe/Berlin',
  employerCalendar: { region: 'DE-BY', daysOff: ['2026-12-24', { from: '2026-12-28', to: '2026-12-31', name: 'Winter closure' }] },
  interviewers: [{ id: 'ana', name: 'Ana', email: 'ana@example.com', title: 'CTO', points: ['event sourcing'] }],
  timeline: { kind: 'weeks', weeks: 2, text: 'within two weeks' },
};

function issuesOf(input: unknown): { path: string; message: string }[] {
  const r = safeParseInterview(input);
  if (r.success) throw new Error('expected failure');
  return r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('parseInterview', () => {
  it('accepts a complete interview and returns equal data', () => {
    expect(parseInterview(valid)).toEqual(valid);
  });

  it('accepts every format of R10', () => {
    for (const format of ['phone', 'video', 'onsite', 'panel', 'assessment', 'case-study', 'presentation']) {
      expect(safeParseInterview({ ...valid, format }).success).toBe(true);
    }
  });

  it('throws InvalidInputError with a path and a message naming the value', () => {
    let error: unknown;
    try {
      parseInterview({ ...valid, format: 'chat' });
    } catch (e) {
      error = e;
    }
    expect(isFollowUpError(error, 'INVALID_INPUT')).toBe(true);
    const issues = (error as InvalidInputError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['format']);
    expect(issues[0]?.message).toContain('"chat"');
    expect(issues[0]?.message).toContain('"case-study"');
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({ ...valid, round: 0, candidateTimeZone: 'Mars/Base', startedAt: '2026-12-01 09:00', timeline: { kind: 'soon' } });
    expect(issues.map((i) => i.path).sort()).toEqual(['candidateTimeZone', 'round', 'startedAt', 'timeline.kind']);
    expect(issues.find((i) => i.path === 'candidateTimeZone')?.message).toContain('"Mars/Base"');
    expect(issues.find((i) => i.path === 'startedAt')?.message).toContain('"2026-12-01 09:00"');
    expect(issues.find((i) => i.path === 'timeline.kind')?.message).toContain('"soon"');
  });

  it('rejects an instant without a UTC offset (it would be read in the host zone)', () => {
    expect(issuesOf({ ...valid, endedAt: '2026-12-01T10:00:00' })[0]?.path).toBe('endedAt');
  });

  it('rejects endedAt before startedAt', () => {
    const issues = issuesOf({ ...valid, endedAt: '2026-12-01T08:59:59-05:00' });
    expect(issues).toEqual([{ path: 'endedAt', message: expect.stringContaining('before startedAt') as unknown as string }]);
  });

  it('compares instants, not strings: 10:00-05:00 ends after 15:30+01:00', () => {
    expect(safeParseInterview({ ...valid, startedAt: '2026-12-01T15:30:00+01:00', endedAt: '2026-12-01T10:00:00-05:00' }).success).toBe(true);
  });

  it('rejects duplicate interviewer ids', () => {
    const person = { id: 'ana', name: 'Ana', points: [] };
    expect(issuesOf({ ...valid, interviewers: [person, { ...person, name: 'Ana B.' }] })).toEqual([
      { path: 'interviewers.1.id', message: expect.stringContaining('Duplicate interviewer id "ana"') as unknown as string },
    ]);
  });

  it('rejects unknown fields instead of dropping them', () => {
    const issues = issuesOf({ ...valid, timline: { kind: 'none' } });
    expect(issues[0]?.message).toContain('"timline"');
  });

  it('names missing required fields', () => {
    const { company: _company, ...rest } = valid;
    expect(issuesOf(rest)).toEqual([{ path: 'company', message: expect.stringContaining('Missing required field') as unknown as string }]);
  });

  it('words every type in plain English, the same for required and optional fields', () => {
    const bad = { ...valid, role: null, round: '2', interviewers: [{ id: 'ana', name: 'Ana', title: null, points: [3] }] };
    expect(issuesOf(bad)).toEqual([
      { path: 'role', message: 'Expected text, got null.' },
      { path: 'round', message: 'Expected a number, got string "2".' },
      { path: 'interviewers.0.title', message: 'Expected text, got null.' },
      { path: 'interviewers.0.points.0', message: 'Expected text, got number 3.' },
    ]);
    const { interviewers: _interviewers, ...noList } = valid;
    expect(issuesOf(noList)).toEqual([{ path: 'interviewers', message: 'Missing required field: expected a list.' }]);
  });

  it('rejects a malformed region, weekday, day off and email', () => {
    const issues = issuesOf({
      ...valid,
      employerCalendar: { region: 'Bavaria', weekend: [7], daysOff: ['2026-13-01'] },
      interviewers: [{ id: 'a', name: 'A', email: 'a-at-example', points: [] }],
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['employerCalendar.daysOff.0', 'employerCalendar.region', 'employerCalendar.weekend.0', 'interviewers.0.email']);
  });

  it('safeParseInterview returns the data on success', () => {
    const r = safeParseInterview(valid);
    expect(r.success && r.data.company).toBe('Acme');
  });
});

describe('parse options: unknownFields, nullFields', () => {
  // An ATS record: ids of its own at the top, in an interviewer and in the timeline.
  const ats = {
    ...valid,
    jobId: 'J-42',
    interviewers: [{ ...valid.interviewers[0], atsUserId: 7 }],
    timeline: { ...valid.timeline, source: 'ats' },
  };

  it('refuses unknown fields by default, naming each, and drops them with unknownFields: "drop"', () => {
    expect(issuesOf(ats).map((i) => i.path)).toEqual(expect.arrayContaining(['', 'interviewers.0']));
    expect(parseInterview(ats, { unknownFields: 'drop' })).toEqual(valid);
    const r = safeParseInterview(ats, { unknownFields: 'drop' });
    expect(r.success && r.data).toEqual(valid);
    // The input is not changed.
    expect(ats).toMatchObject({ jobId: 'J-42', interviewers: [{ atsUserId: 7 }], timeline: { source: 'ats' } });
  });

  it('still reports every other problem with unknownFields: "drop"', () => {
    const r = safeParseInterview({ ...ats, endedAt: 'yesterday' }, { unknownFields: 'drop' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['endedAt']);
  });

  it('reads null fields as absent with nullFields: "absent", at any depth; a null required field is reported missing', () => {
    // An ATS export: empty fields written as null, in the record, an interviewer and the timeline.
    const exported = {
      ...valid,
      employerCalendar: null,
      interviewers: [{ ...valid.interviewers[0], email: null, title: null }],
      timeline: { ...valid.timeline, text: null },
    };
    const { employerCalendar: _calendar, ...rest } = valid;
    const expected = { ...rest, interviewers: [{ id: 'ana', name: 'Ana', points: ['event sourcing'] }], timeline: { kind: 'weeks', weeks: 2 } };
    expect(issuesOf(exported).map((i) => i.path)).toEqual(['employerCalendar', 'interviewers.0.email', 'interviewers.0.title', 'timeline.text']);
    expect(issuesOf(exported)[0]?.message).toContain('got null');
    expect(parseInterview(exported, { nullFields: 'absent' })).toEqual(expected);
    // With unknown fields dropped too, and the input left as it was.
    expect(parseInterview({ ...exported, jobId: null, atsId: 'J-1' }, { nullFields: 'absent', unknownFields: 'drop' })).toEqual(expected);
    expect(exported.interviewers[0]).toMatchObject({ email: null, title: null });
    const r = safeParseInterview({ ...exported, company: null }, { nullFields: 'absent' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues).toEqual([{ path: ['company'], message: 'Missing required field: expected text.' }]);
    // Items of a list are not fields: a null interviewer is still refused.
    const list = safeParseInterview({ ...valid, interviewers: [null] }, { nullFields: 'absent' });
    expect(!list.success && list.error.issues.map((i) => i.path.join('.'))).toEqual(['interviewers.0']);
  });

  it('a bad options value is a typed error naming it', () => {
    let e: unknown;
    try { parseInterview(valid, { unknownFields: 'ignore' } as never); } catch (x) { e = x; }
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as Error).message).toMatch(/^Invalid options\.unknownFields "ignore": expected "refuse" or "drop"/);
    expect(() => parseInterview(valid, 'drop' as never)).toThrow(/^Invalid options "drop"/);
    // `list.map(parseInterview)` passes the index as options: the message says how to write it.
    expect(() => [valid].map(parseInterview as (x: unknown, i: number) => unknown)).toThrow(/^Invalid options 0: .*list\.map\(\(x\) => parseX\(x\)\)/);
    expect(parseInterview(valid, {})).toEqual(valid);
    expect(() => parseInterview(valid, { nullFields: 'drop' } as never)).toThrow(/^Invalid options\.nullFields "drop": expected "refuse" or "absent"/);
  });
});
