import { DateRangeError, InvalidCalendarError } from '../errors.js';
import type { CalendarRules } from './compileCalendarOptions.js';
import { weekendMaskAt } from './compileCalendarOptions.js';
import { daysFromCivil, formatEpochDay, MAX_EPOCH_DAY, MAX_YEAR, MIN_EPOCH_DAY, MIN_YEAR, weekdayOfEpochDay, yearOfEpochDay } from './epochDay.js';

/** One business-day flag per day (1 = business) of whole years from epoch day `start` on. */
interface YearFlags {
  readonly start: number;
  readonly flags: Uint8Array;
  readonly count: number;
}

/** Business-day flags of the years [fromYear, toYear] under `rules`. */
function yearFlags(rules: CalendarRules, fromYear: number, toYear: number): YearFlags {
  const start = daysFromCivil(fromYear, 1, 1);
  const flags = new Uint8Array(daysFromCivil(toYear + 1, 1, 1) - start);
  for (let year = fromYear; year <= toYear; year++) {
    for (const day of rules.holidaysOfYear(year).keys()) flags[day - start] = 2; // marked off
  }
  const end = start + flags.length - 1;
  for (const c of rules.closures) {
    for (let d = Math.max(c.from, start), to = Math.min(c.to, end); d <= to; d++) flags[d - start] = 2;
  }
  const { weekends, working } = rules;
  let wd: number = weekdayOfEpochDay(start);
  let mask = weekendMaskAt(weekends, start);
  let count = 0;
  for (let i = 0; i < flags.length; i++) {
    const day = start + i;
    if (weekends.length > 1) mask = weekendMaskAt(weekends, day);
    const business = working.has(day) || (flags[i] === 0 && (mask & (1 << wd)) === 0);
    flags[i] = business ? 1 : 0;
    if (business) count++;
    wd = wd === 6 ? 0 : wd + 1;
  }
  return { start, flags, count };
}

/**
 * Years without a single business day after which a calendar is taken to have none left: a closure, a weekend or
 * holidays that cover every day. Stopping there answers at once instead of building every year up to 9999 (seconds
 * with a region's holidays) to end with a range error.
 */
const EMPTY_YEARS = 100;

/** The year backward growth stops at before going further (see `#backward`). */
const FAR_BACK = 100;

const noBusinessDay = (from: number, side: 'after' | 'before'): InvalidCalendarError =>
  new InvalidCalendarError(`No business day in the ${EMPTY_YEARS} years ${side} ${formatEpochDay(from)}: the calendar's weekend, days off and holidays cover every day there.`);

/** Throws {@link DateRangeError} unless `year` is supported; `from` is the day the caller counted from. */
function checkYear(year: number, from: number): void {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new DateRangeError(formatEpochDay(from), `The result would fall outside the supported range 0001-01-01..9999-12-31 (counting from ${formatEpochDay(from)}).`);
  }
}

/** `array` with room for at least `size` items, its first `used` items kept (grown by half, to amortise copies). */
function withRoom(array: Int32Array, used: number, size: number): Int32Array {
  if (array.length >= size) return array;
  const grown = new Int32Array(Math.max(size, Math.floor(array.length * 1.5)));
  grown.set(array.subarray(0, used));
  return grown;
}

/**
 * The fast epoch-day structure of a calendar (R4.4). Over the built span of whole years, the days
 * [base, base + span), `prefix[i]` counts the business days in [base, base + i) (so `prefix[span]`
 * is `count`) and `list[k]` is the offset from `base` of the k-th business day: adding n business
 * days is two array reads. Years are built lazily, once, on first use, in either direction.
 *
 * A class with private fields, not a closure: the engine then knows the arrays' types on the hot
 * path (measured faster), and a minifier still shortens the field names.
 */
export class BusinessDayIndex {
  #base = 0;
  #span = 0;
  #count = 0;
  #prefix: Int32Array = new Int32Array(1);
  #list: Int32Array = new Int32Array(0);
  readonly #rules: CalendarRules;

  constructor(rules: CalendarRules) {
    this.#rules = rules;
  }

