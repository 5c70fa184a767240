import { InvalidArgumentError } from '../errors.js';
import type { ApprovalChain } from '../model/hiring/ApprovalChain.js';
import type { ReferenceCheck } from '../model/hiring/ReferenceCheck.js';
import { approvals } from './approvals.js';
import { referenceCheck } from './referenceCheck.js';
import type { HiringClockOptions, OfferReadiness } from './types.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';

/**
 * Whether an offer can go out to the leading candidate on `now` (R3.4): reference checks and
 * internal approvals run in parallel, and the offer is `ready` exactly when at least one reference
 * is required, every required reference is completed and every approval step is approved.
 * Otherwise it is `blocked`, with everything still missing (references first, then approvals,
 * overdue items first in each); with no required referee, the reference blocker is
 * `no-required-referee`, never "ready".
 *
 * @param referenceState - The candidate's {@link ReferenceCheck} records.
 * @param approvalState - The offer's {@link ApprovalChain}.
 * @param now - Today, as a civil date or an instant, a `Date` included (then `timeZone` is required).
 * @param options - The employer's `calendar`, `timeZone` and `policy` overrides.
 * @returns A plain-data {@link OfferReadiness}, with both reports.
 * @throws the errors of {@link referenceCheck} and {@link approvals};
 *   {@link InvalidArgumentError} when the two records are about different candidates.
 * @example
 * ```ts
 * const r = offerReadiness(references, chain, '2026-12-10', { calendar })
 * r.status //=> "blocked"
 * r.missing.map((m) => `${m.kind}:${m.id}`) //=> ["reference:r2", "approval:finance"]
 * ```
 */
export function offerReadiness(referenceState: DeepReadonly<ReferenceCheck>, approvalState: DeepReadonly<ApprovalChain>, now: string | Date, options: HiringClockOptions): OfferReadiness {
  const references = referenceCheck(referenceState, now, options);
  const chain = approvals(approvalState, now, options);
  if (references.candidateId !== chain.candidateId) {
    throw new InvalidArgumentError('approvalState.candidateId', chain.candidateId, `the candidate of the reference checks, "${references.candidateId}"`);
  }
  const missing = [...references.blocking, ...chain.blocking];
  return { candidateId: references.candidateId, status: missing.length === 0 ? 'ready' : 'blocked', missing, references, approvals: chain };
}
