import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import type { Application } from '../../src/model/Application.js';
import type { Event } from '../../src/model/Event.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { nextActions } from '../../src/planner/tracker/nextActions.js';
import { status } from '../../src/planner/tracker/status.js';
import { TERMINAL_STATES, TRANSITIONS } from '../../src/planner/tracker/transitions.js';
import type { TrackerState, TransitionColumn } from '../../src/planner/tracker/types.js';
import { applyLegal, eventSequenceArb, laterArb, makeApplication, makeInterview, makeSecondRound } from '../arbitraries/tracker.js';

const calendar = createCalendar();
const ctx = { calendar };
const start = (): Application => makeApplication({ interviews: [makeApplication().interviews[0]!, makeSecondRound()] });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function column(event: Event): TransitionColumn {
  if (event.type !== 'reply-received') return event.type;
  return event.outcome === 'offer' || event.outcome === 'rejection' || event.outcome === 'next_round' ? `reply-received:${event.outcome}` : 'reply-received:other';
}

/** States the passage of time alone can lead to (the second table of docs/tracker.md). */
const BY_TIME: Partial<Record<TrackerState, readonly TrackerState[]>> = {
  'thank-you-due': ['waiting', 'follow-up-due', 'ghosted'],
  waiting: ['follow-up-due', 'ghosted'],
  'awaiting-reply': ['ghosted', 'follow-up-due'],
};

test.prop([eventSequenceArb, laterArb])('applying the same events in the same order always gives the same application and state', (events, later) => {
  const a = applyLegal(start(), events, (app, e) => applyEvent(app, e));
  const b = applyLegal(start(), events.map((e) => structuredClone(e)), (app, e) => applyEvent(app, e));
  expect(b.result).toEqual(a.result);
  const last = a.result.events.at(-1)?.at ?? '2026-12-01T16:00:00Z';
  const now = new Date(Date.parse(last) + later).toISOString();
  expect(status(b.result, now, ctx)).toBe(status(a.result, now, ctx));
  expect(nextActions(b.result, now, ctx)).toEqual(nextActions(a.result, now, ctx));
});

// Short sequences and short waits as often as long ones, so that the early states (a promised date still ahead) come up.
const fewEventsArb = fc.oneof(eventSequenceArb.map((events) => events.slice(0, 2)), eventSequenceArb);
const soonArb = fc.oneof(fc.integer({ min: 0, max: 72 * 3_600_000 }), laterArb);

test.prop([fewEventsArb, soonArb, fc.integer({ min: 0, max: 3 }), fc.boolean()], { numRuns: 300 })('every next action has its own id, whatever the events, the time and the follow-up policy', (events, later, maxFollowUps, promised) => {
  const app = promised ? makeApplication({ interviews: [makeInterview({ timeline: { kind: 'date', date: '2026-12-04' } })] }) : start();
  const policy = { maxFollowUps };
  const { result } = applyLegal(app, events, (a, e) => applyEvent(a, e, { policy }));
  const last = result.events.at(-1)?.at ?? '2026-12-01T16:00:00Z';
  const ids = nextActions(result, new Date(Date.parse(last) + later).toISOString(), { ...ctx, policy }).map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test.prop([eventSequenceArb])('applyEvent never mutates its input, accepted or refused', (events) => {
  let app = deepFreeze(start());
  for (const event of events) {
    const before = structuredClone(app);
    const frozenEvent = deepFreeze(structuredClone(event));
    try {
      app = deepFreeze(applyEvent(app, frozenEvent));
      expect(app.events.at(-1)).toEqual(event);
      expect(app.events.slice(0, -1)).toEqual(before.events);
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'INVALID_TRANSITION') throw e;
      expect(app).toEqual(before);
    }
  }
});

test.prop([eventSequenceArb])('every accepted event is a transition of the table; after a terminal state only mail is accepted, and the end stays', (events) => {
  let app = start();
  for (const event of events) {
    const before = status(app, event.at, ctx);
    let next: Application;
    try {
      next = applyEvent(app, event);
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'INVALID_TRANSITION') throw e;
      continue;
    }
    if (TERMINAL_STATES.includes(before)) {
      expect(event.type).toBe('reply-received');
      expect(status(next, event.at, ctx)).toBe(before);
    }
    const targets = TRANSITIONS[before][column(event)];
    expect(targets, `${before} × ${column(event)} was accepted`).toBeDefined();
    const reachable = new Set((targets ?? []).flatMap((s) => [s, ...(BY_TIME[s] ?? [])]));
    const after = status(next, event.at, ctx);
    expect(reachable.has(after), `${before} × ${column(event)} → ${after}`).toBe(true);
    app = next;
  }
});

/** An event log that ends in each terminal state. */
const ENDINGS: Record<string, readonly Event[]> = {
  'offer-accepted': [{ type: 'offer-received', at: '2026-12-01T12:00:00-05:00' }, { type: 'offer-accepted', at: '2026-12-01T12:00:00-05:00' }],
  'offer-declined': [{ type: 'offer-received', at: '2026-12-01T12:00:00-05:00' }, { type: 'offer-declined', at: '2026-12-01T12:00:00-05:00' }],
  rejected: [{ type: 'reply-received', at: '2026-12-01T12:00:00-05:00', outcome: 'rejection' }],
  withdrawn: [{ type: 'withdrawn', at: '2026-12-01T12:00:00-05:00' }],
};

test.prop([fc.constantFrom(...TERMINAL_STATES), eventSequenceArb])('terminal states accept no event but the employer\'s mail, which leaves them as they are', (terminal, events) => {
  const held: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
  const ended = [held, ...(ENDINGS[terminal] ?? [])].reduce((a, e) => applyEvent(a, e), start());
  expect(status(ended, '2026-12-01T17:00:00Z', ctx)).toBe(terminal);
  for (const event of events) {
    const later = { ...event, at: new Date(Math.max(Date.parse(event.at), Date.parse('2026-12-01T17:00:00Z'))).toISOString() } as Event;
    if (later.type === 'reply-received') expect(status(applyEvent(ended, later), later.at, ctx)).toBe(terminal);
    else expect(() => applyEvent(ended, later)).toThrow(`in state "${terminal}"`);
  }
});