  /** The `n`-th business day after (n > 0) or before (n < 0) the valid epoch day `day`, which never counts itself. */
  addDays(day: number, n: number): number {
    let i = day - this.#base;
    if (n > 0) {
      // More business days than calendar days left in the range: out of range without building it.
      if (n > MAX_EPOCH_DAY - day) checkYear(MAX_YEAR + 1, day);
      if (i < 0 || i >= this.#span) i = this.#indexOf(day);
      const k = this.#prefix[i + 1]! + n - 1;
      return k < this.#count ? this.#base + this.#list[k]! : this.#forward(k, day);
    }
    if (n === 0) return day;
    if (-n > day - MIN_EPOCH_DAY) checkYear(MIN_YEAR - 1, day);
    if (i < 0 || i >= this.#span) i = this.#indexOf(day);
    return this.#backward(this.#prefix[i]! + n, day);
  }

  /** Whether the valid epoch day `day` is a business day. */
  isBusiness(day: number): boolean {
    let i = day - this.#base;
    if (i < 0 || i >= this.#span) i = this.#indexOf(day);
    return this.#prefix[i + 1] !== this.#prefix[i];
  }

  /** Business days in [a, b) when a <= b, else minus those in (b, a] (numpy `busday_count`). */
  between(a: number, b: number): number {
    if (a <= b) {
      if (a - this.#base < 0 || a - this.#base >= this.#span) this.#indexOf(a);
      if (b - this.#base > this.#span) this.#indexOf(b - 1);
      return this.#prefix[b - this.#base]! - this.#prefix[a - this.#base]!;
    }
    // −(business days in (b, a]) = −([b, a) − [b is business] + [a is business])
    const c = this.between(b, a) - (this.isBusiness(b) ? 1 : 0) + (this.isBusiness(a) ? 1 : 0);
    return c === 0 ? 0 : -c; // never -0
  }

  /** The day of the k-th business day of the span (k >= 0), building later years until it exists. */
  #forward(k: number, from: number): number {
    let gained = this.#lastYear();
    while (k >= this.#count) {
      const before = this.#count;
      this.#cover(this.#lastYear() + 1, from);
      if (this.#count > before) gained = this.#lastYear();
      else if (this.#lastYear() - gained >= EMPTY_YEARS) throw noBusinessDay(from, 'after');
    }
    return this.#base + this.#list[k]!;
  }

  /** The day of the k-th business day of the span (k < 0 counts before it), building earlier years as needed. */
  #backward(k: number, from: number): number {
    let gained = yearOfEpochDay(this.#base);
    while (k < 0) {
      const before = this.#count;
      // Grow backwards by as many years as are built (at least one): building year by year would
      // copy the arrays once per year, quadratic over centuries.
      const first = yearOfEpochDay(this.#base);
      const built = this.#lastYear() - first + 1;
      // Not below the year 100 while the span starts after it: a region's holiday data may not reach that far back.
      this.#cover(first - 1 < MIN_YEAR ? first - 1 : Math.max(first > FAR_BACK ? FAR_BACK : MIN_YEAR, first - built), from);
      if (this.#count > before) gained = yearOfEpochDay(this.#base);
      else if (gained - yearOfEpochDay(this.#base) >= EMPTY_YEARS) throw noBusinessDay(from, 'before');
      k += this.#count - before;
    }
    return this.#base + this.#list[k]!;
  }

  /** Index of `day` in the built span, building whatever years are missing. */
  #indexOf(day: number): number {
    this.#cover(yearOfEpochDay(day), day);
    return day - this.#base;
  }

  /** The last year of the built span (whole years from `base` on). */
  #lastYear(): number {
    return yearOfEpochDay(this.#base + this.#span - 1);
  }

  /** Extends the built span so that it covers `year` (and every year in between). */
  #cover(year: number, from: number): void {
    checkYear(year, from);
    if (this.#span === 0) {
      const y = yearFlags(this.#rules, year, year);
      this.#base = y.start;
      this.#append(y);
    } else if (year > this.#lastYear()) this.#append(yearFlags(this.#rules, this.#lastYear() + 1, year));
    else if (year < yearOfEpochDay(this.#base)) this.#prepend(yearFlags(this.#rules, year, yearOfEpochDay(this.#base) - 1));
  }

  #append({ flags, count: n }: YearFlags): void {
    const span = this.#span;
    const prefix = (this.#prefix = withRoom(this.#prefix, span + 1, span + flags.length + 1));
    const list = (this.#list = withRoom(this.#list, this.#count, this.#count + n));
    let count = this.#count;
    for (let i = 0; i < flags.length; i++) {
      prefix[span + i] = count;
      if (flags[i] === 1) list[count++] = span + i;
    }
    this.#span = span + flags.length;
    this.#count = count;
    prefix[this.#span] = count;
  }

  /** Puts the earlier years `y` before the built span: the span is rebuilt from its own flags. */
  #prepend(y: YearFlags): void {
    const flags = new Uint8Array(this.#span);
    for (let i = 0; i < flags.length; i++) flags[i] = this.#prefix[i + 1]! - this.#prefix[i]!;
    const built = { start: this.#base, flags, count: this.#count };
    this.#base = y.start;
    this.#span = this.#count = 0;
    this.#append(y);
    this.#append(built);
  }
}
