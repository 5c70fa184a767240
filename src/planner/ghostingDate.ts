import { own, recordAt } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { civilDayAt, formatEpochDay } from '../calendar/epochDay.js';
import type { CivilDate } from '../calendar/types.js';
import { resolvePolicy } from '../policy.js';
import { checkCalendar, PLAN_OPTION_KEYS, PLAN_OPTIONS } from './planFollowUp.js';
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
  const opts = recordAt(options, 'options', PLAN_OPTIONS);
  knownKeys(opts, PLAN_OPTION_KEYS, 'options key');
  const calendar = checkCalendar(own(opts, 'calendar'));
  const policy = resolvePolicy(own(opts, 'policy') as PlanOptions['policy']);
  const day = civilDayAt(followUpSentOn, 'followUpSentOn');
  return formatEpochDay(calendar.addBusinessDays(day, policy.ghostedAfterBusinessDays));
}
