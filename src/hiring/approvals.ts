import { formatEpochDay } from '../calendar/epochDay.js';
import { describe, InvalidArgumentError, InvalidInputError } from '../errors.js';
import type { InputIssue } from '../errors.js';
import type { ApprovalChain, ApprovalStep } from '../model/hiring/ApprovalChain.js';
import { age, checkNotAfter, clockOptions, dayOf } from './hiringClock.js';
import { checkRecord, textFields, unknownFields } from './hiringOptions.js';
import type { ApprovalReport, ApprovalStatus, ApprovalStepProgress, ApprovalStepStatus, Blocker, HiringClockOptions } from './types.js';
import { duplicateId } from '../_lib/duplicateId.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';

/**
 * Where the internal approvals for an offer stand on `now` (R3.4): each step's status, since when
 * it could be decided, its age in business days of the employer's calendar and whether it is
 * overdue; what the chain is waiting on; and the chain's own status.
 *
 * @param chain - The {@link ApprovalChain} of the offer.
 * @param now - Today, as a civil date or an instant, a `Date` included (then `timeZone` is required).
 * @param options - The employer's `calendar`, `timeZone` and `policy` overrides.
 * @returns A plain-data {@link ApprovalReport}.
 * @throws {@link InvalidInputError} for a decision without its date (or the reverse), a decision
 *   dated before the step became active (in a sequential chain, before the previous step was
 *   approved), a sequential step decided while an earlier one is not approved, a `requestedOn`
 *   before `startedOn`, any date after `now`, duplicate step ids, or no step at all;
 *   {@link InvalidDateError} for a malformed date, named by its path (`steps.0.decidedOn`);
 *   {@link InvalidArgumentError} for a chain that is not an object, a `candidateId` that is not a
 *   non-empty text or `steps` not an array (naming `approvals.candidateId` or `approvals.steps`), a bad mode,
 *   calendar, zone, policy or option key.
 * @example
 * ```ts
 * const report = approvals({
 *   candidateId: 'c-17', mode: 'sequential', startedOn: '2026-12-07',
 *   steps: [
 *     { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-07' },
 *     { id: 'finance', approver: 'Finance', purpose: 'budget' },
 *   ],
 * }, '2026-12-10', { calendar })
 * report.status //=> "pending"
 * report.blocking[0].id //=> "finance" (overdue since 2026-12-10)
 * ```
 *
 * @remarks
 * - `sequential`: the first step is active from `startedOn`, each later one from the day the step
 *   before it was approved; a step behind an undecided one is `waiting`.
 * - `parallel`: every step is active from `startedOn`.
 * - A step's own `requestedOn`, when given, can make it active later than that, never earlier: a
 *   sequential step asked for before the step ahead of it was approved still becomes active on
 *   that approval, and can only be decided from then on. `requestedOn` may not precede `startedOn`.
 * - Every date is on or before `now`: the records say what has happened.
 * - A pending step is overdue once `approvalStepOverdueBusinessDays` (default 2, a *policy* choice)
 *   whole business days have passed since it became active, from the next business day on.
 * - One rejection ends the chain: status `rejected`.
 */
