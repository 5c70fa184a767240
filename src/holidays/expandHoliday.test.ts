import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { expandHoliday } from './expandHoliday.js';
import type { RawHoliday } from './dateHolidaysTypes.js';

const H = 3_600_000;
/** A raw entry as date-holidays builds it: `start` is an instant, `end` = start + hours. */
function raw(date: string, startIso: string, hours: number, extra: Partial<RawHoliday> = {}): RawHoliday {
  const start = new Date(startIso);
  return { date, start, end: new Date(start.getTime() + hours * H), name: 'Test Day', type: 'public', ...extra };
}

describe('expandHoliday', () => {
  it('R4.4 trap: the civil date comes from the date field, not from the start instant', () => {
    // Berlin midnight is 23:00 UTC the day before: the start instant's UTC date is 2025-12-31.
    const days = expandHoliday(raw('2026-01-01 00:00:00', '2025-12-31T23:00:00Z', 24));
    expect(days).toEqual([{ date: '2026-01-01', name: 'Test Day', type: 'public', partDay: false }]);
  });

  it('R4.4 trap: a multi-day holiday is expanded into each day it covers', () => {
    const days = expandHoliday(raw('2026-03-20 00:00:00 -0600', '2026-03-19T14:00:00Z', 72));
    expect(days.map((d) => d.date)).toEqual(['2026-03-20', '2026-03-21', '2026-03-22']);
    expect(days.every((d) => !d.partDay)).toBe(true);
  });

  it('R4.4 trap: a multi-day holiday crosses the year boundary (spill-over days keep their own dates)', () => {
    const days = expandHoliday(raw('2025-12-28 00:00:00', '2025-12-27T22:00:00Z', 6 * 24));
    expect(days.map((d) => d.date)).toEqual(['2025-12-28', '2025-12-29', '2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
  });

  it('R4.4 trap: a holiday starting at 14:00 is a part day', () => {
    const [day, ...rest] = expandHoliday(raw('2026-12-24 14:00:00', '2026-12-24T13:00:00Z', 10));
    expect(rest).toEqual([]);
    expect(day).toEqual({ date: '2026-12-24', name: 'Test Day', type: 'public', partDay: true });
  });

  it('R4.4 trap: a holiday ending early (PT14H) is a part day', () => {
    expect(expandHoliday(raw('2026-02-18 00:00:00', '2026-02-17T23:00:00Z', 14)).map((d) => d.partDay)).toEqual([true]);
  });

  it('R4.4 trap: an evening-before start (" -0600") counts on its dated day only, never on the eve', () => {
    // Yom Kippur 2025: 18:00 on 1 October to 18:00 on 2 October in Jerusalem.
    const days = expandHoliday(raw('2025-10-02 00:00:00 -0600', '2025-10-01T15:00:00Z', 24));
    expect(days.map((d) => [d.date, d.partDay])).toEqual([['2025-10-02', false]]);
  });

  it('R4.4 trap: a daylight-saving change inside a holiday (23 h or 25 h) still gives whole days', () => {
    expect(expandHoliday(raw('2026-03-29 00:00:00', '2026-03-28T23:00:00Z', 23)).map((d) => [d.date, d.partDay])).toEqual([['2026-03-29', false]]);
    expect(expandHoliday(raw('2026-10-25 00:00:00', '2026-10-24T22:00:00Z', 25)).map((d) => [d.date, d.partDay])).toEqual([['2026-10-25', false]]);
    expect(expandHoliday(raw('2026-10-24 00:00:00', '2026-10-23T22:00:00Z', 49)).map((d) => d.date)).toEqual(['2026-10-24', '2026-10-25']);
  });

  it('R4.4 trap: hours that end mid-day (PT90H) give whole days then a final part day', () => {
    const days = expandHoliday(raw('2026-03-20 00:00:00 -0600', '2026-03-19T14:00:00Z', 90));
    expect(days.map((d) => [d.date, d.partDay])).toEqual([
      ['2026-03-20', false], ['2026-03-21', false], ['2026-03-22', false], ['2026-03-23', true],
    ]);
  });

  it('R4.4: an unreadable date is an InvalidCalendarError naming the value', () => {
    let caught: unknown;
    try { expandHoliday(raw('26-1-1', '2026-01-01T00:00:00Z', 24)); } catch (e) { caught = e; }
    expect(isFollowUpError(caught, 'INVALID_CALENDAR')).toBe(true);
    expect((caught as Error).message).toContain('"26-1-1"');
  });
});
