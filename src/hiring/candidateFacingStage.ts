import { describe, InvalidArgumentError } from '../errors.js';
import type { HiringProgress, HiringStage } from './types.js';

/** The steps of the hiring team's process in order (R3.1–R3.4, then the offer). */
export const HIRING_STAGES: readonly HiringStage[] = Object.freeze(['debrief', 'evaluation', 'shortlist', 'references', 'approvals', 'offer'] as const);

/**
 * Which step of the hiring team's process a candidate's application is in, to tell them (R3.5):
 * the latest step reached, from what recruiters' tooling knows. Feed its phrase to
 * `renderMessage('statusUpdate', { stage: stagePhrase(stage, locale), … })`.
 *
 * Decided in this order:
 * 1. `offer` once every required reference is in and every approval given (R3.4);
 * 2. `references` while reference checks are under way and not complete (they involve the
 *    candidate's own contacts, so they are named before internal approvals);
 * 3. `approvals` once references are complete (or not tracked) and approvals are under way;
 * 4. `shortlist` when the candidate is on the shortlist (R3.3);
 * 5. `evaluation` when the debrief is over or every scorecard is in (R3.2);
 * 6. `debrief` otherwise, including while interviewers' scorecards are outstanding (R3.1).
 *
 * @param state - What is known: any of `debrief`, `evaluated`, `shortlisted`, `references`,
 *   `approvals`, `readiness` (results of this module fit as they are).
 * @returns A {@link HiringStage}.
 * @throws {@link InvalidArgumentError} if `state` is not an object.
 * @example
 * ```ts
 * candidateFacingStage({ shortlisted: true, references: { complete: false } }) //=> "references"
 * ```
 */
export function candidateFacingStage(state: HiringProgress): HiringStage {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    throw new InvalidArgumentError('state', state, 'an object such as { debrief, shortlisted, references, approvals, readiness }');
  }
  for (const key of Object.keys(state)) {
    if (!['debrief', 'evaluated', 'shortlisted', 'references', 'approvals', 'readiness'].includes(key)) {
      throw new InvalidArgumentError('state key', key, 'one of debrief, evaluated, shortlisted, references, approvals, readiness');
    }
  }
  for (const key of ['debrief', 'references', 'approvals', 'readiness'] as const) {
    const value: unknown = state[key];
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new InvalidArgumentError(`state.${key}`, value, 'an object, or undefined');
    }
  }
  const readiness: unknown = state.readiness;
  for (const key of ['references', 'approvals'] as const) {
    const value: unknown = readiness === undefined ? undefined : (readiness as Record<string, unknown>)[key];
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new InvalidArgumentError(`state.readiness.${key}`, value, 'an object, or undefined');
    }
  }
  const references = state.readiness?.references ?? state.references;
  const approvals = state.readiness?.approvals ?? state.approvals;
  if (state.readiness?.status === 'ready' || (references?.complete === true && approvals?.status === 'approved')) return 'offer';
  if (references !== undefined && references.complete !== true) return 'references';
  if (approvals !== undefined || references !== undefined) return 'approvals';
  if (state.shortlisted === true) return 'shortlist';
  const waiting = state.debrief?.waitingFor;
  if (waiting !== undefined && !Array.isArray(waiting)) throw new InvalidArgumentError('state.debrief.waitingFor', waiting, `an array of interviewer ids, got ${describe(waiting)}`);
  if (state.evaluated === true || (waiting !== undefined && waiting.length === 0)) return 'evaluation';
  return 'debrief';
}
