import { describe, InvalidArgumentError } from '../errors.js';
import { hiringOptions } from './hiringOptions.js';
import { compareIds, round6 } from './scoreOrder.js';
import type { CandidateScore, Shortlist, ShortlistEntry, ShortlistExclusion, ShortlistOptions, ShortlistReason, TieBreak } from './types.js';

type Scored = CandidateScore & { readonly total: number };

function checkOptions(options: unknown): { size: number; minScore: number | undefined; tieBreak: TieBreak; reasons: number } {
  // Required: hiringOptions refuses null and the rest, and would read undefined as {}.
  if (options === undefined) throw new InvalidArgumentError('options', options, 'an object { size, minScore?, tieBreak?, reasons? }');
  const o = hiringOptions(options, ['size', 'minScore', 'tieBreak', 'reasons'], ['size']) as Partial<ShortlistOptions>;
  if (typeof o.size !== 'number' || !Number.isInteger(o.size) || o.size < 1) throw new InvalidArgumentError('options.size', o.size, 'a whole number of candidates, 1 or more');
  if (o.minScore !== undefined && (typeof o.minScore !== 'number' || !Number.isFinite(o.minScore) || o.minScore < 0 || o.minScore > 100)) {
    throw new InvalidArgumentError('options.minScore', o.minScore, 'a score from 0 to 100');
  }
  const t = o.tieBreak ?? 'candidateId';
  if (!(t === 'candidateId' || t === 'coverage' || t === 'agreement' || (Array.isArray(t) && t.every((id) => typeof id === 'string')))) {
    throw new InvalidArgumentError('options.tieBreak', t, '"candidateId", "coverage", "agreement" or an array of criterion ids');
  }
  const reasons = o.reasons ?? 3;
  if (typeof reasons !== 'number' || !Number.isInteger(reasons) || reasons < 0) throw new InvalidArgumentError('options.reasons', reasons, 'a whole number, 0 or more');
  return { size: o.size, minScore: o.minScore, tieBreak: t, reasons };
}

/**
 * Each id of a `tieBreak` list is a criterion of the scores: an unknown id (a typo) would rank
 * everyone as unrated on it and break no tie.
 */
function checkTieBreakIds(tieBreak: TieBreak, scores: readonly CandidateScore[]): void {
  if (!Array.isArray(tieBreak) || scores.length === 0) return;
  const known = new Set(scores.flatMap((s) => s.criteria.map((c) => c.criterionId)));
  (tieBreak as readonly string[]).forEach((id, k) => {
    if (!known.has(id)) throw new InvalidArgumentError(`options.tieBreak.${k}`, id, `a criterion id of the scores: ${[...known].map((x) => describe(x)).join(', ')}`);
  });
}

/**
 * Mean spread relative to each scale, over rated criteria (0 = full agreement). A criterion rated by
 * one interviewer has spread 0, so a candidate seen by a single interviewer counts as in full agreement.
 */
function meanSpread(s: CandidateScore): number {
  let sum = 0, n = 0;
  for (const c of s.criteria) if (c.spread !== null) { sum += c.spread / (c.scale - 1); n++; }
  return n === 0 ? 0 : sum / n;
}

function criterionScore(s: CandidateScore, id: string): number {
  return s.criteria.find((c) => c.criterionId === id)?.score ?? -1;
}

function comparator(tieBreak: TieBreak): (a: Scored, b: Scored) => number {
  return (a, b) => {
    if (a.total !== b.total) return b.total - a.total;
    if (tieBreak === 'coverage' && a.coverage !== b.coverage) return b.coverage - a.coverage;
    if (tieBreak === 'agreement') { const d = meanSpread(a) - meanSpread(b); if (d !== 0) return d; }
    if (Array.isArray(tieBreak)) {
      for (const id of tieBreak as readonly string[]) { const d = criterionScore(b, id) - criterionScore(a, id); if (d !== 0) return d; }
    }
    return compareIds(a.candidateId, b.candidateId);
  };
}

function reasonsOf(s: CandidateScore, count: number): ShortlistReason[] {
  let rated = 0;
  for (const c of s.criteria) if (c.score !== null) rated += c.share;
  return s.criteria
    .filter((c) => c.score !== null)
    .map((c, i) => ({ c, i, contribution: (c.share * (c.score as number)) / rated }))
    .sort((x, y) => y.contribution - x.contribution || x.i - y.i)
    .slice(0, count)
    .map(({ c, contribution }) => ({ criterionId: c.criterionId, name: c.name, score: c.score as number, contribution: round6(contribution) }));
}

function sentence(e: Omit<ShortlistEntry, 'text'>, of: number): string {
  const cited = e.reasons.map((r) => `${r.name} (${r.score.toFixed(1)}, +${r.contribution.toFixed(1)})`).join(', ');
  // Rounded down, so a share short of all the weight never reads "100%".
  const partial = e.coverage < 1 ? `, with ${Math.floor(e.coverage * 100)}% of the criteria weight rated` : '';
  return `Rank ${e.rank} of ${of} scored candidate${of === 1 ? '' : 's'} at ${e.total.toFixed(1)}/100${partial}${cited === '' ? '' : `; largest contributions: ${cited}`}.`;
}

