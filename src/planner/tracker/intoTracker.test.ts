import { describe, expect, it } from 'vitest';
import { makeApplication } from '../../../test/arbitraries/tracker.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import { applyEvent } from './applyEvent.js';
import { nextActions } from './nextActions.js';
import { status } from './status.js';
import { classifyReply } from '../../classifier/classifyReply.js';
import { extractTimeline } from '../../classifier/extractTimeline.js';
import { replyEvent } from './replyEvent.js';

// classify → replyEvent → applyEvent → nextActions, as the guide shows it (R7, R4.5).
const calendar = createCalendar();
const held = applyEvent(makeApplication(), { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' });

describe('classifier into the tracker (R7, R4.5)', () => {
  it('R4.1: a pending reply with a promised date moves the follow-up after that date', () => {
    const email = 'Hi Sam,\n\nThanks for your patience. We are still interviewing and will get back to you by Friday, December 11.\n\nBest,\nLee';
    const receivedAt = '2026-12-03T09:00:00-05:00';
    const event = replyEvent(classifyReply(email), receivedAt, {
      text: email,
      timeline: extractTimeline(email, { reference: receivedAt, timeZone: 'America/New_York' }),
    });
    expect(event.outcome).toBe('pending');
    expect(event.timeline).toEqual({ kind: 'date', date: '2026-12-11', text: 'by Friday, December 11' });
    const app = applyEvent(held, event);
    const actions = nextActions(app, receivedAt, { calendar });
    // R4.1: wait until the promised Friday; R4.2: follow up from the business day after one full business day has passed.
    expect(actions.find((a) => a.kind === 'wait')?.due).toBe('2026-12-11');
    expect(actions.find((a) => a.kind === 'follow-up')?.due).toBe('2026-12-15');
  });

  it('R8: an offer asking to sign by a date becomes a sign action, due on the date the classifier resolved', () => {
    const email = 'Dear Sam,\n\nWe are delighted to offer you the role of Data Engineer. Please sign and return the attached offer letter by Friday, December 11.\n\nBest,\nLee';
    const receivedAt = '2026-12-03T09:00:00-05:00';
    const c = classifyReply(email, { reference: receivedAt, timeZone: 'America/New_York' });
    const asked = c.requests.find((r) => r.kind === 'sign_offer');
    expect(c.label).toBe('offer');
    expect(asked).toBeDefined();
    const app = applyEvent(held, replyEvent(c, receivedAt, { text: email }));
    const sign = nextActions(app, receivedAt, { calendar }).find((a) => a.kind === 'answer-request' && a.request?.kind === 'sign_offer');
    // Due on the stated date once resolved, else on the day the reply came.
    expect(sign).toMatchObject({ due: asked?.due ?? '2026-12-03', rule: 'R8', priority: 'high', overdue: false });
    expect(sign?.request?.text).toBe(asked?.span.text);
    // Accepting the offer answers it.
    expect(nextActions(applyEvent(app, { type: 'offer-accepted', at: '2026-12-04T09:00:00-05:00' }), '2026-12-04T10:00:00-05:00', { calendar })).toEqual([]);
  });

  it('R8: an offer that only says how long it stands: answering it is due by that day, not the day it came', () => {
    const email = 'Dear Sam,\n\nWe are delighted to offer you the role of Data Engineer. The offer remains open until Thursday, December 10.\n\nBest,\nLee';
    const receivedAt = '2026-12-03T09:00:00-05:00';
    const c = classifyReply(email, { reference: receivedAt, timeZone: 'America/New_York' });
    expect(c.label).toBe('offer');
    expect(c.requests.find((r) => r.kind === 'respond_to_offer')?.due).toBe('2026-12-10');
    // The offer's time limit is the candidate's, not a date the employer promised news by.
    expect(extractTimeline(email, { reference: receivedAt, timeZone: 'America/New_York' })).toBeNull();
    const app = applyEvent(held, replyEvent(c, receivedAt, { text: email }));
    const answer = nextActions(app, receivedAt, { calendar }).find((a) => a.kind === 'answer-request' && a.request?.kind === 'respond_to_offer');
    expect(answer).toMatchObject({ due: '2026-12-10', rule: 'R8', overdue: false });
    // The reply asked for nothing in words: the action quotes none (the offer's words are not a request).
    expect(answer?.request?.text).toBeUndefined();
  });

  it('R7: a rejection ends the application', () => {
    const email = 'Dear Sam, we were impressed by your experience; however, we have decided to move forward with other candidates.';
    const app = applyEvent(held, replyEvent(classifyReply(email), '2026-12-04T10:00:00-05:00', { text: email }));
    expect(status(app, '2026-12-05T10:00:00-05:00', { calendar })).toBe('rejected');
  });
});
