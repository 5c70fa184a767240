import { instantAt } from '../calendar/instant.js';
import { timeZoneAt } from '../calendar/zone.js';
import { InvalidArgumentError } from '../errors.js';
import { checkCalendarOption } from './timeline/scanReply.js';
import { findRequests } from './findRequests.js';
import { featureName, Kind, readReply, replyFeatures } from './model/features.js';
import type { FeatureOccurrences, Reading } from './model/features.js';
import { rowContributions, scoreFeatures, scoreTopics } from './model/linearModel.js';
import type { LinearScores } from './model/linearModel.js';
import { REVIEW_THRESHOLD } from './model/weights.generated.js';
import { REPLY_LABELS, REPLY_LANGUAGES, REPLY_TOPICS, TOPIC_LABELS } from './types.js';
import type { Classification, ClassifyOptions, Evidence, ReplyInput, ReplyLabel, ReplyRequest, ReplyTopic } from './types.js';

/** At most this many features are reported as evidence. */
const MAX_EVIDENCE = 6;

/** A token range of a field, mapped back to the original input. */
export function spanOf(reading: Reading, fieldIndex: number, startToken: number, endToken: number): { field: Evidence['field']; start: number; end: number; text: string } | null {
  const field = reading.fields[fieldIndex];
  const tokens = reading.tokens[fieldIndex];
  if (field === undefined || tokens === undefined) return null;
  const cs = tokens.starts[startToken] ?? 0;
  const ce = tokens.ends[endToken - 1] ?? cs;
  const start = field.starts[cs] ?? 0;
  const end = Math.max(start, field.ends[ce - 1] ?? start);
  return { field: field.field, start, end, text: field.original.slice(start, end) };
}

/** `reference` and `timeZone` come together and must be valid; a calendar must be a Calendar. */
function checkDeadlineOptions(options: ClassifyOptions | undefined): void {
  if (options === undefined) return;
  const { reference, timeZone, calendar } = options;
  if (reference !== undefined || timeZone !== undefined) {
    if (reference === undefined) {
      throw new InvalidArgumentError('options.reference', reference, 'when the reply was received, e.g. "2026-12-01T09:00:00+01:00", given together with options.timeZone');
    }
    timeZoneAt(timeZone, 'options.timeZone');
    instantAt(reference, 'options.reference');
  }
  checkCalendarOption(calendar);
}

/**
 * An offer always waits for the candidate's answer (R8): when the message does not ask for it in words, the answer is
 * still a request, pointing at the words that make the offer.
 */
function withOfferAnswer(requests: ReplyRequest[], label: ReplyLabel, evidence: readonly Evidence[]): ReplyRequest[] {
  if (label !== 'offer' || requests.some((r) => r.kind === 'respond_to_offer' || r.kind === 'sign_offer')) return requests;
  const words = evidence.find((e) => e.field !== 'subject') ?? evidence[0];
  if (words === undefined) return requests;
  const { field, start, end, text } = words;
  return [...requests, { kind: 'respond_to_offer', span: { field, start, end, text } }];
}

/**
 * Reads an employer's reply (R7): whether it is an offer, a rejection, an invitation to another round, a reference
 * check, a pending update or something else; the finer topic; what it asks the candidate to do; and the words that
 * decided it.
 *
 * The reply is cleaned first (HTML, quoted messages, signatures and disclaimers removed) and its language detected
 * (English, German, French or Spanish). A linear model learned from real employer mail then weighs its words, word
 * pairs, subject and the phrases of a built-in lexicon (with negation, contrast and condition marks). `confidence` is
 * a calibrated probability, and `needsReview` says when it is too low to act on without asking a person.
 *
 * @param input - The reply: a string (plain text or HTML) or `{ subject?, text?, html? }`.
 * @param options - `language` skips detection; `reference` and `timeZone` resolve the deadlines of `requests`.
 * @returns The label, confidence, every label's probability, topic, requests, evidence and language.
 * @throws {@link InvalidArgumentError} if `input` is not a string or such an object, or if an option is invalid.
 * @example
 * ```ts
 * classifyReply('We were impressed by your profile; however, we have decided to move forward with other candidates.').label
 * //=> "rejection"
 * ```
 */
