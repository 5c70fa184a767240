/**
 * Invariants of the hiring checks (R3.2, R3.4) over generated records, each against a naive oracle:
 * the order of a sequential approval chain, the weights behind every total, the panel behind every
 * scorecard, and offer readiness, which needs a required referee.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays } from '../calendar/epochDay.js';
import { createCalendar } from '../calendar/createCalendar.js';
import { isFollowUpError } from '../errors.js';
import type { InvalidInputError } from '../errors.js';
import type { ApprovalChain } from '../model/hiring/ApprovalChain.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import { approvalChainArb, criteriaInputArb, hiringCaseArb, INTERVIEWERS, referenceCheckArb, scorecardsArb } from '../../test/arbitraries/hiring.js';
import { runs } from '../../test/helpers/runs.js';
import { thrown } from '../../test/helpers/thrown.js';
import { approvals } from './approvals.js';
import { defineCriteria } from './defineCriteria.js';
import { offerReadiness } from './offerReadiness.js';
import { scoreCandidates } from './scoreCandidates.js';
import type { Criteria } from './types.js';

const calendar = createCalendar({ holidays: ['2026-12-24', '2026-12-25', '2027-01-01'] });
const opts = { numRuns: runs(100) };
const BASE = '2026-11-30';

/** Scorecards without the empty ones, which are refused (a scorecard rates at least one criterion). */
const rated = (cards: readonly Scorecard[]): Scorecard[] => cards.filter((c) => c.ratings.length > 0);

/** Mostly `usual`, sometimes `odd`: the cases that break a rule are there, without drowning the rest. */
const mostly = (usual: fc.Arbitrary<number>, odd: fc.Arbitrary<number>): fc.Arbitrary<number> => fc.oneof({ weight: 5, arbitrary: usual }, { weight: 1, arbitrary: odd });

/**
 * Approval chains whose dates are mostly, not always, in order: each decision a few days after the
 * previous one (after the chain's start, in parallel) or sometimes before it, requests mostly
 * before the step's turn (a sequential step asked early), `now` mostly on or after the latest date, sometimes before it, and half the
 * sequential chains decided only up to their first step not approved.
 */
