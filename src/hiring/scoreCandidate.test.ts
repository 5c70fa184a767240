import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import type { InvalidArgumentError, InvalidInputError } from '../errors.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import { thrown } from '../../test/helpers/thrown.js';
import { defineCriteria } from './defineCriteria.js';
import { scoreCandidate } from './scoreCandidate.js';
import { scoreCandidates } from './scoreCandidates.js';

const criteria = defineCriteria([
  { id: 'design', name: 'System design', weight: 3 },
  { id: 'comms', name: 'Communication', weight: 1 },
  { id: 'team', name: 'Team fit', weight: 1, kind: 'fit', scale: 3 },
]);

function card(interviewerId: string, ratings: [string, number, string?][], candidateId = 'c-17', submittedAt = '2026-12-02T16:00:00Z'): Scorecard {
  return {
    candidateId, interviewerId, submittedAt,
    ratings: ratings.map(([criterionId, rating, note]) => (note === undefined ? { criterionId, rating } : { criterionId, rating, note })),
  };
}

describe('scoreCandidate', () => {
  it('R3.2: the documented example (design 5, comms 3 → 87.5; ana has not submitted)', () => {
    const two = defineCriteria([{ id: 'design', name: 'System design', weight: 3 }, { id: 'comms', name: 'Communication', weight: 1 }]);
    const score = scoreCandidate(two, [
      { candidateId: 'c-17', interviewerId: 'lee', submittedAt: '2026-12-02T16:00:00Z', ratings: [{ criterionId: 'design', rating: 5 }, { criterionId: 'comms', rating: 3 }] },
    ], { interviewers: ['lee', 'ana'] });
    expect(score.total).toBe(87.5);
    expect(score.missingInterviewers).toEqual(['ana']);
  });

  it('R3.2: per-criterion mean, 0–100 score, spread and standard deviation; weighted total', () => {
    const score = scoreCandidate(criteria, [
      card('lee', [['design', 5], ['comms', 2], ['team', 3]]),
      card('ana', [['design', 3], ['comms', 4], ['team', 2]]),
    ]);
    const design = score.criteria[0]!;
    expect(design).toMatchObject({ criterionId: 'design', count: 2, mean: 4, score: 75, min: 3, max: 5, spread: 2, stdDev: 1 });
    expect(score.criteria[1]).toMatchObject({ mean: 3, score: 50, spread: 2, stdDev: 1 });
    // Team fit on a 1–3 scale: mean 2.5 → (2.5 − 1) / 2 × 100 = 75.
    expect(score.criteria[2]).toMatchObject({ mean: 2.5, score: 75, spread: 1, stdDev: 0.5 });
    // 0.6 × 75 + 0.2 × 50 + 0.2 × 75 = 70
    expect(score.total).toBe(70);
    expect(score.coverage).toBe(1);
    expect(score.interviewers).toEqual(['ana', 'lee']);
    expect(score.missingCriteria).toEqual([]);
  });

  it('R3.2: a criterion nobody rated is reported missing and left out of the total, never counted as 0', () => {
    const score = scoreCandidate(criteria, [card('lee', [['design', 5], ['comms', 1]])]);
    expect(score.missingCriteria).toEqual(['team']);
    expect(score.criteria[2]).toMatchObject({ count: 0, mean: null, score: null, spread: null, stdDev: null, min: null, max: null });
    // Over design (0.6) and comms (0.2) only: (0.6 × 100 + 0.2 × 0) / 0.8 = 75.
    expect(score.total).toBe(75);
    expect(score.coverage).toBe(0.8);
    expect(score.missingRatings).toEqual([{ interviewerId: 'lee', criterionIds: ['team'] }]);
  });

  it('R3.2: no rating at all gives a null total, not NaN or 0', () => {
    const none = scoreCandidate(criteria, [], { candidateId: 'c-99', interviewers: ['lee'] });
    expect(none).toMatchObject({ candidateId: 'c-99', total: null, coverage: 0, missingCriteria: ['design', 'comms', 'team'], missingInterviewers: ['lee'], interviewers: [] });
  });

  it('R3.1, R3.2: a scorecard rates at least one criterion: one without any rating is an InvalidInputError, never a submission', () => {
    const e = thrown(() => scoreCandidate(criteria, [card('lee', [['design', 4]]), card('kim', [])], { interviewers: ['lee', 'kim'] })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues).toEqual([{
      path: [1, 'ratings'],
      message: 'A scorecard rates at least one criterion: expected one or more ratings { criterionId, rating, note? }.',
    }]);
  });

  it('R3.2: with a panel, a scorecard by anyone outside it is an InvalidInputError naming its path and the panel', () => {
    const e = thrown(() => scoreCandidate(criteria, [card('lee', [['design', 5]]), card('mallory', [['design', 1]])], { interviewers: ['lee'] })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.message).toBe('Invalid scorecards:\n  - 1.interviewerId: Interviewer "mallory" is not on the panel of candidate "c-17": expected one of "lee" (the panel in options.interviewers), or add them to the panel.');
    const empty = thrown(() => scoreCandidate(criteria, [card('lee', [['design', 5]])], { interviewers: [] })) as InvalidInputError;
    expect(empty.issues[0]!.message).toContain('expected no scorecard, since the panel in options.interviewers is empty');
    // Without a panel, every interviewer's scorecard counts.
    expect(scoreCandidate(criteria, [card('lee', [['design', 5]]), card('mallory', [['design', 1]])]).interviewers).toEqual(['lee', 'mallory']);
  });

  it('R3.2: criteria whose shares are not weight / Σ weight are an InvalidArgumentError naming the share, never a silently wrong total or coverage', () => {
    const fake = [
      { id: 'a', name: 'A', kind: 'skill', scale: 5, weight: 3, share: 0.2 },
      { id: 'b', name: 'B', kind: 'skill', scale: 5, weight: 1, share: 0.2 },
    ] as const;
    const both = [card('lee', [['a', 5], ['b', 1]])];
    const e = thrown(() => scoreCandidate(fake, both)) as InvalidArgumentError;
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect(e.message).toBe('Invalid criteria[0].share 0.2: expected 0.75 (weight 3 / total weight 4), as defineCriteria([...]) computes it (R3.2).');
    const ones = [{ ...fake[0], weight: 1, share: 1 }, { ...fake[1], weight: 1, share: 1 }];
    expect((thrown(() => scoreCandidate(ones, [card('lee', [['a', 5]])])) as Error).message).toContain('Invalid criteria[0].share 1: expected 0.5');
    // The same list with the shares defineCriteria gives, built by hand or read back from JSON, scores as it should.
    const right = [{ ...fake[0], share: 0.75 }, { ...fake[1], share: 0.25 }];
    expect(scoreCandidate(right, both)).toMatchObject({ total: 75, coverage: 1 });
    expect(scoreCandidate(JSON.parse(JSON.stringify(criteria)), [card('lee', [['design', 5]])]).coverage).toBe(0.6);
  });

  it('R3.2: a resubmitted scorecard replaces the earlier one, whatever the order', () => {
    const early = card('lee', [['design', 1]], 'c-17', '2026-12-02T10:00:00Z');
    const late = card('lee', [['design', 5]], 'c-17', '2026-12-02T11:00:00+00:00');
    expect(scoreCandidate(criteria, [early, late]).total).toBe(100);
    expect(scoreCandidate(criteria, [late, early]).total).toBe(100);
  });

  it('R3.2: keeps interviewers\' notes with their ratings', () => {
    const score = scoreCandidate(criteria, [card('lee', [['design', 4, 'Clear trade-offs']])]);
    expect(score.criteria[0]!.ratings).toEqual([{ interviewerId: 'lee', rating: 4, note: 'Clear trade-offs' }]);
  });

  it('R3.2: a rating for a criterion that was not predetermined is an InvalidInputError naming it and the valid ids', () => {
    const e = thrown(() => scoreCandidate(criteria, [card('lee', [['design', 4], ['charisma', 5]])])) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues).toEqual([{
      path: [0, 'ratings', 1, 'criterionId'],
      message: 'Unknown criterion "charisma": R3.2 rates only the predetermined criteria; expected one of "design", "comms", "team".',
    }]);
  });

  it('R3.2: a rating outside 1..scale, a fractional rating, a twice-rated criterion and a bad instant are all listed', () => {
    const bad = [
      card('lee', [['team', 4], ['design', 0], ['comms', 2.5]]),
      { ...card('ana', [['design', 3], ['design', 4]]), submittedAt: '2026-12-02' },
    ];
    const e = thrown(() => scoreCandidate(criteria, bad)) as InvalidInputError;
    const messages = e.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      '0.ratings.0.rating: Invalid rating 4 for criterion "team": expected a whole number from 1 to 3.',
      '0.ratings.1.rating: Invalid rating 0 for criterion "design": expected a whole number from 1 to 5.',
      '0.ratings.2.rating: Invalid rating 2.5 for criterion "comms": expected a whole number from 1 to 5.',
      '1.submittedAt: Invalid submittedAt "2026-12-02": expected an ISO 8601 instant with offset, such as "2026-12-02T16:00:00Z".',
      '1.ratings.1.criterionId: Criterion "design" is rated twice on this scorecard: expected at most one rating per criterion.',
    ]);
  });

  it('R3.2: an unknown field on a scorecard or a rating is an InvalidInputError naming its path, never a note silently dropped', () => {
    const one = defineCriteria([{ id: 'a', name: 'A', weight: 1 }]);
    const e = thrown(() => scoreCandidate(one, [
      { candidateId: 'x', interviewerId: 'i', submittedAt: '2026-12-11T17:00:00Z', ratings: [{ criterionId: 'a', rating: 3, nots: 'Rambled' }] } as never,
    ])) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['0.ratings.0.nots', 'Unknown field "nots": expected one of criterionId, rating, note.']]);
    // A misspelt copy next to the real field is refused too, on any card of the batch.
    const typo = thrown(() => scoreCandidates(criteria, [
      card('lee', [['design', 4]]),
      { ...card('ana', [['design', 3]]), submitedAt: '2026-12-01T16:00:00Z' } as never,
    ])) as InvalidInputError;
    expect(isFollowUpError(typo, 'INVALID_INPUT')).toBe(true);
    expect(typo.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['1.submitedAt', 'Unknown field "submitedAt": expected one of candidateId, interviewerId, submittedAt, ratings.']]);
  });

  it('R3.2: two scorecards by one interviewer at the same instant are ambiguous: InvalidInputError', () => {
    const e = thrown(() => scoreCandidate(criteria, [card('lee', [['design', 1]]), card('lee', [['design', 5]])]));
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect((e as Error).message).toContain('a resubmitted scorecard replaces the earlier one');
  });

  it('R3.2: the same scorecard delivered twice (a webhook retried) counts once; with another note it is still ambiguous', () => {
    const once = card('lee', [['design', 4, 'Clear'], ['comms', 3]]);
    const twice = scoreCandidate(criteria, [once, structuredClone(once)]);
    expect(twice).toEqual(scoreCandidate(criteria, [once]));
    expect(twice.criteria[0]!.ratings).toHaveLength(1);
    const edited = card('lee', [['design', 4, 'Clear, and fast'], ['comms', 3]]);
    expect(isFollowUpError(thrown(() => scoreCandidate(criteria, [once, edited])), 'INVALID_INPUT')).toBe(true);
  });

  it('R3.2: criteria not from defineCriteria, mixed candidates and missing ids are InvalidArgumentErrors', () => {
    const raw = thrown(() => scoreCandidate([{ id: 'a', name: 'A', weight: 1 }] as never, [])) as InvalidArgumentError;
    expect(isFollowUpError(raw, 'INVALID_ARGUMENT')).toBe(true);
    expect(raw.message).toContain('defineCriteria');
    const mixed = thrown(() => scoreCandidate(criteria, [card('lee', [['design', 1]], 'c-1'), card('lee', [['design', 1]], 'c-2')]));
    expect((mixed as Error).message).toContain('scoreCandidates()');
    const other = thrown(() => scoreCandidate(criteria, [card('lee', [['design', 1]], 'c-1')], { candidateId: 'c-2' }));
    expect(isFollowUpError(other, 'INVALID_ARGUMENT')).toBe(true);
    const none = thrown(() => scoreCandidate(criteria, []));
    expect((none as Error).message).toContain('options.candidateId');
    const panel = thrown(() => scoreCandidate(criteria, [], { candidateId: 'c', interviewers: ['lee', 'lee'] }));
    expect((panel as Error).message).toContain('unique');
    expect(isFollowUpError(thrown(() => scoreCandidate(criteria, 'cards' as never)), 'INVALID_ARGUMENT')).toBe(true);
  });
});

