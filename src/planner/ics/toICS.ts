import { isRecord, own } from '../../_lib/check.js';
import { InvalidArgumentError } from '../../errors.js';
import type { NextAction } from '../tracker/types.js';
import type { FollowUpPlan } from '../types.js';
import { actionIcsEntries } from './actionsToIcsEvents.js';
import { refuseApplicationId, writeCalendar } from './eventsToICS.js';
import { planIcsEntries } from './planToIcsEvents.js';
import type { IcsEvent, ToIcsOptions } from './types.js';

/** What {@link toICS} accepts: a plan, the tracker's actions, or calendar entries of your own. */
export type IcsInput = FollowUpPlan | readonly NextAction[] | readonly IcsEvent[];

function isPlan(value: unknown): value is FollowUpPlan {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'thankYous' in value && 'followUp' in value && 'ghostedOn' in value;
}

function isAction(value: unknown): value is NextAction {
  return typeof value === 'object' && value !== null && 'kind' in value && 'due' in value && 'rule' in value && 'id' in value;
}

/** An entry of your own, as opposed to an action: an object with a `uid`. */
function isEntry(value: unknown): boolean {
  return isRecord(value) && !isAction(value) && 'uid' in value;
}

const KINDS = {
  action: 'an action from nextActions',
  entry: 'an entry { uid, title, date | at }',
};

/**
 * Exports a follow-up plan or the tracker's next actions as an RFC 5545 calendar (`.ics`) that
 * calendar apps import: thank-you deadlines as timed entries that end at the deadline (R1.2), the
 * follow-up window and the other dates as all-day entries (R4.1–R4.3, R11.2), each with a reminder.
 * Output is deterministic: UIDs derive from the ids and `options.domain`, `DTSTAMP` is `options.now`.
 *
 * @param items - A plan from `planFollowUp`, actions from `nextActions`, or {@link IcsEvent}s: at
 *   least one, and actions and entries not mixed in one list.
 * @param options - `now` (required, the `DTSTAMP`), the UID domain, reminders and durations, and for
 *   a plan `applicationId`, which makes its ids `<applicationId>/<interviewId>/<what>` as the tracker's.
 * @returns The calendar text with CRLF line ends.
 * @example
 * ```ts
 * const ics = toICS(planFollowUp(interview, { calendar }), { now: '2026-12-01T17:00:00Z', domain: 'example.com' })
 * ics.startsWith('BEGIN:VCALENDAR\r\n') //=> true
 * ```
 * @throws {@link InvalidArgumentError} for input that is none of the three kinds, an empty list, a
 *   list mixing actions and entries, `applicationId` with anything but a plan, and the errors of
 *   {@link eventsToICS}, which name the plan's or the actions' fields.
 */
export function toICS(items: IcsInput, options: ToIcsOptions): string {
  const applicationId = isRecord(options) ? own(options, 'applicationId') : undefined;
  if (isPlan(items)) {
    const { events, sources } = planIcsEntries(items, applicationId);
    return writeCalendar(events, 'plan', options, sources);
  }
  if (!Array.isArray(items)) {
    throw new InvalidArgumentError('items', items, 'a plan from planFollowUp, an array of actions from nextActions, or an array of { uid, title, date | at }');
  }
  refuseApplicationId(applicationId);
  const list: readonly unknown[] = items;
  const firstAction = list.findIndex(isAction);
  const firstEntry = list.findIndex(isEntry);
  if (firstAction >= 0 && firstEntry >= 0) {
    const [first, other] = firstAction < firstEntry ? [firstAction, firstEntry] : [firstEntry, firstAction];
    const kind = first === firstAction ? KINDS.action : KINDS.entry;
    throw new InvalidArgumentError(`items.${other}`, list[other], `${kind} like items.${first}: the list mixes two kinds of entries, actions from nextActions and entries of your own; export them apart, or turn the actions into entries with actionsToIcsEvents and pass the whole list to eventsToICS`);
  }
  if (firstAction >= 0) {
    const { events, sources } = actionIcsEntries(list, 'items');
    return writeCalendar(events, 'items', options, sources);
  }
  return writeCalendar(list, 'items', options);
}