const looseChainArb = fc
  .record({
    mode: fc.constantFrom('sequential' as const, 'parallel' as const),
    start: fc.integer({ min: 0, max: 10 }),
    now: mostly(fc.integer({ min: 0, max: 10 }), fc.integer({ min: -6, max: -1 })),
    // Mostly, a sequential chain's decisions stop at the first step not approved, as they should.
    inTurn: fc.boolean(),
    steps: fc.array(
      fc.record({
        decision: fc.option(fc.constantFrom('approved' as const, 'approved' as const, 'approved' as const, 'rejected' as const), { nil: undefined, freq: 3 }),
        after: mostly(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -3, max: -1 })),
        request: fc.option(mostly(fc.integer({ min: -3, max: 0 }), fc.integer({ min: 1, max: 4 })), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ mode, start, now, inTurn, steps }) => {
    let previous = start;
    let latest = start;
    let open = true;
    const chain: ApprovalChain = {
      candidateId: 'amy',
      mode,
      startedOn: addDays(BASE, start),
      steps: steps.map(({ decision, after, request }, i) => {
        const s = { decision: inTurn && !open ? undefined : decision, after, request };
        if (mode === 'sequential' && s.decision !== 'approved') open = false;
        const turn = mode === 'sequential' ? previous : start;
        if (s.decision !== undefined && mode === 'sequential') previous = turn + s.after;
        // Asked up to 3 days before the step's turn (never before the start, except one day at -3) or a few days after.
        const asked = s.request === undefined ? undefined : Math.max(start - (s.request === -3 ? 1 : 0), turn + s.request);
        latest = Math.max(latest, s.decision === undefined ? latest : turn + s.after, asked ?? latest);
        return {
          id: `step-${i}`,
          approver: `Approver ${i}`,
          ...(asked === undefined ? {} : { requestedOn: addDays(BASE, asked) }),
          ...(s.decision === undefined ? {} : { decision: s.decision, decidedOn: addDays(BASE, turn + s.after) }),
        };
      }),
    };
    return { chain, now: addDays(BASE, latest + now) };
  });

/**
 * Whether the records of an approval chain are consistent, written out plainly: every date on or
 * before `now`, no request before the start, and every decision on or after the step's start, which
 * in a sequential chain is the approval of the step before it (a step behind an unapproved one
 * cannot be decided at all).
 */
function naiveConsistent(chain: ApprovalChain, now: string): boolean {
  if (chain.startedOn > now) return false;
  let turn: string | null = chain.startedOn;
  for (const s of chain.steps) {
    if (s.requestedOn !== undefined && (s.requestedOn < chain.startedOn || s.requestedOn > now)) return false;
    if (s.decidedOn !== undefined && s.decidedOn > now) return false;
    const from = chain.mode === 'parallel' ? chain.startedOn : turn;
    if (s.decidedOn !== undefined) {
      if (from === null) return false;
      if (s.decidedOn < from || (s.requestedOn !== undefined && s.decidedOn < s.requestedOn)) return false;
    }
    if (chain.mode === 'sequential') turn = s.decision === 'approved' ? s.decidedOn! : null;
  }
  return true;
}

describe('R3.4 approval chains', () => {
  test.prop([looseChainArb], { numRuns: runs(200) })(
    'R3.4: a chain is accepted exactly when its dates are consistent; in an accepted sequential chain every decidedOn is on or after the previous step\'s approval',
    ({ chain, now }) => {
      let report: ReturnType<typeof approvals>;
      try {
        report = approvals(chain, now, { calendar });
      } catch (e) {
        expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
        expect(naiveConsistent(chain, now)).toBe(false);
        return;
      }
      expect(naiveConsistent(chain, now)).toBe(true);
      report.steps.forEach((s, i) => {
        if (s.decidedOn !== null) {
          expect(s.decidedOn <= now).toBe(true);
          expect(s.activeSince !== null && s.activeSince <= s.decidedOn).toBe(true);
        }
        if (s.activeSince !== null) expect(s.activeSince >= chain.startedOn).toBe(true);
        const before = report.steps[i - 1];
        if (chain.mode === 'sequential' && before !== undefined && s.status !== 'waiting') {
          expect(before.status).toBe('approved');
          expect(s.activeSince! >= before.decidedOn!).toBe(true);
          if (s.decidedOn !== null) expect(s.decidedOn >= before.decidedOn!).toBe(true);
        }
      });
      expect(report.status === 'approved').toBe(report.steps.every((s) => s.status === 'approved'));
    },
  );
});

/** The weighted total computed the obvious way: raw weights, every rating on its own. */
function naiveTotal(criteria: Criteria, cards: readonly Scorecard[]): { total: number | null; coverage: number } {
  let num = 0, den = 0, all = 0;
  for (const c of criteria) {
    all += c.weight;
    const ratings = cards.flatMap((card) => card.ratings.filter((r) => r.criterionId === c.id).map((r) => r.rating));
    if (ratings.length === 0) continue;
    const mean = ratings.reduce((a, b) => a + b, 0) / ratings.length;
    num += c.weight * ((mean - 1) / (c.scale - 1)) * 100;
    den += c.weight;
  }
  return { total: den === 0 ? null : num / den, coverage: den / all };
}

/**
 * Criteria as a caller might hold them: the plain, unfrozen objects of `defineCriteria` (read back
 * from storage), sometimes with one share changed by at least 1 %.
 */
const storedCriteriaArb = criteriaInputArb.chain((inputs) => {
  const criteria = defineCriteria(inputs);
  const plain = criteria.map((c) => ({ ...c }));
  const changed = fc.record({ k: fc.nat(plain.length - 1), factor: fc.oneof(fc.double({ min: 0.3, max: 0.99, noNaN: true }), fc.double({ min: 1.01, max: 3, noNaN: true })) });
  return fc.tuple(scorecardsArb(criteria), fc.option(changed, { nil: undefined })).map(([cards, change]) => {
    if (change !== undefined) plain[change.k] = { ...plain[change.k]!, share: plain[change.k]!.share * change.factor };
    return { criteria: plain as Criteria, scorecards: rated(cards), changed: change !== undefined };
  });
});

describe('R3.2 totals and panels', () => {
  test.prop([storedCriteriaArb], opts)(
    'R3.2: a reported total always equals the weight-normalised mean of the rated criteria, and coverage their share of the weight; shares that do not match the weights are refused',
    ({ criteria, scorecards, changed }) => {
      if (changed) {
        const e = thrown(() => scoreCandidates(criteria, scorecards));
        expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
        expect((e as Error).message).toMatch(/^Invalid criteria\[\d+\]/);
        return;
      }
      for (const score of scoreCandidates(criteria, scorecards)) {
        const expected = naiveTotal(criteria, scorecards.filter((s) => s.candidateId === score.candidateId));
        if (expected.total === null) expect(score.total).toBeNull();
        else expect(score.total!).toBeCloseTo(expected.total, 5);
        expect(score.coverage).toBeCloseTo(expected.coverage, 5);
        expect(score.coverage).toBeLessThanOrEqual(1);
      }
    },
  );

  test.prop([hiringCaseArb, fc.subarray<string>([...INTERVIEWERS])], opts)(
    'R3.2: with a panel, the scorecards are accepted exactly when every one is by a panel member; the scores then count only panel members',
    ({ criteria, scorecards }, panel) => {
      const cards = rated(scorecards);
      const outside = cards.flatMap((c, i) => (panel.includes(c.interviewerId) ? [] : [i]));
      if (outside.length > 0) {
        const e = thrown(() => scoreCandidates(criteria, cards, { interviewers: panel })) as InvalidInputError;
        expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
        expect(e.issues.map((x) => x.path)).toEqual(outside.map((i) => [i, 'interviewerId']));
        return;
      }
      for (const score of scoreCandidates(criteria, cards, { interviewers: panel })) {
        expect(score.interviewers.every((id) => panel.includes(id))).toBe(true);
        expect(score.missingInterviewers).toEqual(panel.filter((id) => !score.interviewers.includes(id)));
      }
    },
  );

  test.prop([hiringCaseArb, fc.nat(), fc.nat()], opts)('R3.2: a copy of any scorecard, delivered again anywhere in the list, changes nothing', ({ criteria, scorecards }, which, where) => {
    const cards = rated(scorecards);
    fc.pre(cards.length > 0);
    let plain: unknown;
    try {
      plain = scoreCandidates(criteria, cards);
    } catch (e) {
      // Lists the scorer refuses as they are (two different cards at one instant) are not this property's concern.
      fc.pre(!isFollowUpError(e, 'INVALID_INPUT'));
      throw e;
    }
    const copy = structuredClone(cards[which % cards.length]!);
    const i = where % (cards.length + 1);
    expect(scoreCandidates(criteria, [...cards.slice(0, i), copy, ...cards.slice(i)])).toEqual(plain);
  });

  test.prop([hiringCaseArb, fc.nat()], opts)('R3.1, R3.2: a scorecard without any rating is always refused, so it never counts as a submission', ({ criteria, scorecards }, at) => {
    const cards = rated(scorecards);
    const i = at % (cards.length + 1);
    const empty: Scorecard = { candidateId: 'amy', interviewerId: 'zed', submittedAt: '2026-12-02T16:00:00Z', ratings: [] };
    const e = thrown(() => scoreCandidates(criteria, [...cards.slice(0, i), empty, ...cards.slice(i)])) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((x) => x.path)).toEqual([[i, 'ratings']]);
  });
});

