import type { Instant } from '../../calendar/instant.js';
import type { Application } from '../../model/Application.js';
import type { DeepReadonly } from '../../model/DeepReadonly.js';
import { evaluate } from './evaluate.js';
import type { TrackerContext, TrackerState } from './types.js';

/**
 * Where an application stands at `now`: its event-driven state, moved on by time where the rules
 * say so: thank-you notes past their deadline (R1.2), the follow-up window opening (R4.1–R4.3), and
 * silence after the follow-up turning into ghosting (R11.2).
 *
 * @param application - The application with its event log.
 * @param now - The current instant (ISO 8601 with offset, or a `Date`); never read from a clock.
 * @param ctx - The employer's calendar (R4.4) and policy overrides.
 * @returns One of the eleven {@link TrackerState}s.
 * @throws {@link InvalidTransitionError} if the log itself breaks the state machine;
 *   {@link InvalidArgumentError} for a missing calendar, a bad policy, or `now` before the last event;
 *   {@link InvalidDateError} for a malformed `now`; planner errors for an invalid interview or timeline.
 * @example
 * ```ts
 * // Interview held Tuesday 2026-12-01 in New York, no timeline: the window opens on the 7th business day.
 * status(application, '2026-12-09T10:00:00-05:00', { calendar: createCalendar() }) //=> "waiting"
 * status(application, '2026-12-10T10:00:00-05:00', { calendar: createCalendar() }) //=> "follow-up-due"
 * ```
 */
export function status(application: DeepReadonly<Application>, now: Instant | Date, ctx: TrackerContext): TrackerState {
  return evaluate(application, now, ctx).state;
}
