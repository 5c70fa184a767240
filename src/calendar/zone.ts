import { DateRangeError, describe, InvalidDateError, UnknownTimeZoneError } from '../errors.js';
import { daysFromCivil, formatEpochDay, MAX_EPOCH_DAY, MIN_EPOCH_DAY } from './epochDay.js';
import type { CivilDate } from './types.js';

/** An instant written as ISO 8601 with a UTC offset or `Z`, e.g. `"2026-12-01T15:30:00-05:00"`. */
export type Instant = string;

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** What an instant may be, in error messages. @internal */
export const INSTANT_EXPECTED = 'an ISO 8601 instant with a UTC offset, such as "2026-11-25T15:00:00Z" or "2026-12-01T15:30:00-05:00", or a valid Date';

/**
 * Milliseconds since the Unix epoch of an ISO 8601 instant with an explicit offset, or of a `Date`.
 * A string without an offset is rejected: it would be read in the host's zone.
 *
 * Everywhere this library takes an instant, it also takes a valid `Date` and reads it as the
 * instant `date.toISOString()` (see docs/dates.md).
 *
 * @throws {@link InvalidDateError} if `instant` is not such a string, names an impossible time,
 * or is an invalid `Date`.
 * @example
 * ```ts
 * parseInstant('2026-12-01T15:30:00-05:00') //=> 1796157000000
 * ```
 */
export function parseInstant(instant: Instant | Date): number {
  return instantAt(instant, undefined);
}

/** {@link parseInstant}, naming `path` (e.g. `"interview.endedAt"`) in its error. @internal */
export function instantAt(instant: unknown, path: string | undefined): number {
  if (instant instanceof Date) {
    const t = instant.getTime();
    if (Number.isNaN(t)) throw new InvalidDateError(instant, INSTANT_EXPECTED, path);
    return inRange(t, instant, path);
  }
  const m = typeof instant === 'string' ? INSTANT.exec(instant) : null;
  if (m === null) throw new InvalidDateError(instant, INSTANT_EXPECTED, path);
  const t = Date.parse(instant as string);
  const [, y, mo, d, h, mi, s] = m;
  const day = Number(d), month = Number(mo);
  const dim = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (Number.isNaN(t) || month < 1 || month > 12 || day < 1 || day > dim || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    throw new InvalidDateError(instant, 'an ISO 8601 instant naming a real date and time, such as "2026-11-25T15:00:00Z"', path);
  }
  return inRange(t, instant, path);
}

const MIN_MS = MIN_EPOCH_DAY * 86_400_000;
const END_MS = (MAX_EPOCH_DAY + 1) * 86_400_000;

/** `t`, unless it falls outside the years 0001–9999 that every date of this library is in. @internal */
export function inRange(t: number, value: unknown, path: string | undefined): number {
  if (t < MIN_MS || t >= END_MS) {
    throw new DateRangeError(value, `${path === undefined ? 'Instant' : `Invalid ${path}:`} ${describe(value)} is outside the supported range: expected an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z.`);
  }
  return t;
}

/** An instant given as a string or a `Date`, as the ISO 8601 string callers get back. @internal */
export function instantText(instant: unknown, path: string | undefined): Instant {
  const t = instantAt(instant, path);
  return instant instanceof Date ? new Date(t).toISOString() : (instant as string);
}

/** An instant as epoch ms, a string or a `Date`, checked. @internal */
function msOf(instant: unknown, path: string | undefined): number {
  if (typeof instant === 'number') {
    if (!Number.isFinite(instant)) throw new InvalidDateError(instant, `epoch milliseconds, or ${INSTANT_EXPECTED}`, path);
    return inRange(instant, instant, path);
  }
  return instantAt(instant, path);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, path?: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
    } catch (cause) {
      throw Object.assign(new UnknownTimeZoneError(timeZone, path), { cause });
    }
    formatters.set(timeZone, f);
  }
  return f;
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

/** The wall-clock time of an instant in an IANA zone. */
export function zonedParts(instant: Instant | Date | number, timeZone: string): ZonedParts {
  const t = msOf(instant, undefined);
  const parts = formatter(timeZone).formatToParts(t);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
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
  const t = msOf(instant, undefined);
  const p = zonedParts(t, timeZone);
  const wallMs = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offsetMin = Math.round((wallMs - (t - (((t % 1000) + 1000) % 1000))) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const ms = ((t % 1000) + 1000) % 1000;
  const frac = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`;
  return `${String(p.year).padStart(4, '0')}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}:${two(p.second)}${frac}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
