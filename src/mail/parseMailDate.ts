import { daysFromCivil, daysInMonth, formatEpochDay, MIN_YEAR } from '../calendar/epochDay.js';
import { END_MS, formatOffset, MIN_MS, MINUTE_MS, pad2, wallMs } from '../calendar/instant.js';
import type { Instant } from '../calendar/instant.js';
import { InvalidArgumentError } from '../errors.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Obsolete zone names of RFC 5322 §4.3, in minutes east of UTC. Military letters mean "unknown". */
const ZONES: ReadonlyMap<string, number> = new Map([
  ['UT', 0], ['UTC', 0], ['GMT', 0], ['Z', 0],
  ['EST', -300], ['EDT', -240], ['CST', -360], ['CDT', -300],
  ['MST', -420], ['MDT', -360], ['PST', -480], ['PDT', -420],
]);

// [day-of-week ","] day month year hour ":" minute [":" second] zone — with the obsolete forms:
// two- and three-digit years, named zones, and extra spaces or a trailing comment "(UTC)"; and forms
// some mailers write: the day of week or the month in full, an offset after "GMT" or "UTC".
const DATE = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*((?:GMT|UTC?)?[+-]\d{4}|[A-Za-z]{1,5})?\s*(?:\(.*\))?$/i;

/**
 * An RFC 5322 `Date` header as an ISO 8601 instant that keeps the sender's offset (R4.5: the
 * reference date of a reply's timeline).
 *
 * Accepts the obsolete forms mail still carries: two-digit years, `GMT`/`EST`-style zones, a
 * missing day of week or seconds, a trailing comment; and a day of week or a month written in full
 * (`Tuesday, 24 November 2026`), an offset after `GMT` or `UTC` (`GMT+0100`). `-0000` and military
 * zone letters ("time zone unknown") read as UTC. The day of week, when present, is not checked
 * against the date. A date outside the years 0001 to 9999 once its offset is applied (as every
 * instant of this library is) is not a date.
 *
 * @param header - The value of a `Date` header.
 * @returns `YYYY-MM-DDTHH:MM:SS±HH:MM`, or `undefined` when the value is not a valid date in the
 *   years 0001 to 9999 (in UTC).
 * @throws {@link InvalidArgumentError} when `header` is not a text.
 * @example
 * ```ts
 * parseMailDate('Tue, 24 Nov 2026 16:05:00 -0500') //=> '2026-11-24T16:05:00-05:00'
 * parseMailDate('next Tuesday') //=> undefined
 * ```
 */
export function parseMailDate(header: string): Instant | undefined {
  if (typeof header !== 'string') throw new InvalidArgumentError('header', header, 'the value of a Date header, as a text');
  const m = DATE.exec(header.trim().replace(/\s+/g, ' '));
  if (m === null) return undefined;
  const [, dd, mon, yy, hh, mi, ss, zone] = m;
  const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  let year = Number(yy);
  if (yy!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yy!.length === 3) year += 1900;
  const day = Number(dd);
  const hour = Number(hh);
  const minute = Number(mi);
  // A leap second is read as the last second of its minute.
  const second = Math.min(Number(ss ?? '0'), 59);
  if (year < MIN_YEAR || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || Number(ss ?? '0') > 60) return undefined;
  let offset: number;
  if (zone === undefined) return undefined;
  const numeric = /^(?:GMT|UTC?)?([+-]\d{4})$/i.exec(zone)?.[1];
  if (numeric !== undefined) {
    const h = Number(numeric.slice(1, 3));
    const min = Number(numeric.slice(3, 5));
    if (h > 23 || min > 59) return undefined;
    offset = (numeric[0] === '-' ? -1 : 1) * (h * 60 + min);
  } else {
    const upper = zone.toUpperCase();
    const named = ZONES.get(upper);
    if (named !== undefined) offset = named;
    else if (/^[A-IK-Z]$/.test(upper)) offset = 0;
    else return undefined;
  }
  const utc = wallMs(year, month, day, hour, minute, second) - offset * MINUTE_MS;
  if (utc < MIN_MS || utc >= END_MS) return undefined;
  return `${formatEpochDay(daysFromCivil(year, month, day))}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${formatOffset(offset)}`;
}
