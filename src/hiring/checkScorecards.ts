import { parseInstant } from '../calendar/instant.js';
import { describe, InvalidArgumentError, InvalidInputError } from '../errors.js';
import type { InputIssue } from '../errors.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import { textFields, unknownFields } from './hiringOptions.js';
import type { Criteria, Criterion } from './types.js';

/** How far, relatively, a criterion's `share` may be from `weight / Σ weight`: floating-point rounding, nothing more. */
const SHARE_TOLERANCE = 1e-9;

/**
 * The criteria argument, checked to come from `defineCriteria`, with an index by id. A list built by
 * hand or read back from storage passes when it is what `defineCriteria` returns: in particular
 * each `share` is its `weight` over the sum of the weights (to rounding), so the shares sum to 1 and
 * totals and `coverage` use the weights as given (R3.2).
 */
export function checkCriteria(criteria: unknown): Map<string, number> {
  const expected = 'the frozen result of defineCriteria([...]) (R3.2)';
  if (!Array.isArray(criteria) || criteria.length === 0) throw new InvalidArgumentError('criteria', criteria, expected);
  const index = new Map<string, number>();
  let total = 0;
  criteria.forEach((c: Partial<Criterion> | null, i) => {
    if (typeof c !== 'object' || c === null || typeof c.id !== 'string' || typeof c.name !== 'string' || (c.kind !== 'skill' && c.kind !== 'fit')
      || typeof c.share !== 'number' || !(c.share > 0 && c.share <= 1) || typeof c.weight !== 'number' || !(c.weight > 0 && Number.isFinite(c.weight))
      || typeof c.scale !== 'number' || !Number.isInteger(c.scale) || c.scale < 2 || index.has(c.id)) {
      throw new InvalidArgumentError(`criteria[${i}]`, c, expected);
    }
    index.set(c.id, i);
    total += c.weight;
  });
  if (!Number.isFinite(total)) throw new InvalidArgumentError('criteria', criteria, `${expected}: its weights add up to more than the largest finite number`);
  (criteria as Criteria).forEach((c, i) => {
    const share = c.weight / total;
    if (!(Math.abs(c.share - share) <= SHARE_TOLERANCE * share)) {
      throw new InvalidArgumentError(`criteria[${i}].share`, c.share, `${share} (weight ${c.weight} / total weight ${total}), as defineCriteria([...]) computes it (R3.2)`);
    }
  });
  return index;
}

/** The fields of a scorecard and of a rating: any other (a misspelt `nots`) is an issue, not a note silently dropped. */
const CARD_FIELDS = ['candidateId', 'interviewerId', 'submittedAt', 'ratings'];
const RATING_FIELDS = ['criterionId', 'rating', 'note'];

/** A panel option: the interviewers expected to score a candidate, and the option that named them. */
export interface Panel {
  readonly ids: readonly string[];
  readonly argument: string;
}

/**
 * Scorecards checked against the criteria (R3.2), one per candidate and interviewer, grouped by candidate.
 * When `panelOf` gives a candidate's panel, a scorecard by anyone else is an issue: only the planned
 * interviewers' scorecards count.
 */
export function checkScorecards(criteria: Criteria, index: Map<string, number>, scorecards: unknown, panelOf: (candidateId: string) => Panel | undefined = () => undefined): Map<string, Scorecard[]> {
  if (!Array.isArray(scorecards)) throw new InvalidArgumentError('scorecards', scorecards, 'an array of scorecards');
  const issues: InputIssue[] = [];
  const latest = new Map<string, { card: Scorecard; at: number; i: number }>();
  const instants = new Map<string, number>(); // submittedAt strings repeat: parse each once per call
  const seenOn = new Int32Array(criteria.length).fill(-1); // the card index that last rated each criterion
  const list = scorecards as unknown[];
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    const card = value as Partial<Scorecard> | null;
    if (typeof card !== 'object' || card === null) {
      issues.push({ path: [i], message: `Expected a scorecard { candidateId, interviewerId, ratings, submittedAt }, got ${describe(value)}.` });
      continue;
    }
    unknownFields(card, CARD_FIELDS, [i], issues);
    let ok = true;
    if (typeof card.candidateId !== 'string' || card.candidateId.trim() === '') {
      issues.push({ path: [i, 'candidateId'], message: `Invalid candidateId ${describe(card.candidateId)}: expected a non-empty text.` });
      ok = false;
    }
    if (typeof card.interviewerId !== 'string' || card.interviewerId.trim() === '') {
      issues.push({ path: [i, 'interviewerId'], message: `Invalid interviewerId ${describe(card.interviewerId)}: expected a non-empty text.` });
      ok = false;
    }
    if (ok && !checkPanelMember(card as Scorecard, i, panelOf, issues)) ok = false;
    let at = typeof card.submittedAt === 'string' ? instants.get(card.submittedAt) : undefined;
    if (at === undefined) {
      try {
        at = parseInstant(card.submittedAt as string);
        instants.set(card.submittedAt as string, at);
      } catch {
        issues.push({ path: [i, 'submittedAt'], message: `Invalid submittedAt ${describe(card.submittedAt)}: expected an ISO 8601 instant with offset, such as "2026-12-02T16:00:00Z".` });
        ok = false;
      }
    }
    const ratings = card.ratings;
    if (!Array.isArray(ratings) || ratings.length === 0) {
      issues.push({
        path: [i, 'ratings'],
        message: Array.isArray(ratings)
          ? 'A scorecard rates at least one criterion: expected one or more ratings { criterionId, rating, note? }.'
          : `Invalid ratings ${describe(ratings)}: expected an array of { criterionId, rating, note? }.`,
      });
      continue;
    }
    if (!checkRatings(ratings, i, criteria, index, seenOn, issues)) ok = false;
    if (!ok || at === undefined) continue;
    const c = card as Scorecard;
    const key = `${c.candidateId}\u0000${c.interviewerId}`;
    const prev = latest.get(key);
    if (prev === undefined || at > prev.at) latest.set(key, { card: c, at, i });
    // The same scorecard delivered twice (a webhook retried) is one scorecard.
    else if (at === prev.at && !sameRatings(prev.card, c)) {
      issues.push({
        path: [i, 'submittedAt'],
        message: `Scorecards ${prev.i} and ${i} are both from ${describe(c.interviewerId)} for candidate ${describe(c.candidateId)} at ${describe(c.submittedAt)}: a resubmitted scorecard replaces the earlier one, so expected distinct submittedAt instants (or the same ratings, for a scorecard delivered twice).`,
      });
    }
  }
  if (issues.length > 0) throw new InvalidInputError('scorecards', issues);
  const byCandidate = new Map<string, Scorecard[]>();
  for (const { card } of latest.values()) {
    const group = byCandidate.get(card.candidateId);
    if (group === undefined) byCandidate.set(card.candidateId, [card]);
    else group.push(card);
  }
  return byCandidate;
}

