import type { CivilDate } from '../../calendar/types.js';
import { formatEpochDay } from '../../calendar/epochDay.js';
import type { Instant } from '../../calendar/instant.js';
import type { Application } from '../../model/Application.js';
import type { DeepReadonly } from '../../model/DeepReadonly.js';
import { statusUpdateDay } from '../candidateExpectations.js';
import { evaluate } from './evaluate.js';
import type { TrackerContext, TrackerState } from './types.js';

/** What both shapes of a {@link TeamView} hold. */
interface TeamViewBase {
  readonly applicationId: string;
  /** The application's state, as {@link status} gives it. */
  readonly state: TrackerState;
  /** Whether the candidate has already followed up in this round (R11.3). */
  readonly followedUp: boolean;
}

/** A {@link TeamView} while the team owes the candidate news: every date is set. */
export interface TeamViewOwingNews extends TeamViewBase {
  /**
   * The team owes the candidate news: an interview was held and neither an offer, a rejection nor another round has
   * been sent since (R4, R7).
   */
  readonly owesNews: true;
  /** The day the candidate expects news by: the latest promised date (R4.1), else the day before they may follow up. */
  readonly expectsNewsBy: CivilDate;
  /** Write by this day and the candidate need not ask: one business day before they may follow up (R4.2, R4.3). */
  readonly statusUpdateBy: CivilDate;
  /** The first day the candidate may follow up, counted from the latest word the team gave (R4.3, R4.5). */
  readonly earliestFollowUp: CivilDate;
  /** Whether `statusUpdateBy` lies before today in the employer's zone: the candidate has waited past it. */
  readonly overdue: boolean;
}

/**
 * A {@link TeamView} while no news is owed: a next round is being arranged, an offer awaits the candidate's answer, or
 * the application has ended. No dates.
 */
export interface TeamViewNoNewsOwed extends TeamViewBase {
  readonly owesNews: false;
  readonly expectsNewsBy: null;
  readonly statusUpdateBy: null;
  readonly earliestFollowUp: null;
  readonly overdue: false;
}

/**
 * What a hiring team owes one candidate at a moment, from the application's whole log: see {@link teamView}. Tagged
 * by `owesNews`: after `if (view.owesNews)`, its dates are known to be set.
 */
export type TeamView = TeamViewOwingNews | TeamViewNoNewsOwed;

const OWES: ReadonlySet<TrackerState> = new Set(['thank-you-due', 'waiting', 'follow-up-due', 'awaiting-reply', 'ghosted']);

/**
 * The hiring team's side of an application at `now` (R4, R7, R11): whether the candidate is owed news, by when they
 * expect it and by when a status update reaches them before they have to ask, from the whole log, so a promised
 * date moved by a `timeline-updated` event, or a "still reviewing" reply that starts the wait again, counts as the
 * candidate's own tracker counts it. {@link candidateExpectations} gives the same dates for one interview, before
 * anything else has happened.
 *
 * @param application - The application with its event log.
 * @param now - The current instant (ISO 8601 with offset, or a `Date`); never read from a clock.
 * @param ctx - The employer's calendar (R4.4) and policy overrides.
 * @returns A {@link TeamView}; its dates are `null` when no news is owed.
 * @throws the errors of {@link status}.
 * @example
 * ```ts
 * // Interview on Tuesday 2026-12-01, no date promised: the candidate may follow up from 2026-12-10.
 * teamView(application, '2026-12-09T10:00:00-05:00', { calendar: createCalendar() })
 * //=> { state: "waiting", owesNews: true, expectsNewsBy: "2026-12-09", statusUpdateBy: "2026-12-09", earliestFollowUp: "2026-12-10", overdue: false, … }
 * ```
 */
export function teamView(application: DeepReadonly<Application>, now: Instant | Date, ctx: TrackerContext): TeamView {
  const e = evaluate(application, now, ctx);
  const base = { applicationId: e.machine.application.id, state: e.state, followedUp: e.machine.round.followUps > 0 };
  if (!OWES.has(e.state) || e.plan === undefined || e.today === undefined) {
    return { ...base, owesNews: false, expectsNewsBy: null, statusUpdateBy: null, earliestFollowUp: null, overdue: false };
  }
  const { followUp } = e.plan;
  const statusUpdateBy = formatEpochDay(statusUpdateDay(e.calendar, e.plan));
  const promised = followUp.promisedDate;
  return {
    ...base,
    owesNews: true,
    expectsNewsBy: promised === null || e.updatedOn !== undefined ? statusUpdateBy : promised,
    statusUpdateBy,
    earliestFollowUp: followUp.earliest,
    overdue: e.today > statusUpdateBy,
  };
}
