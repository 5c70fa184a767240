import { DateRangeError, InvalidArgumentError, InvalidCalendarError, InvalidDateError, describe } from '../errors.js';
import {
  MAX_EPOCH_DAY, MAX_YEAR, MIN_EPOCH_DAY, MIN_YEAR, daysFromCivil, formatEpochDay,
  parseCivilDate, weekdayOfEpochDay, yearOfEpochDay,
} from './epochDay.js';
import type {
  Calendar, CalendarOptions, CivilDate, DayOff, DayOffReason, EpochDay, HolidayEntry, HolidaySource,
  NonBusinessDay, Weekday, WeekendPeriod,
} from './types.js';

/** Saturday and Sunday. */
export const DEFAULT_WEEKEND: readonly Weekday[] = Object.freeze([6, 0] as Weekday[]);

const DATE_EXPECTED = 'a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31, or an integer epoch day';
const OPTION_KEYS = new Set(['weekend', 'holidays', 'daysOff', 'workingDays']);

interface Period { readonly from: number; readonly mask: number }
interface Closure { readonly from: number; readonly to: number; readonly name: string }

function maskOf(days: readonly unknown[], where: string): number {
  let mask = 0;
  for (const d of days) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6) {
      throw new InvalidArgumentError(where, d, 'a weekday number from 0 (Sunday) to 6 (Saturday)');
    }
    mask |= 1 << d;
  }
  return mask;
}

function dayOfOption(value: unknown, where: string): number {
  const n = typeof value === 'string' ? parseCivilDate(value) : Number.NaN;
  if (Number.isNaN(n)) throw new InvalidArgumentError(where, value, 'a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31');
  return n;
}

function compileWeekend(weekend: CalendarOptions['weekend']): Period[] {
  if (weekend === undefined) return [{ from: -Infinity, mask: maskOf(DEFAULT_WEEKEND, 'weekend') }];
  if (!Array.isArray(weekend)) throw new InvalidArgumentError('weekend', weekend, 'an array of weekday numbers (0 = Sunday … 6 = Saturday) or of { since?, days } periods');
  if (weekend.length === 0 || typeof weekend[0] === 'number') return [{ from: -Infinity, mask: maskOf(weekend, 'weekend day') }];
  const periods: Period[] = [];
  (weekend as readonly WeekendPeriod[]).forEach((p, i) => {
    if (typeof p !== 'object' || p === null || !Array.isArray(p.days)) {
      throw new InvalidArgumentError(`weekend[${i}]`, p, 'a { since?: "YYYY-MM-DD", days: Weekday[] } period');
    }
    let from: number;
    if (p.since === undefined) {
      if (i !== 0) throw new InvalidArgumentError(`weekend[${i}].since`, p.since, 'a civil date: only the first period may omit it');
      from = -Infinity;
    } else from = dayOfOption(p.since, `weekend[${i}].since`);
    const prev = periods[periods.length - 1];
    if (prev !== undefined && from <= prev.from) {
      throw new InvalidArgumentError(`weekend[${i}].since`, p.since, `a date after the previous period's start (periods must be in ascending order)`);
    }
    periods.push({ from, mask: maskOf(p.days, `weekend[${i}].days`) });
  });
  const first = periods[0];
  if (first !== undefined && first.from !== -Infinity) periods.unshift({ from: -Infinity, mask: maskOf(DEFAULT_WEEKEND, 'weekend') });
  return periods;
}

function compileHolidayList(list: readonly (CivilDate | HolidayEntry)[]): Map<number, HolidayEntry[]> {
  const byYear = new Map<number, HolidayEntry[]>();
  list.forEach((item, i) => {
    const entry: HolidayEntry = typeof item === 'string' ? { date: item } : item;
    if (typeof entry !== 'object' || entry === null) throw new InvalidArgumentError(`holidays[${i}]`, item, 'a civil date "YYYY-MM-DD" or { date, name?, type? }');
    for (const key of ['name', 'type'] as const) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') throw new InvalidArgumentError(`holidays[${i}].${key}`, entry[key], 'a text');
    }
    const day = dayOfOption(entry.date, `holidays[${i}]`);
    const y = yearOfEpochDay(day);
    const bucket = byYear.get(y);
    if (bucket === undefined) byYear.set(y, [entry]);
    else bucket.push(entry);
  });
  return byYear;
}

