import { arrayAt, own, recordAt } from '../../_lib/check.js';
import { isCivilDate } from '../../calendar/epochDay.js';
import { instantAt } from '../../calendar/instant.js';
import type { NextAction } from '../tracker/types.js';
import type { IcsEntrySource } from './eventsToICS.js';
import { icsTextAt, optionalIcsTextAt } from './icsTextAt.js';
import type { IcsEvent } from './types.js';

/** Actions' entries with the action fields each comes from, for error messages (`listPath.N.due`). @internal */
export function actionIcsEntries(actions: readonly unknown[], listPath: string): { events: IcsEvent[]; sources: IcsEntrySource[] } {
  const sources: IcsEntrySource[] = [];
  const events = actions.map((value, i): IcsEvent => {
    const path = `${listPath}.${i}`;
    const a = recordAt(value, path, 'an action from nextActions { id, kind, title, due, rule }') as unknown as NextAction;
    for (const key of ['id', 'kind', 'title', 'rule']) icsTextAt(own(a, key), `${path}.${key}`);
    optionalIcsTextAt(own(a, 'description'), `${path}.description`);
    if (!isCivilDate(own(a, 'due'))) instantAt(own(a, 'due'), `${path}.due`);
    sources.push({ path, uidPath: `${path}.id`, uidValue: a.id, whenPath: `${path}.due` });
    // An action due at an instant (a thank-you deadline, R1.2) is a deadline: its entry ends there.
    const when = isCivilDate(a.due) ? { date: a.due } : { at: a.due, anchor: 'end' as const };
    return { uid: a.id, title: a.title, description: a.description, ...when, categories: [a.rule, a.kind] };
  });
  return { events, sources };
}

/**
 * The calendar entries of the tracker's next actions, for {@link toICS}: all-day entries for actions
 * due on a civil date, and for those due at an instant (thank-you deadlines, R1.2) timed entries that
 * end at that instant. The action's stable `id` becomes the entry id, so re-exporting later updates
 * the same entries.
 *
 * @param actions - Actions from `nextActions`, for one or several applications.
 * @returns One {@link IcsEvent} per action, in the same order.
 * @example
 * ```ts
 * actionsToIcsEvents(nextActions(application, now, { calendar }))[0]?.uid //=> "acme/r1/send-thank-you/lee"
 * ```
 */
export function actionsToIcsEvents(actions: readonly NextAction[]): IcsEvent[] {
  return actionIcsEntries(arrayAt(actions, 'actions', 'an array of actions from nextActions'), 'actions').events;
}
