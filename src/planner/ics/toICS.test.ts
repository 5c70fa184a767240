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
      Date.parse(plan.thankYous[0]?.deadline ?? ''),
      Date.parse(plan.thankYous[1]?.deadline ?? ''),
      '2026-12-04',
      '2026-12-08',
      plan.ghostedOn,
    ]);
    expect(events[0]?.startDate.toUnixTime()).toBe(Date.parse('2026-12-02T16:00:00Z') / 1000);
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
    expect(events.map(start)).toEqual(actions.map((a) => (a.due.length === 10 ? a.due : Date.parse(a.due))));
  });

  it('is byte-for-byte stable for the same input and now', () => {
    const plan = planFollowUp(makeInterview(), { calendar });
    expect(toICS(plan, { now: NOW })).toBe(toICS(planFollowUp(makeInterview(), { calendar }), { now: NOW }));
    expect(toICS(plan, { now: NOW })).not.toBe(toICS(plan, { now: '2026-12-01T17:00:01Z' }));
  });

  it('accepts plain events, and rejects anything else with InvalidArgumentError', () => {
    expect(parse(toICS([{ uid: 'x', title: 'x', date: '2026-12-24' }], { now: NOW }))[0]?.startDate.toString()).toBe('2026-12-24');
    expect(parse(toICS([], { now: NOW }))).toEqual([]);
    let caught: unknown;
    try {
      toICS('plan' as never, { now: NOW });
    } catch (e) {
      caught = e;
    }
    expect(isFollowUpError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });
});
