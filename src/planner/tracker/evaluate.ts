import { calendarAt } from '../../calendar/assertCalendar.js';
import { knownKeys } from '../../_lib/knownKeys.js';
import { instantAt, parseInstant } from '../../calendar/instant.js';
import type { Instant } from '../../calendar/instant.js';
import type { Calendar, CivilDate } from '../../calendar/types.js';
import { civilDateInZone } from '../../calendar/zone.js';
import { own, recordAt } from '../../_lib/check.js';
import { applicationInput } from '../inputs.js';
import { InvalidArgumentError, isFollowUpError } from '../../errors.js';
import type { Application } from '../../model/Application.js';
import type { DeepReadonly } from '../../model/DeepReadonly.js';
import type { Interview } from '../../model/Interview.js';
import type { Timeline } from '../../model/Timeline.js';
import { resolvePolicy } from '../../policy.js';
import type { Policy } from '../../policy.js';
import { ghostingDate } from '../ghostingDate.js';
import { PLAN_OPTION_KEYS, PLAN_OPTIONS, planFollowUp } from '../planFollowUp.js';
import type { FollowUpPlan } from '../types.js';
import { TrackerMachine } from './trackerMachine.js';
import type { TrackerContext, TrackerState } from './types.js';

/** The tracker's view of an application at `now`. @internal */
export interface Evaluation {
  readonly state: TrackerState;
  readonly machine: TrackerMachine;
  readonly policy: Policy;
  readonly calendar: Calendar;
  readonly nowMs: number;
  /** The current round's plan, while a round is under way. */
  readonly plan?: FollowUpPlan;
  /** `now` as a civil date in the employer's zone, while a round is under way. */
  readonly today?: CivilDate;
  /** From this day, silence counts as ghosting (R11.2), while a round is under way. */
  readonly ghostedOn?: CivilDate;
  /** The day of the employer's update without a date that the follow-up window counts from (R4.3), when it does. */
  readonly updatedOn?: CivilDate;
  /**
   * The date the employer promised news by in this round (R4.1), when there is one: kept when an update without a
   * date restarts the window (R4.3), whose plan then holds no promised date.
   */
  readonly promisedDate?: CivilDate;
}

const CYCLE: ReadonlySet<TrackerState> = new Set(['thank-you-due', 'waiting', 'follow-up-due', 'awaiting-reply', 'ghosted']);

/** @internal */
export function calendarOf(application: Application, ctx: TrackerContext): Calendar {
  const context = recordAt(ctx, 'ctx', PLAN_OPTIONS);
  const given = own(context, 'calendar');
  const c: unknown = typeof given === 'function' ? (given as (a: Application) => unknown)(application) : given;
  // The planner uses these two methods; its options are typed with the whole Calendar.
  return calendarAt(c, 'ctx.calendar', ['addBusinessDays', 'explain'], 'a Calendar from createCalendar(...), or a function returning one per application') as Calendar;
}

function max(a: CivilDate, b: CivilDate): CivilDate {
  return a > b ? a : b;
}

/**
 * The round's plan under the timeline the employer's messages gave, if any (R4.5). A date from a message that lies
 * before the round's interview (given with the invitation, and passed by the time the round was held) promises
 * nothing about this round: the round is planned without it.
 */
function planRound(interview: Interview, timeline: Timeline | undefined, calendar: Calendar, policy: Policy): FollowUpPlan {
  if (timeline !== undefined) {
    try {
      return planFollowUp({ ...interview, timeline }, { calendar, policy });
    } catch (e) {
      if (!isFollowUpError(e, 'INVALID_TIMELINE')) throw e;
    }
  }
  return planFollowUp(interview, { calendar, policy });
}

/**
 * The plan after word from the employer that gave no new date ("we are still reviewing") before any follow-up:
 * the no-timeline window counts again from the day of that message (R4.3), unless the plan's own window opens
 * later (a promised date still ahead). The ghosting day moves with the window (R11.2). The promised date, if any,
 * comes back apart from the plan: an R4.3 window has none, but no contact is due before it all the same (R4.1).
 */
