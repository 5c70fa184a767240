import { parseCivilDate } from '../calendar/epochDay.js';
import type { Calendar } from '../calendar/types.js';
import type { Timeline } from '../model/Timeline.js';
import type { Policy } from '../policy.js';
import { resolveTimelineDay } from './resolveTimeline.js';

/** The dates of a follow-up plan, as epoch days of the employer's calendar (see {@link followUpDays}). */
export type FollowUpDays = FollowUpCommonDays & (PromisedDays | NoTimelineDays);

/** The days every plan has. */
interface FollowUpCommonDays {
  /** The day the interview ended, in the employer's zone (R4.4). */
  readonly ended: number;
  /** The day silence after the follow-up counts as ghosting (R11.2). */
  readonly ghosted: number;
}

/** After a promised date (R4.1, R4.2). */
interface PromisedDays {
  /** The promised date (R4.5). */
  readonly promised: number;
  /** Where the promised span starts: the span's `from`, the day the interview ended, or the promised date itself. */
  readonly spanFrom: number;
  /** The earliest follow-up: `graceBusinessDays + 1` business days after the promised date (R4.2). */
  readonly earliest: number;
  readonly latest: null;
}

/** Without a timeline (R4.3). */
interface NoTimelineDays {
  readonly promised: null;
  /** The day the interview ended. */
  readonly spanFrom: number;
  /** The first and the last day of the no-timeline window (R4.3). */
  readonly earliest: number;
  readonly latest: number;
}

/**
 * The follow-up dates after an interview that ended on epoch day `ended` (R4.1–R4.3, R11.2): the
 * promised date and its grace, or the no-timeline window, then the ghosting day, all counted in
 * `calendar`'s business days. Errors name the timeline `interview.timeline`.
 *
 * @throws {@link InvalidTimelineError} if the timeline resolves to a date before the interview.
 */
export function followUpDays(timeline: Timeline, ended: number, calendar: Calendar, policy: Policy): FollowUpDays {
  const promised = resolveTimelineDay(timeline, ended, calendar, 'interview.timeline');
  const window: PromisedDays | NoTimelineDays = promised === null
    // R4.3: no timeline, the 7th to 10th business day after the interview.
    ? {
      promised,
      spanFrom: ended,
      earliest: calendar.addBusinessDays(ended, policy.noTimelineWindow.from),
      latest: calendar.addBusinessDays(ended, policy.noTimelineWindow.to),
    }
    // R4.1/R4.2: nothing before the promised date, then `graceBusinessDays` whole business days.
    : {
      promised,
      spanFrom: timeline.kind === 'business-days' && timeline.from !== undefined ? parseCivilDate(timeline.from) : timeline.kind === 'business-days' ? ended : promised,
      earliest: calendar.addBusinessDays(promised, policy.graceBusinessDays + 1),
      latest: null,
    };
  // R11.2: ghosting is declared only after one follow-up has gone unanswered.
  const ghosted = calendar.addBusinessDays(window.earliest, policy.ghostedAfterBusinessDays);
  return { ended, ghosted, ...window };
}
