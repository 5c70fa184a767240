import { knownKeys } from '../_lib/knownKeys.js';
import { Memo } from '../_lib/memo.js';
import { DateRangeError, InvalidArgumentError } from '../errors.js';
import type { HolidayEntry, HolidaySource, HolidayType } from '../calendar/types.js';
import { instanceOf } from './catalog.js';
import { expandHoliday, type HolidayDay } from './expandHoliday.js';
import { resolveRegion } from './resolveRegion.js';

/** Options of {@link regionHolidays}. */
export interface RegionHolidaysOptions {
  /**
   * Which kinds of holiday count as days off (R4.4). `bank` adds bank holidays (offices and banks
   * closed), `optional` days most people take off, `school` school holidays, `observance` days that
   * are marked but not off.
   * @defaultValue `['public']`
   */
  readonly types?: readonly HolidayType[];
  /**
   * Whether a holiday that covers only part of a day (24 December from 14:00, 31 December from
   * noon) makes that day a day off.
   * @defaultValue `false`
   */
  readonly partDays?: boolean;
}

const TYPE_ORDER: readonly HolidayType[] = ['public', 'bank', 'optional', 'school', 'observance'];
const OPTION_KEYS = ['types', 'partDays'];

/**
 * Memos keyed by immutable inputs only (src/_lib/memo.ts):
 * - `DAYS_BY_LIST`: (region, year of date-holidays' list) → every civil day that list covers, all
 *   types, with part-day flags. Building year Y reads the lists of Y − 1 (for spill-over) and Y, so
 *   the next year reuses Y's list instead of asking date-holidays again.
 * - `ENTRIES_BY_YEAR`: (region, types, partDays, year) → the frozen entries a calendar receives.
 * Each holds at most 1,024 lists (ten regions over a century, or a hundred regions over ten years):
 * about 5 MB for `DAYS_BY_LIST` at the 4.7 KiB a year's list of a German or US state measures; the
 * entries a calendar receives are a subset of those.
 */
const DAYS_BY_LIST = new Memo<string, readonly HolidayDay[]>(1024);
const ENTRIES_BY_YEAR = new Memo<string, readonly HolidayEntry[]>(1024);

/** The first year whose holidays are asked of date-holidays: its lunar calendars never return for the years 1 and 2. */
const FIRST_YEAR = 100;

function daysOfList(region: string, year: number): readonly HolidayDay[] {
  if (year < FIRST_YEAR) throw new DateRangeError(year, `The holidays of ${region} are computed from the year ${FIRST_YEAR} on; the year ${year} is before it.`);
  return DAYS_BY_LIST.get(`${region}|${year}`, () => {
    let list: ReturnType<ReturnType<typeof instanceOf>['getHolidays']>;
    try {
      list = instanceOf(region).getHolidays(year, 'en');
    } catch (e) {
      // date-holidays' own calendars end somewhere (Iran's Jalaali years past 3797): a typed error, not its raw one.
      throw new DateRangeError(year, `The holidays of ${region} cannot be computed for the year ${year}: date-holidays failed (${(e as Error)?.message ?? String(e)}).`);
    }
    return list.flatMap(expandHoliday);
  });
}

function normaliseOptions(options: unknown): { types: readonly HolidayType[]; partDays: boolean } {
  if (options === undefined) return { types: ['public'], partDays: false };
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('region holiday options', options, 'an object { types?, partDays? }');
  knownKeys(options, OPTION_KEYS, 'region holiday option');
  const { types, partDays } = options as RegionHolidaysOptions;
  if (partDays !== undefined && typeof partDays !== 'boolean') throw new InvalidArgumentError('partDays', partDays, 'true or false');
  if (types === undefined) return { types: ['public'], partDays: partDays ?? false };
  if (!Array.isArray(types) || types.length === 0) throw new InvalidArgumentError('types', types, `a non-empty array of ${TYPE_ORDER.map((t) => `"${t}"`).join(', ')}`);
  for (const t of types) {
    if (!TYPE_ORDER.includes(t as HolidayType)) throw new InvalidArgumentError('holiday type', t, `one of ${TYPE_ORDER.map((x) => `"${x}"`).join(', ')}`);
  }
  return { types: TYPE_ORDER.filter((t) => types.includes(t)), partDays: partDays ?? false };
}

/** The frozen entries of `year` in `region`, of the `wanted` types, sorted by date (R4.4). */
function entriesOfYear(region: string, year: number, wanted: ReadonlySet<string>, partDays: boolean): readonly HolidayEntry[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const seen = new Set<string>();
  const entries: HolidayEntry[] = [];
  const lists = year > FIRST_YEAR ? [daysOfList(region, year - 1), daysOfList(region, year)] : [daysOfList(region, year)];
  for (const list of lists) {
    for (const day of list) {
      if (!day.date.startsWith(prefix) || !wanted.has(day.type) || (day.partDay && !partDays)) continue;
      const dedupe = `${day.date}|${day.name}|${day.type}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      entries.push(Object.freeze({ date: day.date, name: day.name, type: day.type }));
    }
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze(entries);
}

/**
 * The public holidays of a country or subdivision, from date-holidays, as a {@link HolidaySource}
 * for `createCalendar` (R4.4).
 *
 * Region codes are ISO 3166-1 (`'US'`), ISO 3166-2 (`'US-CA'`, `'GB-SCT'`, `'DE-BY'`) or
 * date-holidays' third level (`'DE-BY-A'`, Augsburg). Case does not matter and `_` may stand for
 * `-` (`'us_ca'` is `'US-CA'`); the source's `id` uses the canonical code.
 *
 * Each holiday's civil date is read from its `date` field; holidays lasting several days count on
 * every day they cover, including days that spill over from the previous year's list; by default a
 * holiday that covers only part of a day does not make it a day off.
 *
 * @param code - The region code.
 * @param options - {@link RegionHolidaysOptions}: `types` (default `['public']`) and `partDays` (default `false`).
 * @returns A source whose `holidaysInYear(year)` lists one frozen `{ date, name, type }` per day off
 *   in that year, names in English, cached per (region, types, partDays, year).
 * @throws {@link UnknownRegionError} when the data has no such region (with suggestions);
 *   {@link InvalidArgumentError} for a malformed code or option;
 *   {@link MissingDependencyError} when date-holidays is not installed.
 * @example
 * ```ts
 * const source = regionHolidays('US')
 * source.holidaysInYear(2026).find((h) => h.date === '2026-11-26')
 * //=> { date: '2026-11-26', name: 'Thanksgiving Day', type: 'public' }
 * ```
 */
export function regionHolidays(code: string, options?: RegionHolidaysOptions): HolidaySource {
  const { types, partDays } = normaliseOptions(options);
  const region = resolveRegion(code);
  const id = `${region} ${types.join('+')}${partDays ? ' with part days' : ''}`;
  const wanted = new Set<string>(types);

  function holidaysInYear(year: number): readonly HolidayEntry[] {
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) {
      throw new InvalidArgumentError('year', year, 'an integer year from 1 to 9999');
    }
    return ENTRIES_BY_YEAR.get(`${id}|${year}`, () => entriesOfYear(region, year, wanted, partDays));
  }

  return Object.freeze({ id, holidaysInYear });
}
