import { isRecord, recordAt } from '../_lib/check.js';
import type { Fields } from '../_lib/check.js';
import { describe, InvalidArgumentError } from '../errors.js';
import { hiringOptions } from './hiringOptions.js';
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
 * 5. `evaluation` when the debrief is over or every scorecard is in (R3.2): a debrief with `ready: false`
 *    (no scorecard at all yet) is not;
 * 6. `debrief` otherwise, including while interviewers' scorecards are outstanding (R3.1).
 *
 * @param state - What is known: any of `debrief`, `evaluated`, `shortlisted`, `references`,
 *   `approvals`, `readiness` (results of this module fit as they are).
 * @returns A {@link HiringStage}.
 * @throws {@link InvalidArgumentError} if `state` is not an object, has a key other than those
 *   above, or a field of the wrong kind: `evaluated` or `shortlisted` not a boolean,
 *   `debrief.waitingFor` not an array of ids (for example the whole `Debrief` rather than
 *   one of its `candidates`), `references.complete` not a boolean, or a status that is not one.
 * @example
 * ```ts
 * candidateFacingStage({ shortlisted: true, references: { complete: false } }) //=> "references"
 * ```
 */
export function candidateFacingStage(state: HiringProgress): HiringStage {
  if (!isRecord(state)) {
    throw new InvalidArgumentError('state', state, 'an object such as { debrief, shortlisted, references, approvals, readiness }');
  }
  hiringOptions(state, ['debrief', 'evaluated', 'shortlisted', 'references', 'approvals', 'readiness'], [], 'state');
  for (const key of ['evaluated', 'shortlisted'] as const) {
    const value: unknown = state[key];
    if (value !== undefined && typeof value !== 'boolean') throw new InvalidArgumentError(`state.${key}`, value, 'true or false, or no value');
  }
  const debrief = objectAt(state.debrief, 'state.debrief');
  const readiness = objectAt(state.readiness, 'state.readiness');
  if (readiness !== undefined) oneOf(readiness['status'], 'state.readiness.status', ['ready', 'blocked']);
  const ownReferences = objectAt(state.references, 'state.references');
  const ownApprovals = objectAt(state.approvals, 'state.approvals');
  const references = objectAt(readiness?.['references'], 'state.readiness.references') ?? ownReferences;
  const approvals = objectAt(readiness?.['approvals'], 'state.readiness.approvals') ?? ownApprovals;
  const waiting: unknown = debrief?.['waitingFor'];
  if (debrief !== undefined && !(Array.isArray(waiting) && waiting.every((id) => typeof id === 'string'))) {
    const hint = 'candidates' in debrief ? ': pass one candidate of debrief(...).candidates, not the whole Debrief' : '';
    throw new InvalidArgumentError('state.debrief.waitingFor', waiting, `an array of interviewer ids${hint}`);
  }
  if (debrief !== undefined && debrief['ready'] !== undefined && typeof debrief['ready'] !== 'boolean') {
    throw new InvalidArgumentError('state.debrief.ready', debrief['ready'], 'true or false, or no value');
  }
  if (references !== undefined && typeof references['complete'] !== 'boolean') {
    throw new InvalidArgumentError(`state.${references === ownReferences ? '' : 'readiness.'}references.complete`, references['complete'], 'true or false');
  }
  if (approvals !== undefined) oneOf(approvals['status'], `state.${approvals === ownApprovals ? '' : 'readiness.'}approvals.status`, ['approved', 'pending', 'rejected']);
  if (readiness?.['status'] === 'ready' || (references?.['complete'] === true && approvals?.['status'] === 'approved')) return 'offer';
  if (references !== undefined && references['complete'] !== true) return 'references';
  if (approvals !== undefined || references !== undefined) return 'approvals';
  if (state.shortlisted === true) return 'shortlist';
  // A debrief without any scorecard yet (`ready: false`, nobody awaited) has not begun.
  if (state.evaluated === true || (waiting !== undefined && (waiting as readonly string[]).length === 0 && debrief?.['ready'] !== false)) return 'evaluation';
  return 'debrief';
}

/** An optional object field of the state: `undefined`, or its fields. */
function objectAt(value: unknown, path: string): Fields | undefined {
  if (value === undefined) return undefined;
  return recordAt(value, path, 'an object, or no value');
}

/** A field that must be one of `values`. */
function oneOf(value: unknown, path: string, values: readonly string[]): void {
  if (typeof value !== 'string' || !values.includes(value)) throw new InvalidArgumentError(path, value, `one of ${values.map((v) => describe(v)).join(', ')}`);
}
