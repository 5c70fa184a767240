import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { approvals } from '../../src/hiring/approvals.js';
import { debrief } from '../../src/hiring/debrief.js';
import { offerReadiness } from '../../src/hiring/offerReadiness.js';
import { DEFAULT_HIRING_POLICY } from '../../src/hiringPolicy.js';
import { referenceCheck } from '../../src/hiring/referenceCheck.js';
import { scoreCandidates } from '../../src/hiring/scoreCandidates.js';
import { shortlist } from '../../src/hiring/shortlist.js';
import type { Criteria, ShortlistOptions } from '../../src/hiring/types.js';
import type { Scorecard } from '../../src/model/hiring/Scorecard.js';
import {
  approvalChainArb, hasNaN, hiringCaseArb, INTERVIEWERS, nowAfter, nowArb, referenceCheckArb, scorecardArb,
} from '../arbitraries/hiring.js';

const calendar = createCalendar({ holidays: ['2026-12-24', '2026-12-25', '2027-01-01'] });

/** The weighted total computed the obvious way: raw weights, every rating on its own. */
function naiveTotal(criteria: Criteria, cards: readonly Scorecard[]): number | null {
  let num = 0, den = 0;
  for (const c of criteria) {
    const ratings = cards.flatMap((card) => card.ratings.filter((r) => r.criterionId === c.id).map((r) => r.rating));
    if (ratings.length === 0) continue;
    const mean = ratings.reduce((a, b) => a + b, 0) / ratings.length;
    num += c.weight * ((mean - 1) / (c.scale - 1)) * 100;
    den += c.weight;
  }
  return den === 0 ? null : num / den;
}

