import { describe, expectTypeOf, it } from 'vitest';
import type { Calendar } from '../calendar/types.js';
import { approvals, candidateFacingStage, debrief, defineCriteria, offerReadiness, referenceCheck, scoreCandidate, scoreCandidates, shortlist, stagePhrase } from './index.js';
import type { ApprovalChain, Blocker, CandidateScore, Criteria, HiringStage, ReferenceCheck, Scorecard } from './index.js';

declare const criteria: Criteria;
declare const cards: Scorecard[];
declare const calendar: Calendar;
declare const references: ReferenceCheck;
declare const chain: ApprovalChain;

describe('hiring types', () => {
  it('R3.2: criteria kinds are "skill" or "fit"; totals may be null, never undefined', () => {
    // @ts-expect-error kind must be 'skill' or 'fit'
    defineCriteria([{ id: 'a', name: 'A', weight: 1, kind: 'vibe' }]);
    expectTypeOf(scoreCandidate(criteria, cards)).toEqualTypeOf<CandidateScore>();
    expectTypeOf(scoreCandidate(criteria, cards).total).toEqualTypeOf<number | null>();
  });

  it('R3.2, R3.4: frozen or `as const` records are accepted as they are: the functions only read them', () => {
    const frozen = [{ candidateId: 'amy', interviewerId: 'lee', submittedAt: '2026-12-02T16:00:00Z', ratings: [{ criterionId: 'design', rating: 4 }] }] as const;
    expectTypeOf(scoreCandidate(criteria, frozen)).toEqualTypeOf<CandidateScore>();
    expectTypeOf(scoreCandidates(criteria, frozen)).toEqualTypeOf<CandidateScore[]>();
    expectTypeOf(debrief(criteria, frozen).ready).toBeBoolean();
    const steps = { candidateId: 'amy', mode: 'sequential', startedOn: '2026-12-07', steps: [{ id: 'manager', approver: 'Hiring manager' }] } as const;
    const refs = { candidateId: 'amy', referees: [{ id: 'r1', name: 'Ada', requestedOn: '2026-12-07' }] } as const;
    expectTypeOf(approvals(steps, '2026-12-10', { calendar }).status).toBeString();
    expectTypeOf(referenceCheck(refs, '2026-12-10', { calendar }).complete).toBeBoolean();
    expectTypeOf(offerReadiness(refs, steps, '2026-12-10', { calendar }).status).toEqualTypeOf<'ready' | 'blocked'>();
    // Read-only still checks the shape: a rating must be a number.
    // @ts-expect-error rating is a number
    scoreCandidates(criteria, [{ candidateId: 'amy', interviewerId: 'lee', submittedAt: '2026-12-02T16:00:00Z', ratings: [{ criterionId: 'design', rating: 'high' }] }] as const);
  });

  it('R3.3: shortlist needs a size', () => {
    // @ts-expect-error size is required
    shortlist([], {});
    expectTypeOf(shortlist([], { size: 2, tieBreak: ['design'] }).entries[0]!.rank).toEqualTypeOf<number>();
  });

  it('R3.4, R3.5: readiness is ready or blocked; stages are a closed union', () => {
    expectTypeOf(offerReadiness(references, chain, '2026-12-18', { calendar }).status).toEqualTypeOf<'ready' | 'blocked'>();
    expectTypeOf(candidateFacingStage({})).toEqualTypeOf<HiringStage>();
    // @ts-expect-error not a stage
    stagePhrase('hired', 'en');
    // @ts-expect-error the calendar is required
    offerReadiness(references, chain, '2026-12-18', {});
    // A Date is an instant here too, as everywhere an instant is taken.
    expectTypeOf(offerReadiness(references, chain, new Date('2026-12-18T12:00:00Z'), { calendar, timeZone: 'Europe/Berlin' }).status).toEqualTypeOf<'ready' | 'blocked'>();
    expectTypeOf(approvals(chain, new Date('2026-12-18T12:00:00Z'), { calendar, timeZone: 'Europe/Berlin' }).status).toBeString();
  });

  it('R3.4: a blocker\'s status includes "no-required-referee", for a check with no required referee', () => {
    expectTypeOf<'no-required-referee'>().toExtend<Blocker['status']>();
    expectTypeOf<Blocker['kind']>().toEqualTypeOf<'reference' | 'approval'>();
  });
});
