import { DateRangeError, InvalidArgumentError, InvalidDateError } from '../errors.js';
import { BusinessDayIndex } from './businessDayIndex.js';
import { compileCalendarOptions, weekendMaskAt } from './compileCalendarOptions.js';
import type { CalendarRules } from './compileCalendarOptions.js';
import { formatEpochDay, MAX_EPOCH_DAY, MIN_EPOCH_DAY, parseCivilDate, weekdayOfEpochDay, yearOfEpochDay } from './epochDay.js';
import type { Calendar, CalendarOptions, CivilDate, DayOffReason, EpochDay, NonBusinessDay } from './types.js';

const DATE_EXPECTED = 'a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31, or an integer epoch day';

/** The epoch day of a calendar method's `argument`, a civil date or an epoch day. */
function toDay(date: unknown, argument: string): number {
  if (typeof date === 'number') {
    // Every supported epoch day is a 32-bit integer, so `| 0` tells integers from the rest at once.
    if ((date | 0) === date && date >= MIN_EPOCH_DAY && date <= MAX_EPOCH_DAY) return date;
    if (Number.isInteger(date)) throw new DateRangeError(date, `Epoch day ${date} is outside the supported range ${MIN_EPOCH_DAY} (0001-01-01) to ${MAX_EPOCH_DAY} (9999-12-31).`);
    // NaN, 1.5, Infinity: refused below, naming the argument as for a bad string.
  }
  const n = typeof date === 'string' ? parseCivilDate(date) : Number.NaN;
  if (Number.isNaN(n)) throw new InvalidDateError(date, `${DATE_EXPECTED} (argument "${argument}")`);
  return n;
}

/** A count of business days: a safe integer. */
function checkCount(n: unknown): number {
  if (typeof n === 'number' && ((n | 0) === n || Number.isSafeInteger(n))) return n;
  throw new InvalidArgumentError('number of business days', n, 'a safe integer (positive, negative or zero)');
}

/** Why `day` is not a business day: its weekend, holidays and closures (none for a make-up working day). */
function reasonsOf(rules: CalendarRules, day: number): DayOffReason[] {
  if (rules.working.has(day)) return [];
  const reasons: DayOffReason[] = [];
  const wd = weekdayOfEpochDay(day);
  if ((weekendMaskAt(rules.weekends, day) & (1 << wd)) !== 0) reasons.push({ kind: 'weekend', weekday: wd });
  for (const h of rules.holidaysOfYear(yearOfEpochDay(day)).get(day) ?? []) {
    reasons.push({ kind: 'holiday', name: h.name ?? 'Public holiday', type: h.type ?? 'public' });
  }
  for (const c of rules.closures) if (c.from <= day && day <= c.to) reasons.push({ kind: 'day-off', name: c.name });
  return reasons;
}

/** Every non-business day from `a` to `b` (both included, either order), ascending, with its reasons. */
function explainDays(rules: CalendarRules, index: BusinessDayIndex, a: number, b: number): NonBusinessDay[] {
  const out: NonBusinessDay[] = [];
  for (let d = Math.min(a, b), end = Math.max(a, b); d <= end; d++) {
    if (!index.isBusiness(d)) out.push({ date: formatEpochDay(d), reasons: reasonsOf(rules, d) });
  }
  return out;
}

/**
 * Creates an immutable business-day calendar (R4.4): a weekend (fixed, or changing over time),
 * public holidays (a list or a {@link HolidaySource}), company days off and make-up working days.
 *
 * Years are built lazily, once, on first use: a calendar used for 2026 never computes 1900. All
 * dates from 0001-01-01 to 9999-12-31 are supported; a result outside that range throws
 * {@link DateRangeError}.
 *
 * @param options - See {@link CalendarOptions}; every field is optional.
 * @returns A frozen {@link Calendar}.
 * @throws {@link InvalidArgumentError} for a malformed option (naming it and its value);
 *   {@link InvalidCalendarError} when the options leave no business day at all.
 * @example
 * ```ts
 * const calendar = createCalendar({ holidays: ['2026-12-25'] })
 * calendar.addBusinessDays('2026-12-24', 1) //=> "2026-12-28"
 * calendar.businessDaysBetween('2026-12-21', '2026-12-28') //=> 4
 * ```
 */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  const rules = compileCalendarOptions(options);
  const index = new BusinessDayIndex(rules);
  // A civil date in, a civil date out; an epoch day in, an epoch day out.
  const offset = (date: unknown, n: unknown): CivilDate | EpochDay => {
    const day = index.addDays(toDay(date, 'date'), checkCount(n));
    return typeof date === 'number' ? day : formatEpochDay(day);
  };
  const calendar = {
    isBusinessDay: (date: CivilDate | EpochDay): boolean => index.isBusiness(toDay(date, 'date')),
    addBusinessDays: (date: CivilDate | EpochDay, n: number) => offset(date, n),
    subBusinessDays: (date: CivilDate | EpochDay, n: number) => offset(date, typeof n === 'number' ? -n : n),
    nextBusinessDay: (date: CivilDate | EpochDay) => offset(date, 1),
    previousBusinessDay: (date: CivilDate | EpochDay) => offset(date, -1),
    businessDaysBetween: (from: CivilDate | EpochDay, to: CivilDate | EpochDay): number => index.between(toDay(from, 'from'), toDay(to, 'to')),
    explain: (from: CivilDate | EpochDay, to: CivilDate | EpochDay): NonBusinessDay[] => explainDays(rules, index, toDay(from, 'from'), toDay(to, 'to')),
  };
  return Object.freeze(calendar) as unknown as Calendar;
}
