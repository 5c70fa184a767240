import type { Scorecard } from '../model/hiring/Scorecard.js';
import { compareIds, round6 } from './scoreOrder.js';
import type { CandidateScore, Criteria, CriterionScore, InterviewerRating } from './types.js';

/** Scores one candidate from checked, de-duplicated scorecards (R3.2). */
export function scoreChecked(criteria: Criteria, index: Map<string, number>, candidateId: string, cards: readonly Scorecard[], panel: readonly string[]): CandidateScore {
  const sorted = [...cards].sort((a, b) => compareIds(a.interviewerId, b.interviewerId));
  const perCriterion: InterviewerRating[][] = criteria.map(() => []);
  const missingRatings: { interviewerId: string; criterionIds: string[] }[] = [];
  const seen = new Int32Array(criteria.length).fill(-1);
  for (let n = 0; n < sorted.length; n++) {
    const card = sorted[n]!;
    for (const r of card.ratings) {
      const k = index.get(r.criterionId)!;
      seen[k] = n;
      perCriterion[k]!.push(r.note === undefined ? { interviewerId: card.interviewerId, rating: r.rating } : { interviewerId: card.interviewerId, rating: r.rating, note: r.note });
    }
    const missing: string[] = [];
    for (let k = 0; k < criteria.length; k++) if (seen[k] !== n) missing.push(criteria[k]!.id);
    if (missing.length > 0) missingRatings.push({ interviewerId: card.interviewerId, criterionIds: missing });
  }
  let weighted = 0;
  let ratedShare = 0;
  const missingCriteria: string[] = [];
  const scores = criteria.map((c, k): CriterionScore => {
    const ratings = perCriterion[k]!;
    const n = ratings.length;
    if (n === 0) {
      missingCriteria.push(c.id);
      return { criterionId: c.id, name: c.name, kind: c.kind, scale: c.scale, share: c.share, count: 0, mean: null, score: null, min: null, max: null, spread: null, stdDev: null, ratings };
    }
    let sum = 0, min = Infinity, max = -Infinity;
    for (const r of ratings) { sum += r.rating; if (r.rating < min) min = r.rating; if (r.rating > max) max = r.rating; }
    const mean = sum / n;
    let sq = 0;
    for (const r of ratings) sq += (r.rating - mean) ** 2;
    const score = ((mean - 1) / (c.scale - 1)) * 100;
    weighted += c.share * score;
    ratedShare += c.share;
    return {
      criterionId: c.id, name: c.name, kind: c.kind, scale: c.scale, share: c.share, count: n,
      mean: round6(mean), score: round6(score), min, max, spread: max - min, stdDev: round6(Math.sqrt(sq / n)), ratings,
    };
  });
  const interviewers = sorted.map((c) => c.interviewerId);
  const submitted = new Set(interviewers);
  return {
    candidateId,
    total: ratedShare > 0 ? Math.min(100, Math.max(0, round6(weighted / ratedShare))) : null,
    // The shares are checked to be weight / total weight (checkCriteria), so this is at most 1 up to rounding.
    coverage: round6(ratedShare),
    criteria: scores,
    missingCriteria,
    missingRatings,
    missingInterviewers: panel.filter((id) => !submitted.has(id)),
    interviewers,
  };
}
