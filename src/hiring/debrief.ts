import { resolveHiringPolicy } from '../hiringPolicy.js';
import type { HiringPolicy } from '../hiringPolicy.js';
import { hiringOptions } from './hiringOptions.js';
import { SCORE_OPTIONS, scoreWithOptions } from './scoreCandidates.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import type { CandidateScore, Criteria, CriterionScore, Debrief, DebriefCandidate, DebriefOptions, DebriefPoint, DebriefVerdict } from './types.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';

function verdictOf(c: CriterionScore, policy: HiringPolicy): DebriefVerdict {
  if (c.score === null || c.spread === null) return 'unrated';
  // Disagreement needs two opinions; spread is compared as a fraction of the scale (R3.1).
  if (c.count >= 2 && c.spread >= policy.disagreementSpread * (c.scale - 1)) return 'disagreement';
  if (c.score >= policy.strongAtLeast) return 'strength';
  if (c.score < policy.weakBelow) return 'weakness';
  return 'mixed';
}

function pointOf(c: CriterionScore, verdict: DebriefVerdict): DebriefPoint {
  return { criterionId: c.criterionId, name: c.name, kind: c.kind, scale: c.scale, verdict, score: c.score, spread: c.spread, stdDev: c.stdDev, ratings: c.ratings };
}

/** Orders points by keys compared in turn, keeping criteria order among equals. */
function by(points: DebriefPoint[], ...keys: ((p: DebriefPoint) => number)[]): DebriefPoint[] {
  const cmp = (a: DebriefPoint, b: DebriefPoint): number => {
    for (const key of keys) { const d = key(a) - key(b); if (d !== 0) return d; }
    return 0;
  };
  return [...points].sort(cmp);
}

function debriefOne(score: CandidateScore, policy: HiringPolicy): DebriefCandidate {
  const points = score.criteria.map((c) => pointOf(c, verdictOf(c, policy)));
  return {
    candidateId: score.candidateId,
    score,
    strengths: by(points.filter((p) => p.verdict === 'strength'), (p) => -(p.score ?? 0)),
    weaknesses: by(points.filter((p) => p.verdict === 'weakness'), (p) => p.score ?? 0),
    // Widest disagreement first, relative to each criterion's scale.
    disagreements: by(points.filter((p) => p.verdict === 'disagreement'), (p) => -(p.spread ?? 0) / (p.scale - 1), (p) => -(p.stdDev ?? 0) / (p.scale - 1)),
    fit: points.filter((p) => p.kind === 'fit'),
    waitingFor: score.missingInterviewers,
    // Without a panel, nobody is awaited; a debrief still needs at least one scorecard.
    ready: score.missingInterviewers.length === 0 && score.interviewers.length > 0,
  };
}

/**
 * Prepares the hiring team's debrief (R3.1): per candidate, the strengths and weaknesses the
 * interviewers agree on, the criteria where their ratings lie far apart (to discuss, with every
 * rating and note), the team and culture fit criteria (`kind: 'fit'`), and who has not submitted a
 * scorecard yet, so the debrief can wait for them.
 *
 * A criterion is a *disagreement* when at least two interviewers rated it and the spread reaches
 * `disagreementSpread` of the scale; otherwise a *strength* from `strongAtLeast`, a *weakness*
 * below `weakBelow`, else *mixed* (see {@link DEFAULT_HIRING_POLICY}).
 *
 * @param criteria - From {@link defineCriteria}.
 * @param scorecards - Scorecards of any candidates, in any order.
 * @param options - The panel (`interviewers`, or `panels` per candidate), extra `candidates`, and
 *   `policy` overrides of the thresholds.
 * @returns A plain-data {@link Debrief}, candidates sorted by id.
 * @throws the errors of {@link scoreCandidates} (a scorecard without any rating, or by someone
 *   outside the panel, is refused, so `waitingFor` and `ready` only count real scorecards);
 *   {@link InvalidArgumentError} for a bad policy.
 * @example
 * ```ts
 * const { candidates } = debrief(criteria, scorecards, { interviewers: ['lee', 'ana', 'kim'] })
 * candidates[0].disagreements.map((p) => p.criterionId) //=> ["comms"]
 * candidates[0].waitingFor //=> ["kim"]
 * ```
 */
export function debrief(criteria: Criteria, scorecards: readonly DeepReadonly<Scorecard>[], options?: DebriefOptions): Debrief {
  const o = hiringOptions(options, [...SCORE_OPTIONS, 'policy']);
  const policy = resolveHiringPolicy(o['policy'] as DebriefOptions['policy']);
  const candidates = scoreWithOptions(criteria, scorecards as readonly Scorecard[], o).map((s) => debriefOne(s, policy));
  return { candidates, ready: candidates.every((c) => c.ready) };
}
