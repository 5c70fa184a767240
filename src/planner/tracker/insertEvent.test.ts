import { describe, expect, it } from 'vitest';
import { makeApplication, makeSecondRound } from '../../../test/arbitraries/tracker.js';
import { thrown } from '../../../test/helpers/thrown.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import { isFollowUpError } from '../../errors.js';
import type { Event } from '../../model/Event.js';
import { applyEvent } from './applyEvent.js';
import { insertEvent } from './insertEvent.js';
import { nextActions } from './nextActions.js';

const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const REPLY: Event = { type: 'reply-received', at: '2026-12-03T09:00:00-05:00', outcome: 'pending' };

describe('insertEvent', () => {
  it('R1.1: a thank-you whose webhook came after a later reply takes its place by time, and the note is no longer due', () => {
    const app = [HELD, REPLY].reduce((a, e) => applyEvent(a, e), makeApplication());
    const late: Event = { type: 'thank-you-sent', at: '2026-12-01T18:00:00-05:00', interviewerId: 'lee' };
    // applyEvent keeps the log in time order and refuses it.
    expect(isFollowUpError(thrown(() => applyEvent(app, late)), 'INVALID_TRANSITION')).toBe(true);
    const next = insertEvent(app, late);
    expect(next.events).toEqual([HELD, late, REPLY]);
    expect(app.events).toEqual([HELD, REPLY]);
    const actions = nextActions(next, '2026-12-03T10:00:00-05:00', { calendar: createCalendar() });
    expect(actions.some((a) => a.kind === 'send-thank-you' && a.interviewerId === 'lee')).toBe(false);
  });

  it('a repeated delivery, in any key order, returns the application itself', () => {
    const app = [HELD, REPLY].reduce((a, e) => applyEvent(a, e), makeApplication());
    expect(insertEvent(app, { outcome: 'pending', at: '2026-12-03T09:00:00-05:00', type: 'reply-received' })).toBe(app);
    // The same reply at another instant is another reply.
    expect(insertEvent(app, { ...REPLY, at: '2026-12-04T09:00:00-05:00' }).events).toHaveLength(3);
  });

  it('an event placed where the state machine refuses it is named by its place in the log', () => {
    const app = applyEvent(makeApplication(), HELD);
    const early: Event = { type: 'thank-you-sent', at: '2026-12-01T09:00:00-05:00', interviewerId: 'lee' };
    const e = thrown(() => insertEvent(app, early));
    expect(isFollowUpError(e, 'INVALID_TRANSITION'), String(e)).toBe(true);
    expect((e as Error).message).toMatch(/^Cannot apply event "thank-you-sent" \(application\.events\.0 of "acme"\) in state/);
  });

  it('checks the event and the options as applyEvent does', () => {
    const app = applyEvent(makeApplication(), HELD);
    expect(isFollowUpError(thrown(() => insertEvent(app, { type: 'reply-received', at: REPLY.at, outcome: 'Rejection' } as never)), 'INVALID_ARGUMENT')).toBe(true);
    expect(isFollowUpError(thrown(() => insertEvent(app, REPLY, 5 as never)), 'INVALID_ARGUMENT')).toBe(true);
    expect(isFollowUpError(thrown(() => insertEvent(null as never, REPLY)), 'INVALID_ARGUMENT')).toBe(true);
  });

  it('R7: refuses a reply\'s requests and timeline as parseEvent does, naming the field', () => {
    const app = applyEvent(makeApplication(), HELD);
    const cases: [unknown, string][] = [
      [{ ...REPLY, requests: [{ kind: 'x' }] }, 'event.requests.0.kind'],
      [{ ...REPLY, requests: [{ kind: 'book_slot', due: '2026-02-30' }] }, 'event.requests.0.due'],
      [{ ...REPLY, requests: [{ kind: 'book_slot', deadline: '2026-12-04' }] }, 'event.requests.0.deadline'],
      [{ ...REPLY, timeline: { kind: 'date' } }, 'event.timeline.date'],
      // R10, R8, R1.1: a next round's interview, an offer's benefits and a blank interviewer id, as applyEvent.
      [{ type: 'next-round-scheduled', at: REPLY.at, interview: makeSecondRound({ format: 'zoom' as never }) }, 'event.interview.format'],
      [{ type: 'offer-received', at: REPLY.at, benefits: 'dental' }, 'event.benefits'],
      [{ type: 'thank-you-sent', at: HELD.at, interviewerId: ' ' }, 'event.interviewerId'],
    ];
    for (const [event, path] of cases) {
      const e = thrown(() => insertEvent(app, event as Event));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT'), String(e)).toBe(true);
      expect(e).toMatchObject({ argument: path });
    }
  });

  it('R7: the employer\'s mail that arrives late, after the end was recorded, takes its place and the end stays', () => {
    const calendar = createCalendar();
    const ended = [HELD, { type: 'withdrawn', at: '2026-12-04T09:00:00-05:00' } as Event].reduce((a, e) => applyEvent(a, e), makeApplication());
    const onboarding: Event = { type: 'reply-received', at: '2026-12-05T09:00:00-05:00', outcome: 'other', requests: [{ kind: 'send_documents', due: '2026-12-09' }] };
    const answered = insertEvent(insertEvent(ended, { type: 'request-answered', at: '2026-12-06T09:00:00-05:00' }), onboarding);
    // Placed before the answer recorded the next day, the request is answered.
    expect(answered.events.map((e) => e.type)).toEqual(['interview-held', 'withdrawn', 'reply-received', 'request-answered']);
    expect(nextActions(answered, '2026-12-07T09:00:00-05:00', { calendar })).toEqual([]);
    expect(nextActions(insertEvent(ended, onboarding), '2026-12-07T09:00:00-05:00', { calendar }).map((a) => [a.kind, a.due])).toEqual([['answer-request', '2026-12-09']]);
  });
});
