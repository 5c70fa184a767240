import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import { thrown } from '../../test/helpers/thrown.js';
import { defineCriteria } from './defineCriteria.js';
import { scoreCandidates } from './scoreCandidates.js';
import { shortlist } from './shortlist.js';

const criteria = defineCriteria([
  { id: 'design', name: 'System design', weight: 1 },
  { id: 'comms', name: 'Communication', weight: 1 },
]);

function card(candidateId: string, interviewerId: string, design?: number, comms?: number): Scorecard {
  const ratings = [];
  if (design !== undefined) ratings.push({ criterionId: 'design', rating: design });
  if (comms !== undefined) ratings.push({ criterionId: 'comms', rating: comms });
  return { candidateId, interviewerId, submittedAt: '2026-12-02T16:00:00Z', ratings };
}

const scores = scoreCandidates(criteria, [
  card('amy', 'lee', 5, 5), // 100
  card('bob', 'lee', 5, 3), // 75
  card('cid', 'lee', 3, 5), // 75
  card('dee', 'lee', 4, 4), // 75
  card('eve', 'lee', 2, 2), // 25
], { candidates: ['fay', 'gus'] }); // fay and gus: no scorecard yet, so unscored

describe('shortlist', () => {
  it('R3.3: ranks by total and keeps at most `size`; ties broken by candidate id by default', () => {
    const list = shortlist(scores, { size: 3 });
    expect(list.entries.map((e) => [e.rank, e.candidateId, e.total])).toEqual([[1, 'amy', 100], [2, 'bob', 75], [3, 'cid', 75]]);
    expect(list.tiedAtCutoff).toEqual(['dee']);
    expect(list.excluded).toEqual([
      { candidateId: 'dee', total: 75, reason: 'outside-size' },
      { candidateId: 'eve', total: 25, reason: 'outside-size' },
      { candidateId: 'fay', total: null, reason: 'unscored' },
      { candidateId: 'gus', total: null, reason: 'unscored' },
    ]);
  });

  it('R3.3: minScore leaves low scorers off even when there is room', () => {
    const list = shortlist(scores, { size: 10, minScore: 50 });
    expect(list.entries.map((e) => e.candidateId)).toEqual(['amy', 'bob', 'cid', 'dee']);
    expect(list.excluded[0]).toEqual({ candidateId: 'eve', total: 25, reason: 'below-min-score' });
    expect(list.tiedAtCutoff).toEqual([]);
  });

  it('R3.3: a list of criterion ids breaks ties by those criteria, in order', () => {
    expect(shortlist(scores, { size: 4, tieBreak: ['comms'] }).entries.map((e) => e.candidateId)).toEqual(['amy', 'cid', 'dee', 'bob']);
    expect(shortlist(scores, { size: 4, tieBreak: ['design', 'comms'] }).entries.map((e) => e.candidateId)).toEqual(['amy', 'bob', 'dee', 'cid']);
  });

  it('R3.3: "agreement" prefers the candidate whose interviewers agree more; "coverage" the more completely rated', () => {
    const split = scoreCandidates(criteria, [
      card('x', 'lee', 5, 5), card('x', 'ana', 1, 1), // 50, spread 4
      card('y', 'lee', 3, 3), card('y', 'ana', 3, 3), // 50, spread 0
      card('z', 'lee', 3), // 50, half the weight rated
    ]);
    expect(shortlist(split, { size: 3, tieBreak: 'agreement' }).entries.map((e) => e.candidateId)).toEqual(['y', 'z', 'x']);
    expect(shortlist(split, { size: 3, tieBreak: 'coverage' }).entries.map((e) => e.candidateId)).toEqual(['x', 'y', 'z']);
  });

  it('R3.3: each entry cites the criteria that put it there, with their contribution to the total', () => {
    const [, bob] = shortlist(scores, { size: 2 }).entries;
    expect(bob!.reasons).toEqual([
      { criterionId: 'design', name: 'System design', score: 100, contribution: 50 },
      { criterionId: 'comms', name: 'Communication', score: 50, contribution: 25 },
    ]);
    expect(bob!.text).toBe('Rank 2 of 5 scored candidates at 75.0/100; largest contributions: System design (100.0, +50.0), Communication (50.0, +25.0).');
    expect(shortlist(scores, { size: 1, reasons: 1 }).entries[0]!.reasons).toHaveLength(1);
  });

  it('R3.3: the sentence counts one scored candidate in the singular', () => {
    const one = shortlist(scoreCandidates(criteria, [card('amy', 'lee', 5)]), { size: 1 }).entries[0]!;
    expect(one.text).toBe('Rank 1 of 1 scored candidate at 100.0/100, with 50% of the criteria weight rated; largest contributions: System design (100.0, +100.0).');
  });

  it('R3.3: a share of the weight short of all of it never reads "100%" (rounded down)', () => {
    const lopsided = defineCriteria([{ id: 'main', name: 'Main', weight: 200 }, { id: 'minor', name: 'Minor', weight: 1 }]);
    const entry = shortlist(scoreCandidates(lopsided, [{ candidateId: 'amy', interviewerId: 'lee', submittedAt: '2026-12-01T10:00:00Z', ratings: [{ criterionId: 'main', rating: 4 }] }]), { size: 1 }).entries[0]!;
    expect(entry.coverage).toBeLessThan(1);
    expect(entry.coverage).toBeGreaterThan(0.99);
    expect(entry.text).toContain('with 99% of the criteria weight rated');
  });

  it('R3.3: "agreement" counts a candidate rated by a single interviewer as in full agreement (spread 0), ahead of several who differ', () => {
    const list = scoreCandidates(criteria, [
      card('solo', 'lee', 4, 4), // 75, one interviewer: spread 0
      card('trio', 'lee', 4, 4), card('trio', 'ana', 5, 3), card('trio', 'kim', 3, 5), // 75, spread 2 on each criterion
    ]);
    expect(list.map((s) => s.total)).toEqual([75, 75]);
    expect(shortlist(list, { size: 1, tieBreak: 'agreement' }).entries.map((e) => e.candidateId)).toEqual(['solo']);
  });

  it('R3.3: the result does not depend on the order of the scores', () => {
    expect(shortlist([...scores].reverse(), { size: 3 })).toEqual(shortlist(scores, { size: 3 }));
  });

  it('R3.3: bad options and inputs are InvalidArgumentErrors naming the value', () => {
    for (const options of [{ size: 0 }, { size: 1.5 }, { size: 2, minScore: 101 }, { size: 2, tieBreak: 'alphabet' }, { size: 2, reasons: -1 }]) {
      const e = thrown(() => shortlist(scores, options as never));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    }
    expect((thrown(() => shortlist(scores, { size: 0 })) as Error).message).toBe('Invalid options.size 0: expected a whole number of candidates, 1 or more.');
    expect((thrown(() => shortlist([scores[0]!, scores[0]!], { size: 1 })) as Error).message).toContain('"amy" appears twice');
    expect(isFollowUpError(thrown(() => shortlist([{ candidateId: 'x', total: Number.NaN, criteria: [] }] as never, { size: 1 })), 'INVALID_ARGUMENT')).toBe(true);
  });

  it('R3.3: an unknown option key or a tieBreak criterion the scores do not have is an InvalidArgumentError saying what is valid', () => {
    expect((thrown(() => shortlist(scores, { size: 2, min: 99 } as never)) as Error).message)
      .toBe('Invalid options key "min": expected one of size, minScore, tieBreak, reasons.');
    expect((thrown(() => shortlist(scores, { size: 2, tieBreak: ['comms', 'zzz'] })) as Error).message)
      .toBe('Invalid options.tieBreak.1 "zzz": expected a criterion id of the scores: "design", "comms".');
    expect(isFollowUpError(thrown(() => shortlist(scores, 'size 2' as never)), 'INVALID_ARGUMENT')).toBe(true);
  });
});
