import { describe, expect, it } from 'vitest';
import { REQUEST_KINDS } from '../classifier/types.js';
import { EMPLOYER_REQUEST_KINDS, EVENT_TYPES, parseEvent, safeParseEvent } from './Event.js';

const at = '2026-12-08T09:00:00+01:00';

describe('Event', () => {
  it('accepts one event of every type', () => {
    const events = [
      { type: 'interview-held', at, interviewId: 'int-1' },
      { type: 'thank-you-sent', at, interviewerId: 'ana' },
      { type: 'follow-up-sent', at },
      { type: 'request-answered', at, kinds: ['send_availability'] },
      { type: 'reply-received', at, outcome: 'next_round', text: 'We would like you to meet the team.', timeline: { kind: 'date', date: '2026-12-15' } },
      { type: 'timeline-updated', at, timeline: { kind: 'weeks', weeks: 1, from: '2026-12-08' } },
      { type: 'next-round-scheduled', at, startsAt: '2026-12-15T10:00:00+01:00' },
      { type: 'offer-received', at, salary: 'EUR 85,000 a year', benefits: ['30 days leave'], startDate: '2027-02-01', responseDeadline: '2026-12-18' },
      { type: 'offer-accepted', at },
      { type: 'offer-declined', at, reason: 'Accepted another offer' },
      { type: 'rejected', at },
      { type: 'withdrawn', at },
    ];
    expect(events.map((e) => e.type)).toEqual([...EVENT_TYPES]);
    for (const e of events) expect(parseEvent(e)).toEqual(e);
  });

  it('R7: accepts every reply outcome and rejects others by name', () => {
    for (const outcome of ['offer', 'rejection', 'next_round', 'reference_check', 'pending', 'other']) {
      expect(safeParseEvent({ type: 'reply-received', at, outcome }).success).toBe(true);
    }
    const r = safeParseEvent({ type: 'reply-received', at, outcome: 'maybe' });
    expect(!r.success && r.error.issues[0]?.message).toContain('"maybe"');
  });

  it('R7: a reply may record what it asks of the candidate, each request with an optional stated deadline', () => {
    const e = {
      type: 'reply-received', at, outcome: 'offer',
      requests: [{ kind: 'sign_offer', due: '2026-12-11', text: 'sign and return the offer letter' }, { kind: 'send_documents' }],
    };
    expect(parseEvent(e)).toEqual(e);
    expect(parseEvent({ type: 'reply-received', at, outcome: 'offer' })).not.toHaveProperty('requests');
    const unknown = safeParseEvent({ type: 'reply-received', at, outcome: 'other', requests: [{ kind: 'call_us' }] });
    expect(!unknown.success && unknown.error.issues[0]?.message).toContain('"call_us"');
    expect(safeParseEvent({ type: 'reply-received', at, outcome: 'other', requests: [{ kind: 'book_slot', due: '2026-02-30' }] }).success).toBe(false);
    expect(safeParseEvent({ type: 'reply-received', at, outcome: 'other', requests: [{ kind: 'book_slot', link: 'x' }] }).success).toBe(false);
  });

  it('R8.3: a request may be marked implied (true or absent, nothing else)', () => {
    const e = { type: 'reply-received', at, outcome: 'offer', requests: [{ kind: 'respond_to_offer', due: '2026-12-10', implied: true }] };
    expect(parseEvent(e)).toEqual(e);
    const r = safeParseEvent({ ...e, requests: [{ kind: 'respond_to_offer', implied: false }] });
    expect(!r.success && r.error.issues[0]).toMatchObject({ path: ['requests', 0, 'implied'], message: 'Expected true, or no `implied`, got boolean false.' });
  });

  it('R7: request-answered names the request kinds answered, or none for all of them', () => {
    expect(parseEvent({ type: 'request-answered', at })).toEqual({ type: 'request-answered', at });
    expect(parseEvent({ type: 'request-answered', at, kinds: ['send_references', 'send_documents'], note: 'emailed Jane' }))
      .toEqual({ type: 'request-answered', at, kinds: ['send_references', 'send_documents'], note: 'emailed Jane' });
    const unknown = safeParseEvent({ type: 'request-answered', at, kinds: ['send_cv'] });
    expect(!unknown.success && unknown.error.issues[0]?.path).toEqual(['kinds', 0]);
    expect(safeParseEvent({ type: 'request-answered', at, kinds: [] }).success).toBe(false);
    expect(safeParseEvent({ type: 'request-answered', at, requests: ['send_cv'] }).success).toBe(false);
  });

  it('R7: the request kinds are the classifier\'s', () => {
    expect([...EMPLOYER_REQUEST_KINDS]).toEqual([...REQUEST_KINDS]);
  });

  it('requires `at` on every event, as an instant with offset', () => {
    expect(safeParseEvent({ type: 'withdrawn' }).success).toBe(false);
    expect(safeParseEvent({ type: 'withdrawn', at: '2026-12-08' }).success).toBe(false);
  });

  it('rejects unknown event types, naming the type', () => {
    const r = safeParseEvent({ type: 'ghosted', at });
    expect(!r.success && r.error.issues[0]?.message).toContain('"ghosted"');
  });

  it('thank-you-sent requires the interviewer it went to (R1.1)', () => {
    expect(safeParseEvent({ type: 'thank-you-sent', at }).success).toBe(false);
  });
});
