import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { formatEpochDay, toEpochDay } from '../../src/calendar/epochDay.js';
import { START_FROM, START_TO, calendarArb, epochDayArb, naiveAdd, naiveBetween } from '../arbitraries/calendar.js';

const nArb = fc.integer({ min: -45, max: 45 });

describe('R4.4 business-day calendar against a naive day-stepping oracle', () => {
  test.prop([calendarArb, epochDayArb, fc.integer({ min: 0, max: 60 })])('isBusinessDay equals the oracle on every day of a range', (cal, start, len) => {
    const calendar = createCalendar(cal.options);
    for (let d = start; d <= start + len; d++) expect(calendar.isBusinessDay(d)).toBe(cal.isBusiness(d));
  });

  test.prop([calendarArb, epochDayArb, nArb])('addBusinessDays equals stepping day by day (the start never counts)', (cal, start, n) => {
    const calendar = createCalendar(cal.options);
    expect(calendar.addBusinessDays(start, n)).toBe(n === 0 ? start : naiveAdd(cal.isBusiness, start, n));
  });

  test.prop([calendarArb, epochDayArb, nArb.filter((n) => n !== 0)])('results of add, next and previous are business days', (cal, start, n) => {
    const calendar = createCalendar(cal.options);
    expect(calendar.isBusinessDay(calendar.addBusinessDays(start, n))).toBe(true);
    expect(calendar.isBusinessDay(calendar.nextBusinessDay(start))).toBe(true);
    expect(calendar.isBusinessDay(calendar.previousBusinessDay(start))).toBe(true);
    expect(calendar.nextBusinessDay(start)).toBeGreaterThan(start);
    expect(calendar.previousBusinessDay(start)).toBeLessThan(start);
  });

  test.prop([calendarArb, epochDayArb, nArb, nArb])('addBusinessDays is strictly monotonic in n', (cal, start, a, b) => {
    fc.pre(a !== b);
    const calendar = createCalendar(cal.options);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    expect(calendar.addBusinessDays(start, lo)).toBeLessThan(calendar.addBusinessDays(start, hi));
  });

  test.prop([calendarArb, epochDayArb, nArb])('round trip: businessDaysBetween(d, addBusinessDays(d, n)) === n on business days', (cal, start, n) => {
    const calendar = createCalendar(cal.options);
    const d = calendar.isBusinessDay(start) ? start : calendar.nextBusinessDay(start);
    expect(calendar.businessDaysBetween(d, calendar.addBusinessDays(d, n))).toBe(n);
  });

  test.prop([calendarArb, epochDayArb, nArb, nArb])('add(add(d, a), b) === add(d, a + b) on business-day starts', (cal, start, a, b) => {
    const calendar = createCalendar(cal.options);
    const d = calendar.isBusinessDay(start) ? start : calendar.nextBusinessDay(start);
    expect(calendar.addBusinessDays(calendar.addBusinessDays(d, a), b)).toBe(calendar.addBusinessDays(d, a + b));
  });

  test.prop([calendarArb, epochDayArb, epochDayArb])('businessDaysBetween equals the oracle count in either order', (cal, from, to) => {
    const calendar = createCalendar(cal.options);
    expect(Object.is(calendar.businessDaysBetween(from, to), naiveBetween(cal.isBusiness, from, to) + 0)).toBe(true);
  });

  test.prop([calendarArb, epochDayArb, nArb])('string and epoch-day forms agree', (cal, start, n) => {
    const calendar = createCalendar(cal.options);
    const s = formatEpochDay(start);
    expect(calendar.addBusinessDays(s, n)).toBe(formatEpochDay(calendar.addBusinessDays(start, n)));
    expect(calendar.subBusinessDays(s, n)).toBe(formatEpochDay(calendar.subBusinessDays(start, n)));
    expect(calendar.subBusinessDays(start, n)).toBe(calendar.addBusinessDays(start, -n));
    expect(calendar.nextBusinessDay(s)).toBe(formatEpochDay(calendar.nextBusinessDay(start)));
    expect(calendar.previousBusinessDay(s)).toBe(formatEpochDay(calendar.previousBusinessDay(start)));
    expect(calendar.isBusinessDay(s)).toBe(calendar.isBusinessDay(start));
    expect(calendar.businessDaysBetween(s, formatEpochDay(start + n))).toBe(calendar.businessDaysBetween(start, start + n));
  });

  test.prop([calendarArb, fc.array(fc.tuple(fc.integer({ min: START_FROM - 3000, max: START_TO + 3000 }), nArb), { minLength: 1, maxLength: 12 })])(
    'answers do not depend on the order of queries (years are built lazily in both directions)',
    (cal, queries) => {
      const shared = createCalendar(cal.options);
      for (const [day, n] of queries) {
        const fresh = createCalendar(cal.options);
        expect(shared.addBusinessDays(day, n)).toBe(fresh.addBusinessDays(day, n));
        expect(shared.businessDaysBetween(day, day + n * 3)).toBe(createCalendar(cal.options).businessDaysBetween(day, day + n * 3));
        expect(shared.isBusinessDay(day)).toBe(createCalendar(cal.options).isBusinessDay(day));
      }
    },
  );

  test.prop([calendarArb, epochDayArb, fc.integer({ min: -40, max: 40 })])('explain lists exactly the non-business days, ascending, each with a reason', (cal, start, len) => {
    const calendar = createCalendar(cal.options);
    const listed = calendar.explain(start, start + len).map((e) => e.date);
    const expected: string[] = [];
    for (let d = Math.min(start, start + len); d <= Math.max(start, start + len); d++) if (!cal.isBusiness(d)) expected.push(formatEpochDay(d));
    expect(listed).toEqual(expected);
    for (const e of calendar.explain(start, start + len)) {
      expect(e.reasons.map((r) => r.kind)).toEqual(cal.reasonKinds(toEpochDay(e.date)));
    }
  });
});
