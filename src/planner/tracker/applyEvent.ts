import type { Application } from '../../model/Application.js';
import { knownKeys } from '../../_lib/knownKeys.js';
import type { DeepReadonly } from '../../model/DeepReadonly.js';
import type { Event } from '../../model/Event.js';
import { resolvePolicy } from '../../policy.js';
import { optionsAt, own } from '../../_lib/check.js';
import { applicationInput, eventInput } from '../inputs.js';
import { TrackerMachine } from './trackerMachine.js';
import type { ApplyEventOptions } from './types.js';

/**
 * Records one event: returns a new application with `event` appended to its log, after checking it
 * against the state machine of `docs/tracker.md`. The input is never changed. A
 * `next-round-scheduled` event that carries the next round's interview also adds it to
 * `interviews`, so its `interview-held` can follow (R10).
 *
 * @param application - The application so far; its log is replayed and must itself be valid.
 * @param event - What happened, at or after the last event's `at`.
 * @param options - Policy overrides (`maxFollowUps`, R11.3).
 * @returns A new {@link Application}.
 * @throws {@link InvalidTransitionError} naming the state and the event, when the event is out of
 *   time order, illegal in the current state (after a terminal state, anything but mail and answers: see
 *   `docs/tracker.md`), thanks an interviewer unknown to the round or already thanked in it (R1.1), or is a
 *   follow-up beyond `maxFollowUps` (R11.3).
 * @throws {@link InvalidArgumentError} for an unknown event type, a field `parseEvent` would refuse (named by its
 *   path, such as `event.requests.0.due`) or a bad policy; {@link InvalidDateError} for a malformed `at`.
 * @example
 * ```ts
 * const next = applyEvent(application, { type: 'thank-you-sent', at: '2026-12-01T18:00:00Z', interviewerId: 'lee' })
 * next.events.length === application.events.length + 1 //=> true
 * ```
 */
export function applyEvent(application: DeepReadonly<Application>, event: DeepReadonly<Event>, options?: ApplyEventOptions): Application {
  const opts = optionsAt(options, 'options', 'an object { policy? }');
  knownKeys(opts, ['policy'], 'options key');
  const app = applicationInput(application);
  const checked = eventInput(event);
  const machine = TrackerMachine.replay(app, resolvePolicy(own(opts, 'policy') as ApplyEventOptions['policy']));
  machine.apply(checked);
  return {
    ...app,
    interviews: machine.addedInterviews ? machine.interviews : app.interviews,
    events: [...app.events, checked],
  };
}
