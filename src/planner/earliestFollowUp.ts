import type { CivilDate } from '../calendar/types.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';
import type { Interview } from '../model/Interview.js';
import { planFollowUp } from './planFollowUp.js';
import type { PlanOptions } from './types.js';

/**
 * Earliest civil date on which the candidate may follow up (R4.1–R4.3), in the employer's calendar.
 *
 * @param interview - A parsed {@link Interview}.
 * @param options - The employer's calendar and policy overrides.
 * @returns A `YYYY-MM-DD` business day of the employer's calendar.
 * @throws the errors of {@link planFollowUp}.
 * @example
 * ```ts
 * earliestFollowUp(interview, { calendar }) //=> "2026-12-08" when news was promised by Friday 2026-12-04
 * ```
 */
export function earliestFollowUp(interview: DeepReadonly<Interview>, options: PlanOptions): CivilDate {
  return planFollowUp(interview, options).followUp.earliest;
}
