import type { Application } from '../../model/Application.js';
import { knownKeys } from '../../_lib/knownKeys.js';
import type { DeepReadonly } from '../../model/DeepReadonly.js';
import type { Event } from '../../model/Event.js';
import { parseInstant } from '../../calendar/instant.js';
import { resolvePolicy } from '../../policy.js';
import { optionsAt, own } from '../../_lib/check.js';
import { applicationInput, eventInput } from '../inputs.js';
import { TrackerMachine } from './trackerMachine.js';
import type { ApplyEventOptions } from './types.js';

/** An event as text with every object's keys in order: the same delivery reads the same whatever its key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v);

/**
 * {@link applyEvent} for events that arrive late or twice, as webhooks deliver them: the event takes its place in the
 * log by time and the whole log is checked again; an event already in the log (in any key order) leaves the
 * application as it is.
 *
 * @param application - The application so far; its log must itself be valid.
 * @param event - What happened, at any instant.
 * @param options - Policy overrides (`maxFollowUps`, R11.3).
 * @returns A new {@link Application}, or `application` itself for an event it already holds.
 * @throws {@link InvalidTransitionError} when the log with the event in its place is not one the state machine
 *   accepts (a thank-you note placed before its interview was held, a second follow-up beyond `maxFollowUps` …),
 *   naming the event's place in the log (`application.events.2 of "acme-1"`).
 * @throws {@link InvalidArgumentError} for an event `parseEvent` would refuse or a bad policy;
 *   {@link InvalidDateError} for a malformed `at`.
 * @example
 * ```ts
 * // The note was sent on 1 December, but its webhook arrived after the employer's reply of 3 December.
 * const next = insertEvent(application, { type: 'thank-you-sent', at: '2026-12-01T18:00:00Z', interviewerId: 'lee' })
 * next.events.map((e) => e.type) //=> ["interview-held", "thank-you-sent", "reply-received"]
 * insertEvent(next, { at: '2026-12-01T18:00:00Z', interviewerId: 'lee', type: 'thank-you-sent' }) === next //=> true
 * ```
 */
export function insertEvent(application: DeepReadonly<Application>, event: DeepReadonly<Event>, options?: ApplyEventOptions): Application {
  const opts = optionsAt(options, 'options', 'an object { policy? }');
  knownKeys(opts, ['policy'], 'options key');
  const app = applicationInput(application);
  const checked = eventInput(event);
  const key = canonical(checked);
  if (app.events.some((e) => canonical(e) === key)) return app;
  const at = parseInstant(checked.at);
  let place = app.events.length;
  while (place > 0 && parseInstant(app.events[place - 1]!.at) > at) place--;
  const events = [...app.events.slice(0, place), checked, ...app.events.slice(place)];
  const machine = TrackerMachine.replay({ ...app, events }, resolvePolicy(own(opts, 'policy') as ApplyEventOptions['policy']));
  return { ...app, interviews: machine.addedInterviews ? machine.interviews : app.interviews, events };
}
