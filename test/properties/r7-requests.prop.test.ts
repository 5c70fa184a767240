import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isCivilDate } from '../../src/calendar/epochDay.js';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { civilDateInZone } from '../../src/calendar/zone.js';
import type { Application } from '../../src/model/Application.js';
import { EMPLOYER_REQUEST_KINDS } from '../../src/model/Event.js';
import type { EmployerRequest, EmployerRequestKind, Event } from '../../src/model/Event.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { nextActions } from '../../src/planner/tracker/nextActions.js';
import { applyLegal, laterArb, makeApplication, makeSecondRound } from '../arbitraries/tracker.js';

// R7, R8, R10: what the employer's latest reply asks becomes one action per request until a later
// event answers it. The oracle reads the log kind by kind, the way docs/tracker.md states the rule.

const calendar = createCalendar();
const ZONE = 'America/New_York';
const START_MS = Date.parse('2026-12-01T17:00:00Z');
const HOUR = 3_600_000;

const start = (): Application => [
  { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' },
  { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' },
  { type: 'thank-you-sent', at: '2026-12-01T15:05:00-05:00', interviewerId: 'ana' },
].reduce((a, e) => applyEvent(a, e as Event), makeApplication({ interviews: [makeApplication().interviews[0]!, makeSecondRound()] }));

const dueArb = fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2026, 11, 1 + d)).toISOString().slice(0, 10));

const requestArb: fc.Arbitrary<EmployerRequest> = fc.record(
  { kind: fc.constantFrom(...EMPLOYER_REQUEST_KINDS), due: dueArb, text: fc.constantFrom('please send', 'kindly sign', 'book here') },
  { requiredKeys: ['kind'] },
);

const stepArb: fc.Arbitrary<(at: string) => Event> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom('offer', 'next_round', 'reference_check', 'pending', 'other' as const), fc.option(fc.array(requestArb, { maxLength: 5 }), { nil: undefined }))
    .map(([outcome, requests]) => (at: string): Event => (requests === undefined ? { type: 'reply-received', at, outcome } : { type: 'reply-received', at, outcome, requests })) },
  { weight: 1, arbitrary: fc.boolean().map((withInterview) => (at: string): Event =>
    (withInterview ? { type: 'next-round-scheduled', at, interview: makeSecondRound() } : { type: 'next-round-scheduled', at })) },
  { weight: 1, arbitrary: fc.constant((at: string): Event => ({ type: 'interview-held', at })) },
  { weight: 1, arbitrary: fc.constant((at: string): Event => ({ type: 'timeline-updated', at, timeline: { kind: 'date', date: '2026-12-18' } })) },
  { weight: 1, arbitrary: fc.constant((at: string): Event => ({ type: 'follow-up-sent', at })) },
  { weight: 1, arbitrary: fc.constantFrom('offer-accepted', 'offer-declined', 'rejected', 'withdrawn' as const).map((type) => (at: string): Event => ({ type, at })) },
);

const logArb = fc.array(fc.record({ offsetHours: fc.integer({ min: 0, max: 24 * 30 }), make: stepArb }), { maxLength: 8 })
  .map((steps) => [...steps].sort((a, b) => a.offsetHours - b.offsetHours).map((s) => s.make(new Date(START_MS + s.offsetHours * HOUR).toISOString())));

const ANSWERS: Partial<Record<Event['type'], readonly EmployerRequestKind[]>> = {
  'next-round-scheduled': ['send_availability', 'book_slot', 'confirm_attendance'],
  'interview-held': ['send_availability', 'book_slot', 'confirm_attendance', 'complete_assessment'],
};
const ENDS = ['offer-accepted', 'offer-declined', 'rejected', 'withdrawn'];

/** Per kind: asked by the latest reply, and nothing after it answered that kind or ended the application. */
function expectedOpen(events: readonly Event[]): Map<EmployerRequestKind, { due: string | undefined; askedAt: string }> {
  const out = new Map<EmployerRequestKind, { due: string | undefined; askedAt: string }>();
  const last = events.map((e) => e.type).lastIndexOf('reply-received');
  if (last < 0) return out;
  const reply = events[last] as Extract<Event, { type: 'reply-received' }>;
  const later = events.slice(last + 1);
  for (const kind of EMPLOYER_REQUEST_KINDS) {
    const asked = (reply.requests ?? []).filter((r) => r.kind === kind);
    if (asked.length === 0) continue;
    if (later.some((e) => ENDS.includes(e.type) || (ANSWERS[e.type] ?? []).includes(kind))) continue;
    const dues = asked.flatMap((r) => (r.due === undefined ? [] : [r.due])).sort();
    out.set(kind, { due: dues[0], askedAt: reply.at });
  }
  return out;
}

test.prop([logArb, laterArb], { numRuns: 250 })(
  'R7: every open request yields exactly one action, due on its stated date (else the reply\'s day), overdue only once that date is past',
  (log, later) => {
    const { result, accepted } = applyLegal(start(), log, (a, e) => applyEvent(a, e));
    const lastMs = Date.parse(result.events[result.events.length - 1]!.at);
    const now = new Date(lastMs + later).toISOString();
    const today = civilDateInZone(now, ZONE);
    const actions = nextActions(result, now, { calendar }).filter((a) => a.kind === 'answer-request');
    const open = expectedOpen([...start().events, ...accepted]);

    expect(actions.map((a) => a.request?.kind).sort()).toEqual([...open.keys()].sort());
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
    for (const a of actions) {
      const want = open.get(a.request!.kind)!;
      expect(isCivilDate(a.due)).toBe(true);
      expect(Number.isNaN(Date.parse(`${a.due}T00:00:00Z`))).toBe(false);
      expect(a.due).toBe(want.due ?? civilDateInZone(want.askedAt, ZONE));
      expect(a.overdue).toBe(want.due !== undefined && want.due < today);
      if (a.overdue) expect(a.priority).toBe('high');
      expect(a.description).not.toMatch(/\bR\d/);
      expect(a.title.length).toBeGreaterThan(0);
    }
  },
);

test.prop([logArb, fc.constantFrom('offer-accepted', 'offer-declined', 'rejected', 'withdrawn' as const)], { numRuns: 150 })(
  'R7: once the application ends, no request is left to answer',
  (log, end) => {
    const { result } = applyLegal(start(), log, (a, e) => applyEvent(a, e));
    const lastMs = Date.parse(result.events[result.events.length - 1]!.at);
    const { result: ended } = applyLegal(result, [{ type: end, at: new Date(lastMs + HOUR).toISOString() }], (a, e) => applyEvent(a, e));
    const now = new Date(lastMs + 2 * HOUR).toISOString();
    const last = ended.events[ended.events.length - 1]!.type;
    const asked = nextActions(ended, now, { calendar }).filter((a) => a.kind === 'answer-request');
    if (ENDS.includes(last)) expect(asked).toEqual([]);
    else expect(asked.length).toBe(expectedOpen(ended.events).size);
  },
);