const permutationArb = <T>(items: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe('R3.2 scorecards', () => {
  test.prop([hiringCaseArb])('R3.2: the weighted total lies within 0..100 and equals a naive oracle; nothing is NaN', ({ criteria, scorecards }) => {
    for (const score of scoreCandidates(criteria, scorecards)) {
      const expected = naiveTotal(criteria, scorecards.filter((s) => s.candidateId === score.candidateId));
      if (expected === null) expect(score.total).toBeNull();
      else {
        expect(score.total).not.toBeNull();
        expect(score.total!).toBeGreaterThanOrEqual(0);
        expect(score.total!).toBeLessThanOrEqual(100);
        expect(score.total!).toBeCloseTo(expected, 5);
      }
      expect(score.coverage).toBeGreaterThanOrEqual(0);
      expect(score.coverage).toBeLessThanOrEqual(1);
      expect(hasNaN(score)).toBe(false);
    }
  });

  test.prop([hiringCaseArb.chain((c) => permutationArb(c.scorecards).map((p) => ({ ...c, permuted: p })))])(
    'R3.2: permuting the scorecards never changes any score',
    ({ criteria, scorecards, permuted }) => {
      expect(scoreCandidates(criteria, permuted)).toEqual(scoreCandidates(criteria, scorecards));
    },
  );

  test.prop([hiringCaseArb.filter((c) => c.scorecards.some((s) => s.ratings.length > 0)).chain((c) => {
    const rated = c.scorecards.flatMap((s, i) => s.ratings.map((_, j) => [i, j] as const));
    return fc.constantFrom(...rated).chain(([i, j]) => {
      const r = c.scorecards[i]!.ratings[j]!;
      const scale = c.criteria.find((x) => x.id === r.criterionId)!.scale;
      return fc.integer({ min: r.rating, max: scale }).map((higher) => ({ ...c, i, j, higher }));
    });
  })])('R3.2: raising a rating never lowers the candidate\'s total', ({ criteria, scorecards, i, j, higher }) => {
    const candidate = scorecards[i]!.candidateId;
    const raised = scorecards.map((s, k) => (k !== i ? s : { ...s, ratings: s.ratings.map((r, m) => (m === j ? { ...r, rating: higher } : r)) }));
    const before = scoreCandidates(criteria, scorecards).find((s) => s.candidateId === candidate)!.total!;
    const after = scoreCandidates(criteria, raised).find((s) => s.candidateId === candidate)!.total!;
    expect(after).toBeGreaterThanOrEqual(before);
  });

  test.prop([hiringCaseArb.chain((c) => {
    const candidate = c.scorecards[0]?.candidateId ?? 'amy';
    const used = new Set(c.scorecards.filter((s) => s.candidateId === candidate).map((s) => s.interviewerId));
    const free = INTERVIEWERS.find((i) => !used.has(i));
    return (free === undefined ? fc.constant(undefined) : scorecardArb(c.criteria, candidate, free)).map((extra) => ({ ...c, candidate, extra }));
  })])('R3.2: a new scorecard rating every criterion it rates at or above the current mean never lowers the total', ({ criteria, scorecards, candidate, extra }) => {
    if (extra === undefined) return;
    const before = scoreCandidates(criteria, scorecards, { candidates: [candidate] }).find((s) => s.candidateId === candidate)!;
    // Lift the new ratings to at least the criterion's current mean (or to the top of the scale when unrated).
    const lifted: Scorecard = {
      ...extra,
      ratings: extra.ratings.map((r) => {
        const c = before.criteria.find((x) => x.criterionId === r.criterionId)!;
        return { ...r, rating: Math.max(r.rating, c.mean === null ? c.scale : Math.ceil(c.mean)) };
      }),
    };
    const after = scoreCandidates(criteria, [...scorecards, lifted]).find((s) => s.candidateId === candidate)!;
    if (before.total !== null) expect(after.total!).toBeGreaterThanOrEqual(before.total);
  });
});

describe('R3.1 debrief', () => {
  test.prop([hiringCaseArb])('R3.1: every rated criterion gets exactly one verdict; fit lists exactly the fit criteria', ({ criteria, scorecards }) => {
    for (const c of debrief(criteria, scorecards).candidates) {
      const strength = new Set(c.strengths.map((p) => p.criterionId));
      const weakness = new Set(c.weaknesses.map((p) => p.criterionId));
      const disagreement = new Set(c.disagreements.map((p) => p.criterionId));
      for (const s of c.score.criteria) {
        const n = Number(strength.has(s.criterionId)) + Number(weakness.has(s.criterionId)) + Number(disagreement.has(s.criterionId));
        expect(n).toBeLessThanOrEqual(1);
        if (s.count === 0) expect(n).toBe(0);
        if (strength.has(s.criterionId)) expect(s.score!).toBeGreaterThanOrEqual(DEFAULT_HIRING_POLICY.strongAtLeast);
        if (weakness.has(s.criterionId)) expect(s.score!).toBeLessThan(DEFAULT_HIRING_POLICY.weakBelow);
        if (disagreement.has(s.criterionId)) expect(s.count).toBeGreaterThanOrEqual(2);
      }
      expect(c.fit.map((p) => p.criterionId)).toEqual(criteria.filter((x) => x.kind === 'fit').map((x) => x.id));
      expect(hasNaN(c)).toBe(false);
    }
  });
});

describe('R3.3 shortlist', () => {
  const optionsArb = fc.record({
    size: fc.integer({ min: 1, max: 7 }),
    minScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    tieBreak: fc.constantFrom('candidateId' as const, 'coverage' as const, 'agreement' as const, ['c0', 'c1']),
  }).map(({ minScore, ...o }): ShortlistOptions => (minScore === undefined ? o : { ...o, minScore }));

  test.prop([hiringCaseArb, optionsArb])(
    'R3.3: sorted, at most `size` long, deterministic, and every listed total ≥ every total left off',
    ({ criteria, scorecards }, generated) => {
      // A tieBreak list names criteria the scores have (c1 only exists with two criteria or more).
      const { tieBreak } = generated;
      const options = Array.isArray(tieBreak) ? { ...generated, tieBreak: tieBreak.filter((id: string) => criteria.some((c) => c.id === id)) } : generated;
      const scores = scoreCandidates(criteria, scorecards);
      const list = shortlist(scores, options);
      const totals = list.entries.map((e) => e.total);
      expect(list.entries.length).toBeLessThanOrEqual(options.size);
      for (let k = 1; k < totals.length; k++) expect(totals[k]!).toBeLessThanOrEqual(totals[k - 1]!);
      expect(list.entries.map((e) => e.rank)).toEqual(list.entries.map((_, k) => k + 1));
      const lowest = Math.min(...totals);
      for (const x of list.excluded) if (x.total !== null) expect(x.total).toBeLessThanOrEqual(lowest);
      if (options.minScore !== undefined) for (const t of totals) expect(t).toBeGreaterThanOrEqual(options.minScore);
      expect(list.entries.length + list.excluded.length).toBe(scores.length);
      expect(shortlist([...scores].reverse(), options)).toEqual(list);
      expect(hasNaN(list)).toBe(false);
    },
  );
});

describe('R3.4 references and approvals', () => {
  test.prop([referenceCheckArb, approvalChainArb, nowArb])(
    'R3.4: offerReadiness is "ready" iff a referee is required, every required reference is completed and every approval given',
    (references, chain, day) => {
      const r = offerReadiness(references, chain, nowAfter(day, references, chain), { calendar });
      const required = references.referees.filter((x) => x.required !== false);
      const expected = required.length > 0 && required.every((x) => x.completedOn !== undefined)
        && chain.steps.every((s) => s.decision === 'approved');
      expect(r.status === 'ready').toBe(expected);
      expect(r.missing.length === 0).toBe(expected);
      expect(hasNaN(r)).toBe(false);
    },
  );

  test.prop([referenceCheckArb, nowArb, fc.integer({ min: 0, max: 6 })])(
    'R3.4: on a business day, an open reference is overdue exactly when N whole business days have passed since its request',
    (references, day, n) => {
      const now = nowAfter(day, references);
      if (!calendar.isBusinessDay(now)) return;
      for (const r of referenceCheck(references, now, { calendar, policy: { referenceOverdueBusinessDays: n } }).referees) {
        const open = r.status === 'requested' || r.status === 'contacted';
        expect(r.overdue).toBe(open && r.requestedOn < now && r.ageBusinessDays >= n);
        expect(r.overdueOn === null).toBe(!open);
      }
    },
  );

  test.prop([approvalChainArb, nowArb])('R3.4: a sequential chain has at most one pending step, and nothing after it is decided', (chain, day) => {
    const report = approvals(chain, nowAfter(day, undefined, chain), { calendar });
    if (chain.mode === 'sequential') {
      expect(report.steps.filter((s) => s.status === 'pending').length).toBeLessThanOrEqual(1);
      const firstOpen = report.steps.findIndex((s) => s.status !== 'approved');
      if (firstOpen >= 0) for (const s of report.steps.slice(firstOpen + 1)) expect(s.status).toBe('waiting');
    }
    expect(report.status === 'approved').toBe(report.steps.every((s) => s.status === 'approved'));
    expect(hasNaN(report)).toBe(false);
  });
});