/**
 * Draws up the shortlist of the top candidates (R3.3): ranked by weighted total, at most `size`
 * long, with the criteria that contribute most to each place.
 *
 * Order, fully deterministic: higher `total` first; equal totals (compared after rounding to 6
 * decimals) by `tieBreak`, then by candidate id in code-unit order. Ties at the cut-off are not
 * widened: the list stays at most `size`, and `tiedAtCutoff` names who was left off by the tie-break
 * alone. Candidates without any rating (`total: null`) and below `minScore` are never listed.
 *
 * `tieBreak: 'agreement'` compares the mean spread of the ratings per criterion (relative to each
 * scale). A criterion rated by a single interviewer has no spread (0), so among equal totals a
 * candidate seen by one interviewer ranks ahead of one whose several interviewers differ at all;
 * check `interviewers` or `coverage` when that matters. A `tieBreak` list names criteria of the
 * scores; an unknown id is an error.
 *
 * @param scores - From {@link scoreCandidates}; candidate ids unique.
 * @param options - `size`, and optionally `minScore`, `tieBreak` and the number of `reasons` to cite.
 * @returns A plain-data {@link Shortlist}.
 * @throws {@link InvalidArgumentError} for a bad or unknown option (including a `tieBreak`
 *   criterion id the scores do not have), a score that is not a {@link CandidateScore}, or a
 *   candidate id given twice.
 * @example
 * ```ts
 * const list = shortlist(scoreCandidates(criteria, scorecards), { size: 3, minScore: 60 })
 * list.entries.map((e) => e.candidateId) //=> ["c-17", "c-31", "c-08"]
 * ```
 */
export function shortlist(scores: readonly CandidateScore[], options: ShortlistOptions): Shortlist {
  const { size, minScore, tieBreak, reasons } = checkOptions(options);
  if (!Array.isArray(scores)) throw new InvalidArgumentError('scores', scores, 'an array of CandidateScore from scoreCandidates()');
  const seen = new Set<string>();
  const scored: Scored[] = [];
  const unscored: string[] = [];
  for (const [i, s] of (scores as readonly unknown[] as readonly CandidateScore[]).entries()) {
    if (typeof s !== 'object' || s === null || typeof s.candidateId !== 'string' || !Array.isArray(s.criteria)
      || !(s.total === null || (typeof s.total === 'number' && s.total >= 0 && s.total <= 100))
      || typeof s.coverage !== 'number' || !(s.coverage >= 0 && s.coverage <= 1)) {
      throw new InvalidArgumentError(`scores.${i}`, s, 'a CandidateScore from scoreCandidate() or scoreCandidates()');
    }
    // An index loop, not forEach: a hole in the array ([, x]) is checked too.
    for (let j = 0; j < s.criteria.length; j++) {
      const c: unknown = s.criteria[j];
      const k = c as Partial<CandidateScore['criteria'][number]> | null;
      if (typeof k !== 'object' || k === null || typeof k.criterionId !== 'string' || typeof k.name !== 'string'
        || typeof k.share !== 'number' || !(k.share > 0 && k.share <= 1) || typeof k.scale !== 'number' || !(k.scale >= 2)
        || !(k.score === null || (typeof k.score === 'number' && k.score >= 0 && k.score <= 100))
        || !(k.spread === null || (typeof k.spread === 'number' && Number.isFinite(k.spread)))) {
        throw new InvalidArgumentError(`scores.${i}.criteria.${j}`, c, 'a criterion score from scoreCandidate() or scoreCandidates()');
      }
    }
    if (seen.has(s.candidateId)) throw new InvalidArgumentError('scores', s.candidateId, `each candidate once: ${describe(s.candidateId)} appears twice`);
    seen.add(s.candidateId);
    if (s.total === null) unscored.push(s.candidateId);
    else scored.push(s as Scored);
  }
  checkTieBreakIds(tieBreak, scores);
  scored.sort(comparator(tieBreak));
  const entries: ShortlistEntry[] = [];
  const excluded: { candidateId: string; total: number | null; reason: ShortlistExclusion }[] = [];
  for (const s of scored) {
    if (minScore !== undefined && s.total < minScore) excluded.push({ candidateId: s.candidateId, total: s.total, reason: 'below-min-score' });
    else if (entries.length >= size) excluded.push({ candidateId: s.candidateId, total: s.total, reason: 'outside-size' });
    else {
      const e = { rank: entries.length + 1, candidateId: s.candidateId, total: s.total, coverage: s.coverage, reasons: reasonsOf(s, reasons) };
      entries.push({ ...e, text: sentence(e, scored.length) });
    }
  }
  for (const id of unscored.sort(compareIds)) excluded.push({ candidateId: id, total: null, reason: 'unscored' });
  const last = entries[entries.length - 1];
  const tiedAtCutoff = last === undefined ? [] : excluded.filter((x) => x.reason === 'outside-size' && x.total === last.total).map((x) => x.candidateId);
  return { entries, excluded, tiedAtCutoff };
}
