import { formatEpochDay, parseCivilDate } from '../calendar/epochDay.js';
import type { Calendar, NonBusinessDay } from '../calendar/types.js';
import { calendarAt, own, recordAt } from '../_lib/check.js';
import { describe, InvalidArgumentError, InvalidInputError } from '../errors.js';
import { interviewInput } from './_input.js';
import type { Interview } from '../model/Interview.js';
import type { Timeline } from '../model/Timeline.js';
import { resolvePolicy } from '../policy.js';
import type { Policy } from '../policy.js';
import { summarizeSkipped } from './_explain.js';
import { instantMs } from './_instant.js';
import { epochDayInZone } from './_zoneOffset.js';
import { resolveTimelineDay } from './resolveTimeline.js';
import { deadlineAt } from './thankYouDeadline.js';
import type { FollowUpPlan, PlanOptions, PlanReason, ThankYouDeadline } from './types.js';

const NONE: Timeline = { kind: 'none' };

/** @internal Checks the `calendar` option and returns it. */
export function checkCalendar(calendar: unknown): Calendar {
  return calendarAt<Calendar>(calendar, 'options.calendar');
}

function timelineWords(timeline: Timeline): string {
  const said = timeline.text === undefined ? '' : ` ("${timeline.text}")`;
  switch (timeline.kind) {
    case 'date': return `by ${timeline.date}${said}`;
    case 'calendar-days': return `within ${timeline.days} calendar day${timeline.days === 1 ? '' : 's'}${said}`;
    case 'weeks': return `within ${timeline.weeks} week${timeline.weeks === 1 ? '' : 's'}${said}`;
    case 'business-days': return `within ${timeline.days} business day${timeline.days === 1 ? '' : 's'}${said}`;
    default: return 'no timeline';
  }
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
 * @param interview - A parsed {@link Interview}, or a plain object of the same shape (instants may be
 * `Date`s); a bad field is reported by its path, e.g. `interview.endedAt`.
 * @param options - The employer's calendar and policy overrides.
 * @returns A plain-data {@link FollowUpPlan}.
 * @throws {@link InvalidTimelineError} if the timeline resolves to a date before the interview;
 * {@link InvalidInputError} if `endedAt` is before `startedAt`; {@link UnknownTimeZoneError} for an
 * unknown zone; {@link InvalidDateError} for a malformed instant; {@link InvalidArgumentError} for a
 * missing calendar or a bad policy.
 * @example
 * ```ts
 * const plan = planFollowUp(interview, { calendar: createCalendar() })
 * plan.followUp.earliest //=> "2026-12-08" when the employer promised news by Friday 2026-12-04
 * ```
 */
export function planFollowUp(interview: Interview, options: PlanOptions): FollowUpPlan {
  interview = interviewInput(interview);
  const opts = recordAt(options, 'options', 'an object { calendar, policy? }: the employer\'s business days, e.g. { calendar: regionCalendar("US-NY") } from interview-followup/holidays, or { calendar: createCalendar() } for Monday–Friday with no holidays');
  const calendar = checkCalendar(own(opts, 'calendar'));
  const policy: Policy = resolvePolicy(own(opts, 'policy') as PlanOptions['policy']);
  const startedMs = instantMs(interview.startedAt);
  const endedMs = instantMs(interview.endedAt);
  if (endedMs < startedMs) {
    throw new InvalidInputError('interview', [{
      path: ['endedAt'],
      message: `endedAt ${describe(interview.endedAt)} is before startedAt ${describe(interview.startedAt)}: an interview must end at or after its start.`,
    }]);
  }

  // R4.4: business days count on the employer's civil dates.
  const day0 = epochDayInZone(endedMs, interview.employerTimeZone);
  const interviewEndedOn = formatEpochDay(day0);
  const reasons: PlanReason[] = [];

  // R1.1, R1.2: one note per interviewer, all due at the same instant.
  const due = deadlineAt(endedMs, policy.thankYouWithinHours, interview.candidateTimeZone);
  const thankYous: ThankYouDeadline[] = interview.interviewers.map((person) => ({
    rule: 'R1.2',
    interviewerId: person.id,
    interviewerName: person.name,
    deadline: due.deadline,
    deadlineInCandidateZone: due.deadlineInCandidateZone,
    deadlineEpochMs: due.deadlineEpochMs,
  }));
  reasons.push({
    subject: 'thank-you',
    rule: 'R1.2',
    date: due.deadlineInCandidateZone,
    text: `Send each interviewer a thank-you note within ${policy.thankYouWithinHours} hours of the interview's end: by ${due.deadlineInCandidateZone} in ${interview.candidateTimeZone}.`,
    skipped: [],
  });

  const timeline = interview.timeline ?? NONE;
  const promised = resolveTimelineDay(timeline, day0, calendar);
  let earliest: number;
  let latest: number | null = null;
  let spanFrom = day0;
  if (promised !== null) {
    // R4.1/R4.2: nothing before the promised date, then `graceBusinessDays` whole business days.
    earliest = calendar.addBusinessDays(promised, policy.graceBusinessDays + 1);
    spanFrom = timeline.kind === 'business-days' && timeline.from !== undefined ? parseCivilDate(timeline.from) : timeline.kind === 'business-days' ? day0 : promised;
  } else {
    // R4.3: no timeline, the 7th to 10th business day after the interview.
    earliest = calendar.addBusinessDays(day0, policy.noTimelineWindow.from);
    latest = calendar.addBusinessDays(day0, policy.noTimelineWindow.to);
  }
  // R11.2: ghosting is declared only after one follow-up has gone unanswered.
  const ghosted = calendar.addBusinessDays(earliest, policy.ghostedAfterBusinessDays);

  // One explain() over the whole plan, sliced per reason: (a, b] for each date.
  const first = promised === null ? day0 : Math.min(spanFrom, promised);
  const all = calendar.explain(first + 1, Math.max(ghosted, latest ?? ghosted));
  const skippedIn = (a: number, b: number): NonBusinessDay[] => {
    if (b <= a) return [];
    const from = formatEpochDay(a + 1), to = formatEpochDay(b);
    return all.filter((d) => d.date >= from && d.date <= to);
  };

  if (promised !== null) {
    const span = skippedIn(spanFrom, promised);
    reasons.push({
      subject: 'promised-date',
      rule: 'R4.5',
      date: formatEpochDay(promised),
      text: timeline.kind === 'date'
        ? `The employer promised news ${timelineWords(timeline)}; no contact is due before then (R4.1).`
        : `The employer promised news ${timelineWords(timeline)}, which ends on ${formatEpochDay(promised)}; no contact is due before then (R4.1)${summarizeSkipped(span)}.`,
      skipped: span,
    });
    const skipped = skippedIn(promised, earliest);
    reasons.push({
      subject: 'follow-up',
      rule: 'R4.2',
      date: formatEpochDay(earliest),
      text: `Follow up from ${formatEpochDay(earliest)}: after the promised date, ${policy.graceBusinessDays} full business day${policy.graceBusinessDays === 1 ? '' : 's'} of the employer's calendar must pass first${summarizeSkipped(skipped)}.`,
      skipped,
    });
  } else {
    const { from, to } = policy.noTimelineWindow;
    const skippedEarliest = skippedIn(day0, earliest);
    reasons.push({
      subject: 'follow-up',
      rule: 'R4.3',
      date: formatEpochDay(earliest),
      text: `No timeline was given: follow up from business day ${from} after the interview on ${interviewEndedOn}, that is ${formatEpochDay(earliest)}${summarizeSkipped(skippedEarliest)}.`,
      skipped: skippedEarliest,
    });
    const last = latest ?? earliest;
    const skippedLatest = skippedIn(earliest, last);
    reasons.push({
      subject: 'follow-up-latest',
      rule: 'R4.3',
      date: formatEpochDay(last),
      text: `Send it by business day ${to} after the interview, ${formatEpochDay(last)}${summarizeSkipped(skippedLatest)}.`,
      skipped: skippedLatest,
    });
  }

  const skippedGhost = skippedIn(earliest, ghosted);
  reasons.push({
    subject: 'ghosted',
    rule: 'R11.2',
    date: formatEpochDay(ghosted),
    text: `If a follow-up sent on ${formatEpochDay(earliest)} still has no answer by ${formatEpochDay(ghosted)}, ${policy.ghostedAfterBusinessDays} business days later, treat the silence as part of the employer's process and put the effort into other applications (R11.4)${summarizeSkipped(skippedGhost)}.`,
    skipped: skippedGhost,
  });

  return {
    interviewId: interview.id,
    company: interview.company,
    role: interview.role,
    round: interview.round,
    candidateTimeZone: interview.candidateTimeZone,
    employerTimeZone: interview.employerTimeZone,
    interviewEndedOn,
    thankYous,
    followUp: {
      rule: promised === null ? 'R4.3' : 'R4.2',
      promisedDate: promised === null ? null : formatEpochDay(promised),
      earliest: formatEpochDay(earliest),
      latest: latest === null ? null : formatEpochDay(latest),
    },
    ghostedOn: formatEpochDay(ghosted),
    maxFollowUps: policy.maxFollowUps,
    reasons,
  };
}
