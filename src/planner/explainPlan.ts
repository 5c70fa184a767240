import { formatEpochDay } from '../calendar/epochDay.js';
import type { Calendar, NonBusinessDay } from '../calendar/types.js';
import type { Timeline } from '../model/Timeline.js';
import type { Policy } from '../policy.js';
import { summarizeSkipped } from './summarizeSkipped.js';
import type { FollowUpDays } from './followUpDays.js';
import type { PlanReason, ThankYouDeadline } from './types.js';

/** What {@link explainPlan} words besides the plan's dates. */
export interface PlanContext {
  readonly timeline: Timeline;
  readonly calendar: Calendar;
  readonly policy: Policy;
  /** The thank-you deadline written in the candidate's zone (R1.2). */
  readonly thankYouBy: ThankYouDeadline['deadlineInCandidateZone'];
  readonly candidateTimeZone: string;
  /** Who reads the reasons: the candidate (advice) or the hiring team (what the candidate may do). */
  readonly reader: 'candidate' | 'team';
}

/** The non-business days in (a, b], both epoch days. */
type SkippedIn = (a: number, b: number) => NonBusinessDay[];

/**
 * The reasons for each date of a plan, in order: thank-you (R1.2), the promised date (R4.1) and the
 * follow-up after it (R4.2) or the no-timeline window (R4.3), then ghosting (R11.2); each names the
 * weekends, holidays and days off it skipped.
 */
export function explainPlan(days: FollowUpDays, context: PlanContext): PlanReason[] {
  const skippedIn = skippedDays(days, context.calendar);
  return [
    thankYouReason(context),
    ...(days.promised === null ? noTimelineReasons(days, context, skippedIn) : promisedReasons(days, context, skippedIn)),
    ghostedReason(days, context, skippedIn),
  ];
}

/** One `calendar.explain` over the whole plan, sliced per reason: (a, b] for each date. */
function skippedDays(days: FollowUpDays, calendar: Calendar): SkippedIn {
  const first = days.promised === null ? days.ended : Math.min(days.spanFrom, days.promised);
  const all = calendar.explain(first + 1, Math.max(days.ghosted, days.latest ?? days.ghosted));
  return (a, b) => {
    if (b <= a) return [];
    const from = formatEpochDay(a + 1), to = formatEpochDay(b);
    return all.filter((d) => d.date >= from && d.date <= to);
  };
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

function thankYouReason({ policy, thankYouBy, candidateTimeZone }: PlanContext): PlanReason {
  return {
    subject: 'thank-you',
    rule: 'R1.2',
    date: thankYouBy,
    text: `Send each interviewer a thank-you note within ${policy.thankYouWithinHours} hours of the interview's end: by ${thankYouBy} in ${candidateTimeZone}.`,
    skipped: [],
  };
}

/** R4.1 then R4.2: no contact before the promised date, and the follow-up after one full business day of grace. */
function promisedReasons(days: FollowUpDays & { readonly promised: number }, { timeline, policy, reader }: PlanContext, skippedIn: SkippedIn): PlanReason[] {
  const { promised } = days;
  const span = skippedIn(days.spanFrom, promised);
  const skipped = skippedIn(promised, days.earliest);
  const grace = policy.graceBusinessDays;
  return [
    {
      subject: 'promised-date',
      rule: 'R4.1',
      date: formatEpochDay(promised),
      text: timeline.kind === 'date'
        ? `The employer promised news ${timelineWords(timeline)}; no contact is due before then (R4.1).`
        : `The employer promised news ${timelineWords(timeline)}, which ends on ${formatEpochDay(promised)}; no contact is due before then (R4.1)${summarizeSkipped(span)}.`,
      skipped: span,
    },
    {
      subject: 'follow-up',
      rule: 'R4.2',
      date: formatEpochDay(days.earliest),
      text: `${reader === 'team' ? 'The candidate may follow up' : 'Follow up'} from ${formatEpochDay(days.earliest)}: after the promised date, ${grace} full business day${grace === 1 ? '' : 's'} of the employer's calendar must pass first${summarizeSkipped(skipped)}.`,
      skipped,
    },
  ];
}

/** R4.3: the first and the last day of the window when no timeline was given. */
function noTimelineReasons(days: FollowUpDays & { readonly promised: null }, { policy, reader }: PlanContext, skippedIn: SkippedIn): PlanReason[] {
  const { from, to } = policy.noTimelineWindow;
  const last = days.latest;
  const skippedEarliest = skippedIn(days.ended, days.earliest);
  const skippedLatest = skippedIn(days.earliest, last);
  return [
    {
      subject: 'follow-up',
      rule: 'R4.3',
      date: formatEpochDay(days.earliest),
      text: `No timeline was given: ${reader === 'team' ? 'the candidate may follow up' : 'follow up'} from business day ${from} after the interview on ${formatEpochDay(days.ended)}, that is ${formatEpochDay(days.earliest)}${summarizeSkipped(skippedEarliest)}.`,
      skipped: skippedEarliest,
    },
    {
      subject: 'follow-up-latest',
      rule: 'R4.3',
      date: formatEpochDay(last),
      text: `${reader === 'team' ? 'The candidate is likely to follow up' : 'Send it'} by business day ${to} after the interview, ${formatEpochDay(last)}${summarizeSkipped(skippedLatest)}.`,
      skipped: skippedLatest,
    },
  ];
}

/** R11.2, worded neutrally (R11.4). */
function ghostedReason(days: FollowUpDays, { policy, reader }: PlanContext, skippedIn: SkippedIn): PlanReason {
  const skipped = skippedIn(days.earliest, days.ghosted);
  const silence = reader === 'team'
    ? `they are likely to read the silence as the end of the process and put their effort into other applications (R11.2, R11.4)`
    : `treat the silence as part of the employer's process and put the effort into other applications (R11.2, R11.4)`;
  return {
    subject: 'ghosted',
    rule: 'R11.2',
    date: formatEpochDay(days.ghosted),
    text: `If ${reader === 'team' ? 'the candidate\'s' : 'a'} follow-up sent on ${formatEpochDay(days.earliest)} still has no answer by ${formatEpochDay(days.ghosted)}, ${policy.ghostedAfterBusinessDays} business days later, ${silence}${summarizeSkipped(skipped)}.`,
    skipped,
  };
}