/**
 * Adds to `issues` what is wrong with the ratings of scorecard `i` (R3.2): an unknown criterion, one
 * rated twice, a rating off the scale, a note that is not a text, an unknown field (`nots`); false
 * when any but the last is.
 * `seenOn[k]` is the last scorecard that rated criterion `k`.
 */
function checkRatings(ratings: readonly unknown[], i: number, criteria: Criteria, index: Map<string, number>, seenOn: Int32Array, issues: InputIssue[]): boolean {
  let ok = true;
  for (let j = 0; j < ratings.length; j++) {
    const rating = ratings[j] as Partial<Scorecard['ratings'][number]> | null;
    if (typeof rating !== 'object' || rating === null) {
      issues.push({ path: [i, 'ratings', j], message: `Expected a rating { criterionId, rating, note? }, got ${describe(rating)}.` });
      ok = false;
      continue;
    }
    unknownFields(rating, RATING_FIELDS, [i, 'ratings', j], issues);
    const k = typeof rating.criterionId === 'string' ? index.get(rating.criterionId) : undefined;
    if (k === undefined) {
      // R3.2: objectivity means the criteria are fixed before the ratings; none may be added after the fact.
      const validIds = [...index.keys()].map((id) => JSON.stringify(id)).join(', ');
      issues.push({ path: [i, 'ratings', j, 'criterionId'], message: `Unknown criterion ${describe(rating.criterionId)}: R3.2 rates only the predetermined criteria; expected one of ${validIds}.` });
      ok = false;
      continue;
    }
    if (seenOn[k] === i) {
      issues.push({ path: [i, 'ratings', j, 'criterionId'], message: `Criterion ${describe(rating.criterionId)} is rated twice on this scorecard: expected at most one rating per criterion.` });
      ok = false;
    }
    seenOn[k] = i;
    const scale = criteria[k]!.scale;
    const r = rating.rating;
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 1 || r > scale) {
      issues.push({ path: [i, 'ratings', j, 'rating'], message: `Invalid rating ${describe(r)} for criterion ${describe(rating.criterionId)}: expected a whole number from 1 to ${scale}.` });
      ok = false;
    }
    if (!textFields(rating, ['note'], [i, 'ratings', j], issues, true)) ok = false;
  }
  return ok;
}

/** Adds to `issues` a scorecard by someone outside the candidate's panel, when there is one; false then. */
function checkPanelMember(card: Scorecard, i: number, panelOf: (candidateId: string) => Panel | undefined, issues: InputIssue[]): boolean {
  const panel = panelOf(card.candidateId);
  if (panel === undefined || panel.ids.includes(card.interviewerId)) return true;
  const valid = panel.ids.length === 0 ? `no scorecard, since the panel in ${panel.argument} is empty` : `one of ${panel.ids.map((id) => describe(id)).join(', ')} (the panel in ${panel.argument})`;
  issues.push({
    path: [i, 'interviewerId'],
    message: `Interviewer ${describe(card.interviewerId)} is not on the panel of candidate ${describe(card.candidateId)}: expected ${valid}, or add them to the panel.`,
  });
  return false;
}

/** Checks an option listing ids (a panel, or candidates): unique non-empty ids; `undefined` when not given. */
export function checkPanel(panel: unknown, argument: string, noun = 'interviewer'): readonly string[] | undefined {
  if (panel === undefined) return undefined;
  if (!Array.isArray(panel)) throw new InvalidArgumentError(argument, panel, `an array of ${noun} ids`);
  const seen = new Set<string>();
  for (const id of panel) {
    if (typeof id !== 'string' || id.trim() === '' || seen.has(id)) throw new InvalidArgumentError(argument, panel, `an array of unique, non-empty ${noun} ids`);
    seen.add(id);
  }
  return panel as readonly string[];
}

/** Whether two scorecards give the same ratings, with the same notes, in the same order. */
function sameRatings(a: Scorecard, b: Scorecard): boolean {
  return a.ratings.length === b.ratings.length
    && a.ratings.every((r, k) => {
      const o = b.ratings[k]!;
      return r.criterionId === o.criterionId && r.rating === o.rating && r.note === o.note;
    });
}
