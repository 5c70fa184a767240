/** A calendar date with no time or zone, written `YYYY-MM-DD` (ISO 8601 extended, Gregorian). */
export type CivilDate = string;

/** Days since 1970-01-01 (that date is 0, 1969-12-31 is -1): the fast internal form of a {@link CivilDate}. */
export type EpochDay = number;

/** A day of the week as `Date#getDay()` numbers it: 0 = Sunday, 1 = Monday, … 6 = Saturday (as date-fns). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A weekend that applies from `since` (inclusive) until the next period starts. The first period may
 * omit `since`: it then applies from the start of the supported range.
 *
 * @example
 * ```ts
 * // The United Arab Emirates moved from Friday–Saturday to Saturday–Sunday on 2022-01-01.
 * const weekend = [{ days: [5, 6] }, { since: '2022-01-01', days: [6, 0] }]
 * ```
 */
export interface WeekendPeriod {
  readonly since?: CivilDate;
  readonly days: readonly Weekday[];
}

/** The kinds of day off a holiday source may report; `date-holidays` uses the same names. */
export type HolidayType = 'public' | 'bank' | 'optional' | 'school' | 'observance';

/** One day off from a holiday list or a {@link HolidaySource}. */
export interface HolidayEntry {
  readonly date: CivilDate;
  readonly name?: string | undefined;
  readonly type?: HolidayType | (string & {}) | undefined;
}

/**
 * Anything that can list the holidays of a year: the interface `interview-followup/holidays`
 * implements on top of date-holidays, and that you can implement for your own data.
 *
 * A calendar calls `holidaysInYear` at most once per year and caches the result, so the method
 * must be deterministic. Entries dated outside `year` are ignored.
 */
export interface HolidaySource {
  /** A stable description of the source, e.g. `"US-CA public"`: shown in explanations and errors. */
  readonly id: string;
  /** The holidays of `year` (entries of other years are ignored), the same on every call. */
  holidaysInYear(year: number): readonly HolidayEntry[];
}

/** A company closure: one day, or an inclusive range of days. */
export type DayOff =
  | CivilDate
  | { readonly date: CivilDate; readonly name?: string | undefined }
  | { readonly from: CivilDate; readonly to: CivilDate; readonly name?: string | undefined };

/** Options of {@link createCalendar}. Every field is optional: the default is a Saturday–Sunday weekend with no holidays. */
export interface CalendarOptions {
  /**
   * The weekend: a fixed set of weekdays, or periods for a weekend that changed over time.
   * @defaultValue `[6, 0]` (Saturday and Sunday)
   */
  readonly weekend?: readonly Weekday[] | readonly WeekendPeriod[];
  /** Public holidays: a list of dates, or a source such as `regionHolidays('DE-BY')`. */
  readonly holidays?: readonly (CivilDate | HolidayEntry)[] | HolidaySource;
  /** Company days off (closures), on top of the weekend and the holidays. */
  readonly daysOff?: readonly DayOff[];
  /** Make-up working days: business days even when they fall on a weekend, a holiday or a day off. */
  readonly workingDays?: readonly CivilDate[];
}

/** Why a day is not a business day. A day may have several reasons (a holiday on a Sunday). */
export type DayOffReason =
  | { readonly kind: 'weekend'; readonly weekday: Weekday }
  | { readonly kind: 'holiday'; readonly name: string; readonly type: string }
  | { readonly kind: 'day-off'; readonly name: string };

/** One non-business day reported by {@link Calendar.explain}. */
export interface NonBusinessDay {
  readonly date: CivilDate;
  readonly reasons: readonly DayOffReason[];
}

/**
 * An immutable business-day calendar (R4.4). Every method accepts a {@link CivilDate} string or an
 * {@link EpochDay} number and returns the same kind it was given.
 */
export interface Calendar {
  /** Whether `date` is a business day: not a weekend, holiday or day off, unless listed in `workingDays`. */
  isBusinessDay(date: CivilDate | EpochDay): boolean;
  /**
   * The `n`-th business day strictly after `date` (n > 0) or strictly before it (n < 0); `date` itself
   * never counts, even when it is not a business day. `n = 0` returns `date` unchanged, business day or
   * not. For `n !== 0` only, equals numpy `busday_offset(date, n, roll = n > 0 ? 'backward' : 'forward')`: with
   * `n = 0`, numpy rolls a non-business `date` forward to the next business day.
   */
  addBusinessDays(date: CivilDate, n: number): CivilDate;
  /** The same on an epoch day (days since 1970-01-01), which it returns. */
  addBusinessDays(date: EpochDay, n: number): EpochDay;
  /** `addBusinessDays(date, -n)`. */
  subBusinessDays(date: CivilDate, n: number): CivilDate;
  /** The same on an epoch day, which it returns. */
  subBusinessDays(date: EpochDay, n: number): EpochDay;
  /** The first business day strictly after `date`. */
  nextBusinessDay(date: CivilDate): CivilDate;
  /** The same on an epoch day, which it returns. */
  nextBusinessDay(date: EpochDay): EpochDay;
  /** The last business day strictly before `date`. */
  previousBusinessDay(date: CivilDate): CivilDate;
  /** The same on an epoch day, which it returns. */
  previousBusinessDay(date: EpochDay): EpochDay;
  /**
   * Business days in `[from, to)` when `from <= to`, and minus the business days in `(to, from]`
   * otherwise (numpy >= 1.25 `busday_count`). `businessDaysBetween(d, addBusinessDays(d, n)) === n`
   * whenever `d` is a business day.
   */
  businessDaysBetween(from: CivilDate | EpochDay, to: CivilDate | EpochDay): number;
  /**
   * Every non-business day from `from` to `to`, both included (in either order), ascending, with
   * the reasons it is off: for "why is my follow-up due on Tuesday?" screens.
   */
  explain(from: CivilDate | EpochDay, to: CivilDate | EpochDay): NonBusinessDay[];
}
