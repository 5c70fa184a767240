import { describe, expect, it } from 'vitest';
import { makeApplication, makeInterview } from '../../test/arbitraries/tracker.js';
import { thrown } from '../../test/helpers/thrown.js';
import { createCalendar } from '../calendar/createCalendar.js';
import { isFollowUpError } from '../errors.js';
import { applyEvent } from './tracker/applyEvent.js';
import { nextActions } from './tracker/nextActions.js';
import { candidateExpectations } from './candidateExpectations.js';
import { eventsToICS } from './ics/eventsToICS.js';
import { planFollowUp } from './planFollowUp.js';
import { thankYouDeadline } from './thankYouDeadline.js';

const calendar = createCalendar();
const message = (fn: () => unknown): string => (thrown(fn) as Error).message;

// Plain JavaScript callers: every bad field is named by its path, with the value and what is valid.
describe('errors name the path', () => {
  it('a missing endedAt names interview.endedAt, the value and an example instant', () => {
    const { endedAt: _, ...rest } = makeInterview();
    const e = thrown(() => planFollowUp(rest as never, { calendar }));
    expect(isFollowUpError(e, 'INVALID_DATE')).toBe(true);
    expect((e as Error).message).toBe('Invalid interview.endedAt (missing): expected an ISO 8601 instant with a UTC offset, such as "2026-11-25T15:00:00Z" or "2026-12-01T15:30:00-05:00", or a valid Date.');
  });

  it('R4.1: a misspelt field (timline) is refused, naming the field meant, so a promised date is never silently dropped', () => {
    const promised = { kind: 'date', date: '2026-12-04' };
    const e = thrown(() => planFollowUp({ ...makeInterview(), timline: promised } as never, { calendar }));
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as Error).message).toBe('Invalid interview.timline {"kind":"date","date":"2026-12-04"}: expected the field "timeline" (a field named "timline" would be ignored).');
    const { events: _events, ...noEvents } = makeApplication();
    expect(message(() => nextActions({ ...noEvents, evnts: [] } as never, '2026-12-02T09:00:00Z', { calendar }))).toMatch(/^Invalid application\.evnts .*the field "events"/);
    // Fields of the caller's own, and a near name beside the real field, are left alone.
    expect(planFollowUp({ ...makeInterview(), jobId: 'J-42', timeline: promised, timelines: [] } as never, { calendar }).followUp.promisedDate).toBe('2026-12-04');
  });

  it('a missing zone names interview.employerTimeZone', () => {
    const e = thrown(() => planFollowUp({ ...makeInterview(), employerTimeZone: undefined } as never, { calendar }));
    expect(isFollowUpError(e, 'UNKNOWN_TIME_ZONE')).toBe(true);
    expect((e as Error).message).toMatch(/^Invalid interview\.employerTimeZone: missing time zone: expected an IANA zone name such as "Europe\/Berlin"/);
  });

  it('interviewers: [null] is a typed error naming interview.interviewers.0, never a TypeError', () => {
    const e = thrown(() => planFollowUp({ ...makeInterview(), interviewers: [null] } as never, { calendar }));
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as Error).message).toBe('Invalid interview.interviewers.0 null: expected an interviewer { id, name, points }.');
    expect(message(() => planFollowUp({ ...makeInterview(), interviewers: [{ id: 'a', name: 5, points: [] }] } as never, { calendar })))
      .toBe('Invalid interview.interviewers.0.name 5: expected a text.');
  });

  it('options are named too: options.calendar, options.timeZone, options.notificationRule.days', () => {
    expect(message(() => planFollowUp(makeInterview(), {} as never))).toMatch(/^Invalid options\.calendar \(missing\): expected a Calendar/);
    expect(message(() => thankYouDeadline('2026-12-01T10:00:00Z', {} as never))).toMatch(/^Invalid options\.timeZone: missing time zone: expected an IANA zone name/);
    expect(message(() => thankYouDeadline('2026-12-01T10:00:00Z', undefined as never))).toMatch(/^Invalid options \(missing\): expected an object \{ timeZone, policy\? \}/);
    expect(message(() => candidateExpectations(makeInterview(), { calendar, notificationRule: { kind: 'calendar-days', days: -1, from: 'last-interview', label: 'x' } })))
      .toMatch(/^Invalid options\.notificationRule\.days -1/);
  });

  it('tracker: a bad event in the log is named by its index', () => {
    const app = makeApplication({ events: [{ type: 'interview-held', at: '2026-12-01 11:00' }] as never });
    expect(message(() => nextActions(app, '2026-12-02T09:00:00Z', { calendar }))).toMatch(/^Invalid application\.events\.0\.at "2026-12-01 11:00": expected an ISO 8601 instant/);
    expect(message(() => applyEvent(makeApplication(), { type: 'sent-flowers', at: '2026-12-01T11:00:00Z' } as never))).toMatch(/^Invalid event\.type "sent-flowers": expected one of "interview-held"/);
    expect(message(() => applyEvent(makeApplication({ interviews: [{ ...makeInterview(), interviewers: 'lee' }] } as never), { type: 'interview-held', at: '2026-12-01T11:00:00Z' })))
      .toBe('Invalid application.interviews.0.interviewers "lee": expected an array of interviewers { id, name, points }.');
  });

  it('calendar export: a bad event is named by its index and field', () => {
    const now = '2026-12-01T09:00:00Z';
    expect(message(() => eventsToICS([{ uid: 'a', title: 't', date: '2026-12-08' }, { uid: 'b', title: 't', at: 'soon' }], { now })))
      .toMatch(/^Invalid events\.1\.at "soon": expected an ISO 8601 instant/);
    expect(message(() => eventsToICS([{ uid: 'a', title: 't', date: '2026-12-08', categories: 'R4' as never }], { now })))
      .toBe('Invalid events.0.categories "R4": expected an array of texts.');
  });
});

// One rule for Date objects (docs/dates.md): accepted wherever an instant is taken, read as date.toISOString().
describe('Dates are instants everywhere', () => {
  const at = new Date('2026-12-01T16:00:00Z');

  it('planFollowUp, thankYouDeadline: a Date gives the same result as its ISO string', () => {
    const withDates = { ...makeInterview(), startedAt: new Date('2026-12-01T15:00:00Z'), endedAt: at };
    expect(planFollowUp(withDates as never, { calendar })).toEqual(planFollowUp(
      { ...makeInterview(), startedAt: '2026-12-01T15:00:00.000Z', endedAt: '2026-12-01T16:00:00.000Z' }, { calendar },
    ));
    expect(thankYouDeadline(at, { timeZone: 'Europe/Berlin' })).toEqual(thankYouDeadline('2026-12-01T16:00:00Z', { timeZone: 'Europe/Berlin' }));
  });

  it('the tracker stores a Date as its ISO string, so the log stays plain data', () => {
    const app = applyEvent(makeApplication(), { type: 'interview-held', at } as never);
    expect(app.events[0]?.at).toBe('2026-12-01T16:00:00.000Z');
  });

  it('an invalid Date is an InvalidDateError naming the field', () => {
    const e = thrown(() => planFollowUp({ ...makeInterview(), endedAt: new Date(Number.NaN) } as never, { calendar }));
    expect(isFollowUpError(e, 'INVALID_DATE')).toBe(true);
    expect((e as Error).message).toMatch(/^Invalid interview\.endedAt Date\(Invalid Date\): expected/);
  });
});