export function classifyReply(input: ReplyInput, options?: ClassifyOptions): Classification {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError('options', options, 'an object { language?, reference?, timeZone?, calendar? } or nothing');
  }
  checkDeadlineOptions(options);
  const forced = options?.language;
  if (forced !== undefined && !REPLY_LANGUAGES.includes(forced)) {
    throw new InvalidArgumentError('options.language', forced, `one of ${REPLY_LANGUAGES.map((l) => `"${l}"`).join(', ')}`);
  }
  const reading = readReply(input, forced);
  const vec = replyFeatures(reading);
  const scored = scoreFeatures(vec);

  let best = 0;
  for (let k = 1; k < REPLY_LABELS.length; k++) if ((scored.labels[k] ?? 0) > (scored.labels[best] ?? 0)) best = k;
  const label = REPLY_LABELS[best] as ReplyLabel;
  const scores = {} as Record<ReplyLabel, number>;
  REPLY_LABELS.forEach((l, k) => (scores[l] = Math.round((scored.labels[k] ?? 0) * 1000) / 1000));
  // Rounded as shown, and compared as shown: an app that reads `confidence` and the threshold sees the same verdict.
  const confidence = Math.round((scored.labels[best] ?? 0) * 1000) / 1000;

  const topic = topicOf(vec, scored, label);
  const evidence = evidenceOf(reading, vec, scored, best, label);

  return {
    label,
    confidence,
    needsReview: confidence < REVIEW_THRESHOLD,
    scores,
    topic,
    evidence,
    requests: withOfferAnswer(findRequests(input, reading, options), label, evidence),
    language: reading.language,
  };
}

/** The topic: the likeliest of the label's own topics (only those are scored). */
function topicOf(vec: FeatureOccurrences, scored: LinearScores, label: ReplyLabel): ReplyTopic {
  const candidates: number[] = [];
  REPLY_TOPICS.forEach((t, k) => {
    if (TOPIC_LABELS[t] === label) candidates.push(k);
  });
  const topicLogits = scoreTopics(vec, scored.rows, candidates);
  let bestTopic = 0;
  for (let j = 1; j < candidates.length; j++) if ((topicLogits[j] ?? 0) > (topicLogits[bestTopic] ?? 0)) bestTopic = j;
  return REPLY_TOPICS[candidates[bestTopic] ?? 0] as ReplyTopic;
}

/** The largest contributions are found in one pass, this many of them; only when they are not enough is the rest sorted. */
const PICKS = 12;

/** The runner-up: the likeliest label after `best`. */
function runnerUp(scored: LinearScores, best: number): number {
  let second = best === 0 ? 1 : 0;
  for (let k = 0; k < REPLY_LABELS.length; k++) if (k !== best && (scored.labels[k] ?? 0) > (scored.labels[second] ?? 0)) second = k;
  return second;
}

/** The groups of positive contribution, in order: larger first, then earlier (the first {@link PICKS} only, unless `all`). */
function ranked(first: readonly number[], sums: readonly number[], all: boolean): number[] {
  const before = (a: number, b: number): boolean => sums[a]! > sums[b]! || (sums[a] === sums[b] && first[a]! < first[b]!);
  const out: number[] = [];
  for (let g = 0; g < first.length; g++) {
    if (!(sums[g]! > 0)) continue;
    if (all) out.push(g);
    else if (out.length < PICKS || before(g, out[PICKS - 1]!)) {
      if (out.length === PICKS) out.pop();
      let k = out.length;
      out.push(g);
      for (; k > 0 && before(g, out[k - 1]!); k--) out[k] = out[k - 1]!;
      out[k] = g;
    }
  }
  return all ? out.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)) : out;
}

/**
 * The spans that weighed most for label `best`, at most {@link MAX_EVIDENCE}, in reading order. A
 * feature's contribution is what it added to the label over the runner-up: what separated the two.
 * The largest come first (the earlier on a tie); a lone function word, an empty span or one overlapping
 * a span already chosen is passed over.
 */
function evidenceOf(reading: Reading, vec: FeatureOccurrences, scored: LinearScores, best: number, label: ReplyLabel): Evidence[] {
  const { first, sums } = rowContributions(vec, scored.rows, best, runnerUp(scored, best));
  let ranking = ranked(first, sums, false);
  const evidence: Evidence[] = [];
  for (let pick = 0; pick < ranking.length && evidence.length < MAX_EVIDENCE; pick++) {
    // The last of the best found in one pass: more may be needed, so rank them all.
    if (pick === PICKS - 1 && ranking.length === PICKS) ranking = ranked(first, sums, true);
    const g = ranking[pick]!;
    const i = first[g]!;
    const span = spanOf(reading, vec.fields[i] ?? 0, vec.starts[i] ?? 0, vec.ends[i] ?? 0);
    if (span === null || span.end <= span.start) continue;
    // A lone function word ("the", "you", "Sie") may carry weight but shows a reader nothing.
    const kind = vec.kinds[i];
    if ((kind === Kind.Word || kind === Kind.Subject) && (reading.tokens[vec.fields[i] ?? 0]?.infos[vec.starts[i] ?? 0]?.stop ?? 0) !== 0) continue;
    // Each stretch of text is shown once: a span overlapping one already chosen adds nothing to a highlight.
    if (evidence.some((e) => e.field === span.field && e.start < span.end && span.start < e.end)) continue;
    evidence.push({ cue: featureName(reading, vec, i), label, weight: Math.round(sums[g]! * 100) / 100, ...span });
  }
  const order = (e: Evidence): number => (e.field === 'subject' ? 0 : 1);
  return evidence.sort((a, b) => order(a) - order(b) || a.start - b.start || b.end - a.end);
}
