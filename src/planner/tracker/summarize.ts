import { own, recordAt } from '../../_lib/check.js';
import { knownKeys } from '../../_lib/knownKeys.js';
import { PLAN_OPTION_KEYS, PLAN_OPTIONS } from '../planFollowUp.js';
import type { Instant } from '../../calendar/instant.js';
import { InvalidArgumentError } from '../../errors.js';
import type { Application } from '../../model/Application.js';
import type { DeepReadonly } from '../../model/DeepReadonly.js';
import { resolvePolicy } from '../../policy.js';
import { evaluate } from './evaluate.js';
import { TERMINAL_STATES, TRACKER_STATES } from './transitions.js';
import type { PipelineSummary, PipelineWarning, TrackerContext, TrackerState } from './types.js';

const WAITING: ReadonlySet<TrackerState> = new Set(['thank-you-due', 'waiting', 'follow-up-due', 'awaiting-reply']);

/**
 * A pipeline view across applications: how many are in each state, how many are active, and the
 * R6 warning when the search rests on a waiting application with fewer than
 * `minOtherActiveApplications` (2) other active ones. Ghosted and ended applications do not count
 * as active.
 *
 * @param applications - Every application of the candidate.
 * @param now - The current instant (ISO 8601 with offset, or a `Date`); never read from a clock.
 * @param ctx - A calendar for all applications, or a function giving each its employer's calendar,
 *   and policy overrides.
 * @returns A plain-data {@link PipelineSummary}.
 * @throws The errors of {@link status}, for the first application that has one;
 *   {@link InvalidArgumentError} if `applications` is not an array.
 * @example
 * ```ts
 * summarize([acme], '2026-12-03T09:00:00Z', { calendar }).warnings[0]?.rule //=> "R6"
 * ```
 */
export function summarize(applications: readonly DeepReadonly<Application>[], now: Instant | Date, ctx: TrackerContext): PipelineSummary {
  if (!Array.isArray(applications)) throw new InvalidArgumentError('applications', applications, 'an array of Application');
  const context = recordAt(ctx, 'ctx', PLAN_OPTIONS);
  knownKeys(context, PLAN_OPTION_KEYS, 'ctx key');
  const policy = resolvePolicy(own(context, 'policy') as TrackerContext['policy']);
  const byState = Object.fromEntries(TRACKER_STATES.map((s) => [s, 0])) as Record<TrackerState, number>;
  const states: { applicationId: string; state: TrackerState }[] = [];
  let active = 0;
  const waitingIds: string[] = [];
  for (const [i, application] of applications.entries()) {
    const state = evaluate(application, now, { calendar: own(context, 'calendar') as TrackerContext['calendar'], policy }, `applications.${i}`).state;
    byState[state] += 1;
    states.push({ applicationId: application.id, state });
    if (!(TERMINAL_STATES as readonly string[]).includes(state) && state !== 'ghosted') active += 1;
    if (WAITING.has(state)) waitingIds.push(application.id);
  }
  const warnings: PipelineWarning[] = [];
  const min = policy.minOtherActiveApplications;
  if (waitingIds.length > 0 && active - 1 < min) {
    const others = active - 1;
    warnings.push({
      rule: 'R6',
      applicationIds: waitingIds,
      activeCount: active,
      minOtherActiveApplications: min,
      message:
        `Your search rests on ${others === 0 ? 'a single application' : `only ${active} active applications`}. ` +
        `Keep at least ${min} other ${min === 1 ? 'application' : 'applications'} going while you wait, so no single answer carries all the weight (R6).`,
    });
  }
  return { total: applications.length, byState, active, waiting: waitingIds.length, states, warnings };
}