export function approvals(chain: DeepReadonly<ApprovalChain>, now: string | Date, options: HiringClockOptions): ApprovalReport {
  const { calendar, timeZone, policy } = clockOptions(options);
  checkRecord(chain, 'approvals', 'an approval chain { candidateId, mode, startedOn, steps: [...] }', 'steps', 'approval steps { id, approver, ... }');
  if (chain.mode !== 'sequential' && chain.mode !== 'parallel') throw new InvalidArgumentError('approvals.mode', chain.mode, '"sequential" or "parallel"');
  const today = dayOf(now, 'now', timeZone);
  const started = dayOf(chain.startedOn, 'startedOn', timeZone);
  const issues: InputIssue[] = [];
  checkNotAfter(started, today, ['startedOn'], chain.startedOn, issues);
  if (chain.steps.length === 0) issues.push({ path: ['steps'], message: 'Expected at least one approval step.' });
  const seen = new Set<string>();
  const steps: ApprovalStepProgress[] = [];
  // Sequential: from when the next step may be decided (the chain's start, then the day the step before
  // it was approved, `after` naming that step), or null once a step is not approved.
  let turn: { day: number; after: string | null } | null = { day: started, after: null };
  // Array.from: a hole in the list is a step `undefined`, reported as such rather than skipped.
  Array.from(chain.steps).forEach((s, i) => {
    if (!checkStep(s, i, seen, issues)) {
      turn = null;
      return;
    }
    const decided = s.decidedOn === undefined ? null : dayOf(s.decidedOn, `steps.${i}.decidedOn`, timeZone);
    const requested = s.requestedOn === undefined ? null : dayOf(s.requestedOn, `steps.${i}.requestedOn`, timeZone);
    if (requested !== null) {
      if (requested < started) issues.push({ path: ['steps', i, 'requestedOn'], message: `requestedOn ${describe(s.requestedOn)} is before the chain's startedOn ${describe(chain.startedOn)}: expected the same day or later.` });
      checkNotAfter(requested, today, ['steps', i, 'requestedOn'], s.requestedOn, issues);
    }
    if (decided !== null) checkNotAfter(decided, today, ['steps', i, 'decidedOn'], s.decidedOn, issues);
    const since = chain.mode === 'parallel' ? { day: started, after: null } : turn;
    // requestedOn can make a step active later than its turn, never earlier.
    let activeSince: number | null = since === null ? null : Math.max(since.day, requested ?? since.day);
    if (since === null && decided !== null) {
      issues.push({ path: ['steps', i, 'decidedOn'], message: `Step ${describe(s.id)} is decided while an earlier step of this sequential chain is not approved: expected the steps to be decided in order.` });
      activeSince = requested ?? decided;
    }
    if (activeSince !== null && decided !== null && decided < activeSince) {
      const why = since !== null && since.after !== null && activeSince === since.day ? ` (the day step ${describe(since.after)} before it was approved)` : '';
      issues.push({ path: ['steps', i, 'decidedOn'], message: `decidedOn ${describe(s.decidedOn)} is before the step became active on ${formatEpochDay(activeSince)}${why}: expected the same day or later.` });
    }
    const status: ApprovalStepStatus = s.decision === 'approved' || s.decision === 'rejected' ? s.decision : activeSince === null ? 'waiting' : 'pending';
    if (chain.mode === 'sequential') turn = status === 'approved' && decided !== null ? { day: decided, after: s.id } : null;
    const a = activeSince === null ? null : age(calendar, activeSince, decided ?? today, status === 'pending', policy.approvalStepOverdueBusinessDays);
    steps.push({
      id: s.id,
      approver: s.approver,
      ...(s.purpose === undefined ? {} : { purpose: s.purpose }),
      status,
      activeSince: activeSince === null ? null : formatEpochDay(activeSince),
      decidedOn: decided === null ? null : formatEpochDay(decided),
      ageBusinessDays: a === null ? null : a.age,
      overdueOn: a?.overdueOn == null ? null : formatEpochDay(a.overdueOn),
      overdue: a?.overdue ?? false,
    });
  });
  if (issues.length > 0) throw new InvalidInputError('approval chain', issues);
  const rejected = steps.filter((s) => s.status === 'rejected');
  const status: ApprovalStatus = rejected.length > 0 ? 'rejected' : steps.every((s) => s.status === 'approved') ? 'approved' : 'pending';
  const blocking = blockers(status === 'rejected' ? rejected : steps.filter((s) => s.status === 'pending'));
  return { candidateId: chain.candidateId, today: formatEpochDay(today), mode: chain.mode, status, steps, blocking };
}

/**
 * Adds to `issues` what is wrong with a step's own fields (its shape, purpose, a repeated id, the
 * decision and its date); false when it is not a step at all, or has no text `id` or `approver`.
 */
const STEP_FIELDS = ['id', 'approver', 'purpose', 'requestedOn', 'decision', 'decidedOn', 'note'];

function checkStep(s: ApprovalStep, i: number, seen: Set<string>, issues: InputIssue[]): boolean {
  if (typeof s !== 'object' || s === null) {
    issues.push({ path: ['steps', i], message: `Expected an approval step { id, approver, ... }, got ${describe(s)}.` });
    return false;
  }
  unknownFields(s, STEP_FIELDS, ['steps', i], issues);
  if (!textFields(s, ['id', 'approver'], ['steps', i], issues)) return false;
  textFields(s, ['purpose'], ['steps', i], issues, true);
  if (seen.has(s.id)) issues.push({ path: ['steps', i, 'id'], message: duplicateId('approval step')(s.id) });
  seen.add(s.id);
  if (s.decision !== undefined && s.decision !== 'approved' && s.decision !== 'rejected') {
    issues.push({ path: ['steps', i, 'decision'], message: `Invalid decision ${describe(s.decision)}: expected "approved" or "rejected".` });
  }
  if ((s.decision === undefined) !== (s.decidedOn === undefined)) {
    issues.push({ path: ['steps', i, s.decision === undefined ? 'decision' : 'decidedOn'], message: 'A decided step needs both decision and decidedOn: expected both or neither.' });
  }
  return true;
}

/** What the chain waits on, overdue steps first: the rejecting steps, or else the pending ones. */
function blockers(steps: readonly ApprovalStepProgress[]): Blocker[] {
  return steps
    .map((s) => ({
      kind: 'approval' as const,
      id: s.id,
      name: s.approver,
      status: s.status,
      overdue: s.overdue,
      overdueOn: s.overdueOn,
      text: s.status === 'rejected'
        ? `${s.approver}${s.purpose === undefined ? '' : ` (${s.purpose})`} rejected the offer on ${s.decidedOn}.`
        : `Waiting for ${s.approver}${s.purpose === undefined ? '' : ` (${s.purpose})`} since ${s.activeSince}${s.overdue ? `; overdue since ${s.overdueOn}` : `; due before ${s.overdueOn}`}.`,
    }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
}
