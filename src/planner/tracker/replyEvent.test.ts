import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../../errors.js';
import { parseEvent } from '../../model/Event.js';
import { classifyReply } from '../../classifier/classifyReply.js';
import { extractTimeline } from '../../classifier/extractTimeline.js';
import { replyEvent } from './replyEvent.js';

describe('replyEvent (R7, R4.5)', () => {
  it('R7, R8: builds a valid reply-received event from a classification (the TSDoc example)', () => {
    const reply = 'We are pleased to offer you the position!';
    const event = replyEvent(classifyReply(reply), '2026-12-02T09:30:00+01:00', { text: reply });
    // An offer waits for the candidate's answer (R8) without asking for it in words: the request is recorded as implied.
    expect(event).toEqual({
      type: 'reply-received', at: '2026-12-02T09:30:00+01:00', outcome: 'offer', text: 'We are pleased to offer you the position!',
      requests: [{ kind: 'respond_to_offer', implied: true }],
    });
    expect(parseEvent(event)).toEqual(event);
  });

  it('R8.3: records the implied answer of an offer as implied, with its date and without words; asked ones without the mark', () => {
    const span = { field: 'text', start: 0, end: 32, text: 'We are pleased to offer you the role' } as const;
    const event = replyEvent(
      { label: 'offer', requests: [{ kind: 'send_documents', span }, { kind: 'respond_to_offer', span, due: '2026-12-10', implied: true }] },
      '2026-12-03T09:00:00-05:00',
    );
    expect(event.requests).toEqual([
      { kind: 'send_documents', text: 'We are pleased to offer you the role' },
      { kind: 'respond_to_offer', due: '2026-12-10', implied: true },
    ]);
    expect(parseEvent(event)).toEqual(event);
  });

  it('R4.5: refuses a model timeline that parseEvent refuses, naming the field, the value and what is valid', () => {
    const cases: [unknown, string, RegExp][] = [
      [{ kind: 'date' }, 'extra.timeline.date', /\(missing\): expected a real calendar date written "YYYY-MM-DD"/],
      [{ kind: 'date', date: '2026-02-30' }, 'extra.timeline.date', /"2026-02-30"/],
      [{ kind: 'weeks', weeks: -1 }, 'extra.timeline.weeks', /-1: expected a whole number of weeks from 0 to 520/],
      [{ kind: 'calendar-days', days: 10, from: '2026-13-01' }, 'extra.timeline.from', /"2026-13-01"/],
      [{ kind: 'date', date: '2026-12-04', by: 'Friday' }, 'extra.timeline.by', /no field "by": the fields of a "date" timeline are kind text date/],
      [{ kind: 'soon' }, 'extra.timeline.kind', /"soon": expected "none", "date"/],
      [{ kind: 'none', text: 5 }, 'extra.timeline.text', /5: expected a text/],
    ];
    for (const [timeline, path, message] of cases) {
      let error: unknown;
      try {
        replyEvent({ label: 'pending' }, '2026-11-25T10:00:00Z', { timeline: timeline as never });
      } catch (e) {
        error = e;
      }
      expect(isFollowUpError(error, 'INVALID_ARGUMENT') && error.argument, path).toBe(path);
      expect((error as Error).message, path).toMatch(message);
    }
  });

  it('reads extras that are undefined as absent', () => {
    const subject: string | undefined = undefined;
    const event = replyEvent({ label: 'pending', requests: undefined }, '2026-11-25T10:00:00Z', { text: undefined, timeline: undefined, note: subject });
    expect(event).toEqual({ type: 'reply-received', at: '2026-11-25T10:00:00Z', outcome: 'pending' });
    expect(Object.keys(event)).toEqual(['type', 'at', 'outcome']);
  });

  it('R7: a request read from an HTML reply keeps its words without markup', () => {
    const html = '<p>We are delighted to offer you the position.</p><p>Please <b>sign&nbsp;and&nbsp;return</b> the offer letter by Friday, December 4.</p>';
    const event = replyEvent(classifyReply({ html }, { reference: '2026-12-01T10:00:00Z', timeZone: 'UTC' }), '2026-12-01T10:00:00Z');
    const sign = event.type === 'reply-received' ? event.requests?.find((r) => r.kind === 'sign_offer') : undefined;
    expect(sign?.due).toBe('2026-12-04');
    expect(sign?.text).toBeDefined();
    expect(sign?.text).not.toMatch(/<|&nbsp;/);
    expect(parseEvent(event)).toEqual(event);
  });

  it('R4.5: carries the extracted timeline in the model form', () => {
    const reply = 'Thanks for your patience. We are still interviewing and will get back to you within two weeks.';
    const receivedAt = '2026-11-25T10:00:00+01:00';
    const timeline = extractTimeline(reply, { reference: receivedAt, timeZone: 'Europe/Berlin' });
    const event = replyEvent(classifyReply(reply), receivedAt, { timeline });
    expect(event.outcome).toBe('pending');
    expect(event.timeline).toEqual({ kind: 'weeks', weeks: 2, from: '2026-11-25', text: 'within two weeks' });
    expect(parseEvent(event)).toEqual(event);
  });

  it('R4.5: a null timeline adds nothing; a model timeline passes through', () => {
    expect('timeline' in replyEvent({ label: 'rejection' }, '2026-11-25T10:00:00Z', { timeline: null })).toBe(false);
    const t = { kind: 'date', date: '2026-12-04' } as const;
    expect(replyEvent({ label: 'pending' }, '2026-11-25T10:00:00Z', { timeline: t }).timeline).toEqual(t);
  });

  it('R7: records what the reply asks, with the stated deadline and the asking words', () => {
    const span = { field: 'text', start: 10, end: 44, text: 'sign and return the offer letter' } as const;
    const event = replyEvent(
      { label: 'offer', requests: [{ kind: 'sign_offer', span, due: '2026-12-11', dueSpan: { ...span, text: 'by December 11' } }, { kind: 'send_documents', span }] },
      '2026-12-03T09:00:00-05:00',
    );
    expect(event.requests).toEqual([
      { kind: 'sign_offer', due: '2026-12-11', text: 'sign and return the offer letter' },
      { kind: 'send_documents', text: 'sign and return the offer letter' },
    ]);
    expect(parseEvent(event)).toEqual(event);
    expect('requests' in replyEvent({ label: 'offer', requests: [] }, '2026-12-03T09:00:00-05:00')).toBe(false);
    expect(() => replyEvent({ label: 'offer', requests: [{ kind: 'call_us' as never, span }] }, '2026-12-03T09:00:00-05:00')).toThrow(/requests\.0\.kind/);
  });

  it('R7: carries the requests classifyReply found, one for one', () => {
    const reply = 'Dear Sam,\n\nWe are delighted to offer you the role of Data Engineer. Please sign and return the attached offer letter by Friday, December 11.\n\nBest,\nLee';
    const c = classifyReply(reply);
    const event = replyEvent(c, '2026-12-03T09:00:00-05:00');
    expect(c.requests.length).toBeGreaterThan(0);
    expect(event.requests?.map((r) => [r.kind, r.text])).toEqual(c.requests.map((r) => [r.kind, r.span.text]));
  });

  it("R7: an automatic reply is refused: an out-of-office notice is not the employer's answer", () => {
    const away = classifyReply({ subject: 'Automatic reply: Following up on my interview', text: 'I am out of the office until December 14.' });
    expect(away.autoReply).toBe(true);
    let error: unknown;
    try {
      replyEvent(away, '2026-12-07T09:00:00+01:00');
    } catch (e) {
      error = e;
    }
    expect(isFollowUpError(error, 'INVALID_ARGUMENT') && error.argument).toBe('classification.autoReply');
    expect((error as Error).message).toMatch(/^Invalid classification\.autoReply true: expected a reply from a person: an automatic reply \(an out-of-office notice\) is not the employer's answer/);
    // The same words from a person are recorded.
    expect(replyEvent(classifyReply({ text: 'I am out of the office until December 14.' }), '2026-12-07T09:00:00+01:00').type).toBe('reply-received');
  });

  it('R7: a Date becomes an ISO instant', () => {
    expect(replyEvent({ label: 'other' }, new Date(Date.UTC(2026, 11, 2, 8, 30))).at).toBe('2026-12-02T08:30:00.000Z');
  });

  it('names the argument a plain JavaScript caller got wrong: the classification, receivedAt, the extras', () => {
    const thrown = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const offer = { label: 'offer' } as const;
    for (const value of [null, undefined, 42, 'offer']) {
      const e = thrown(() => replyEvent(value as never, '2026-11-26T10:00:00Z'));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT') && e.argument, String(value)).toBe('classification');
    }
    const late = thrown(() => replyEvent(offer, undefined as never));
    expect(isFollowUpError(late, 'INVALID_DATE') && late.path).toBe('receivedAt');
    expect(isFollowUpError(thrown(() => replyEvent(offer, new Date(Number.NaN))), 'INVALID_DATE')).toBe(true);
    for (const extra of [42, 'text', [], new Date()]) {
      const e = thrown(() => replyEvent(offer, '2026-11-26T10:00:00Z', extra as never));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT') && e.argument, String(extra)).toBe('extra');
    }
    for (const [extra, path] of [[{ text: 42 }, 'extra.text'], [{ note: new Date(Number.NaN) }, 'extra.note']] as const) {
      const e = thrown(() => replyEvent(offer, '2026-11-26T10:00:00Z', extra as never));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT') && e.argument).toBe(path);
    }
    const due = thrown(() => replyEvent({ label: 'offer', requests: [{ kind: 'sign_offer', due: '2026-02-30' }] } as never, '2026-11-26T10:00:00Z'));
    expect(isFollowUpError(due, 'INVALID_DATE') && due.path).toBe('classification.requests.0.due');
    // No extras, however a caller writes it.
    expect(replyEvent(offer, '2026-11-26T10:00:00Z', null as never)).toEqual({ type: 'reply-received', at: '2026-11-26T10:00:00Z', outcome: 'offer' });
  });

  it('throws typed errors for a bad instant or label', () => {
    try {
      replyEvent({ label: 'offer' }, '2026-12-02');
      expect.unreachable();
    } catch (e) {
      expect(isFollowUpError(e, 'INVALID_DATE')).toBe(true);
    }
    try {
      replyEvent({ label: 'maybe' as never }, '2026-12-02T09:30:00Z');
      expect.unreachable();
    } catch (e) {
      expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    }
  });
});
