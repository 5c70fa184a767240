import { createCalendar } from '../calendar/createCalendar.js';
import { defaultWeekend } from '../calendar/defaultWeekend.js';
import type { Calendar, Weekday, WeekendPeriod } from '../calendar/types.js';
import { InvalidArgumentError, InvalidCalendarError, isFollowUpError } from '../errors.js';
import type { EmployerCalendarData } from '../holidays/calendarForEmployer.js';
import { regionCalendar } from '../holidays/regionCalendar.js';
import { regionHolidays } from '../holidays/regionHolidays.js';
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
 * The interview's own calendar, and where it came from: a region it names is reported under that
 * field (`Invalid employerCalendar.region in interview.json: …`).
 */
export interface FileCalendar {
  readonly calendar: EmployerCalendarData | undefined;
  /** The file, as messages name it (`interview.json`, `standard input`). */
  readonly source: string;
}

/**
 * Checks the calendar flags: `--region` with `--holiday` is a usage error, and every value is
 * checked under its flag's name before the library (or any file) sees it.
 */
export function checkCalendarFlags(flags: CalendarFlags): void {
  const region = flags.region;
  const holidays = flags.holiday ?? [];
  if (region !== undefined && holidays.length > 0) {
    throw usageError(`give either --region or --holiday, not both (got --region ${region} and --holiday ${holidays.join(', ')}); use --day-off for extra days off in a region`);
  }
  if (flags.weekend !== undefined) parseWeekend(flags.weekend);
  checkDates('--holiday', holidays);
  checkDates('--day-off', flags.dayOff);
  // An unknown region is found here; no holidays are read until a year is asked for.
  if (region !== undefined) fromSource('--region', () => regionHolidays(region));
}

/** The region the calendar counts: `--region`, else the interview's own, with where it came from. */
function regionOf(flags: CalendarFlags, file?: FileCalendar): { readonly code: string; readonly source: string } | undefined {
  if (flags.region !== undefined) return { code: flags.region, source: '--region' };
  const code = file?.calendar?.region;
  return code === undefined ? undefined : { code, source: `employerCalendar.region in ${file!.source}` };
}

/** Whether a weekend (or every period of one that changed over time) takes all seven days off. */
function coversEveryDay(weekend: readonly Weekday[] | readonly WeekendPeriod[]): boolean {
  const periods = typeof weekend[0] === 'object' ? (weekend as readonly WeekendPeriod[]).map((p) => p.days) : [weekend as readonly Weekday[]];
  return periods.every((days) => new Set(days).size === 7);
}

/**
 * The library's error for a weekend of seven days speaks of `workingDays`, which the CLI has no flag for: this one
 * names `--weekend` and the weekend it was added to (R4.4).
 */
function noBusinessDay(flag: string, addedTo: string | undefined): InvalidCalendarError {
  const added = addedTo === undefined ? '' : ` (added to ${addedTo} weekend)`;
  return new InvalidCalendarError(`Invalid --weekend "${flag}"${added}: every day of the week is then a weekend day, so no day is a business day; leave at least one day (0 = Sunday … 6 = Saturday) out of the weekend.`);
}

/**
 * Builds the employer's calendar from `--region`, `--weekend`, `--holiday` and `--day-off`, on top
 * of the interview's own `employerCalendar` when `file` gives one (R4.4). `--region` replaces the
 * interview's region; the other flags add to its calendar, whose holidays, weekend, days off and
 * make-up working days are kept:
 * - `--weekend` adds days to the weekend in force (the interview's `weekend`, else the region's
 *   own); only when neither the interview nor a region gives one is it the weekend itself;
 * - `--day-off` adds company days off to the interview's;
 * - `--holiday` adds public holidays to a calendar without a region. With a region, `--region`
 *   or the interview's, it is a usage error that points to `--day-off`, as the region's public
 *   holidays come from its data.
 */
export function calendarFromArgs(flags: CalendarFlags, file?: FileCalendar): Calendar {
  checkCalendarFlags(flags);
  const employer = file?.calendar;
  const region = regionOf(flags, file);
  const holidays = [...(flags.holiday ?? [])];
  if (region !== undefined && holidays.length > 0) {
    throw usageError(`the interview's employerCalendar has the region ${region.code}, whose public holidays count: use --day-off for extra days off in it, not --holiday (got --holiday ${holidays.join(', ')})`);
  }
  const extra = flags.weekend === undefined ? undefined : parseWeekend(flags.weekend);
  const base = employer?.weekend ?? (region === undefined || extra === undefined ? undefined : fromSource(region.source, () => defaultWeekend(region.code)));
  const weekend = extra === undefined ? base : base === undefined ? extra : combineWeekend(base, extra);
  if (extra !== undefined && employer?.workingDays === undefined && weekend !== undefined && coversEveryDay(weekend)) {
    throw noBusinessDay(flags.weekend!, base === undefined ? undefined : employer?.weekend === undefined ? 'the region\'s' : 'the interview\'s');
  }
  const options = {
    ...(weekend === undefined ? {} : { weekend }),
    daysOff: [...(employer?.daysOff ?? []), ...(flags.dayOff ?? [])],
    ...(employer?.workingDays === undefined ? {} : { workingDays: employer.workingDays }),
  };
  if (region !== undefined) return fromSource(region.source, () => regionCalendar(region.code, options));
  return createCalendar({ ...options, holidays });
}
