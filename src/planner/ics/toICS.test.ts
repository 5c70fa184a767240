import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { makeApplication, makeInterview } from '../../../test/arbitraries/tracker.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import { isFollowUpError } from '../../errors.js';
import type { Event } from '../../model/Event.js';
import { planFollowUp } from '../planFollowUp.js';
import { applyEvent } from '../tracker/applyEvent.js';
import { nextActions } from '../tracker/nextActions.js';
import { toICS } from './toICS.js';
import { failure } from '../../../test/helpers/thrown.js';

const calendar = createCalendar();
const NOW = '2026-12-01T17:00:00Z';

function parse(text: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** A parsed start as comparable data: the civil date of all-day events, epoch ms of timed ones. */
function start(e: ICAL.Event): string | number {
  return e.startDate.isDate ? e.startDate.toString() : e.startDate.toUnixTime() * 1000;
}

describe('toICS', () => {
  it('exports a plan: each thank-you deadline at its instant, the follow-up window and ghosting day as all-day events', () => {
    const interview = makeInterview({ timeline: { kind: 'date', date: '2026-12-04' } });
    const plan = planFollowUp(interview, { calendar });
    const events = parse(toICS(plan, { now: NOW, domain: 'example.com' }));
    expect(events.map((e) => e.uid)).toEqual([
      'r1/thank-you/lee@example.com',
      'r1/thank-you/ana@example.com',
      'r1/promised-date@example.com',
      'r1/follow-up@example.com',
      'r1/ghosted@example.com',
    ]);
    expect(events.map(start)).toEqual([
      Date.parse(plan.thankYous[0]?.deadline ?? '') - 15 * 60_000,
      Date.parse(plan.thankYous[1]?.deadline ?? '') - 15 * 60_000,
      '2026-12-04',
      '2026-12-08',
      plan.ghostedOn,
    ]);
    expect(events[0]?.endDate.toUnixTime()).toBe(Date.parse('2026-12-02T16:00:00Z') / 1000);
    expect(events.map((e) => e.summary)).toEqual([
      'Thank-you note to Lee Park (Acme)',
      'Thank-you note to Ana Ruiz (Acme)',
      'Acme expects to share news',
      'Follow up with Acme (Data Engineer)',
      'No reply from Acme? Time to reassess',
    ]);
    for (const e of events.slice(2)) expect(e.endDate.toString() > e.startDate.toString()).toBe(true);
  });

  it('exports a plan without a timeline with the last day of the R4.3 window', () => {
    const plan = planFollowUp(makeInterview(), { calendar });
    const events = parse(toICS(plan, { now: NOW }));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(start(byUid.get('r1/follow-up@interview-followup.invalid') as ICAL.Event)).toBe('2026-12-10');
    expect(start(byUid.get('r1/follow-up-latest@interview-followup.invalid') as ICAL.Event)).toBe('2026-12-15');
    expect(byUid.has('r1/promised-date@interview-followup.invalid')).toBe(false);
  });

  it('exports next actions with their stable ids, titles and due dates', () => {
    const held: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
    const actions = nextActions(applyEvent(makeApplication(), held), '2026-12-01T12:00:00-05:00', { calendar });
    const events = parse(toICS(actions, { now: NOW, domain: 'example.com' }));
    expect(events.map((e) => e.uid)).toEqual(actions.map((a) => `${a.id}@example.com`));
    expect(events.map((e) => e.summary)).toEqual(actions.map((a) => a.title));
    expect(events.map((e) => e.description)).toEqual(actions.map((a) => a.description));
    // An action due at an instant is a deadline: its block ends there (R1.2).
    expect(events.map((e) => (e.startDate.isDate ? start(e) : e.endDate.toUnixTime() * 1000))).toEqual(actions.map((a) => (a.due.length === 10 ? a.due : Date.parse(a.due))));
  });

  it('is byte-for-byte stable for the same input and now', () => {
    const plan = planFollowUp(makeInterview(), { calendar });
    expect(toICS(plan, { now: NOW })).toBe(toICS(planFollowUp(makeInterview(), { calendar }), { now: NOW }));
    expect(toICS(plan, { now: NOW })).not.toBe(toICS(plan, { now: '2026-12-01T17:00:01Z' }));
  });

  it('accepts plain events, and rejects anything else with InvalidArgumentError', () => {
    expect(parse(toICS([{ uid: 'x', title: 'x', date: '2026-12-24' }], { now: NOW }))[0]?.startDate.toString()).toBe('2026-12-24');
    let caught: unknown;
    try {
      toICS('plan' as never, { now: NOW });
    } catch (e) {
      caught = e;
    }
    expect(isFollowUpError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });

  it('refuses an empty list: there is nothing to export, and a calendar file must hold an entry (RFC 5545 §3.6)', () => {
    expect(failure(() => toICS([], { now: NOW }), 'INVALID_ARGUMENT'))
      .toBe('Invalid items []: expected at least one entry: the list is empty, so there is nothing to export (a calendar file must hold at least one entry).');
  });

  it('refuses a list that mixes actions and entries of your own, saying so', () => {
    const action = { id: 'acme/r1/follow-up', kind: 'follow-up', title: 'Follow up', rule: 'R4.2', due: '2026-12-08' };
    const entry = { uid: 'mine', title: 'Mine', date: '2026-12-09' };
    expect(failure(() => toICS([entry, action] as never, { now: NOW }), 'INVALID_ARGUMENT')).toMatch(/^Invalid items\.1 .*: expected an entry \{ uid, title, date \| at \} like items\.0: the list mixes two kinds of entries/);
    expect(failure(() => toICS([action, entry] as never, { now: NOW }), 'INVALID_ARGUMENT')).toMatch(/^Invalid items\.1 .*: expected an action from nextActions like items\.0: the list mixes two kinds of entries/);
  });
});

describe('toICS: R1.2 thank-you deadlines', () => {
  it('R1.2: the thank-you block ends at the deadline, and its reminder fires 60 minutes before the deadline', () => {
    const plan = planFollowUp(makeInterview(), { calendar });
    const deadline = Date.parse(plan.thankYous[0]?.deadline ?? '') / 1000;
    const [lee] = parse(toICS(plan, { now: NOW }));
    expect(lee?.description).toMatch(/before this deadline/);
    expect(lee?.endDate.toUnixTime()).toBe(deadline);
    expect(lee?.startDate.toUnixTime()).toBe(deadline - 15 * 60);
    const trigger = lee?.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
    expect(trigger instanceof ICAL.Duration && (lee?.startDate.toUnixTime() ?? 0) + trigger.toSeconds()).toBe(deadline - 3600);
  });

  it('R1.2: the local time in the description is the deadline, with its UTC offset', () => {
    const [lee] = parse(toICS(planFollowUp(makeInterview(), { calendar }), { now: NOW }));
    expect(lee?.description).toMatch(/\n\nLocal time: 2026-12-02 11:00 -05:00 \(America\/New_York\)$/);
  });

  it('R1.2: the tracker\'s thank-you actions also end at their deadline', () => {
    const held: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
    const actions = nextActions(applyEvent(makeApplication(), held), '2026-12-01T12:00:00-05:00', { calendar });
    const thanks = parse(toICS(actions, { now: NOW })).filter((e) => e.uid.includes('/send-thank-you/'));
    expect(thanks.map((e) => e.endDate.toUnixTime())).toEqual([Date.parse('2026-12-02T16:00:00Z') / 1000, Date.parse('2026-12-02T16:00:00Z') / 1000]);
  });

  it('R1.2: a deadline whose block would leave the range names the plan\'s field', () => {
    const plan = planFollowUp(makeInterview(), { calendar });
    const early = { ...plan, thankYous: [{ ...plan.thankYous[0]!, deadline: '0001-01-01T00:05:00Z' }] };
    expect(failure(() => toICS(early, { now: NOW }), 'DATE_OUT_OF_RANGE')).toMatch(/^Invalid plan\.thankYous\.0\.deadline "0001-01-01T00:05:00Z" with the default duration of 15 minutes: the entry would start before/);
  });
});

describe('toICS: R4 follow-ups and the ids of a plan\'s entries', () => {
  it('R4.2: with applicationId, a plan\'s entries carry the application, and its follow-up has the id of the tracker\'s follow-up action', () => {
    const interview = makeInterview({ timeline: { kind: 'date', date: '2026-12-04' } });
    const plan = planFollowUp(interview, { calendar });
    const held: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
    const actions = nextActions(applyEvent(makeApplication({ interviews: [interview] }), held), '2026-12-01T12:00:00-05:00', { calendar });
    const fromPlan = parse(toICS(plan, { now: NOW, domain: 'example.com', applicationId: 'acme' })).map((e) => e.uid);
    expect(fromPlan).toEqual([
      'acme/r1/send-thank-you/lee@example.com',
      'acme/r1/send-thank-you/ana@example.com',
      'acme/r1/promised-date@example.com',
      'acme/r1/follow-up@example.com',
      'acme/r1/ghosted@example.com',
    ]);
    const fromTracker = parse(toICS(actions, { now: NOW, domain: 'example.com' })).map((e) => e.uid);
    expect(fromTracker).toContain('acme/r1/follow-up@example.com');
    expect(fromTracker).toContain('acme/r1/send-thank-you/lee@example.com');
  });

  it('R4.3: two plans for interview "r1" at different companies get different UIDs with their application ids', () => {
    const uids = (company: string, applicationId?: string): string[] => {
      const plan = planFollowUp(makeInterview({ company }), { calendar });
      return parse(toICS(plan, applicationId === undefined ? { now: NOW } : { now: NOW, applicationId })).map((e) => e.uid);
    };
    // Without an application id the interview id alone makes the UID: the same for both (documented).
    expect(uids('Acme')).toEqual(uids('Globex'));
    const acme = uids('Acme', 'acme');
    const globex = uids('Globex', 'globex');
    expect(acme.filter((u) => globex.includes(u))).toEqual([]);
    expect(acme).toContain('acme/r1/follow-up-latest@interview-followup.invalid');
  });

  it('applicationId is checked, and refused for actions and entries, which carry their own ids', () => {
    const plan = planFollowUp(makeInterview(), { calendar });
    expect(failure(() => toICS(plan, { now: NOW, applicationId: '' }), 'INVALID_ARGUMENT')).toBe('Invalid options.applicationId "": expected a non-empty text.');
    expect(failure(() => toICS([{ uid: 'x', title: 'x', date: '2026-12-24' }], { now: NOW, applicationId: 'acme' }), 'INVALID_ARGUMENT'))
      .toMatch(/^Invalid options\.applicationId "acme": expected no value: it names the application of a plan/);
  });
});

describe('toICS: R11.2 and the end of the range', () => {
  it('R11.2: a plan whose ghosting day is 9999-12-31 fails naming plan.ghostedOn', () => {
    const plan = { ...planFollowUp(makeInterview(), { calendar }), ghostedOn: '9999-12-31' };
    expect(failure(() => toICS(plan, { now: NOW }), 'DATE_OUT_OF_RANGE')).toMatch(/^Invalid plan\.ghostedOn "9999-12-31": an all-day entry ends at the start of the next day/);
  });

  it('two thank-you deadlines for one interviewer id name the plan\'s field', () => {
    // planFollowUp refuses an interview with two interviewers of one id (as parseInterview does): a plan edited by hand.
    const valid = planFollowUp(makeInterview({ interviewers: [{ id: 'lee', name: 'Lee Park', points: [] }, { id: 'ana', name: 'Ana Ruiz', points: [] }] }), { calendar });
    const plan = { ...valid, thankYous: [valid.thankYous[0]!, { ...valid.thankYous[1]!, interviewerId: 'lee', interviewerName: 'Lee Again' }] };
    expect(failure(() => toICS(plan, { now: NOW }), 'INVALID_ARGUMENT')).toMatch(/^Invalid plan\.thankYous\.1\.interviewerId "lee": expected an id used by only one entry of the calendar/);
  });
});
