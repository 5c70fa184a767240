import { InvalidArgumentError } from '../../errors.js';
import type { NextAction } from '../tracker/types.js';
import type { FollowUpPlan } from '../types.js';
import { actionsToIcsEvents } from './actionsToIcsEvents.js';
import { eventsToICS } from './eventsToICS.js';
import { planToIcsEvents } from './planToIcsEvents.js';
import type { IcsEvent, ToIcsOptions } from './types.js';

/** What {@link toICS} accepts: a plan, the tracker's actions, or calendar entries of your own. */
export type IcsInput = FollowUpPlan | readonly NextAction[] | readonly IcsEvent[];

function isPlan(value: unknown): value is FollowUpPlan {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'thankYous' in value && 'followUp' in value && 'ghostedOn' in value;
}

function isAction(value: unknown): value is NextAction {
  return typeof value === 'object' && value !== null && 'kind' in value && 'due' in value && 'rule' in value && 'id' in value;
}

/**
 * Exports a follow-up plan or the tracker's next actions as an RFC 5545 calendar (`.ics`) that
 * calendar apps import: thank-you deadlines as timed entries (R1.2), the follow-up window and the
 * other dates as all-day entries (R4.1–R4.3, R11.2), each with a reminder. Output is deterministic:
 * UIDs derive from the ids and `options.domain`, `DTSTAMP` is `options.now`.
 *
 * @param items - A plan from `planFollowUp`, actions from `nextActions`, or {@link IcsEvent}s.
 * @param options - `now` (required, the `DTSTAMP`), the UID domain, reminders and durations.
 * @returns The calendar text with CRLF line ends.
 * @throws {@link InvalidArgumentError} for input that is none of the three kinds, and the errors of
 *   {@link eventsToICS}.
 * @example
 * ```ts
 * const ics = toICS(planFollowUp(interview, { calendar }), { now: '2026-12-01T17:00:00Z', domain: 'example.com' })
 * ics.startsWith('BEGIN:VCALENDAR\r\n') //=> true
 * ```
 */
export function toICS(items: IcsInput, options: ToIcsOptions): string {
  if (isPlan(items)) return eventsToICS(planToIcsEvents(items), options);
  if (!Array.isArray(items)) {
    throw new InvalidArgumentError('items', items, 'a plan from planFollowUp, an array of actions from nextActions, or an array of { uid, title, date | at }');
  }
  const list: readonly unknown[] = items;
  if (list.length > 0 && list.every(isAction)) return eventsToICS(actionsToIcsEvents(list as readonly NextAction[]), options);
  return eventsToICS(list as readonly IcsEvent[], options);
}