/** Reference checks and approval chains with `now` on or after every date in them, some with no required referee. */
const readinessCaseArb = fc.tuple(referenceCheckArb, approvalChainArb, fc.nat(20), fc.boolean()).map(([references, chain, extra, optionalOnly]) => {
  const referees = optionalOnly ? references.referees.map((r) => ({ ...r, required: false })) : references.referees;
  const dates = [
    chain.startedOn, ...chain.steps.flatMap((s) => (s.decidedOn === undefined ? [] : [s.decidedOn])),
    ...referees.flatMap((r) => [r.requestedOn, r.contactedOn, r.completedOn, r.declinedOn].filter((d): d is string => d !== undefined)),
  ].sort();
  return { references: { ...references, referees }, chain, now: addDays(dates[dates.length - 1]!, extra) };
});

describe('R3.4 offer readiness', () => {
  test.prop([readinessCaseArb], opts)(
    'R3.4: offerReadiness is "ready" exactly when a referee is required, every required reference is completed and every approval given; never with no required referee',
    ({ references, chain, now }) => {
      const r = offerReadiness(references, chain, now, { calendar });
      const required = references.referees.filter((x) => x.required !== false);
      const expected = required.length > 0 && required.every((x) => x.completedOn !== undefined) && chain.steps.every((s) => s.decision === 'approved');
      expect(r.status === 'ready').toBe(expected);
      expect(r.missing.length === 0).toBe(expected);
      if (required.length === 0) {
        expect(r.references.complete).toBe(false);
        expect(r.missing.filter((m) => m.kind === 'reference').map((m) => m.id)).toEqual(['no-required-referee']);
      }
    },
  );
});
