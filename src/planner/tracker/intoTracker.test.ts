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

  it('R8.3: an offer that only says how long it stands: the implied answer is the reply to the offer, due by R8.3\'s date', () => {
    const email = 'Dear Sam,\n\nWe are delighted to offer you the role of Data Engineer. The offer remains open until Thursday, December 10.\n\nBest,\nLee';
    const receivedAt = '2026-12-03T09:00:00-05:00';
    const c = classifyReply(email, { reference: receivedAt, timeZone: 'America/New_York' });
    expect(c.label).toBe('offer');
    expect(c.requests.find((r) => r.kind === 'respond_to_offer')?.due).toBe('2026-12-10');
    // The offer's time limit is the candidate's, not a date the employer promised news by.
    expect(extractTimeline(email, { reference: receivedAt, timeZone: 'America/New_York' })).toBeNull();
    const event = replyEvent(c, receivedAt, { text: email });
    // The reply asked for nothing in words: recorded as implied, quoting no words (the offer's words are not a request).
    expect(event.requests).toEqual([{ kind: 'respond_to_offer', due: '2026-12-10', implied: true }]);
    const actions = nextActions(applyEvent(held, event), receivedAt, { calendar });
    // Not "Acme asked for your answer": one reply to the offer, by R8.3's date (2 business days), naming the time limit.
    expect(actions.filter((a) => a.kind === 'answer-request')).toEqual([]);
    const reply = actions.find((a) => a.kind === 'reply-to-offer');
    expect(reply).toMatchObject({ due: '2026-12-07', rule: 'R8.3' });
    expect(reply?.description).toContain('Their message sets 2026-12-10 as the limit for your answer.');
    expect(reply?.description).not.toMatch(/asked/);
  });

  it('R7: a rejection ends the application', () => {
    const email = 'Dear Sam, we were impressed by your experience; however, we have decided to move forward with other candidates.';
    const app = applyEvent(held, replyEvent(classifyReply(email), '2026-12-04T10:00:00-05:00', { text: email }));
    expect(status(app, '2026-12-05T10:00:00-05:00', { calendar })).toBe('rejected');
  });

  const receive = (app: ReturnType<typeof applyEvent>, email: string, at: string) => {
    const read = { reference: at, timeZone: 'America/New_York', calendar };
    return applyEvent(app, replyEvent(classifyReply(email, read), at, { text: email, timeline: extractTimeline(email, read) }));
  };

  it('R7: onboarding mail after the offer was accepted is recorded, and the documents it asks for are the next action', () => {
    let app = receive(held, 'Hi Sam, we are delighted to offer you the Data Engineer role! Your offer letter is attached. Please sign and return it by Friday.', '2026-12-07T09:00:00-05:00');
    app = applyEvent(app, { type: 'offer-accepted', at: '2026-12-08T09:00:00-05:00' });
    app = receive(app, 'Hi Sam, thank you for accepting our offer! To prepare your contract, please upload a copy of your passport and your bank details to our HR portal within the next 3 business days. Best, HR', '2026-12-09T09:00:00-05:00');
    expect(status(app, '2026-12-09T10:00:00-05:00', { calendar })).toBe('offer-accepted');
    // Wednesday 2026-12-09 + 3 business days; the offer it reads as was answered already: no answer to give.
    expect(nextActions(app, '2026-12-09T10:00:00-05:00', { calendar }).map((a) => [a.kind, a.due, a.request?.kind])).toEqual([['answer-request', '2026-12-14', 'send_documents']]);
  });

  it('R8.3: an offer that asks nothing in words gets one reply to the offer, due by R8.3\'s date, never "Acme asked"', () => {
    const app = receive(held, 'Hi Sam, congratulations! We are pleased to offer you the Data Engineer position. The formal letter will follow from HR. Best, Jane', '2026-12-07T09:00:00-05:00');
    for (const now of ['2026-12-07T10:00:00-05:00', '2026-12-08T10:00:00-05:00']) {
      const actions = nextActions(app, now, { calendar });
      expect(actions.map((a) => [a.kind, a.due])).toEqual([['reply-to-offer', '2026-12-09']]);
      expect(actions[0]?.description).not.toMatch(/asked|No date was given/);
    }
  });

  it('R10: an assessment due in a month asks for no time slots and is not chased before it is due and submitted', () => {
    const email = "Hi Sam,\n\nThanks again for speaking with us. As the next step, we'd like you to complete a take-home case study. Please complete the case study by January 8 and send it back to me.\n\nBest,\nJane";
    const app = receive(held, email, '2026-12-07T09:00:00-05:00');
    for (const now of ['2026-12-07T10:00:00-05:00', '2026-12-17T10:00:00-05:00']) {
      expect(nextActions(app, now, { calendar }).map((a) => [a.kind, a.due, a.priority])).toEqual([['answer-request', '2027-01-08', 'high']]);
    }
  });

  it('reads reply fields and options that are undefined as absent', () => {
    const webhook: { subject?: string; text: string } = { text: 'We would like to invite you to a second interview. Please send your availability by Thursday.' };
    const receivedAt = '2026-12-07T09:00:00-05:00';
    const plain = classifyReply({ text: webhook.text }, { reference: receivedAt, timeZone: 'America/New_York' });
    expect(classifyReply({ subject: webhook.subject, text: webhook.text, html: undefined, autoReply: undefined }, { reference: receivedAt, timeZone: 'America/New_York', calendar: undefined, language: undefined })).toEqual(plain);
    expect(classifyReply(webhook.text, { reference: undefined, timeZone: undefined })).toEqual(classifyReply(webhook.text));
  });
});