function compileDaysOff(daysOff: readonly DayOff[]): Closure[] {
  if (!Array.isArray(daysOff)) throw new InvalidArgumentError('daysOff', daysOff, 'an array of civil dates, { date, name? } or { from, to, name? }');
  return daysOff.map((item, i) => {
    if (typeof item === 'string') { const d = dayOfOption(item, `daysOff[${i}]`); return { from: d, to: d, name: 'Company day off' }; }
    if (typeof item !== 'object' || item === null) throw new InvalidArgumentError(`daysOff[${i}]`, item, 'a civil date, { date, name? } or { from, to, name? }');
    if (item.name !== undefined && typeof item.name !== 'string') throw new InvalidArgumentError(`daysOff[${i}].name`, item.name, 'a text');
    const name = typeof item.name === 'string' && item.name !== '' ? item.name : 'Company day off';
    if (Object.hasOwn(item, 'date')) { const d = dayOfOption(item.date, `daysOff[${i}].date`); return { from: d, to: d, name }; }
    const from = dayOfOption(item.from, `daysOff[${i}].from`);
    const to = dayOfOption(item.to, `daysOff[${i}].to`);
    if (to < from) throw new InvalidArgumentError(`daysOff[${i}]`, item, '"from" on or before "to"');
    return { from, to, name };
  });
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
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('calendar options', options, 'an object');
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new InvalidArgumentError('calendar option', key, `one of ${[...OPTION_KEYS].join(', ')}`);
  }
  const periods = compileWeekend(options.weekend);
  const holidays = options.holidays;
  let source: HolidaySource | undefined;
  let listByYear: Map<number, HolidayEntry[]> | undefined;
  if (holidays === undefined) listByYear = new Map();
  else if (Array.isArray(holidays)) listByYear = compileHolidayList(holidays);
  else if (typeof holidays === 'object' && holidays !== null && typeof (holidays as HolidaySource).holidaysInYear === 'function') source = holidays as HolidaySource;
  else throw new InvalidArgumentError('holidays', holidays, 'an array of dates / { date, name?, type? } entries, or a HolidaySource');
  const closures = compileDaysOff(options.daysOff ?? []);
  const workingDays: unknown = options.workingDays ?? [];
  if (!Array.isArray(workingDays)) throw new InvalidArgumentError('workingDays', workingDays, 'an array of civil dates "YYYY-MM-DD"');
  const working = new Set<number>((workingDays as CivilDate[]).map((d, i) => dayOfOption(d, `workingDays[${i}]`)));
  if (working.size === 0 && periods.every((p) => p.mask === 0x7f)) {
    throw new InvalidCalendarError('The weekend covers all seven days and no workingDays are given, so the calendar has no business days.');
  }

  const holidayCache = new Map<number, Map<number, HolidayEntry[]>>();

  // The built span: whole years [firstYear, lastYear], days [base, base + span).
  // prefix[i] = business days in [base, base + i) (so prefix[span] = count); list[k] = offset from
  // base of the k-th business day. Grown lazily, in whole years, in either direction.
  let firstYear = 0;
  let lastYear = -1;
  let base = 0;
  let span = 0;
  let count = 0;
  let prefix = new Int32Array(1);
  let list = new Int32Array(0);

  /** Holidays of one year, by epoch day (validated once). */
  function holidaysOfYear(year: number): Map<number, HolidayEntry[]> {
    let map = holidayCache.get(year);
    if (map !== undefined) return map;
    map = new Map();
    const entries = source === undefined ? (listByYear?.get(year) ?? []) : source.holidaysInYear(year);
    if (!Array.isArray(entries)) throw new InvalidCalendarError(`Holiday source "${source?.id}" returned ${describe(entries)} for ${year}: expected an array of { date, name?, type? }.`);
    for (const entry of entries) {
      const day = typeof entry?.date === 'string' ? parseCivilDate(entry.date) : Number.NaN;
      if (Number.isNaN(day)) throw new InvalidCalendarError(`Holiday source "${source?.id}" returned ${describe(entry)} for ${year}: expected { date: "YYYY-MM-DD", name?, type? }.`);
      if (yearOfEpochDay(day) !== year) continue;
      const bucket = map.get(day);
      if (bucket === undefined) map.set(day, [entry]);
      else bucket.push(entry);
    }
    holidayCache.set(year, map);
    return map;
  }

  function weekendMaskAt(day: number): number {
    let mask = 0;
    for (const p of periods) { if (p.from <= day) mask = p.mask; else break; }
    return mask;
  }

  /** Business-day flags (1 = business) of the years [fromYear, toYear], one byte per day. */
  function flagsOf(fromYear: number, toYear: number): { start: number; flags: Uint8Array; count: number } {
    const start = daysFromCivil(fromYear, 1, 1);
    const flags = new Uint8Array(daysFromCivil(toYear + 1, 1, 1) - start);
    for (let year = fromYear; year <= toYear; year++) {
      for (const day of holidaysOfYear(year).keys()) flags[day - start] = 2; // marked off
    }
    const end = start + flags.length - 1;
    for (const c of closures) {
      for (let d = Math.max(c.from, start), to = Math.min(c.to, end); d <= to; d++) flags[d - start] = 2;
    }
    let wd: number = weekdayOfEpochDay(start);
    let mask = weekendMaskAt(start);
    let n = 0;
    for (let i = 0; i < flags.length; i++) {
      const day = start + i;
      if (periods.length > 1) mask = weekendMaskAt(day);
      const business = working.has(day) || (flags[i] === 0 && (mask & (1 << wd)) === 0);
      flags[i] = business ? 1 : 0;
      if (business) n++;
      wd = wd === 6 ? 0 : wd + 1;
    }
    return { start, flags, count: n };
  }

  function checkYear(year: number, from: number): void {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new DateRangeError(formatEpochDay(from), `The result would fall outside the supported range 0001-01-01..9999-12-31 (counting from ${formatEpochDay(from)}).`);
    }
  }

  /** Extends the built span so that it covers `year` (and every year in between). */
  function cover(year: number, from: number): void {
    checkYear(year, from);
    if (lastYear < firstYear) {
      const { start, flags, count: n } = flagsOf(year, year);
      firstYear = lastYear = year;
      base = start; span = flags.length; count = 0;
      prefix = new Int32Array(span + 1); list = new Int32Array(n);
      for (let i = 0; i < span; i++) { prefix[i] = count; if (flags[i] === 1) list[count++] = i; }
      prefix[span] = count;
    } else if (year > lastYear) {
      const { flags, count: n } = flagsOf(lastYear + 1, year);
      const newSpan = span + flags.length;
      if (prefix.length < newSpan + 1) { const p = new Int32Array(Math.max(newSpan + 1, Math.floor(prefix.length * 1.5))); p.set(prefix.subarray(0, span + 1)); prefix = p; }
      if (list.length < count + n) { const l = new Int32Array(Math.max(count + n, Math.floor(list.length * 1.5))); l.set(list.subarray(0, count)); list = l; }
      for (let i = 0; i < flags.length; i++) { prefix[span + i] = count; if (flags[i] === 1) list[count++] = span + i; }
      span = newSpan;
      prefix[span] = count;
      lastYear = year;
    } else if (year < firstYear) {
      const { start, flags, count: n } = flagsOf(year, firstYear - 1);
      const shift = flags.length;
      const p = new Int32Array(Math.max(span + shift + 1, prefix.length));
      const l = new Int32Array(Math.max(count + n, list.length));
      let c = 0;
      for (let i = 0; i < shift; i++) { p[i] = c; if (flags[i] === 1) l[c++] = i; }
      for (let i = 0; i <= span; i++) p[shift + i] = prefix[i]! + c;
      for (let k = 0; k < count; k++) l[c + k] = list[k]! + shift;
      prefix = p; list = l; count += c; span += shift; base = start; firstYear = year;
    }
  }

  /** Index of `day` in the built span, building whatever years are missing. */
  function indexOf(day: number): number {
    const i = day - base;
    if (i >= 0 && i < span) return i;
    cover(yearOfEpochDay(day), day);
    return day - base;
  }

  function toDay(date: unknown, argument: string): number {
    if (typeof date === 'number') {
      if (date !== Math.trunc(date) || date < MIN_EPOCH_DAY || date > MAX_EPOCH_DAY) {
        if (Number.isInteger(date)) throw new DateRangeError(date, `Epoch day ${date} is outside the supported range ${MIN_EPOCH_DAY} (0001-01-01) to ${MAX_EPOCH_DAY} (9999-12-31).`);
        throw new InvalidDateError(date, DATE_EXPECTED);
      }
      return date;
    }
    const n = typeof date === 'string' ? parseCivilDate(date) : Number.NaN;
    if (Number.isNaN(n)) throw new InvalidDateError(date, `${DATE_EXPECTED} (argument "${argument}")`);
    return n;
  }

  function checkCount(n: unknown): number {
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new InvalidArgumentError('number of business days', n, 'a safe integer (positive, negative or zero)');
    return n;
  }

  function addDays(day: number, n: number): number {
    if (n === 0) return day;
    // More business days than calendar days left in the range: out of range without building it.
    if (n > MAX_EPOCH_DAY - day) checkYear(MAX_YEAR + 1, day);
    if (-n > day - MIN_EPOCH_DAY) checkYear(MIN_YEAR - 1, day);
    let i = day - base;
    if (i < 0 || i >= span) i = indexOf(day);
    if (n > 0) {
      const k = prefix[i + 1]! + n - 1;
      while (k >= count) cover(lastYear + 1, day);
      return base + list[k]!;
    }
    let k = prefix[i]! + n;
    while (k < 0) {
      const before = count;
      // Grow backwards by as many years as are built (at least one): building year by year would
      // copy the arrays once per year, quadratic over centuries.
      const target = firstYear - 1 < MIN_YEAR ? firstYear - 1 : Math.max(MIN_YEAR, firstYear - (lastYear - firstYear + 1));
      cover(target, day);
      k += count - before;
    }
    return base + list[k]!;
  }

  function isBusiness(day: number): boolean {
    let i = day - base;
    if (i < 0 || i >= span) i = indexOf(day);
    return prefix[i + 1] !== prefix[i];
  }

  /** Business days in [a, b), a <= b. */
  function between(a: number, b: number): number {
    if (a <= b) {
      let i = a - base;
      if (i < 0 || i >= span) i = indexOf(a);
      if (b - base > span) indexOf(b - 1);
      return prefix[b - base]! - prefix[a - base]!;
    }
    // −(business days in (b, a]) = −([b, a) − [b is business] + [a is business])
    const c = between(b, a) - (isBusiness(b) ? 1 : 0) + (isBusiness(a) ? 1 : 0);
    return c === 0 ? 0 : -c; // never -0
  }

  function offset(date: unknown, n: unknown): CivilDate | EpochDay {
    const day = toDay(date, 'date');
    const count = checkCount(n);
    const out = addDays(day, count);
    return typeof date === 'number' ? out : formatEpochDay(out);
  }

  function reasonsOf(day: number): DayOffReason[] {
    if (working.has(day)) return [];
    const reasons: DayOffReason[] = [];
    const wd = weekdayOfEpochDay(day);
    if ((weekendMaskAt(day) & (1 << wd)) !== 0) reasons.push({ kind: 'weekend', weekday: wd });
    for (const h of holidaysOfYear(yearOfEpochDay(day)).get(day) ?? []) {
      reasons.push({ kind: 'holiday', name: h.name ?? 'Public holiday', type: h.type ?? 'public' });
    }
    for (const c of closures) if (c.from <= day && day <= c.to) reasons.push({ kind: 'day-off', name: c.name });
    return reasons;
  }

  const calendar = {
    isBusinessDay: (date: CivilDate | EpochDay): boolean => isBusiness(toDay(date, 'date')),
    addBusinessDays: (date: CivilDate | EpochDay, n: number) => offset(date, n),
    subBusinessDays: (date: CivilDate | EpochDay, n: number) => offset(date, typeof n === 'number' ? -n : n),
    nextBusinessDay: (date: CivilDate | EpochDay) => offset(date, 1),
    previousBusinessDay: (date: CivilDate | EpochDay) => offset(date, -1),
    businessDaysBetween: (from: CivilDate | EpochDay, to: CivilDate | EpochDay): number => between(toDay(from, 'from'), toDay(to, 'to')),
    explain: (from: CivilDate | EpochDay, to: CivilDate | EpochDay): NonBusinessDay[] => {
      const a = toDay(from, 'from'), b = toDay(to, 'to');
      const out: NonBusinessDay[] = [];
      for (let d = Math.min(a, b), end = Math.max(a, b); d <= end; d++) {
        if (isBusiness(d)) continue;
        out.push({ date: formatEpochDay(d), reasons: reasonsOf(d) });
      }
      return out;
    },
  };
  return Object.freeze(calendar) as unknown as Calendar;
}
