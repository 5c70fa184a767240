import { own, recordAt } from '../_lib/check.js';
import { civilDayAt, formatEpochDay } from '../calendar/epochDay.js';
import type { CivilDate } from '../calendar/types.js';
import { resolvePolicy } from '../policy.js';
import { checkCalendar } from './planFollowUp.js';
import type { PlanOptions } from './types.js';

/**
 * The day from which silence after a follow-up counts as ghosting: `ghostedAfterBusinessDays`
 * (10) business days after the day the follow-up was sent, in the employer's calendar (R11.2).
 *
 * @param followUpSentOn - The civil date the follow-up went out, in the employer's zone.
 * @param options - The employer's calendar and policy overrides.
 * @throws {@link InvalidArgumentError} for a bad date, calendar or policy.
 * @example
 * ```ts
 * ghostingDate('2026-12-08', { calendar: createCalendar() }) //=> "2026-12-22"
 * ```
 */
export function ghostingDate(followUpSentOn: CivilDate, options: PlanOptions): CivilDate {
  const opts = recordAt(options, 'options', 'an object { calendar, policy? }: the employer\'s business days, e.g. { calendar: regionCalendar("US-NY") } from interview-followup/holidays, or { calendar: createCalendar() } for Monday–Friday with no holidays');
  const calendar = checkCalendar(own(opts, 'calendar'));
  const policy = resolvePolicy(own(opts, 'policy') as PlanOptions['policy']);
  const day = civilDayAt(followUpSentOn, 'followUpSentOn');
  return formatEpochDay(calendar.addBusinessDays(day, policy.ghostedAfterBusinessDays));
}
