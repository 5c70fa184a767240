import { arrayAt, optionalTextAt, own, recordAt, textAt } from '../../_lib/check.js';
import { isCivilDate } from '../../calendar/epochDay.js';
import { instantAt } from '../../calendar/instant.js';
import type { NextAction } from '../tracker/types.js';
import type { IcsEvent } from './types.js';

/**
 * The calendar entries of the tracker's next actions, for {@link toICS}: all-day entries for actions
 * due on a civil date, timed entries for those due at an instant (thank-you deadlines, R1.2). The
 * action's stable `id` becomes the entry id, so re-exporting later updates the same entries.
 *
 * @param actions - Actions from `nextActions`, for one or several applications.
 * @returns One {@link IcsEvent} per action, in the same order.
 * @example
 * ```ts
 * actionsToIcsEvents(nextActions(application, now, { calendar }))[0]?.uid //=> "acme/r1/send-thank-you/lee"
 * ```
 */
export function actionsToIcsEvents(actions: readonly NextAction[]): IcsEvent[] {
  return arrayAt(actions, 'actions', 'an array of actions from nextActions').map((value, i) => {
    const a = recordAt(value, `actions.${i}`, 'an action from nextActions { id, kind, title, due, rule }') as unknown as NextAction;
    for (const key of ['id', 'kind', 'title', 'rule']) textAt(own(a, key), `actions.${i}.${key}`);
    optionalTextAt(own(a, 'description'), `actions.${i}.description`);
    if (!isCivilDate(own(a, 'due'))) instantAt(own(a, 'due'), `actions.${i}.due`);
    const when = isCivilDate(a.due) ? { date: a.due } : { at: a.due };
    return { uid: a.id, title: a.title, description: a.description, ...when, categories: [a.rule, a.kind] };
  });
}