function afterUpdate(plan: FollowUpPlan, updatedOn: CivilDate | undefined, calendar: Calendar, policy: Policy): { plan: FollowUpPlan; updatedOn?: CivilDate; promisedDate?: CivilDate } {
  const promised = plan.followUp.promisedDate === null ? {} : { promisedDate: plan.followUp.promisedDate };
  if (updatedOn === undefined) return { plan, ...promised };
  const earliest = calendar.addBusinessDays(updatedOn, policy.noTimelineWindow.from);
  if (earliest <= plan.followUp.earliest) return { plan, ...promised };
  return {
    plan: {
      ...plan,
      followUp: { rule: 'R4.3', promisedDate: null, earliest, latest: calendar.addBusinessDays(updatedOn, policy.noTimelineWindow.to) },
      ghostedOn: calendar.addBusinessDays(earliest, policy.ghostedAfterBusinessDays),
    },
    updatedOn,
    ...promised,
  };
}

/**
 * Replays the log and applies the time-based rules: the thank-you deadline (R1.2), the follow-up
 * window (R4.1–R4.3) and ghosting (R11.2). @internal
 */
export function evaluate(input: DeepReadonly<Application>, now: Instant | Date, ctx: TrackerContext, path = 'application'): Evaluation {
  const application = applicationInput(input, path);
  const context = recordAt(ctx, 'ctx', PLAN_OPTIONS);
  knownKeys(context, PLAN_OPTION_KEYS, 'ctx key');
  const policy = resolvePolicy(own(context, 'policy') as TrackerContext['policy']);
  const calendar = calendarOf(application, ctx);
  const nowMs = instantAt(now, 'now');
  const machine = TrackerMachine.replay(application, policy, path);
  if (machine.lastAt !== undefined && nowMs < parseInstant(machine.lastAt)) {
    throw new InvalidArgumentError('now', now, `an instant at or after the last event of ${path} "${application.id}" (${machine.lastAt})`);
  }
  const base = { machine, policy, calendar, nowMs };
  const interview = machine.round.interview;
  if (!CYCLE.has(machine.state) || interview === undefined) return { ...base, state: machine.state };

  const today = civilDateInZone(nowMs, interview.employerTimeZone);
  const zone = interview.employerTimeZone;
  const dayOf = (at: string): CivilDate => civilDateInZone(at, zone);
  // Once a follow-up went out, silence is what counts (below), not a window.
  const update = machine.round.updateAt === undefined || machine.round.followUps > 0 ? undefined : dayOf(machine.round.updateAt);
  const { plan, ...since } = afterUpdate(planRound(interview, machine.round.timeline, calendar, policy), update, calendar, policy);

  // Silence is measured from the last contact, and never from before the window opened (R11.2).
  let ghostedOn: CivilDate;
  if (machine.round.followUps > 0 && machine.round.lastFollowUpAt !== undefined) {
    let from = max(dayOf(machine.round.lastFollowUpAt), plan.followUp.earliest);
    if (machine.round.lastContactAt !== undefined) from = max(from, dayOf(machine.round.lastContactAt));
    ghostedOn = ghostingDate(from, { calendar, policy });
  } else {
    ghostedOn = plan.ghostedOn;
    if (machine.round.lastContactAt !== undefined) ghostedOn = max(ghostedOn, ghostingDate(dayOf(machine.round.lastContactAt), { calendar, policy }));
  }
  const timed = { ...base, plan, today, ghostedOn, ...since };

  let state = machine.state;
  if (state === 'thank-you-due') {
    const open = plan.thankYous.filter((t) => !machine.round.thanked.has(t.interviewerId));
    const deadline = Math.max(...open.map((t) => t.deadlineEpochMs));
    if (open.length > 0 && nowMs < deadline) return { ...timed, state };
    state = 'waiting';
  }
  const canFollowUp = machine.round.followUps < policy.maxFollowUps;
  if (state === 'waiting') {
    if (canFollowUp) state = today >= plan.followUp.earliest ? 'follow-up-due' : 'waiting';
    else state = today >= ghostedOn ? 'ghosted' : 'waiting';
  } else if (state === 'awaiting-reply') {
    // After a silent stretch, a policy that allows more follow-ups makes another one due (R11.3);
    // the default allows one, so the silence becomes ghosting (R11.2).
    if (today >= ghostedOn) state = canFollowUp ? 'follow-up-due' : 'ghosted';
  }
  return { ...timed, state };
}
