import { Memo } from '../_lib/memo.js';
import { UnknownTimeZoneError } from '../errors.js';
import { daysFromCivil, formatEpochDay } from './epochDay.js';
import { DAY_MS, floorToSecond, formatOffset, formatWall, instantMsOf, MINUTE_MS, wallMs } from './instant.js';
import type { Instant } from './instant.js';
import type { CivilDate } from './types.js';

/**
 * One formatter per zone name, the answer for a name never changing (src/_lib/memo.ts). The runtime
 * knows about 600 zones; names differ in case too ("europe/berlin"), so 1,024 bound the memory.
 */
const FORMATTERS = new Memo<string, Intl.DateTimeFormat>(1024);

function newFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
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

/** The wall-clock time of an instant in an IANA zone. @internal */
export function zonedParts(instant: Instant | Date | number, timeZone: string): ZonedParts {
  const t = instantMsOf(instant, undefined);
  const parts = formatter(timeZone).formatToParts(t);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
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

/** The epoch day of the civil date the instant `ms` falls on in `timeZone` (a checked zone). @internal */
export function epochDayInZone(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetAt(ms, timeZone)) / DAY_MS);
}

/**
 * The civil date an instant falls on in an IANA zone: what a wall calendar there shows.
 *
 * @throws {@link InvalidDateError} for a bad instant; {@link UnknownTimeZoneError} for a bad zone.
 * @example
 * ```ts
 * civilDateInZone('2026-12-04T02:00:00Z', 'America/New_York') //=> "2026-12-03"
 * ```
 */
export function civilDateInZone(instant: Instant | Date | number, timeZone: string): CivilDate {
  assertTimeZone(timeZone);
  const p = zonedParts(instant, timeZone);
  return formatEpochDay(daysFromCivil(p.year, p.month, p.day));
}

/**
 * Formats an instant as ISO 8601 with the offset it has in `timeZone`, e.g.
 * `"2026-12-02T15:30:00-05:00"`. The instant is unchanged; only its notation follows the zone.
 *
 * @example
 * ```ts
 * formatInstantInZone('2026-12-02T20:30:00Z', 'America/New_York') //=> "2026-12-02T15:30:00-05:00"
 * ```
 */
export function formatInstantInZone(instant: Instant | Date | number, timeZone: string): Instant {
  assertTimeZone(timeZone);
  const t = instantMsOf(instant, undefined);
  const offset = exactOffset(t, timeZone);
  // A historical offset in seconds (local mean time) is written to the nearest minute, the wall time exactly.
  return `${formatWall(t + offset)}${formatOffset(Math.round(offset / MINUTE_MS))}`;
}

/** {@link formatInstantInZone} of epoch ms in a checked zone, using the cached offset. @internal */
export function formatInZone(ms: number, timeZone: string): Instant {
  const offset = offsetAt(ms, timeZone);
  if (offset % MINUTE_MS !== 0) return formatInstantInZone(ms, timeZone);
  return `${formatWall(ms + offset)}${formatOffset(offset / MINUTE_MS)}`;
}

/**
 * The fixed-offset IANA zone an instant is written in, for whole hours: `Etc/GMT+5` for `-05:00`
 * (IANA's Etc signs are inverted), `UTC` for `Z` or `+00:00`, `undefined` for other offsets. @internal
 */
export function zoneOfOffset(instant: Instant): string | undefined {
  const m = /([+-])(\d{2}):00$/.exec(instant);
  if (m === null) return instant.endsWith('Z') ? 'UTC' : undefined;
  const hours = Number(m[2]);
  if (hours === 0) return 'UTC';
  if (hours > 14) return undefined;
  return `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
}
