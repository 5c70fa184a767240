import { isRecord } from '../_lib/check.js';
import { describe, InvalidArgumentError, InvalidCalendarError } from '../errors.js';
import { parseCivilDate, yearOfEpochDay } from './epochDay.js';
import type { CalendarOptions, CivilDate, DayOff, HolidayEntry, HolidaySource, WeekendPeriod } from './types.js';
import { DEFAULT_WEEKEND } from './weekends.js';

/** A weekend as a bit mask of weekdays (bit 0 = Sunday), in force from epoch day `from` on. */
export interface WeekendMask {
  readonly from: number;
  readonly mask: number;
}

/** A company closure: the epoch days `from` to `to`, both included. */
export interface Closure {
  readonly from: number;
  readonly to: number;
  readonly name: string;
}

/** A calendar's options, checked and normalised to epoch days and bit masks (R4.4). */
export interface CalendarRules {
  /** Weekends in ascending order of `from`; the first one starts at `-Infinity`. */
  readonly weekends: readonly WeekendMask[];
  readonly closures: readonly Closure[];
  /** Make-up working days, as epoch days. */
  readonly working: ReadonlySet<number>;
  /** The holidays of one year by epoch day: read from the list or source once, checked, then cached. */
  holidaysOfYear(year: number): ReadonlyMap<number, readonly HolidayEntry[]>;
}

const OPTION_KEYS = ['weekend', 'holidays', 'daysOff', 'workingDays'];
const ALL_DAYS = 0x7f;

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

function compilePeriod(p: WeekendPeriod, i: number, previous: WeekendMask | undefined): WeekendMask {
  if (typeof p !== 'object' || p === null || !Array.isArray(p.days)) {
    throw new InvalidArgumentError(`weekend[${i}]`, p, 'a { since?: "YYYY-MM-DD", days: Weekday[] } period');
  }
  if (p.since === undefined && i !== 0) throw new InvalidArgumentError(`weekend[${i}].since`, p.since, 'a civil date: only the first period may omit it');
  const from = p.since === undefined ? -Infinity : dayOfOption(p.since, `weekend[${i}].since`);
  if (previous !== undefined && from <= previous.from) {
    throw new InvalidArgumentError(`weekend[${i}].since`, p.since, `a date after the previous period's start (periods must be in ascending order)`);
  }
  return { from, mask: maskOf(p.days, `weekend[${i}].days`) };
}

function compileWeekend(weekend: CalendarOptions['weekend']): WeekendMask[] {
  if (weekend === undefined) return [{ from: -Infinity, mask: maskOf(DEFAULT_WEEKEND, 'weekend') }];
  if (!Array.isArray(weekend)) throw new InvalidArgumentError('weekend', weekend, 'an array of weekday numbers (0 = Sunday … 6 = Saturday) or of { since?, days } periods');
  if (weekend.length === 0 || typeof weekend[0] === 'number') return [{ from: -Infinity, mask: maskOf(weekend, 'weekend day') }];
  const periods: WeekendMask[] = [];
  (weekend as readonly WeekendPeriod[]).forEach((p, i) => periods.push(compilePeriod(p, i, periods[periods.length - 1])));
  // Dated periods only: the default weekend holds before the first of them.
  if (periods[0] !== undefined && periods[0].from !== -Infinity) periods.unshift({ from: -Infinity, mask: maskOf(DEFAULT_WEEKEND, 'weekend') });
  return periods;
}

function compileHolidayList(list: readonly (CivilDate | HolidayEntry)[]): Map<number, HolidayEntry[]> {
  const byYear = new Map<number, HolidayEntry[]>();
  list.forEach((item, i) => {
    const entry: HolidayEntry = typeof item === 'string' ? { date: item } : item;
    if (!isRecord(entry)) throw new InvalidArgumentError(`holidays[${i}]`, item, 'a civil date "YYYY-MM-DD" or { date, name?, type? }');
    for (const key of ['name', 'type'] as const) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') throw new InvalidArgumentError(`holidays[${i}].${key}`, entry[key], 'a text');
    }
    const year = yearOfEpochDay(dayOfOption(entry.date, typeof item === 'string' ? `holidays[${i}]` : `holidays[${i}].date`));
    const bucket = byYear.get(year);
    if (bucket === undefined) byYear.set(year, [entry]);
    else bucket.push(entry);
  });
  return byYear;
}

/** The holidays of a year from a list or a {@link HolidaySource}, by epoch day (see {@link holidayYears}). */
function compileHolidays(holidays: CalendarOptions['holidays']): CalendarRules['holidaysOfYear'] {
  if (holidays === undefined || Array.isArray(holidays)) {
    const byYear = compileHolidayList(holidays ?? []);
    return holidayYears((year) => byYear.get(year) ?? [], undefined);
  }
  if (typeof holidays === 'object' && holidays !== null && typeof (holidays as HolidaySource).holidaysInYear === 'function') {
    const source = holidays as HolidaySource;
    return holidayYears((year) => source.holidaysInYear(year), source.id);
  }
  throw new InvalidArgumentError('holidays', holidays, 'an array of dates / { date, name?, type? } entries, or a HolidaySource');
}

