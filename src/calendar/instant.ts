import { DateRangeError, describe, InvalidDateError } from '../errors.js';
import { daysFromCivil, daysInMonth, formatEpochDay, MAX_EPOCH_DAY, MIN_EPOCH_DAY } from './epochDay.js';

/** An instant written as ISO 8601 with a UTC offset or `Z`, e.g. `"2026-12-01T15:30:00-05:00"`. */
export type Instant = string;

/** Milliseconds in a minute, an hour and a day of UTC (no leap seconds, as `Date`). @internal */
export const MINUTE_MS = 60_000;
/** @internal */
export const HOUR_MS = 3_600_000;
/** @internal */
export const DAY_MS = 86_400_000;

/** ISO 8601 with a UTC offset, whether or not its numbers name a real date and time. @internal */
export const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

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
  if (Number.isNaN(t) || month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    throw new InvalidDateError(instant, 'an ISO 8601 instant naming a real date and time, such as "2026-11-25T15:00:00Z"', path);
  }
  return inRange(t, instant, path);
}

/** The first and the end (exclusive) of the supported instants, in epoch ms. @internal */
export const MIN_MS = MIN_EPOCH_DAY * DAY_MS;
export const END_MS = (MAX_EPOCH_DAY + 1) * DAY_MS;

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
export function instantMsOf(instant: unknown, path: string | undefined): number {
  if (typeof instant === 'number') {
    if (!Number.isFinite(instant)) throw new InvalidDateError(instant, `epoch milliseconds, or ${INSTANT_EXPECTED}`, path);
    return inRange(instant, instant, path);
  }
  return instantAt(instant, path);
}

function digits(text: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Epoch ms of an instant: a fast path for the common `YYYY-MM-DDTHH:MM:SS[.mmm](Z|±HH:MM)` forms,
 * and {@link parseInstant} (same result, same errors) for everything else. @internal
 */
export function instantMs(text: Instant): number {
  if (typeof text === 'string' && (text.length === 20 || text.length === 24 || text.length === 25 || text.length === 29)
    && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 84 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58) {
    const y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
    const h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    let at = 19, ms = 0;
    if (text.charCodeAt(19) === 46) {
      ms = digits(text, 20, 3);
      at = 23;
    }
    let offsetMin = Number.NaN;
    const z = text.charCodeAt(at);
    if (z === 90 && text.length === at + 1) offsetMin = 0;
    else if ((z === 43 || z === 45) && text.length === at + 6 && text.charCodeAt(at + 3) === 58) {
      const oh = digits(text, at + 1, 2), om = digits(text, at + 4, 2);
      if (oh >= 0 && oh <= 23 && om >= 0 && om <= 59) offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
    }
    if (y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h >= 0 && h <= 23 && mi >= 0 && mi <= 59
      && s >= 0 && s <= 59 && ms >= 0 && !Number.isNaN(offsetMin)) {
      return daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi - offsetMin) * 60 + s) * 1000 + ms;
    }
  }
  return parseInstant(text);
}

/** A number from 0 to 99 as two digits: `pad2(7)` is `"07"`. @internal */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `ms` rounded down to a whole second (towards the past, before 1970 too). @internal */
export function floorToSecond(ms: number): number {
  return ms - (((ms % 1000) + 1000) % 1000);
}

/** Epoch ms of a wall-clock time read as if it were UTC (any year from 1 on, unlike `Date.UTC`). @internal */
export function wallMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** `YYYY-MM-DDTHH:MM:SS[.mmm]` of a wall-clock time given as ms since the epoch (no zone suffix). @internal */
export function formatWall(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  const frac = milli === 0 ? '' : `.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}`;
  return `${formatEpochDay(day)}T${pad2(hour)}:${pad2(min)}:${pad2(sec)}${frac}`;
}

/** An instant as UTC ISO 8601 (`…Z`), milliseconds only when present. @internal */
export function formatUtc(ms: number): Instant {
  return `${formatWall(ms)}Z`;
}

/** A UTC offset in whole minutes as ISO 8601 `±HH:MM` (`+00:00` for UTC). @internal */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
