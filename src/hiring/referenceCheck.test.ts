import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { isFollowUpError } from '../errors.js';
import type { InvalidInputError } from '../errors.js';
import type { ReferenceCheck } from '../model/hiring/ReferenceCheck.js';
import { failure, thrown } from '../../test/helpers/thrown.js';
import { referenceCheck } from './referenceCheck.js';

const calendar = createCalendar({ holidays: ['2026-12-25'] });
const one = (referee: Partial<ReferenceCheck['referees'][number]> = {}): ReferenceCheck => ({
  candidateId: 'c-17',
  referees: [{ id: 'r1', name: 'Jo Smith', requestedOn: '2026-12-07', ...referee }],
});

describe('referenceCheck', () => {
  it('R3.4: the documented example (requested Monday 2026-12-07, overdue from Friday)', () => {
    const report = referenceCheck({ candidateId: 'c-17', referees: [{ id: 'r1', name: 'Jo Smith', requestedOn: '2026-12-07' }] }, '2026-12-11', { calendar });
    expect(report.referees[0]!.overdue).toBe(true);
  });

  it('R3.4: a reference is overdue once 3 whole business days have passed since the request (policy default)', () => {
    const thursday = referenceCheck(one(), '2026-12-10', { calendar }).referees[0]!;
    expect(thursday).toEqual({
      id: 'r1', name: 'Jo Smith', required: true, status: 'requested', requestedOn: '2026-12-07', since: '2026-12-07',
      ageBusinessDays: 2, overdueOn: '2026-12-11', overdue: false,
    });
    const friday = referenceCheck(one(), '2026-12-11', { calendar }).referees[0]!;
    expect(friday).toMatchObject({ ageBusinessDays: 3, overdue: true });
  });

  it('R3.4: ageing skips weekends and the employer\'s holidays', () => {
    // Tue 22 Dec: Wed 23, Thu 24 and Mon 28 are the three whole business days (25 is a holiday).
    const r = referenceCheck(one({ requestedOn: '2026-12-22' }), '2026-12-28', { calendar }).referees[0]!;
    expect(r).toMatchObject({ ageBusinessDays: 2, overdueOn: '2026-12-29', overdue: false });
    expect(referenceCheck(one({ requestedOn: '2026-12-22' }), '2026-12-29', { calendar }).referees[0]!.overdue).toBe(true);
  });

  it('R3.4: the overdue limit is a policy option', () => {
    const r = referenceCheck(one(), '2026-12-11', { calendar, policy: { referenceOverdueBusinessDays: 5 } }).referees[0]!;
    expect(r).toMatchObject({ overdue: false, overdueOn: '2026-12-15' });
  });

  it('R3.4: status follows the dates: contacted, completed, declined; finished references are never overdue', () => {
    const state: ReferenceCheck = {
      candidateId: 'c-17',
      referees: [
        { id: 'a', name: 'A', requestedOn: '2026-12-01', contactedOn: '2026-12-02' },
        { id: 'b', name: 'B', requestedOn: '2026-12-01', contactedOn: '2026-12-02', completedOn: '2026-12-03' },
        { id: 'c', name: 'C', requestedOn: '2026-12-01', declinedOn: '2026-12-04', relationship: 'former manager' },
        { id: 'd', name: 'D', requestedOn: '2026-12-01', required: false },
      ],
    };
    const report = referenceCheck(state, '2026-12-14', { calendar });
    expect(report.referees.map((r) => [r.id, r.status, r.since, r.overdue])).toEqual([
      ['a', 'contacted', '2026-12-02', true],
      ['b', 'completed', '2026-12-03', false],
      ['c', 'declined', '2026-12-04', false],
      ['d', 'requested', '2026-12-01', true],
    ]);
    expect(report.referees[1]).toMatchObject({ ageBusinessDays: 1, overdueOn: null });
    expect(report.referees[2]!.relationship).toBe('former manager');
    expect(report.counts).toEqual({ requested: 1, contacted: 1, completed: 1, declined: 1 });
    expect(report.complete).toBe(false);
    // d is optional, so it never blocks; overdue blockers come first.
    expect(report.blocking.map((b) => [b.id, b.status, b.overdue])).toEqual([['a', 'contacted', true], ['c', 'declined', false]]);
    expect(report.blocking[0]!.text).toBe('The reference from A, requested on 2026-12-01, is in progress (contacted on 2026-12-02) and overdue since 2026-12-07.');
    expect(report.blocking[1]!.text).toContain('C declined to give a reference on 2026-12-04');
  });

  it('R3.4: complete when every required reference is completed', () => {
    const report = referenceCheck(one({ completedOn: '2026-12-09' }), '2026-12-14', { calendar });
    expect(report.complete).toBe(true);
    expect(report.blocking).toEqual([]);
  });

  it('R3.4: with no required referee (none yet, or only optional ones) the check is not complete: one no-required-referee blocker', () => {
    const blocker = {
      kind: 'reference', id: 'no-required-referee', name: 'Required referee', status: 'no-required-referee', overdue: false, overdueOn: null,
      text: "No referee is required for c-17 yet: the leading candidate's references are checked before an offer, so add a referee or make one required.",
    };
    const none = referenceCheck({ candidateId: 'c-17', referees: [] }, '2026-12-14', { calendar });
    expect([none.complete, none.blocking]).toEqual([false, [blocker]]);
    // An optional referee never blocks, and never stands in for a required one either.
    const optional = referenceCheck(one({ required: false, completedOn: '2026-12-09' }), '2026-12-14', { calendar });
    expect([optional.complete, optional.blocking]).toEqual([false, [blocker]]);
    expect(optional.referees[0]!.status).toBe('completed');
  });

  it('R3.4: a hole in the list of referees (from plain JavaScript) is reported by its index, not skipped', () => {
    const e = thrown(() => referenceCheck({ candidateId: 'c-17', referees: [, { id: 'a', name: 'A', requestedOn: '2026-12-07' }] } as never, '2026-12-10', { calendar })) as InvalidInputError;
    expect(e.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['referees.0', expect.stringContaining('got (missing)')]]);
  });

  it('R3.4: a request, contact or answer dated after now has not happened: InvalidInputError naming each', () => {
    const e = thrown(() => referenceCheck({
      candidateId: 'c-17',
      referees: [
        { id: 'a', name: 'A', requestedOn: '2026-12-14', completedOn: '2027-03-01' },
        { id: 'b', name: 'B', requestedOn: '2026-12-14', contactedOn: '2026-12-16', declinedOn: '2026-12-16' },
        { id: 'c', name: 'C', requestedOn: '2027-01-14' },
      ],
    }, '2026-12-15', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['referees.0.completedOn', 'referees.1.declinedOn', 'referees.1.contactedOn', 'referees.2.requestedOn']);
    expect(e.issues[0]!.message).toBe('completedOn "2027-03-01" is after now (2026-12-15): expected the same day or earlier.');
    // The same day is fine, including an instant later that day in the employer's zone.
    expect(referenceCheck(one({ completedOn: '2026-12-11T17:00:00-05:00' }), '2026-12-11T09:00:00-05:00', { calendar, timeZone: 'America/New_York' }).complete).toBe(true);
  });

  it('R3.4: an unknown option key or options that are not an object are InvalidArgumentErrors naming the valid keys', () => {
    expect((thrown(() => referenceCheck(one(), '2026-12-11', { calendar, timezone: 'Europe/Berlin' } as never)) as Error).message)
      .toBe('Invalid options key "timezone": expected one of calendar, timeZone, policy (did you mean "timeZone"?).');
    expect(isFollowUpError(thrown(() => referenceCheck(one(), '2026-12-11', 'Europe/Berlin' as never)), 'INVALID_ARGUMENT')).toBe(true);
  });

  it('R4.4: instants count on the employer\'s civil date, so the zone matters', () => {
    const late = one({ requestedOn: '2026-12-07T23:30:00-05:00' });
    expect(referenceCheck(late, '2026-12-10', { calendar, timeZone: 'America/New_York' }).referees[0]!.requestedOn).toBe('2026-12-07');
    expect(referenceCheck(late, '2026-12-10', { calendar, timeZone: 'Europe/Berlin' }).referees[0]!.requestedOn).toBe('2026-12-08');
    expect(referenceCheck(one(), '2026-12-11T08:00:00+01:00', { calendar, timeZone: 'Europe/Berlin' }).today).toBe('2026-12-11');
  });

  it('R3.4: an instant without timeZone is an InvalidArgumentError; a malformed date an InvalidDateError', () => {
    const e = thrown(() => referenceCheck(one(), '2026-12-11T08:00:00Z', { calendar }));
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as Error).message).toContain('options.timeZone');
    expect(isFollowUpError(thrown(() => referenceCheck(one({ requestedOn: '2026-02-30' }), '2026-12-11', { calendar })), 'INVALID_DATE')).toBe(true);
    expect(isFollowUpError(thrown(() => referenceCheck(one(), '2026-12-11', { calendar, timeZone: 'Mars/Base' })), 'UNKNOWN_TIME_ZONE')).toBe(true);
  });

  it('R3.4: answers dated before the request, completed-and-declined, and duplicate ids are InvalidInputErrors', () => {
    const e = thrown(() => referenceCheck({
      candidateId: 'c-17',
      referees: [
        { id: 'a', name: 'A', requestedOn: '2026-12-07', contactedOn: '2026-12-04' },
        { id: 'a', name: 'B', requestedOn: '2026-12-07', completedOn: '2026-12-08', declinedOn: '2026-12-08' },
      ],
    }, '2026-12-11', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['referees.0.contactedOn', 'referees.1.id', 'referees.1.declinedOn']);
    expect(e.issues[0]!.message).toBe('contactedOn "2026-12-04" is before requestedOn "2026-12-07": expected the same day or later.');
  });

  it('R3.4: a misspelt field of a referee is an InvalidInputError naming it, not an answer silently ignored', () => {
    const e = thrown(() => referenceCheck(one({ completedon: '2026-12-09' } as never), '2026-12-11', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['referees.0.completedon', 'Unknown field "completedon": expected one of id, name, relationship, required, requestedOn, contactedOn, completedOn, declinedOn.']]);
  });

  it('R3.4: a bad candidateId, referees, referee id or name, or a missing date is reported at its own path, with the value and what is valid', () => {
    expect(failure(() => referenceCheck({ candidateId: 'c-17', referees: null } as never, '2026-12-11', { calendar }), 'INVALID_ARGUMENT'))
      .toBe('Invalid references.referees null: expected an array of referees { id, name, requestedOn, ... }.');
    expect(failure(() => referenceCheck({ ...one(), candidateId: 17 } as never, '2026-12-11', { calendar }), 'INVALID_ARGUMENT'))
      .toBe('Invalid references.candidateId 17: expected a non-empty text.');
    expect(failure(() => referenceCheck('c-17' as never, '2026-12-11', { calendar }), 'INVALID_ARGUMENT'))
      .toBe('Invalid references "c-17": expected reference-check records { candidateId, referees: [...] }.');
    const e = thrown(() => referenceCheck({ candidateId: 'c-17', referees: [{ id: 'r1', requestedOn: '2026-12-07' }, { name: 'B', requestedOn: '2026-12-07' }] } as never, '2026-12-11', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['referees.0.name', 'Invalid name (missing): expected a text.'],
      ['referees.1.id', 'Invalid id (missing): expected a text.'],
    ]);
    expect(failure(() => referenceCheck(one({ requestedOn: undefined as never }), '2026-12-11', { calendar }), 'INVALID_DATE'))
      .toBe('Invalid referees.0.requestedOn (missing): expected a date "YYYY-MM-DD", an ISO 8601 instant with offset, or a Date.');
    expect(failure(() => referenceCheck(one({ completedOn: '9 Dec' }), '2026-12-11', { calendar }), 'INVALID_DATE'))
      .toMatch(/^Invalid referees\.0\.completedOn "9 Dec": expected /);
  });

  it('R3.4: an answer dated before the contact is an InvalidInputError naming the answer; on the same day it is fine', () => {
    const e = thrown(() => referenceCheck({
      candidateId: 'c-17',
      referees: [
        { id: 'a', name: 'A', requestedOn: '2026-12-07', contactedOn: '2026-12-09', completedOn: '2026-12-08' },
        { id: 'b', name: 'B', requestedOn: '2026-12-07', contactedOn: '2026-12-10', declinedOn: '2026-12-07' },
      ],
    }, '2026-12-11', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['referees.0.completedOn', 'completedOn "2026-12-08" is before contactedOn "2026-12-09": expected the same day or later.'],
      ['referees.1.declinedOn', 'declinedOn "2026-12-07" is before contactedOn "2026-12-10": expected the same day or later.'],
    ]);
    const sameDay = referenceCheck(one({ contactedOn: '2026-12-09', completedOn: '2026-12-09' }), '2026-12-11', { calendar });
    expect(sameDay.referees[0]!.status).toBe('completed');
  });

  it('R3.4: a missing calendar or a bad policy is an InvalidArgumentError', () => {
    expect(isFollowUpError(thrown(() => referenceCheck(one(), '2026-12-11', {} as never)), 'INVALID_ARGUMENT')).toBe(true);
    expect((thrown(() => referenceCheck(one(), '2026-12-11', { calendar, policy: { referenceOverdueBusinessDays: -1 } })) as Error).message)
      .toBe('Invalid policy.referenceOverdueBusinessDays -1: expected a whole number of business days from 0 to 1000.');
    expect((thrown(() => referenceCheck(one(), '2026-12-11', { calendar, policy: { overdue: 3 } as never })) as Error).message).toContain('policy key "overdue"');
  });
});
