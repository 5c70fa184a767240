import { calendarAt } from '../calendar/assertCalendar.js';
import { formatEpochDay, parseCivilDate } from '../calendar/epochDay.js';
import { instantAt } from '../calendar/instant.js';
import type { Calendar } from '../calendar/types.js';
import { assertTimeZone, civilDateInZone } from '../calendar/zone.js';
import { describe, InvalidArgumentError, InvalidDateError } from '../errors.js';
import type { InputIssue } from '../errors.js';
import { resolveHiringPolicy } from '../hiringPolicy.js';
import type { HiringPolicy } from '../hiringPolicy.js';
import { hiringOptions } from './hiringOptions.js';
import type { HiringClockOptions } from './types.js';

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

/** The checked {@link HiringClockOptions}: an object with no other key, a calendar, a zone and the policy in force. */
export function clockOptions(options: unknown): { calendar: HiringCalendar; timeZone: string | undefined; policy: HiringPolicy } {
  const o = hiringOptions(options, ['calendar', 'timeZone', 'policy'], ['calendar']);
  const calendar = checkCalendar(o['calendar']);
  const timeZone = zoneOption(o['timeZone']);
  return { calendar, timeZone, policy: resolveHiringPolicy(o['policy'] as HiringClockOptions['policy']) };
}

/**
 * Adds to `issues` a record dated after `today` (R3.4): a request, contact, answer or decision that has
 * not happened yet cannot count as done, so it is a mistake in the records, not a status.
 */
export function checkNotAfter(day: number, today: number, path: readonly (string | number)[], value: unknown, issues: InputIssue[]): void {
  if (day > today) {
    issues.push({ path, message: `${String(path[path.length - 1])} ${describe(value)} is after now (${formatEpochDay(today)}): expected the same day or earlier.` });
  }
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
