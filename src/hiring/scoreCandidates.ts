import { isRecord } from '../_lib/check.js';
import type { Fields } from '../_lib/check.js';
import { InvalidArgumentError } from '../errors.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import { checkCriteria, checkPanel, checkScorecards } from './checkScorecards.js';
import type { Panel } from './checkScorecards.js';
import { hiringOptions } from './hiringOptions.js';
import { scoreChecked } from './scoreChecked.js';
import { compareIds } from './scoreOrder.js';
import type { CandidateScore, Criteria, ScoreCandidatesOptions } from './types.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';

/**
 * Scores every candidate found in a batch of scorecards (R3.2), as {@link scoreCandidate} does
 * for one, sorted by candidate id: the input of {@link shortlist}.
 *
 * @param criteria - From {@link defineCriteria}.
 * @param scorecards - Scorecards of any candidates, in any order.
 * @param options - The panel (`interviewers`, or `panels` per candidate id) and extra `candidates`
 *   to include before their first scorecard.
 * @returns One {@link CandidateScore} per candidate.
 * @throws the errors of {@link scoreCandidate}; a candidate's panel is `panels[id]` when given,
 *   else `interviewers`, and a scorecard by anyone outside it is an {@link InvalidInputError}.
 * @example
 * ```ts
 * const scores = scoreCandidates(criteria, allScorecards, { interviewers: ['lee', 'ana'] })
 * scores.map((s) => s.candidateId) //=> ["c-17", "c-23"]
 * ```
 */
export function scoreCandidates(criteria: Criteria, scorecards: readonly DeepReadonly<Scorecard>[], options?: ScoreCandidatesOptions): CandidateScore[] {
  // Only read: frozen or `as const` scorecards are accepted as they are.
  return scoreWithOptions(criteria, scorecards as readonly Scorecard[], hiringOptions(options, SCORE_OPTIONS));
}

/** The options of {@link scoreCandidates}; {@link debrief} adds `policy`. */
export const SCORE_OPTIONS: readonly string[] = ['interviewers', 'panels', 'candidates'];

/** {@link scoreCandidates} with its options object already checked for unknown keys. */
export function scoreWithOptions(criteria: Criteria, scorecards: readonly Scorecard[], o: Fields): CandidateScore[] {
  const index = checkCriteria(criteria);
  const shared = checkPanel(o['interviewers'], 'options.interviewers');
  const panels = o['panels'];
  if (panels !== undefined && !isRecord(panels)) {
    throw new InvalidArgumentError('options.panels', panels, 'an object mapping candidate ids to arrays of interviewer ids');
  }
  const panelOf = new Map<string, Panel>();
  for (const id of Object.keys(panels ?? {})) {
    const argument = `options.panels[${JSON.stringify(id)}]`;
    // An entry left undefined (`Object.fromEntries` over a lookup with gaps) names the candidate without a panel.
    const ids = checkPanel(panels![id], argument);
    if (ids !== undefined) panelOf.set(id, { ids, argument });
  }
  const fallback: Panel | undefined = shared === undefined ? undefined : { ids: shared, argument: 'options.interviewers' };
  const byCandidate = checkScorecards(criteria, index, scorecards, (id) => panelOf.get(id) ?? fallback);
  const ids = new Set(byCandidate.keys());
  for (const id of checkPanel(o['candidates'], 'options.candidates', 'candidate') ?? []) ids.add(id);
  for (const id of Object.keys(panels ?? {})) ids.add(id);
  return [...ids].sort(compareIds).map((id) => scoreChecked(criteria, index, id, byCandidate.get(id) ?? [], (panelOf.get(id) ?? fallback)?.ids ?? []));
}
