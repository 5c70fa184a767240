/**
 * fast-check generators for the hiring module (R3): criteria, scorecards, reference checks and
 * approval chains with consistent dates.
 */
import { fc } from '@fast-check/vitest';
import { addDays } from '../../src/calendar/epochDay.js';
import { defineCriteria } from '../../src/hiring/defineCriteria.js';
import type { Criteria } from '../../src/hiring/types.js';
import type { ApprovalChain } from '../../src/model/hiring/ApprovalChain.js';
import type { CriterionInput } from '../../src/model/hiring/Criterion.js';
import type { ReferenceCheck } from '../../src/model/hiring/ReferenceCheck.js';
import type { Scorecard } from '../../src/model/hiring/Scorecard.js';

/** 1–8 predetermined criteria with ids c0…, weights 0.01–100, scales 2–10. */
export const criteriaInputArb: fc.Arbitrary<CriterionInput[]> = fc
  .array(
    fc.record({
      weight: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true })),
      scale: fc.integer({ min: 2, max: 10 }),
      kind: fc.constantFrom('skill' as const, 'fit' as const),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((list) => list.map((c, i) => ({ id: `c${i}`, name: `Criterion ${i}`, ...c })));

export const CANDIDATES = ['amy', 'bob', 'cid', 'dee', 'eve', 'fay'] as const;
export const INTERVIEWERS = ['lee', 'ana', 'kim', 'sam', 'joe'] as const;

/** One scorecard for a given candidate and interviewer: any non-empty subset of the criteria (a scorecard rates at least one), ratings in 1..scale. */
export function scorecardArb(criteria: Criteria, candidateId: string, interviewerId: string, minute = 0): fc.Arbitrary<Scorecard> {
  return fc
    .tuple(...criteria.map((c) => fc.option(fc.integer({ min: 1, max: c.scale }), { nil: undefined, freq: 4 })))
    .filter((ratings) => ratings.some((r) => r !== undefined))
    .map((ratings) => ({
      candidateId,
      interviewerId,
      submittedAt: `2026-12-02T16:${String(minute).padStart(2, '0')}:00Z`,
      ratings: ratings.flatMap((rating, k) => (rating === undefined ? [] : [{ criterionId: criteria[k]!.id, rating }])),
    }));
}

/** Scorecards for several candidates: each (candidate, interviewer) pair at most once. */
export function scorecardsArb(criteria: Criteria, options: { maxCandidates?: number } = {}): fc.Arbitrary<Scorecard[]> {
  const pairs = CANDIDATES.slice(0, options.maxCandidates ?? CANDIDATES.length).flatMap((c) => INTERVIEWERS.map((i) => [c, i] as const));
  return fc
    .uniqueArray(fc.constantFrom(...pairs), { maxLength: 20, selector: ([c, i]) => `${c}/${i}` })
    .chain((chosen) => fc.tuple(...chosen.map(([c, i]) => scorecardArb(criteria, c, i))));
}

/** Defined criteria together with scorecards rating them. */
export const hiringCaseArb: fc.Arbitrary<{ criteria: Criteria; scorecards: Scorecard[] }> = criteriaInputArb.chain((inputs) => {
  const criteria = defineCriteria(inputs);
  return scorecardsArb(criteria).map((scorecards) => ({ criteria, scorecards }));
});

const BASE = '2026-11-30';
const day = (offset: number): string => addDays(BASE, offset);

/** Reference-check records with dates in order (requested ≤ contacted ≤ answered), from 2026-11-30 on. */
export const referenceCheckArb: fc.Arbitrary<ReferenceCheck> = fc
  .array(
    fc.record({
      requested: fc.integer({ min: 0, max: 20 }),
      contacted: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      answer: fc.option(fc.record({ after: fc.integer({ min: 0, max: 10 }), completed: fc.boolean() }), { nil: undefined }),
      required: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 4 },
  )
  .map((list) => ({
    candidateId: 'amy',
    referees: list.map((r, i) => {
      const contacted = r.contacted === undefined ? undefined : r.requested + r.contacted;
      const answered = r.answer === undefined ? undefined : (contacted ?? r.requested) + r.answer.after;
      return {
        id: `ref-${i}`,
        name: `Referee ${i}`,
        requestedOn: day(r.requested),
        ...(contacted === undefined ? {} : { contactedOn: day(contacted) }),
        ...(answered === undefined ? {} : r.answer!.completed ? { completedOn: day(answered) } : { declinedOn: day(answered) }),
        ...(r.required === undefined ? {} : { required: r.required }),
      };
    }),
  }));

/**
 * Approval chains whose decisions are consistent: in a sequential chain, decisions form a prefix of
 * the steps, only the last of which may be a rejection, dated in order.
 */
export const approvalChainArb: fc.Arbitrary<ApprovalChain> = fc
  .record({
    mode: fc.constantFrom('sequential' as const, 'parallel' as const),
    steps: fc.array(
      fc.record({
        decision: fc.option(fc.constantFrom('approved' as const, 'rejected' as const), { nil: undefined, freq: 3 }),
        after: fc.integer({ min: 0, max: 6 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ mode, steps }) => {
    let open = true;
    let at = 0;
    return {
      candidateId: 'amy',
      mode,
      startedOn: day(0),
      steps: steps.map((s, i) => {
        const decision = mode === 'parallel' || open ? s.decision : undefined;
        if (mode === 'sequential' && decision !== 'approved') open = false;
        const base = { id: `step-${i}`, approver: `Approver ${i}` };
        if (decision === undefined) return base;
        at = mode === 'sequential' ? at + s.after : s.after;
        return { ...base, decision, decidedOn: day(at) };
      }),
    };
  });

/** Days at which to look at the records: before, among and after the generated dates. */
export const nowArb = fc.integer({ min: 0, max: 60 }).map(day);

/**
 * The latest date in reference-check records and an approval chain: `now` may not come before it,
 * since the records say what has happened (R3.4).
 */
export function latestDate(references: ReferenceCheck | undefined, chain?: ApprovalChain): string {
  const dates = [
    ...(chain === undefined ? [] : [chain.startedOn, ...chain.steps.map((s) => s.requestedOn), ...chain.steps.map((s) => s.decidedOn)]),
    ...(references?.referees ?? []).flatMap((r) => [r.requestedOn, r.contactedOn, r.completedOn, r.declinedOn]),
  ].filter((d): d is string => d !== undefined);
  return dates.reduce((a, b) => (b > a ? b : a), BASE);
}

/** Days on or after the latest date of the records: `nowArb`'s range, moved past any date it would precede. */
export function nowAfter(now: string, references: ReferenceCheck | undefined, chain?: ApprovalChain): string {
  const latest = latestDate(references, chain);
  return now >= latest ? now : latest;
}

/** Whether any number anywhere in `value` is NaN. */
export function hasNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.some(hasNaN);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasNaN);
  return false;
}
