import { InvalidArgumentError } from '../errors.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { createCalendar } from '../calendar/createCalendar.js';
import type { Calendar, CalendarOptions } from '../calendar/types.js';
import { defaultWeekend } from '../calendar/defaultWeekend.js';
import { regionHolidays, type RegionHolidaysOptions } from './regionHolidays.js';
import { resolveRegion } from './resolveRegion.js';

/** Options of {@link regionCalendar}: the region's holiday options plus calendar overrides. */
export interface RegionCalendarOptions extends RegionHolidaysOptions {
  /** The employer's weekend, when it differs from the region's usual one. @defaultValue `defaultWeekend(code)` */
  readonly weekend?: CalendarOptions['weekend'];
  /** Company closures on top of the region's holidays. */
  readonly daysOff?: CalendarOptions['daysOff'];
  /** Make-up working days that override the weekend and holidays. */
  readonly workingDays?: CalendarOptions['workingDays'];
}

const OPTION_KEYS = ['weekend', 'daysOff', 'workingDays', 'types', 'partDays'];

/**
 * A business-day calendar for a country or subdivision (R4.4): its usual weekend
 * ({@link defaultWeekend}) and its public holidays from date-holidays ({@link regionHolidays}),
 * plus the employer's own closures and make-up days.
 *
 * Equivalent to `createCalendar({ weekend: defaultWeekend(code), holidays: regionHolidays(code, { types, partDays }), daysOff, workingDays })`
 * with any given `weekend` replacing the default.
 *
 * @param code - `'US'`, `'US-CA'`, `'GB-SCT'`, `'DE-BY'`, `'AU-NSW'`… (any case, `_` or `-`).
 * @param options - {@link RegionCalendarOptions}.
 * @returns An immutable {@link Calendar}.
 * @throws {@link UnknownRegionError} for a region the data does not have (with suggestions);
 *   {@link InvalidArgumentError} for a malformed code or option;
 *   {@link MissingDependencyError} when date-holidays is not installed.
 * @example
 * ```ts
 * const calendar = regionCalendar('US')
 * calendar.addBusinessDays('2026-11-25', 1) //=> "2026-11-27" (Thanksgiving is 2026-11-26)
 * ```
 */
export function regionCalendar(code: string, options: RegionCalendarOptions = {}): Calendar {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('region calendar options', options, 'an object');
  knownKeys(options, OPTION_KEYS, 'region calendar option');
  const region = resolveRegion(code);
  const { weekend, daysOff, workingDays, types, partDays } = options;
  const holidayOptions: { types?: NonNullable<RegionHolidaysOptions['types']>; partDays?: boolean } = {};
  if (types !== undefined) holidayOptions.types = types;
  if (partDays !== undefined) holidayOptions.partDays = partDays;
  const calendarOptions: { -readonly [K in keyof CalendarOptions]: CalendarOptions[K] } = {
    weekend: weekend ?? defaultWeekend(region),
    holidays: regionHolidays(region, holidayOptions),
  };
  if (daysOff !== undefined) calendarOptions.daysOff = daysOff;
  if (workingDays !== undefined) calendarOptions.workingDays = workingDays;
  return createCalendar(calendarOptions);
}
