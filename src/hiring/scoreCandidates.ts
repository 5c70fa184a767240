import { InvalidArgumentError } from '../errors.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import { checkCriteria, checkPanel, checkScorecards } from './checkScorecards.js';
import { scoreChecked } from './scoreChecked.js';
import { compareIds } from './scoreOrder.js';
import type { CandidateScore, Criteria, ScoreCandidatesOptions } from './types.js';

/**
 * Scores every candidate found in a batch of scorecards (R3.2), as {@link scoreCandidate} does
 * for one, sorted by candidate id: the input of {@link shortlist}.
 *
 * @param criteria - From {@link defineCriteria}.
 * @param scorecards - Scorecards of any candidates, in any order.
 * @param options - The panel (`interviewers`, or `panels` per candidate id) and extra `candidates`
 *   to include before their first scorecard.
 * @returns One {@link CandidateScore} per candidate.
 * @throws the errors of {@link scoreCandidate}.
 * @example
 * ```ts
 * const scores = scoreCandidates(criteria, allScorecards, { interviewers: ['lee', 'ana'] })
 * scores.map((s) => s.candidateId) //=> ["c-17", "c-23"]
 * ```
 */
export function scoreCandidates(criteria: Criteria, scorecards: readonly Scorecard[], options?: ScoreCandidatesOptions): CandidateScore[] {
  const index = checkCriteria(criteria);
  const shared = checkPanel(options?.interviewers, 'options.interviewers');
  const panels = options?.panels;
  if (panels !== undefined && (typeof panels !== 'object' || panels === null || Array.isArray(panels))) {
    throw new InvalidArgumentError('options.panels', panels, 'an object mapping candidate ids to arrays of interviewer ids');
  }
  const byCandidate = checkScorecards(criteria, index, scorecards);
  const ids = new Set(byCandidate.keys());
  for (const id of checkPanel(options?.candidates, 'options.candidates')) ids.add(id);
  for (const id of Object.keys(panels ?? {})) ids.add(id);
  return [...ids].sort(compareIds).map((id) => {
    const panel = panels !== undefined && Object.hasOwn(panels, id) ? checkPanel(panels[id], `options.panels[${JSON.stringify(id)}]`) : shared;
    return scoreChecked(criteria, index, id, byCandidate.get(id) ?? [], panel);
  });
}
