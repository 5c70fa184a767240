import { calendarAt } from '../calendar/assertCalendar.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { formatEpochDay } from '../calendar/epochDay.js';
import { instantMs } from '../calendar/instant.js';
import type { Calendar } from '../calendar/types.js';
import { epochDayInZone } from '../calendar/zone.js';
import { own, recordAt } from '../_lib/check.js';
import { describe, InvalidInputError } from '../errors.js';
import { interviewInput } from './inputs.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';
import type { Interview } from '../model/Interview.js';
import type { Timeline } from '../model/Timeline.js';
import { resolvePolicy } from '../policy.js';
import type { Policy } from '../policy.js';
import { explainPlan } from './explainPlan.js';
import { followUpDays } from './followUpDays.js';
import type { FollowUpDays } from './followUpDays.js';
import { deadlineAt } from './thankYouDeadline.js';
import type { FollowUpPlan, FollowUpWindow, PlanOptions, ThankYouDeadline } from './types.js';

const NONE: Timeline = { kind: 'none' };

/** @internal What the options of planFollowUp, ghostingDate and the tracker should be. */
export const PLAN_OPTIONS = 'an object { calendar, policy? }: the employer\'s business days, e.g. { calendar: regionCalendar("US-NY") } from interview-followup/holidays, or { calendar: createCalendar() } for Monday–Friday with no holidays';
/** @internal The keys of {@link PlanOptions}. */
export const PLAN_OPTION_KEYS: readonly string[] = ['calendar', 'policy'];

/** @internal Checks the `calendar` option and returns it: the planner uses `addBusinessDays` and `explain`. */
export function checkCalendar(calendar: unknown): Calendar {
  return calendarAt(calendar, 'options.calendar', ['addBusinessDays', 'explain']) as Calendar;
}

/** Epoch ms of the interview's end, which may not come before its start. */
function endedMsOf(interview: Interview): number {
  const startedMs = instantMs(interview.startedAt);
  const endedMs = instantMs(interview.endedAt);
  if (endedMs < startedMs) {
    throw new InvalidInputError('interview', [{
      path: ['endedAt'],
      message: `endedAt ${describe(interview.endedAt)} is before startedAt ${describe(interview.startedAt)}: an interview must end at or after its start.`,
    }]);
  }
  return endedMs;
}

/** The follow-up window of `days` as civil dates: R4.2 after a promised date, R4.3 without one. */
function followUpWindow(days: FollowUpDays): FollowUpWindow {
  const earliest = formatEpochDay(days.earliest);
  return days.promised === null
    ? { rule: 'R4.3', promisedDate: null, earliest, latest: formatEpochDay(days.latest) }
    : { rule: 'R4.2', promisedDate: formatEpochDay(days.promised), earliest, latest: null };
}

/**
 * What the candidate does after an interview and by when (R1.2, R4.1–R4.5, R11.2, R11.3): a
 * thank-you deadline per interviewer, the follow-up window in the employer's calendar, the day
 * silence after the follow-up counts as ghosting, and the reasons for each date.
 *
 * - Thank-you: `endedAt` + 24 h as an instant (86,400,000 ms, across DST changes too), also
 *   written in the candidate's zone (R1.2).
 * - With a timeline: the promised date (R4.5), then one full business day of grace, so the earliest
 *   follow-up is the promised date plus `graceBusinessDays + 1` business days (R4.1, R4.2).
 * - Without: the 7th to 10th business day after the day the interview ended, in the employer's
 *   zone (R4.3).
 * - Ghosting: `ghostedAfterBusinessDays` business days after the earliest follow-up (R11.2).
 *
 * Business days are those of `options.calendar` (R4.4), which the caller builds for the employer.
 *
 * @example
 * ```ts
 * const plan = planFollowUp(interview, { calendar: createCalendar() })
 * plan.followUp.earliest //=> "2026-12-08" when the employer promised news by Friday 2026-12-04
 * ```
 * @param interview - A parsed {@link Interview}, or a plain object of the same shape, read-only or
 * written `as const` (instants may be `Date`s); never changed. A bad field is reported by its path,
 * e.g. `interview.endedAt`.
 * @param options - The employer's calendar and policy overrides.
 * @returns A plain-data {@link FollowUpPlan}.
 * @throws {@link InvalidTimelineError} if the timeline resolves to a date before the interview;
 * {@link InvalidInputError} if `endedAt` is before `startedAt`; {@link UnknownTimeZoneError} for an
 * unknown zone; {@link InvalidDateError} for a malformed instant; {@link DateRangeError} for a date
 * outside 0001-01-01..9999-12-31, also in a zone (`endedAt` on 0000-12-31 in the employer's zone, a
 * thank-you deadline on 10000-01-01 in the candidate's); {@link InvalidArgumentError} for a missing
 * calendar or a bad policy.
 */
export function planFollowUp(interview: DeepReadonly<Interview>, options: PlanOptions): FollowUpPlan {
  knownKeys(recordAt(options, 'options', PLAN_OPTIONS), PLAN_OPTION_KEYS, 'options key');
  return planFor(interview, options, 'candidate');
}

/** {@link planFollowUp} with its reasons worded for `reader`: the candidate, or the hiring team (`candidateExpectations`). @internal */
export function planFor(interview: DeepReadonly<Interview>, options: PlanOptions, reader: 'candidate' | 'team'): FollowUpPlan {
  const checked = interviewInput(interview);
  const opts = recordAt(options, 'options', PLAN_OPTIONS);
  const calendar = checkCalendar(own(opts, 'calendar'));
  const policy: Policy = resolvePolicy(own(opts, 'policy') as PlanOptions['policy']);
  const endedMs = endedMsOf(checked);
  // R4.4: business days count on the employer's civil dates.
  const ended = epochDayInZone(endedMs, checked.employerTimeZone, 'interview.endedAt', checked.endedAt);

  // R1.1, R1.2: one note per interviewer, all due at the same instant.
  const due = deadlineAt(endedMs, policy.thankYouWithinHours, checked.candidateTimeZone);
  const thankYous: ThankYouDeadline[] = checked.interviewers.map((person) => ({
    rule: 'R1.2',
    interviewerId: person.id,
    interviewerName: person.name,
    deadline: due.deadline,
    deadlineInCandidateZone: due.deadlineInCandidateZone,
    deadlineEpochMs: due.deadlineEpochMs,
  }));

  const timeline = checked.timeline ?? NONE;
  const days = followUpDays(timeline, ended, calendar, policy);
  const reasons = explainPlan(days, { timeline, calendar, policy, thankYouBy: due.deadlineInCandidateZone, candidateTimeZone: checked.candidateTimeZone, reader });
  return {
    interviewId: checked.id,
    company: checked.company,
    role: checked.role,
    round: checked.round,
    candidateTimeZone: checked.candidateTimeZone,
    employerTimeZone: checked.employerTimeZone,
    interviewEndedOn: formatEpochDay(ended),
    thankYous,
    followUp: followUpWindow(days),
    ghostedOn: formatEpochDay(days.ghosted),
    maxFollowUps: policy.maxFollowUps,
    reasons,
  };
}
