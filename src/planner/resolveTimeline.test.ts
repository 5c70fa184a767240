import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { isFollowUpError } from '../errors.js';
import { resolveTimeline } from './resolveTimeline.js';

const calendar = createCalendar({ holidays: ['2026-12-25'] });
const on = { interviewEndedOn: '2026-12-03', calendar }; // a Thursday

describe('resolveTimeline', () => {
  it('R4.5: "none" resolves to null (R4.3 applies instead)', () => {
    expect(resolveTimeline({ kind: 'none' }, on)).toBeNull();
  });

  it('R4.5: a date is taken as is ("by December 4")', () => {
    expect(resolveTimeline({ kind: 'date', date: '2026-12-04', text: 'by December 4' }, on)).toBe('2026-12-04');
  });

  it('R4.5: calendar days count every day', () => {
    expect(resolveTimeline({ kind: 'calendar-days', days: 10 }, on)).toBe('2026-12-13');
  });

  it('R4.5: weeks are seven calendar days each ("within two weeks")', () => {
    expect(resolveTimeline({ kind: 'weeks', weeks: 2 }, on)).toBe('2026-12-17');
  });

  it('R4.5: business days count the employer calendar ("in 5 business days")', () => {
    // Thu 12-03 → Fri 4, Mon 7, Tue 8, Wed 9, Thu 10.
    expect(resolveTimeline({ kind: 'business-days', days: 5 }, on)).toBe('2026-12-10');
  });

  it('R4.4: business-day spans skip the employer holidays', () => {
    // Wed 12-23 → Thu 24, (Fri 25 holiday), Mon 28.
    expect(resolveTimeline({ kind: 'business-days', days: 2 }, { interviewEndedOn: '2026-12-23', calendar })).toBe('2026-12-28');
  });

  it('R4.5: a span counts from "from" when given (a timeline announced in a later reply)', () => {
    expect(resolveTimeline({ kind: 'weeks', weeks: 1, from: '2026-12-10' }, on)).toBe('2026-12-17');
  });

  it('R4.5: zero-length spans resolve to their start', () => {
    expect(resolveTimeline({ kind: 'business-days', days: 0 }, on)).toBe('2026-12-03');
  });

  it('InvalidTimelineError: a date before the interview', () => {
    expect(() => resolveTimeline({ kind: 'date', date: '2026-12-02' }, on)).toThrowError(/2026-12-02.*before the interview on 2026-12-03/);
    try {
      resolveTimeline({ kind: 'date', date: '2026-12-02' }, on);
    } catch (e) {
      expect(isFollowUpError(e, 'INVALID_TIMELINE')).toBe(true);
    }
  });

  it('InvalidTimelineError: an impossible date, a fractional span or an unknown kind', () => {
    for (const bad of [
      { kind: 'date', date: '2026-02-30' },
      { kind: 'weeks', weeks: 1.5 },
      { kind: 'soon' },
    ]) {
      let error: unknown;
      try {
        resolveTimeline(bad as never, on);
      } catch (e) {
        error = e;
      }
      expect(isFollowUpError(error, 'INVALID_TIMELINE')).toBe(true);
    }
  });

  it('InvalidTimelineError: the message names the field as timeline.<field> and the value as given', () => {
    const message = (timeline: unknown): string => {
      try {
        resolveTimeline(timeline as never, on);
      } catch (e) {
        expect(isFollowUpError(e, 'INVALID_TIMELINE')).toBe(true);
        return (e as Error).message;
      }
      throw new Error('expected a throw');
    };
    expect(message({ kind: 'date', date: '2026-02-30' })).toBe('Invalid timeline.date "2026-02-30": expected a real calendar date written "YYYY-MM-DD", such as "2026-12-04".');
    expect(message({ kind: 'business-days', days: Number.NaN })).toBe('Invalid timeline.days NaN: expected a whole number, 0 or more.');
    expect(message({ kind: 'soon' })).toBe('Invalid timeline.kind "soon": expected "none", "date", "calendar-days", "weeks" or "business-days".');
    expect(message({ kind: 'date', date: '2026-12-02' })).toMatch(/^Invalid timeline \{"kind":"date","date":"2026-12-02"\}: it resolves to 2026-12-02, before the interview on 2026-12-03;/);
  });

  it('InvalidDateError naming options.interviewEndedOn: not a civil date', () => {
    expect(() => resolveTimeline({ kind: 'none' }, { interviewEndedOn: '3 Dec 2026', calendar })).toThrowError(/interviewEndedOn "3 Dec 2026"/);
  });
});
