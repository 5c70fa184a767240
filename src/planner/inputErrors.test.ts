import { describe, expect, it } from 'vitest';
import { makeApplication, makeInterview } from '../../test/arbitraries/tracker.js';
import { failure, thrown } from '../../test/helpers/thrown.js';
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

  it('R4.5: a timeline that cannot be resolved names interview.timeline and its field, the value as given and what is valid', () => {
    const plan = (timeline: unknown): string => failure(() => planFollowUp({ ...makeInterview(), timeline } as never, { calendar }), 'INVALID_TIMELINE');
    expect(plan({ kind: 'date', date: '2026-02-30' })).toBe('Invalid interview.timeline.date "2026-02-30": expected a real calendar date written "YYYY-MM-DD", such as "2026-12-04".');
    expect(plan({ kind: 'weeks', weeks: 1, from: '2026-12-32' })).toBe('Invalid interview.timeline.from "2026-12-32": expected a real calendar date written "YYYY-MM-DD", such as "2026-12-04".');
    // NaN is shown as NaN, not as JSON's null.
    expect(plan({ kind: 'calendar-days', days: Number.NaN })).toBe('Invalid interview.timeline.days NaN: expected a whole number, 0 or more.');
    expect(plan({ kind: 'business-days', days: -1 })).toBe('Invalid interview.timeline.days -1: expected a whole number, 0 or more.');
    expect(plan({ kind: 'weeks', weeks: 1.5 })).toBe('Invalid interview.timeline.weeks 1.5: expected a whole number, 0 or more.');
  });

  it('R4.1: a timeline that resolves before the interview names interview.timeline and both dates', () => {
    const e = thrown(() => planFollowUp({ ...makeInterview(), timeline: { kind: 'date', date: '2026-11-01' } }, { calendar }));
    expect(isFollowUpError(e, 'INVALID_TIMELINE')).toBe(true);
    expect((e as Error).message).toBe(
      'Invalid interview.timeline {"kind":"date","date":"2026-11-01"}: it resolves to 2026-11-01, before the interview on 2026-12-01; expected a timeline that resolves to the interview\'s day or later.',
    );
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

// The entry points that take an interview or an application check it as parseInterview and parseApplication do.
describe('the cross-field checks of the model, without the model', () => {
  const twoLees = [{ id: 'lee', name: 'A', points: ['p'] }, { id: 'lee', name: 'B', points: ['q'] }];
  const duplicate = 'Invalid interview:\n  - interviewers.1.id: Duplicate interviewer id "lee": each interviewer needs a unique id.';

  it('R1.1: two interviewers with one id are refused by the planner, with parseInterview\'s message', () => {
    const interview = makeInterview({ interviewers: twoLees });
    expect(failure(() => planFollowUp(interview, { calendar }), 'INVALID_INPUT')).toBe(duplicate);
    expect(failure(() => candidateExpectations(interview, { calendar }), 'INVALID_INPUT')).toBe(duplicate);
  });

  it('R1.1: and by the tracker, so one note never clears two interviewers\' actions', () => {
    const app = makeApplication({ interviews: [makeInterview({ interviewers: twoLees })], events: [{ type: 'interview-held', at: '2026-12-01T11:00:00-05:00' }] });
    const named = 'Invalid application.interviews.0:\n  - interviewers.1.id: Duplicate interviewer id "lee": each interviewer needs a unique id.';
    expect(failure(() => nextActions(app, '2026-12-02T09:00:00Z', { calendar }), 'INVALID_INPUT')).toBe(named);
    expect(failure(() => applyEvent(app, { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' }), 'INVALID_INPUT')).toBe(named);
    // An invitation to the next round carries its interview: checked the same way.
    const invite = { type: 'next-round-scheduled', at: '2026-12-02T09:00:00Z', interview: makeInterview({ id: 'r2', round: 2, interviewers: twoLees }) } as const;
    expect(failure(() => applyEvent(makeApplication(), invite), 'INVALID_INPUT')).toMatch(/^Invalid event\.interview:\n {2}- interviewers\.1\.id: Duplicate interviewer id "lee"/);
  });

  it('R7: two interviews with one id, and a log out of time order, are refused as parseApplication refuses them', () => {
    const twice = makeApplication({ interviews: [makeInterview(), makeInterview()] });
    expect(failure(() => nextActions(twice, '2026-12-02T09:00:00Z', { calendar }), 'INVALID_INPUT'))
      .toBe('Invalid application:\n  - interviews.1.id: Duplicate interview id "r1": each interview needs a unique id.');
    const backwards = makeApplication({ events: [{ type: 'follow-up-sent', at: '2026-12-10T09:00:00Z' }, { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' }] });
    expect(failure(() => applyEvent(backwards, { type: 'withdrawn', at: '2026-12-11T09:00:00Z' }), 'INVALID_INPUT'))
      .toBe('Invalid application:\n  - events.1.at: Event 1 (interview-held) at "2026-12-01T11:00:00-05:00" is earlier than the event before it: the log is append-only, in time order.');
  });
});
