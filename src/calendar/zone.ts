import { Memo } from '../_lib/memo.js';
import { DateRangeError, describe, UnknownTimeZoneError } from '../errors.js';
import { daysFromCivil, formatEpochDay, MAX_EPOCH_DAY, MIN_EPOCH_DAY } from './epochDay.js';
import { DAY_MS, END_MS, floorToSecond, formatOffset, formatUtc, formatWall, instantMsOf, MIN_MS, MINUTE_MS, wallMs } from './instant.js';
import type { Instant } from './instant.js';
import type { CivilDate } from './types.js';

/**
 * One formatter per zone name, the answer for a name never changing (src/_lib/memo.ts). The runtime
 * knows about 600 zones; names differ in case too ("europe/berlin"), so 1,024 bound the memory.
 */
const FORMATTERS = new Memo<string, Intl.DateTimeFormat>(1024);

function newFormatter(timeZone: string): Intl.DateTimeFormat {
  // The era tells 1 BC (year 0 here, as in ISO 8601) from AD 1: Intl writes both as year "1".
  return new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', era: 'short', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
}

function formatter(timeZone: string, path?: string): Intl.DateTimeFormat {
  try {
    return FORMATTERS.get(timeZone, newFormatter);
  } catch (cause) {
    throw Object.assign(new UnknownTimeZoneError(timeZone, path), { cause });
  }
}

/**
 * Throws {@link UnknownTimeZoneError} unless `timeZone` is an IANA zone name the runtime knows.
 *
 * @example
 * ```ts
 * assertTimeZone('Europe/Berlin') // ok
 * assertTimeZone('Mars/Olympus')  // throws UnknownTimeZoneError
 * ```
 */
export function assertTimeZone(timeZone: unknown): asserts timeZone is string {
  timeZoneAt(timeZone, undefined);
}

/** The checked zone; {@link assertTimeZone}, naming `path` (e.g. `"options.timeZone"`) in its error. @internal */
export function timeZoneAt(timeZone: unknown, path: string | undefined): string {
  if (typeof timeZone !== 'string' || timeZone === '') throw new UnknownTimeZoneError(timeZone, path);
  formatter(timeZone, path);
  return timeZone;
}

/** Wall-clock fields of an instant in a zone. */
export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * The wall-clock time of an instant in an IANA zone, the year numbered as in ISO 8601 (1 BC is year
 * 0; it is the local year of instants early on 0001-01-01 UTC in zones west of Greenwich). @internal
 */
