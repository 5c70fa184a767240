import { InvalidCalendarError } from '../errors.js';
import { formatEpochDay, parseCivilDate } from '../calendar/epochDay.js';
import { HOUR_MS } from '../calendar/instant.js';
import type { CivilDate } from '../calendar/types.js';
import type { RawHoliday } from './dateHolidaysTypes.js';

/** One civil day covered by a date-holidays entry. */
export interface HolidayDay {
  readonly date: CivilDate;
  readonly name: string;
  readonly type: string;
  /** The holiday covers only part of this day (e.g. 24 December from 14:00). */
  readonly partDay: boolean;
}

/** Slack for daylight-saving changes inside a holiday: its real length differs by up to an hour. */
const SLACK = 1;

/**
 * The civil days one date-holidays entry covers, with a part-day flag per day.
 *
 * - The first day is the first ten characters of `date`, the civil date in the region itself. It is
 *   never derived from `start`/`end` (instants whose calendar date depends on the zone you read them in).
 * - The time of day in `date` ("14:00:00") is where the holiday begins on that day; a `" -0600"`
 *   suffix (Hebrew and Hijri dates, which begin at dusk the evening before) does not move the civil
 *   day: the dated day is the holiday, the eve before it is not.
 * - The length comes from `end - start`, so `P3D` or `PT90H` rules span several days; a day counts
 *   as whole when the holiday covers it within an hour (daylight-saving slack), as a part day when it
 *   covers more than an hour of it, and not at all otherwise.
 */
export function expandHoliday(raw: RawHoliday): HolidayDay[] {
  const text = typeof raw.date === 'string' ? raw.date : '';
  const first = parseCivilDate(text.slice(0, 10));
  if (Number.isNaN(first)) {
    throw new InvalidCalendarError(`date-holidays returned a holiday with an unreadable date ${JSON.stringify(raw.date)} ("${raw.name}"): expected "YYYY-MM-DD hh:mm:ss".`);
  }
  const time = /^ (\d\d):(\d\d)(?::(\d\d))?/.exec(text.slice(10));
  const startHour = time === null ? 0 : Number(time[1]) + Number(time[2]) / 60 + Number(time[3] ?? 0) / 3600;
  const startMs = raw.start instanceof Date ? raw.start.getTime() : Number.NaN;
  const endMs = raw.end instanceof Date ? raw.end.getTime() : Number.NaN;
  const length = Number.isFinite(endMs - startMs) && endMs > startMs ? (endMs - startMs) / HOUR_MS : 24 - startHour;
  const endHour = startHour + length;
  const days: HolidayDay[] = [];
  for (let k = 0; 24 * k < endHour - SLACK; k++) {
    const covered = Math.min(endHour, 24 * k + 24) - Math.max(startHour, 24 * k);
    if (covered <= SLACK) continue;
    const whole = startHour <= 24 * k + SLACK && endHour >= 24 * k + 24 - SLACK;
    days.push({ date: formatEpochDay(first + k), name: raw.name, type: raw.type, partDay: !whole });
  }
  return days;
}
