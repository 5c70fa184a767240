import { calendarAt } from '../calendar/assertCalendar.js';
import { parseCivilDate } from '../calendar/epochDay.js';
import { instantAt } from '../calendar/instant.js';
import type { Calendar } from '../calendar/types.js';
import { assertTimeZone, civilDateInZone } from '../calendar/zone.js';
import { describe, InvalidArgumentError, InvalidDateError } from '../errors.js';

/** The calendar methods the hiring team's clocks use (R3.4). */
export type HiringCalendar = Pick<Calendar, 'addBusinessDays' | 'businessDaysBetween'>;

/** The calendar option, checked to have the methods the hiring clocks use. */
export function checkCalendar(calendar: unknown): HiringCalendar {
  return calendarAt(calendar, 'options.calendar', ['addBusinessDays', 'businessDaysBetween']);
}

/**
 * The epoch day of a civil date, or of an instant on the employer's wall calendar (R4.4).
 * `field` names the value in errors.
 */
export function dayOf(value: unknown, field: string, timeZone: string | undefined): number {
  if (typeof value === 'string') {
    const day = parseCivilDate(value);
    if (!Number.isNaN(day)) return day;
  }
  if (value instanceof Date || (typeof value === 'string' && value.includes('T'))) {
    const ms = instantAt(value, field); // InvalidDateError for a malformed instant or an invalid Date
    if (timeZone === undefined) {
      throw new InvalidArgumentError('options.timeZone', timeZone, `the employer's IANA zone: ${field} ${describe(value)} is an instant, and business days count on the employer's civil dates (R4.4)`);
    }
    return parseCivilDate(civilDateInZone(ms, timeZone));
  }
  throw new InvalidDateError(value, 'a date "YYYY-MM-DD", an ISO 8601 instant with offset, or a Date', field);
}

/** The checked `timeZone` option. */
export function zoneOption(timeZone: unknown): string | undefined {
  if (timeZone === undefined) return undefined;
  assertTimeZone(timeZone);
  return timeZone;
}

/** Business-day ageing of an open or finished record (R3.4). */
export interface Ageing {
  readonly age: number;
  readonly overdueOn: number | null;
  readonly overdue: boolean;
}

/**
 * Whole business days after `start` up to `end` (excluded), and, while the record is open, the
 * first business day on which it is overdue: the business day after `limit` whole business days
 * have passed (`start` + `limit + 1` business days, as R4.2 counts its grace day).
 */
export function age(calendar: HiringCalendar, start: number, end: number, open: boolean, limit: number): Ageing {
  const days = end > start ? calendar.businessDaysBetween(start + 1, end) : 0;
  if (!open) return { age: days, overdueOn: null, overdue: false };
  const overdueOn = calendar.addBusinessDays(start, limit + 1);
  return { age: days, overdueOn, overdue: end >= overdueOn };
}