describe('scoreCandidates', () => {
  it('R3.2: scores every candidate, sorted by id, with per-candidate panels and candidates not yet scored', () => {
    const scores = scoreCandidates(criteria, [
      card('lee', [['design', 5]], 'c-2'),
      card('lee', [['design', 1]], 'c-1'),
      card('ana', [['design', 3]], 'c-1'),
    ], { interviewers: ['lee', 'ana'], panels: { 'c-2': ['lee'] }, candidates: ['c-3'] });
    expect(scores.map((s) => [s.candidateId, s.total, s.missingInterviewers])).toEqual([
      ['c-1', 25, []],
      ['c-2', 100, []],
      ['c-3', null, ['lee', 'ana']],
    ]);
  });

  it('R3.2: a panel entry left undefined names the candidate with the shared panel (or none), not an empty panel', () => {
    const scores = scoreCandidates(criteria, [card('lee', [['design', 5]], 'c-1')], { panels: { 'c-1': undefined, 'c-2': undefined } as never });
    expect(scores.map((s) => [s.candidateId, s.total, s.missingInterviewers])).toEqual([['c-1', 100, []], ['c-2', null, []]]);
    const shared = scoreCandidates(criteria, [card('lee', [['design', 5]], 'c-1')], { interviewers: ['lee', 'ana'], panels: { 'c-1': undefined } as never });
    expect(shared[0]?.missingInterviewers).toEqual(['ana']);
  });

  it('R3.2: rejects panels that are not an object of id lists', () => {
    expect(isFollowUpError(thrown(() => scoreCandidates(criteria, [], { panels: ['lee'] as never })), 'INVALID_ARGUMENT')).toBe(true);
  });

  it('R3.2: a scorecard by someone outside the candidate\'s own panel is an InvalidInputError naming that panel', () => {
    const e = thrown(() => scoreCandidates(criteria, [card('lee', [['design', 5]], 'c-1'), card('ana', [['design', 5]], 'c-2')], {
      interviewers: ['lee', 'ana'], panels: { 'c-2': ['lee'] },
    })) as InvalidInputError;
    expect(e.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      '1.interviewerId: Interviewer "ana" is not on the panel of candidate "c-2": expected one of "lee" (the panel in options.panels["c-2"]), or add them to the panel.',
    ]);
  });

  it('R3.2: options with an unknown key, options that are not an object (null included) and repeated candidates are InvalidArgumentErrors saying what is valid', () => {
    expect((thrown(() => scoreCandidates(criteria, [card('lee', [['design', 5]])], { panel: ['lee', 'ana'] } as never)) as Error).message)
      .toBe('Invalid options key "panel": expected one of interviewers, panels, candidates (did you mean "panels"?).');
    expect((thrown(() => scoreCandidate(criteria, [card('lee', [['design', 5]])], { interviewer: ['lee'] } as never)) as Error).message)
      .toBe('Invalid options key "interviewer": expected one of candidateId, interviewers (did you mean "interviewers"?).');
    expect((thrown(() => scoreCandidates(criteria, [], 'x' as never)) as Error).message)
      .toBe('Invalid options "x": expected an object { interviewers?, panels?, candidates? }.');
    expect((thrown(() => scoreCandidates(criteria, [], null as never)) as Error).message)
      .toBe('Invalid options null: expected an object { interviewers?, panels?, candidates? }.');
    expect((thrown(() => scoreCandidate(criteria, [card('lee', [['design', 5]])], null as never)) as Error).message)
      .toBe('Invalid options null: expected an object { candidateId?, interviewers? }.');
    expect(scoreCandidate(criteria, [card('lee', [['design', 5]])], undefined).total).toBe(100);
    expect((thrown(() => scoreCandidates(criteria, [], { candidates: ['c1', 'c1'] })) as Error).message)
      .toBe('Invalid options.candidates ["c1","c1"]: expected an array of unique, non-empty candidate ids.');
  });
});
