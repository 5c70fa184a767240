import { createCalendar } from '../calendar/createCalendar.js';
import { defaultWeekend } from '../calendar/defaultWeekend.js';
import type { Calendar, Weekday, WeekendPeriod } from '../calendar/types.js';
import { InvalidArgumentError, isFollowUpError } from '../errors.js';
import { regionCalendar } from '../holidays/regionCalendar.js';
import { usageError } from './CliError.js';
import { checkDates } from './flags.js';

/** Calendar flags shared by the CLI's commands. */
export interface CalendarFlags {
  readonly region?: string | undefined;
  readonly weekend?: string | undefined;
  readonly holiday?: readonly string[] | undefined;
  readonly dayOff?: readonly string[] | undefined;
}

/** Whether any calendar flag was given. */
export const hasCalendarFlags = (flags: CalendarFlags): boolean =>
  flags.region !== undefined || flags.weekend !== undefined || (flags.holiday?.length ?? 0) > 0 || (flags.dayOff?.length ?? 0) > 0;

const WEEKEND_EXPECTED = 'comma-separated weekday numbers from 0 (Sunday) to 6 (Saturday), e.g. "5,6"';

/** The days of `--weekend`: an empty value is refused like an empty day in "5,,6", not read as "no weekend". */
export function parseWeekend(text: string): Weekday[] {
  if (text.trim() === '') throw new InvalidArgumentError('--weekend', text, WEEKEND_EXPECTED);
  return text.split(',').map((part) => {
    // One digit, as <n> takes digits only: "1.0", "0x1" and "1e0" are not weekday numbers.
    if (!/^\s*[0-6]\s*$/.test(part)) throw new InvalidArgumentError('--weekend day', part, WEEKEND_EXPECTED);
    return Number(part) as Weekday;
  });
}

const union = (a: readonly Weekday[], b: readonly Weekday[]): Weekday[] => [...new Set([...a, ...b])];

/** The region's weekend with `extra` days added, in every period where the weekend changed over time. */
export function combineWeekend(base: readonly Weekday[] | readonly WeekendPeriod[], extra: readonly Weekday[]): Weekday[] | WeekendPeriod[] {
  if (base.length > 0 && typeof base[0] === 'object') {
    return (base as readonly WeekendPeriod[]).map((p) => ({ ...p, days: union(p.days, extra) }));
  }
  return union(base as readonly Weekday[], extra);
}

/**
 * Runs `make`; a region or value it refuses is reported under `source`, the flag or field the value came from
 * (`Invalid --region: unknown region "XX" …`), as the CLI's own errors are. The error's code and suggestions stay as
 * the library gave them.
 */
export function fromSource<T>(source: string, make: () => T): T {
  try {
    return make();
  } catch (e) {
    if (isFollowUpError(e, 'UNKNOWN_REGION') || isFollowUpError(e, 'INVALID_ARGUMENT')) {
      e.message = `Invalid ${source}: ${e.message.charAt(0).toLowerCase()}${e.message.slice(1)}`;
    }
    throw e;
  }
}

/**
 * Builds the employer's calendar from `--region`, `--weekend`, `--holiday` and `--day-off`. With a
 * region, `--weekend` adds days to the region's own weekend; without one, it is the weekend.
 * `--region` with `--holiday` is a usage error; every value is checked under its flag's name
 * before the library sees it.
 */
export function calendarFromArgs(flags: CalendarFlags): Calendar {
  const region = flags.region;
  const holidays = [...(flags.holiday ?? [])];
  if (region !== undefined && holidays.length > 0) {
    throw usageError(`give either --region or --holiday, not both (got --region ${region} and --holiday ${holidays.join(', ')}); use --day-off for extra days off in a region`);
  }
  const weekend = flags.weekend === undefined ? undefined : parseWeekend(flags.weekend);
  checkDates('--holiday', holidays);
  checkDates('--day-off', flags.dayOff);
  const daysOff = [...(flags.dayOff ?? [])];
  if (region !== undefined) {
    return fromSource('--region', () => regionCalendar(region, { ...(weekend === undefined ? {} : { weekend: combineWeekend(defaultWeekend(region), weekend) }), daysOff }));
  }
  return createCalendar({ ...(weekend === undefined ? {} : { weekend }), holidays, daysOff });
}
