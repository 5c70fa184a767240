import { DateRangeError, InvalidArgumentError, InvalidDateError } from '../errors.js';
import type { CivilDate, EpochDay, Weekday } from './types.js';

/** First and last supported years: every date from 0001-01-01 to 9999-12-31 parses and formats. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;
/** `toEpochDay('0001-01-01')` */
export const MIN_EPOCH_DAY = -719162;
/** `toEpochDay('9999-12-31')` */
export const MAX_EPOCH_DAY = 2932896;

const EXPECTED = 'a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31';

/** Days since 1970-01-01 of a valid proleptic Gregorian y/m/d (Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The proleptic Gregorian year of an epoch day (Hinnant's civil_from_days, year only). */
export function yearOfEpochDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parses `YYYY-MM-DD` without allocating; returns NaN when the text is not a valid date. */
export function parseCivilDate(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    y = y * 10 + c;
  }
  const m1 = text.charCodeAt(5) - 48, m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48, d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return Number.NaN;
  const m = m1 * 10 + m2, d = d1 * 10 + d2;
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return daysFromCivil(y, m, d);
}

/** What a civil date must be, as errors say it after "expected". @internal */
export const CIVIL_DATE_EXPECTED = 'a real calendar date written "YYYY-MM-DD", such as "2026-12-04"';

/**
 * Whether `value` is a valid civil date string `YYYY-MM-DD` in the supported range
 * (0001-01-01..9999-12-31): the same check the calendar applies to its inputs.
 *
 * @example
 * ```ts
 * isCivilDate('2028-02-29') //=> true
 * isCivilDate('2026-02-29') //=> false (not a leap year)
 * isCivilDate('2026-2-3')   //=> false (not zero-padded)
 * ```
 */
export function isCivilDate(value: unknown): value is CivilDate {
  return typeof value === 'string' && !Number.isNaN(parseCivilDate(value));
}

/** A real civil date `YYYY-MM-DD` at `path` (e.g. `"options.interviewEndedOn"`), as its epoch day. @internal */
export function civilDayAt(value: unknown, path: string): number {
  const day = typeof value === 'string' ? parseCivilDate(value) : Number.NaN;
  if (Number.isNaN(day)) throw new InvalidDateError(value, 'a real date "YYYY-MM-DD", such as "2026-12-04"', path);
  return day;
}

/**
 * The epoch day (days since 1970-01-01) of a civil date.
 *
 * @param date - A `YYYY-MM-DD` string between 0001-01-01 and 9999-12-31.
 * @throws {@link InvalidDateError} if `date` is not such a string (`"2026-02-30"`, `"2026-2-3"`, `""`).
 * @example
 * ```ts
 * toEpochDay('2026-12-04') //=> 20791
 * ```
 */
export function toEpochDay(date: CivilDate): EpochDay {
  const n = typeof date === 'string' ? parseCivilDate(date) : Number.NaN;
  if (Number.isNaN(n)) throw new InvalidDateError(date, EXPECTED);
  return n;
}

function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : '0000'.slice(0, width - s.length) + s;
}

/** `"-MM-DD"` for every month and day, indexed by `month * 32 + day`: a constant table. */
const MONTH_DAY: readonly string[] = Array.from({ length: 13 * 32 }, (_, i) => {
  const m = i >> 5, d = i & 31;
  return `-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
});

/**
 * Formats a valid epoch day; no checks (internal fast path). Every intermediate is non-negative for
 * days from 0001-01-01 on, so `| 0` truncation equals `Math.floor`.
 */
export function formatEpochDay(day: number): string {
  const z = day + 719468;
  const era = ((z / 146097) | 0);
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = (((5 * doy + 2) / 153) | 0);
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return (y >= 1000 ? String(y) : pad(y, 4)) + MONTH_DAY[(m << 5) | d]!;
}

/** Throws unless `day` is an integer epoch day in the supported range. */
export function assertEpochDay(day: unknown, argument = 'epoch day'): asserts day is EpochDay {
  if (typeof day !== 'number' || !Number.isInteger(day)) {
    throw new InvalidArgumentError(argument, day, `an integer number of days since 1970-01-01, or a "YYYY-MM-DD" string`);
  }
  if (day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) {
    throw new DateRangeError(day, `Epoch day ${day} is outside the supported range ${MIN_EPOCH_DAY} (0001-01-01) to ${MAX_EPOCH_DAY} (9999-12-31).`);
  }
}

/**
 * The civil date of an epoch day.
 *
 * @throws {@link InvalidArgumentError} if `day` is not an integer; {@link DateRangeError} outside 0001-01-01..9999-12-31.
 * @example
 * ```ts
 * fromEpochDay(20791) //=> "2026-12-04"
 * ```
 */
export function fromEpochDay(day: EpochDay): CivilDate {
  assertEpochDay(day);
  return formatEpochDay(day);
}

/** Weekday of an epoch day (0 = Sunday … 6 = Saturday); 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(day: number): Weekday {
  return (((day + 4) % 7) + 7) % 7 as Weekday;
}

/**
 * The day of the week of a civil date or epoch day, numbered as `Date#getDay()` (0 = Sunday).
 *
 * @example
 * ```ts
 * dayOfWeek('2026-12-04') //=> 5 (Friday)
 * ```
 */
export function dayOfWeek(date: CivilDate | EpochDay): Weekday {
  if (typeof date === 'number') {
    assertEpochDay(date, 'date');
    return weekdayOfEpochDay(date);
  }
  return weekdayOfEpochDay(toEpochDay(date));
}

/**
 * Adds calendar days (not business days) to a civil date or epoch day; returns the kind it was given.
 *
 * @example
 * ```ts
 * addDays('2026-12-30', 3) //=> "2027-01-02"
 * ```
 */
export function addDays(date: CivilDate, days: number): CivilDate;
export function addDays(date: EpochDay, days: number): EpochDay;
export function addDays(date: CivilDate | EpochDay, days: number): CivilDate | EpochDay {
  if (typeof days !== 'number' || !Number.isInteger(days)) throw new InvalidArgumentError('days', days, 'an integer');
  const start = typeof date === 'number' ? (assertEpochDay(date, 'date'), date) : toEpochDay(date);
  const result = start + days;
  if (result < MIN_EPOCH_DAY || result > MAX_EPOCH_DAY) {
    throw new DateRangeError(date, `Adding ${days} days to ${String(date)} leaves the supported range 0001-01-01..9999-12-31.`);
  }
  return typeof date === 'number' ? result : formatEpochDay(result);
}
