import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../../errors.js';
import { parseTimeline } from '../../model/Timeline.js';
import { extractTimeline } from '../../classifier/extractTimeline.js';
import { toTimeline } from './toTimeline.js';

const at = (text: string) => {
  const r = extractTimeline(text, { reference: '2026-11-25T10:00:00Z', timeZone: 'UTC' });
  if (r === null) throw new Error(`no timeline in ${text}`);
  return toTimeline(r);
};

describe('toTimeline (R4.5)', () => {
  it.each([
    ['We will reply by December 4th.', { kind: 'date', date: '2026-12-04', text: 'by December 4th' }],
    ['We will reply early next week.', { kind: 'date', date: '2026-12-01', text: 'early next week' }],
    ['You will hear from us within two weeks.', { kind: 'weeks', weeks: 2, from: '2026-11-25', text: 'within two weeks' }],
    ['We will reply within 10 days.', { kind: 'calendar-days', days: 10, from: '2026-11-25', text: 'within 10 days' }],
    ['We will decide in the next 5 business days.', { kind: 'business-days', days: 5, from: '2026-11-25', text: 'in the next 5 business days' }],
    ["We'll be in touch in a few days.", { kind: 'none', text: 'in a few days' }],
  ])('R4.5: %s', (text, expected) => {
    const timeline = at(text);
    expect(timeline).toEqual(expected);
    expect(parseTimeline(timeline)).toEqual(expected);
  });

  it('R4.3: no promise (extractTimeline gave null) is a timeline of none, so the default window applies', () => {
    const found = extractTimeline('Thanks for your time, we will be in touch.', { reference: '2026-11-25T10:00:00Z', timeZone: 'UTC' });
    expect(found).toBeNull();
    expect(toTimeline(found)).toEqual({ kind: 'none' });
    expect(parseTimeline(toTimeline(found))).toEqual({ kind: 'none' });
  });

  it('throws typed errors naming `extracted` for what extractTimeline never returns', () => {
    const thrown = (value: unknown): unknown => {
      try {
        toTimeline(value as never);
      } catch (e) {
        return e;
      }
      return undefined;
    };
    for (const value of [undefined, 42, 'by Friday', {}, { kind: 'date', date: '2026-12-04' }, { kind: 'date', date: '2026-12-04', span: null }]) {
      const e = thrown(value);
      expect(isFollowUpError(e, 'INVALID_ARGUMENT') && e.argument, JSON.stringify(value)).toBe('extracted');
      expect((e as Error).message).toMatch(/expected a result of extractTimeline, or null\.$/);
    }
    const e = thrown({ kind: 'date', date: '2026-02-30', span: { field: 'text', start: 0, end: 9, text: 'by Feb 30' } });
    expect(isFollowUpError(e, 'INVALID_DATE') && e.path).toBe('extracted.date');
  });

  it('throws InvalidArgumentError naming `extracted.kind` for a kind extractTimeline never gives, as docs/classifier.md says', () => {
    const span = { field: 'text', start: 0, end: 9, text: 'by Friday' } as const;
    for (const kind of ['banana', undefined, 'none', 'Date']) {
      let error: unknown;
      try {
        toTimeline({ kind, date: '2026-12-04', span, confidence: 0.9, phrase: 'by Friday', language: 'en' } as never);
      } catch (e) {
        error = e;
      }
      expect(isFollowUpError(error, 'INVALID_ARGUMENT') && error.argument, String(kind)).toBe('extracted.kind');
      expect((error as Error).message).toMatch(/expected "date", "range", "span-days", "span-business-days" or "vague"/);
    }
    // A vague promise is still the default window.
    expect(toTimeline({ kind: 'vague', date: '2026-12-04', span, confidence: 0.4, phrase: 'soon', language: 'en' })).toEqual({ kind: 'none', text: 'by Friday' });
  });

  it('R4.5: the employer\'s words of an HTML reply are kept without markup', () => {
    const found = extractTimeline({ html: '<p>Thank you for your patience. We will let you know by&nbsp;<b>Friday</b>.</p>' }, { reference: '2026-12-01T10:00:00Z', timeZone: 'UTC' });
    expect(found?.span.field).toBe('html');
    expect(toTimeline(found)).toEqual({ kind: 'date', date: '2026-12-04', text: 'by Friday' });
  });

  it('R4.5: the TSDoc example', () => {
    const found = extractTimeline('You will hear from us within two weeks.', { reference: '2026-11-25T10:00:00Z', timeZone: 'UTC' });
    expect(found && toTimeline(found)).toEqual({ kind: 'weeks', weeks: 2, from: '2026-11-25', text: 'within two weeks' });
  });
});
