import { createCalendar } from '../calendar/createCalendar.js';
import type { Calendar, CivilDate, DayOff, Weekday } from '../calendar/types.js';
import { InvalidArgumentError } from '../errors.js';
import { EMPLOYER_CALENDAR_FIELDS as FIELDS } from '../_lib/interviewFields.js';
import { regionCalendar } from './regionCalendar.js';
import type { RegionHolidaysOptions } from './regionHolidays.js';

/** The employer's calendar as data: the shape of `Interview['employerCalendar']` in the model. */
export interface EmployerCalendarData {
  /** ISO 3166-1 country or ISO 3166-2 subdivision whose public holidays apply, e.g. `"DE-BY"`. */
  readonly region?: string | undefined;
  /** The employer's weekend; defaults to the region's usual weekend, or Saturday–Sunday. */
  readonly weekend?: readonly Weekday[] | undefined;
  /** Company closures. */
  readonly daysOff?: readonly DayOff[] | undefined;
  /** Make-up working days. */
  readonly workingDays?: readonly CivilDate[] | undefined;
}

/**
 * Builds the employer's business-day calendar (R4.4) from the data an interview carries
 * (`interview.employerCalendar`): the region's public holidays and weekend, plus company days off
 * and make-up days. Without a region, only the weekend and the company's own days count.
 *
 * @param data - `interview.employerCalendar`, or `undefined` for a plain Saturday–Sunday calendar.
 * @param options - Which holiday types count (`types`, `partDays`), as for {@link regionCalendar}.
 * @throws {@link UnknownRegionError} for an unknown region; {@link InvalidArgumentError} for malformed data, or a
 *   field that is none of the four (a misspelt `regoin` would otherwise drop the region's holidays).
 * @example
 * ```ts
 * const calendar = calendarForEmployer(interview.employerCalendar)
 * planFollowUp(interview, { calendar })
 * ```
 */
export function calendarForEmployer(data: EmployerCalendarData | undefined, options: RegionHolidaysOptions = {}): Calendar {
  if (data === undefined) return createCalendar();
  if (typeof data !== 'object' || data === null) throw new InvalidArgumentError('employer calendar', data, 'an object { region?, weekend?, daysOff?, workingDays? }');
  // A field of another name ("regoin") would be dropped, and the region's holidays with it.
  for (const key of Object.keys(data)) {
    if (!FIELDS.includes(key) && (data as Record<string, unknown>)[key] !== undefined) throw new InvalidArgumentError(`employerCalendar.${key}`, (data as Record<string, unknown>)[key], `one of the fields ${FIELDS.join(', ')} (this one would be ignored)`);
  }
  const rest = {
    ...(data.weekend === undefined ? {} : { weekend: data.weekend }),
    ...(data.daysOff === undefined ? {} : { daysOff: data.daysOff }),
    ...(data.workingDays === undefined ? {} : { workingDays: data.workingDays }),
  };
  return data.region === undefined ? createCalendar(rest) : regionCalendar(data.region, { ...options, ...rest });
}
