import { InvalidDateError, UnknownTimeZoneError } from '../errors.js';
import { daysFromCivil, formatEpochDay } from './epochDay.js';
import type { CivilDate } from './types.js';

/** An instant written as ISO 8601 with a UTC offset or `Z`, e.g. `"2026-12-01T15:30:00-05:00"`. */
export type Instant = string;

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the Unix epoch of an ISO 8601 instant with an explicit offset. A string
 * without an offset is rejected: it would be read in the host's zone.
 *
 * @throws {@link InvalidDateError} if `instant` is not such a string or names an impossible time.
 * @example
 * ```ts
 * parseInstant('2026-12-01T15:30:00-05:00') //=> 1796157000000
 * ```
 */
export function parseInstant(instant: Instant | Date): number {
  if (instant instanceof Date) {
    const t = instant.getTime();
    if (Number.isNaN(t)) throw new InvalidDateError(instant, 'a valid Date or an ISO 8601 instant with offset');
    return t;
  }
  const m = typeof instant === 'string' ? INSTANT.exec(instant) : null;
  if (m === null) {
    throw new InvalidDateError(instant, 'an ISO 8601 instant with a UTC offset, such as "2026-12-01T15:30:00-05:00" or "2026-12-01T20:30:00Z"');
  }
  const t = Date.parse(instant);
  const [, y, mo, d, h, mi, s] = m;
  const day = Number(d), month = Number(mo);
  const dim = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (Number.isNaN(t) || month < 1 || month > 12 || day < 1 || day > dim || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    throw new InvalidDateError(instant, 'an ISO 8601 instant naming a real date and time');
  }
  return t;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
    } catch (cause) {
      throw Object.assign(new UnknownTimeZoneError(timeZone), { cause });
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
  if (typeof timeZone !== 'string' || timeZone === '') throw new UnknownTimeZoneError(timeZone);
  formatter(timeZone);
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
  const t = typeof instant === 'number' ? instant : parseInstant(instant);
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
  const t = typeof instant === 'number' ? instant : parseInstant(instant);
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
