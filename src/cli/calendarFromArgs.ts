import { createCalendar } from '../calendar/createCalendar.js';
import type { Calendar, Weekday } from '../calendar/types.js';
import { InvalidArgumentError } from '../errors.js';
import { regionCalendar } from '../holidays/regionCalendar.js';

/** Calendar flags shared by the CLI's commands. */
export interface CalendarFlags {
  readonly region?: string | undefined;
  readonly weekend?: string | undefined;
  readonly holiday?: readonly string[] | undefined;
  readonly 'day-off'?: readonly string[] | undefined;
}

export function parseWeekend(text: string): Weekday[] {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const n = Number(part.trim());
    if (!Number.isInteger(n) || n < 0 || n > 6) throw new InvalidArgumentError('--weekend day', part, 'comma-separated weekday numbers from 0 (Sunday) to 6 (Saturday), e.g. "5,6"');
    return n as Weekday;
  });
}

/** Builds the employer's calendar from `--region`, `--weekend`, `--holiday` and `--day-off`. */
export function calendarFromArgs(flags: CalendarFlags): Calendar {
  const region = flags.region;
  const weekend = flags.weekend === undefined ? undefined : parseWeekend(flags.weekend);
  const daysOff = [...(flags['day-off'] ?? [])];
  if (region !== undefined) {
    if (flags.holiday !== undefined && flags.holiday.length > 0) {
      throw new InvalidArgumentError('--holiday', flags.holiday.join(','), 'either --region or --holiday, not both (use --day-off for extra days off in a region)');
    }
    return regionCalendar(region, { ...(weekend === undefined ? {} : { weekend }), daysOff });
  }
  return createCalendar({ ...(weekend === undefined ? {} : { weekend }), holidays: [...(flags.holiday ?? [])], daysOff });
}
