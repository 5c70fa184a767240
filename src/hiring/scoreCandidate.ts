import { InvalidArgumentError } from '../errors.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import { checkCriteria, checkPanel, checkScorecards } from './checkScorecards.js';
import { hiringOptions } from './hiringOptions.js';
import { scoreChecked } from './scoreChecked.js';
import type { CandidateScore, Criteria, ScoreCandidateOptions } from './types.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';

/**
 * Scores one candidate against the predetermined criteria (R3.2): per criterion the mean rating,
 * its 0–100 score, the spread (max − min) and standard deviation; the weighted total from 0 to 100;
 * and what is missing (criteria nobody rated, criteria left blank per scorecard, panel members
 * without a scorecard).
 *
 * A criterion nobody rated is reported in `missingCriteria` and left out of the total (the other
 * shares are re-normalised; `coverage` says how much weight was rated), never counted as 0. When
 * an interviewer submitted twice, the later scorecard counts. Nothing is ever `NaN`.
 *
 * @param criteria - From {@link defineCriteria}.
 * @param scorecards - This candidate's scorecards, in any order (the result does not depend on it).
 * @param options - `candidateId` (needed when there is no scorecard yet) and the panel `interviewers`.
 * @returns A plain-data {@link CandidateScore}.
 * @throws {@link InvalidInputError} listing every bad scorecard field, including a rating of a
 *   criterion that was not predetermined or outside `1..scale`, a scorecard without any rating,
 *   a scorecard by an interviewer outside the panel `interviewers` (when given), and two
 *   scorecards by one interviewer at the same instant; {@link InvalidArgumentError} for criteria
 *   not from `defineCriteria` (including shares that are not weight / Σ weight), scorecards of
 *   several candidates, or a bad or unknown option.
 * @example
 * ```ts
 * const criteria = defineCriteria([{ id: 'design', name: 'System design', weight: 3 }, { id: 'comms', name: 'Communication', weight: 1 }])
 * const score = scoreCandidate(criteria, [
 *   { candidateId: 'c-17', interviewerId: 'lee', submittedAt: '2026-12-02T16:00:00Z', ratings: [{ criterionId: 'design', rating: 5 }, { criterionId: 'comms', rating: 3 }] },
 * ], { interviewers: ['lee', 'ana'] })
 * score.total //=> 87.5
 * score.missingInterviewers //=> ["ana"]
 * ```
 */
export function scoreCandidate(criteria: Criteria, scorecards: readonly DeepReadonly<Scorecard>[], options?: ScoreCandidateOptions): CandidateScore {
  const index = checkCriteria(criteria);
  const o = hiringOptions(options, ['candidateId', 'interviewers']);
  const panel = checkPanel(o['interviewers'], 'options.interviewers');
  const byCandidate = checkScorecards(criteria, index, scorecards, () => (panel === undefined ? undefined : { ids: panel, argument: 'options.interviewers' }));
  const wanted = o['candidateId'] as string | undefined; // checked next: a plain-JS caller may pass anything
  if (wanted !== undefined && (typeof wanted !== 'string' || wanted.trim() === '')) {
    throw new InvalidArgumentError('options.candidateId', wanted, 'a non-empty candidate id');
  }
  const ids = [...byCandidate.keys()];
  if (ids.length > 1 || (wanted !== undefined && ids.length === 1 && ids[0] !== wanted)) {
    throw new InvalidArgumentError('scorecards', ids, `scorecards of one candidate${wanted === undefined ? '' : ` ("${wanted}")`}; use scoreCandidates() or debrief() for several`);
  }
  const candidateId = wanted ?? ids[0];
  if (candidateId === undefined) throw new InvalidArgumentError('options.candidateId', undefined, 'the candidate id, since there are no scorecards to take it from');
  return scoreChecked(criteria, index, candidateId, byCandidate.get(candidateId) ?? [], panel ?? []);
}
