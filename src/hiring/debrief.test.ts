import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import type { InvalidInputError } from '../errors.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import { thrown } from '../../test/helpers/thrown.js';
import { candidateFacingStage } from './candidateFacingStage.js';
import { debrief } from './debrief.js';
import { defineCriteria } from './defineCriteria.js';

const criteria = defineCriteria([
  { id: 'design', name: 'System design', weight: 3 },
  { id: 'coding', name: 'Coding', weight: 3 },
  { id: 'comms', name: 'Communication', weight: 2 },
  { id: 'sql', name: 'SQL', weight: 1 },
  { id: 'team', name: 'Team fit', weight: 1, kind: 'fit' },
  { id: 'values', name: 'Company values', weight: 1, kind: 'fit' },
]);

function card(interviewerId: string, ratings: Record<string, number>, candidateId = 'c-17'): Scorecard {
  return {
    candidateId, interviewerId, submittedAt: '2026-12-02T16:00:00Z',
    ratings: Object.entries(ratings).map(([criterionId, rating]) => ({ criterionId, rating, note: `${interviewerId} on ${criterionId}` })),
  };
}

describe('debrief', () => {
  const result = debrief(criteria, [
    card('lee', { design: 5, coding: 4, comms: 1, sql: 2, team: 4 }),
    card('ana', { design: 4, coding: 4, comms: 4, sql: 2, team: 5 }),
  ], { interviewers: ['lee', 'ana', 'kim'] });
  const c = result.candidates[0]!;

  it('R3.1: strengths are criteria rated high by consensus, best first', () => {
    expect(c.strengths.map((p) => [p.criterionId, p.score])).toEqual([['design', 87.5], ['team', 87.5], ['coding', 75]]);
    expect(c.strengths.every((p) => p.verdict === 'strength')).toBe(true);
  });

  it('R3.1: weaknesses are criteria rated low by consensus', () => {
    expect(c.weaknesses.map((p) => [p.criterionId, p.score])).toEqual([['sql', 25]]);
  });

  it('R3.1: points of disagreement carry every rating and note, for the discussion', () => {
    expect(c.disagreements.map((p) => [p.criterionId, p.spread])).toEqual([['comms', 3]]);
    expect(c.disagreements[0]!.ratings).toEqual([
      { interviewerId: 'ana', rating: 4, note: 'ana on comms' },
      { interviewerId: 'lee', rating: 1, note: 'lee on comms' },
    ]);
  });

  it('R3.1: team and culture fit criteria are flagged, rated or not', () => {
    expect(c.fit.map((p) => [p.criterionId, p.verdict])).toEqual([['team', 'strength'], ['values', 'unrated']]);
  });

  it('R3.1: the debrief waits for interviewers who have not submitted', () => {
    expect(c.waitingFor).toEqual(['kim']);
    expect(c.ready).toBe(false);
    expect(result.ready).toBe(false);
  });

  it('R3.1: strengths keep criteria order among equal scores', () => {
    // design and team both score 87.5: design comes first in the criteria.
    expect(c.strengths.map((p) => p.criterionId)).toEqual(['design', 'team', 'coding']);
  });

  it('R3.1: a single rating is never a disagreement; thresholds follow the policy option', () => {
    const one = debrief(criteria, [card('lee', { design: 4, comms: 1 })]).candidates[0]!;
    expect(one.disagreements).toEqual([]);
    expect(one.strengths.map((p) => p.criterionId)).toEqual(['design']);
    const strict = debrief(criteria, [card('lee', { design: 4, comms: 1 })], { policy: { strongAtLeast: 90 } }).candidates[0]!;
    expect(strict.strengths).toEqual([]);
    expect(strict.score.criteria[0]!.score).toBe(75);
  });

  it('R3.1: middling consensus is "mixed": neither strength nor weakness nor disagreement', () => {
    const mid = debrief(criteria, [card('lee', { design: 3 }), card('ana', { design: 4 })]).candidates[0]!;
    expect(mid.strengths).toEqual([]);
    expect(mid.weaknesses).toEqual([]);
    expect(mid.disagreements).toEqual([]);
    expect(mid.ready).toBe(true);
  });

  it('R3.1: several candidates, sorted by id, including one still without scorecards', () => {
    const all = debrief(criteria, [card('lee', { design: 5 }, 'c-2'), card('lee', { design: 1 }, 'c-1')], { interviewers: ['lee'], candidates: ['c-0'] });
    expect(all.candidates.map((x) => [x.candidateId, x.ready])).toEqual([['c-0', false], ['c-1', true], ['c-2', true]]);
  });

  it('R3.1, R3.5: a candidate without any scorecard is not ready, even with no panel to wait for, and is told "debrief", not "evaluation"', () => {
    const none = debrief(criteria, [], { candidates: ['c-9'] });
    expect(none.candidates[0]).toMatchObject({ candidateId: 'c-9', waitingFor: [], ready: false });
    expect(none.ready).toBe(false);
    expect(candidateFacingStage({ debrief: none.candidates[0]! })).toBe('debrief');
    // One scorecard in, no panel named: ready, and past the debrief.
    const one = debrief(criteria, [card('lee', { design: 4 }, 'c-9')]).candidates[0]!;
    expect(one.ready).toBe(true);
    expect(candidateFacingStage({ debrief: one })).toBe('evaluation');
    // Just who is still to submit, as before: an empty list is the end of the debrief.
    expect(candidateFacingStage({ debrief: { waitingFor: [] } })).toBe('evaluation');
    expect(() => candidateFacingStage({ debrief: { waitingFor: [], ready: 'yes' as never } })).toThrow(/^Invalid state\.debrief\.ready "yes"/);
  });

  it('R3.1: a scorecard without any rating cannot mark its interviewer as submitted: the debrief refuses it', () => {
    const e = thrown(() => debrief(criteria, [card('lee', { design: 5 }), card('ana', {})], { interviewers: ['lee', 'ana'] }));
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect((e as Error).message).toContain('1.ratings: A scorecard rates at least one criterion');
  });

  it('R3.1, R3.2: a misspelt note or field on a scorecard is an InvalidInputError, not a note missing from the discussion', () => {
    const misspelt = { ...card('ana', {}), ratings: [{ criterionId: 'comms', rating: 2, nots: 'Rambled' }], round: 2 };
    const e = thrown(() => debrief(criteria, [card('lee', { design: 5 }), misspelt as never]));
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect((e as InvalidInputError).issues.map((i) => i.path.join('.'))).toEqual(['1.round', '1.ratings.0.nots']);
  });

  it('R3.1: an unknown option key, or options that are null, is an InvalidArgumentError listing the valid ones, policy included', () => {
    expect((thrown(() => debrief(criteria, [], { interviewer: ['lee'] } as never)) as Error).message)
      .toBe('Invalid options key "interviewer": expected one of interviewers, panels, candidates, policy (did you mean "interviewers"?).');
    expect((thrown(() => debrief(criteria, [], null as never)) as Error).message)
      .toBe('Invalid options null: expected an object { interviewers?, panels?, candidates?, policy? }.');
    expect(debrief(criteria, [card('lee', { design: 5 })], undefined).ready).toBe(true);
  });

  it('R3.1: a bad policy is an InvalidArgumentError', () => {
    const e = thrown(() => debrief(criteria, [], { policy: { weakBelow: 90 } }));
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as Error).message).toContain('at most strongAtLeast (75)');
  });
});