export function zonedParts(instant: Instant | Date | number, timeZone: string): ZonedParts {
  const t = instantMsOf(instant, undefined);
  const parts = formatter(timeZone).formatToParts(t);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const bc = parts.find((p) => p.type === 'era')?.value.startsWith('B') === true;
  return { year: bc ? 1 - get('year') : get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/**
 * Throws {@link DateRangeError} for an instant, `given` as the caller wrote it (at `path`), which `local` (its date,
 * or its notation) in `timeZone` takes out of 0001-01-01..9999-12-31.
 */
function outOfRange(given: unknown, path: string | undefined, timeZone: string, local: string): never {
  throw new DateRangeError(given, `${path === undefined ? 'Instant' : `Invalid ${path}:`} ${describe(given)} ${local} in ${timeZone}, outside the supported range: expected an instant whose date and time there are from 0001-01-01 to 9999-12-31.`);
}

/**
 * `day`, the epoch day an instant falls on in `timeZone`, unless it lies outside 0001-01-01..9999-12-31: instants
 * near the ends of the range can fall on 0000-12-31 or 10000-01-01 in a zone. `given`: the instant as written (a
 * function of it, so that writing it costs nothing unless it is needed).
 */
function localDayInRange(day: number, given: () => unknown, timeZone: string, path: string | undefined): number {
  if (day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) outOfRange(given(), path, timeZone, `falls on ${formatEpochDay(day)}`);
  return day;
}

/** The UTC offset of `timeZone` at the instant `ms`, in ms, asking Intl (whole seconds, as zones define them). */
function exactOffset(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return wallMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - floorToSecond(ms);
}

/** The offsets of one zone per UTC day (see {@link offsetAt}), and the function that finds one. */
interface ZoneOffsets {
  readonly days: Memo<number, number>;
  readonly compute: (day: number) => number;
}

/**
 * UTC offsets per zone and UTC day (src/_lib/memo.ts): `OFFSETS.get(zone).days` maps a UTC day to
 * the offset in ms that holds for all of it, or `NaN` when the offset changes during that day.
 * Keyed by immutable inputs (a zone's rules do not change while the process runs), so it never
 * changes a result; 32 zones of 4,096 days (11 years) each bound it at about 130,000 numbers.
 */
const OFFSETS = new Memo<string, ZoneOffsets>(32);

function zoneOffsets(timeZone: string): ZoneOffsets {
  return { days: new Memo(4096), compute: (day) => dayOffset(day, timeZone) };
}

/** The offset of `timeZone` over the UTC day `day` when it holds all day in whole minutes, else NaN. */
function dayOffset(day: number, timeZone: string): number {
  const start = exactOffset(day * DAY_MS, timeZone);
  const end = exactOffset((day + 1) * DAY_MS - 1000, timeZone);
  return start === end && start % MINUTE_MS === 0 ? start : Number.NaN;
}

/** The UTC offset of `timeZone` at the instant `ms`, in ms (Intl is asked at most twice per zone and UTC day). @internal */
export function offsetAt(ms: number, timeZone: string): number {
  const zone = OFFSETS.get(timeZone, zoneOffsets);
  const offset = zone.days.get(Math.floor(ms / DAY_MS), zone.compute);
  return Number.isNaN(offset) ? exactOffset(ms, timeZone) : offset;
}

/**
 * The epoch day of the civil date the instant `ms` falls on in `timeZone` (a checked zone). A
 * {@link DateRangeError} names `path` and `value` (the instant as given) when that date is outside
 * 0001-01-01..9999-12-31. @internal
 */
export function epochDayInZone(ms: number, timeZone: string, path?: string, value?: unknown): number {
  return localDayInRange(Math.floor((ms + offsetAt(ms, timeZone)) / DAY_MS), () => value ?? formatUtc(ms), timeZone, path);
}

/**
 * The civil date an instant falls on in an IANA zone: what a wall calendar there shows.
 *
 * @throws {@link InvalidDateError} for a bad instant; {@link UnknownTimeZoneError} for a bad zone;
 * {@link DateRangeError} when the date in the zone is outside 0001-01-01..9999-12-31 (for instance
 * `0001-01-01T03:00:00Z` in `America/New_York`, still 0000-12-31 there).
 * @example
 * ```ts
 * civilDateInZone('2026-12-04T02:00:00Z', 'America/New_York') //=> "2026-12-03"
 * ```
 */
export function civilDateInZone(instant: Instant | Date | number, timeZone: string): CivilDate {
  assertTimeZone(timeZone);
  const t = instantMsOf(instant, undefined);
  const p = zonedParts(t, timeZone);
  return formatEpochDay(localDayInRange(daysFromCivil(p.year, p.month, p.day), () => instant, timeZone, undefined));
}

/** `ms` written with `offset` (ms), after checking that its date there, and the instant the text names, are in range. */
function formatWithOffset(ms: number, offset: number, timeZone: string, path: string | undefined, value: unknown): Instant {
  const given = (): unknown => value ?? formatUtc(ms);
  localDayInRange(Math.floor((ms + offset) / DAY_MS), given, timeZone, path);
  // A historical offset in seconds (local mean time) is written to the nearest minute, the wall time exactly.
  const minutes = Math.round(offset / MINUTE_MS);
  const text = `${formatWall(ms + offset)}${formatOffset(minutes)}`;
  // So the text can name an instant up to 30 s away: in the first seconds of 0001-01-01 UTC, one before the range.
  const named = ms + offset - minutes * MINUTE_MS;
  if (named < MIN_MS || named >= END_MS) outOfRange(given(), path, timeZone, `is written ${text}`);
  return text;
}

/**
 * Formats an instant as ISO 8601 with the offset it has in `timeZone`, e.g.
 * `"2026-12-02T15:30:00-05:00"`. The instant is unchanged; only its notation follows the zone.
 *
 * @throws {@link InvalidDateError} for a bad instant; {@link UnknownTimeZoneError} for a bad zone;
 * {@link DateRangeError} when the date in the zone is outside 0001-01-01..9999-12-31 (for instance
 * `9999-12-31T12:00:00Z` in `Pacific/Kiritimati`, already 10000-01-01 there).
 * @example
 * ```ts
 * formatInstantInZone('2026-12-02T20:30:00Z', 'America/New_York') //=> "2026-12-02T15:30:00-05:00"
 * ```
 */
export function formatInstantInZone(instant: Instant | Date | number, timeZone: string): Instant {
  assertTimeZone(timeZone);
  const t = instantMsOf(instant, undefined);
  return formatWithOffset(t, exactOffset(t, timeZone), timeZone, undefined, instant);
}

/**
 * {@link formatInstantInZone} of epoch ms in a checked zone, using the cached offset; its
 * {@link DateRangeError} names `path` (e.g. `"thank-you deadline"`). @internal
 */
export function formatInZone(ms: number, timeZone: string, path?: string): Instant {
  return formatWithOffset(ms, offsetAt(ms, timeZone), timeZone, path, undefined);
}

/**
 * Zones whose UTC offset is not a whole number of hours, by that offset in minutes east of UTC, each
 * the zone that uses it now or used it since 1990. Daylight saving time moves some zones between two
 * offsets (Adelaide +09:30/+10:30, St. John's -03:30/-02:30, Chatham +12:45/+13:45), so a candidate
 * is only taken when its offset at the instant is the one asked for.
 */
const PART_HOUR_ZONES: ReadonlyMap<number, readonly string[]> = new Map([
  [-570, ['Pacific/Marquesas']],
  [-510, ['Pacific/Pitcairn']], // until 1998
  [-270, ['America/Caracas']], // 2007–2016
  [-210, ['America/St_Johns']], // Newfoundland, standard time
  [-150, ['America/St_Johns']], // Newfoundland, daylight time
  [210, ['Asia/Tehran']],
  [270, ['Asia/Kabul', 'Asia/Tehran']], // Tehran in summer, until 2022
  [330, ['Asia/Kolkata', 'Asia/Colombo']],
  [345, ['Asia/Kathmandu']],
  [390, ['Asia/Yangon', 'Indian/Cocos']],
  [510, ['Asia/Pyongyang']], // 2015–2018
  [525, ['Australia/Eucla']],
  [570, ['Australia/Darwin', 'Australia/Adelaide']],
  [585, ['Australia/Eucla']], // daylight time, 2006–2009
  [630, ['Australia/Adelaide', 'Australia/Lord_Howe']],
  [690, ['Pacific/Norfolk']], // until 2015
  [765, ['Pacific/Chatham']],
  [825, ['Pacific/Chatham']],
]);

/**
 * An IANA zone whose UTC offset at the instant is the one the instant is written with, so that its
 * civil date there is the writer's: `UTC` for `Z` or `+00:00`, the fixed `Etc/GMT+5` for `-05:00`
 * (IANA's Etc signs are inverted) and the other whole hours from -12 to +14, and for other offsets
 * the zone that has it at that instant (`Asia/Kolkata` for `+05:30`, `Australia/Adelaide` for
 * `+10:30` in January). `undefined` when no zone is known to have the offset then. @internal
 */
export function zoneOfOffset(instant: Instant): string | undefined {
  if (instant.endsWith('Z')) return 'UTC';
  const m = /([+-])(\d{2}):(\d{2})$/.exec(instant);
  if (m === null) return undefined;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  if (minutes === 0) return 'UTC';
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours >= -12 && hours <= 14 ? `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}` : undefined;
  }
  const ms = instantMsOf(instant, undefined);
  return PART_HOUR_ZONES.get(minutes)?.find((zone) => offsetAt(ms, zone) === minutes * MINUTE_MS);
}