/** Holidays by epoch day, one year at a time, each year read from `entries` and checked once. */
function holidayYears(entries: (year: number) => readonly HolidayEntry[], id: string | undefined): CalendarRules['holidaysOfYear'] {
  const cache = new Map<number, Map<number, HolidayEntry[]>>();
  return (year) => {
    let map = cache.get(year);
    if (map !== undefined) return map;
    map = new Map();
    const list = entries(year);
    if (!Array.isArray(list)) throw new InvalidCalendarError(`Holiday source "${id}" returned ${describe(list)} for ${year}: expected an array of { date, name?, type? }.`);
    for (const entry of list as readonly HolidayEntry[]) {
      const day = typeof entry?.date === 'string' ? parseCivilDate(entry.date) : Number.NaN;
      if (Number.isNaN(day)) throw new InvalidCalendarError(`Holiday source "${id}" returned ${describe(entry)} for ${year}: expected { date: "YYYY-MM-DD", name?, type? }.`);
      if (yearOfEpochDay(day) !== year) continue;
      const bucket = map.get(day);
      if (bucket === undefined) map.set(day, [entry]);
      else bucket.push(entry);
    }
    cache.set(year, map);
    return map;
  };
}

function compileDayOff(item: DayOff, i: number): Closure {
  if (typeof item === 'string') {
    const d = dayOfOption(item, `daysOff[${i}]`);
    return { from: d, to: d, name: 'Company day off' };
  }
  if (typeof item !== 'object' || item === null) throw new InvalidArgumentError(`daysOff[${i}]`, item, 'a civil date, { date, name? } or { from, to, name? }');
  if (item.name !== undefined && typeof item.name !== 'string') throw new InvalidArgumentError(`daysOff[${i}].name`, item.name, 'a text');
  const name = typeof item.name === 'string' && item.name !== '' ? item.name : 'Company day off';
  // One shape or the other: a `from` beside a `date` would be ignored, and so would a misspelt field.
  const single = Object.hasOwn(item, 'date');
  for (const key of Object.keys(item)) {
    if (key !== 'name' && !(single ? key === 'date' : key === 'from' || key === 'to')) {
      throw new InvalidArgumentError(`daysOff[${i}].${key}`, (item as unknown as Record<string, unknown>)[key], single ? 'no other field beside "date" and "name"' : 'one of "date", or "from" and "to", and "name"');
    }
  }
  if (single) {
    const d = dayOfOption((item as { date: unknown }).date, `daysOff[${i}].date`);
    return { from: d, to: d, name };
  }
  const range = item as { from: unknown; to: unknown };
  const from = dayOfOption(range.from, `daysOff[${i}].from`);
  const to = dayOfOption(range.to, `daysOff[${i}].to`);
  if (to < from) throw new InvalidArgumentError(`daysOff[${i}]`, item, '"from" on or before "to"');
  return { from, to, name };
}

/**
 * Checks the options of `createCalendar` in the order they are documented, each error naming the
 * option and its value, and normalises them to epoch days and weekday masks (R4.4).
 *
 * @throws {@link InvalidArgumentError} for a malformed option; {@link InvalidCalendarError} when the
 *   options leave no business day at all.
 */
export function compileCalendarOptions(options: CalendarOptions): CalendarRules {
  if (!isRecord(options as unknown)) throw new InvalidArgumentError('calendar options', options, 'an object');
  // A key set to undefined counts as absent. No "did you mean" here (src/_lib/knownKeys.ts): the four keys are listed,
  // and the calendar is the smallest entry, bundled with everything.
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key) && (options as Readonly<Record<string, unknown>>)[key] !== undefined) {
      throw new InvalidArgumentError('calendar option', key, `one of ${OPTION_KEYS.join(', ')}`);
    }
  }
  const weekends = compileWeekend(options.weekend);
  const holidaysOfYear = compileHolidays(options.holidays);
  const daysOff: unknown = options.daysOff ?? [];
  if (!Array.isArray(daysOff)) throw new InvalidArgumentError('daysOff', daysOff, 'an array of civil dates, { date, name? } or { from, to, name? }');
  const closures = (daysOff as readonly DayOff[]).map(compileDayOff);
  const workingDays: unknown = options.workingDays ?? [];
  if (!Array.isArray(workingDays)) throw new InvalidArgumentError('workingDays', workingDays, 'an array of civil dates "YYYY-MM-DD"');
  const working = new Set((workingDays as unknown[]).map((d, i) => dayOfOption(d, `workingDays[${i}]`)));
  if (working.size === 0 && weekends.every((w) => w.mask === ALL_DAYS)) {
    throw new InvalidCalendarError('The weekend covers all seven days and no workingDays are given, so the calendar has no business days.');
  }
  return { weekends, closures, working, holidaysOfYear };
}

/** The weekend mask in force on epoch day `day`. */
export function weekendMaskAt(weekends: readonly WeekendMask[], day: number): number {
  let mask = 0;
  for (const w of weekends) {
    if (w.from <= day) mask = w.mask;
    else break;
  }
  return mask;
}
