import { InvalidArgumentError } from '../errors.js';
import { cleanReply } from './cleanReply.js';
import type { CleanedField } from './cleanReply.js';
import { compileCues, matchCue, WordSet } from './compileCues.js';
import type { CompiledCue } from './compileCues.js';
import { CUE_TABLES } from './cues/index.js';
import type { CueLabel } from './cues/types.js';
import { detectLanguageOfTokens } from './detectLanguage.js';
import { foldText } from './foldText.js';
import { tokenize } from './tokenize.js';
import type { Tokens } from './tokenize.js';
import { REPLY_LABELS, REPLY_LANGUAGES } from './types.js';
import type { Classification, ClassifyOptions, Evidence, ReplyInput, ReplyLabel, ReplyLanguage } from './types.js';

/** Compiled once from the constant cue tables; never mutated afterwards. */
/** Compiled cue tables and word sets. */
interface Tables {
  readonly INDEX: ReadonlyMap<ReplyLanguage, ReadonlyMap<string, readonly CompiledCue[]>>;
  readonly NEGATORS: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly CONDITIONALS: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly YET: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly THANKS: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly CLAUSE_BREAKS: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly CONTRAST: WordSet;
  readonly SCHEDULING: WordSet;
}

// Built from the constant cue tables on the first classification, not at import, so importing the
// package stays cheap. A memo of constant data: every call sees the same tables.
let compiled: Tables | undefined;
function tables(): Tables {
  return (compiled ??= {
    INDEX: new Map(CUE_TABLES.map((t) => [t.language, compileCues([t])] as const)),
    NEGATORS: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.negators)] as const)),
    CONDITIONALS: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.conditionals)] as const)),
    YET: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.yet)] as const)),
    THANKS: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.thanks)] as const)),
    CLAUSE_BREAKS: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.clauseBreaks)] as const)),
    CONTRAST: new WordSet(CUE_TABLES.flatMap((t) => t.contrast)),
    SCHEDULING: new WordSet(CUE_TABLES.flatMap((t) => t.scheduling)),
  });
}

/**
 * Votes for `other` before any cue is read: a reply is labelled only when its cues outweigh this.
 * @defaultValue 1
 */
export const OTHER_PRIOR = 1;
/** Weight of an English cue in a reply in another language (English phrases are common in any mailbox); other tables are not read. */
const FOREIGN_FACTOR = 0.4;
/** Cues before a contrast word ("… however, …") count this much… */
const BEFORE_CONTRAST = 0.5;
/** …and cues after it this much (R7: the clause after the contrast dominates). */
const AFTER_CONTRAST = 1.25;
/** An offer cue this heavy halves the reference-check score. */
const STRONG_OFFER = 3;
/** Words searched backwards for a negator ("not able to offer"). */
const NEGATION_WINDOW = 6;
/** Occurrences of one cue that are matched; repeats beyond this add nothing. */
const MAX_OCCURRENCES = 3;

interface Hit {
  readonly cue: string;
  readonly label: CueLabel;
  readonly weight: number;
  readonly fieldIndex: number;
  readonly sentence: number;
  readonly startToken: number;
  readonly endToken: number;
  /** A rejection cue strong enough to overrule offer and next-round cues in its sentence. */
  readonly veto: boolean;
}

function precededBy(words: WordSet | undefined, tokens: Tokens, at: number, language: ReplyLanguage): boolean {
  const breaks = tables().CLAUSE_BREAKS.get(language);
  if (words === undefined || breaks === undefined) return false;
  const sentence = tokens.sentences[at];
  for (let j = at - 1; j >= 0 && j >= at - NEGATION_WINDOW; j--) {
    if (tokens.sentences[j] !== sentence) break;
    const w = tokens.words[j] ?? '';
    if (breaks.has(w)) break;
    if (words.has(w)) return true;
  }
  return false;
}

/** Whether a word of `words` occurs earlier in the same sentence. */
function earlierInSentence(words: WordSet | undefined, tokens: Tokens, at: number): boolean {
  if (words === undefined) return false;
  const sentence = tokens.sentences[at];
  for (let j = at - 1; j >= 0 && j >= at - 40; j--) {
    if (tokens.sentences[j] !== sentence) return false;
    if (words.has(tokens.words[j] ?? '')) return true;
  }
  return false;
}

/** Index of the first element of sorted `xs` that is >= x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rejection cues at least this heavy overrule offer and next-round cues in the same sentence. */
const VETO_WEIGHT = 3;

function scanField(
  tokens: Tokens,
  fieldIndex: number,
  language: ReplyLanguage,
  allTables: boolean,
  hits: Hit[],
  seen: Map<string, number>,
): void {
  const scheduling = new Set<number>();
  for (let i = 0; i < tokens.count; i++) {
    if (tables().SCHEDULING.has(tokens.words[i] ?? '', tokens.keys[i])) scheduling.add(tokens.sentences[i] ?? 0);
  }
  const markers: number[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tables().CONTRAST.has(tokens.words[i] ?? '', tokens.keys[i]) && !scheduling.has(tokens.sentences[i] ?? 0)) markers.push(i);
  }
  const indexes: ReadonlyMap<string, readonly CompiledCue[]>[] = [];
  for (const [lang, index] of tables().INDEX) if (allTables || lang === language || lang === 'en') indexes.push(index);
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.keys[i] ?? '';
    for (const index of indexes) {
      const candidates = index.get(key);
      if (candidates === undefined) continue;
      for (const cue of candidates) {
        if ((seen.get(cue.id) ?? 0) >= MAX_OCCURRENCES) continue;
        const end = matchCue(cue, tokens, i);
        if (end < 0) continue;
        seen.set(cue.id, (seen.get(cue.id) ?? 0) + 1);
        const sentence = tokens.sentences[i] ?? 0;
        if (cue.contrast && scheduling.has(sentence)) continue;
        if (cue.label !== 'pending' && cue.label !== 'other' && precededBy(tables().CONDITIONALS.get(cue.language), tokens, i, cue.language)) continue;
        let label = cue.label;
        let id = cue.id;
        let weight = cue.weight;
        const negators = tables().NEGATORS.get(cue.language);
        if (!(negators?.has(tokens.words[i] ?? '') ?? false) && precededBy(negators, tokens, i, cue.language)) {
          if (cue.negated === null) continue;
          label = cue.label === 'offer' && precededBy(tables().YET.get(cue.language), tokens, i, cue.language) ? 'pending' : cue.negated;
          if (label !== cue.label) weight *= 0.8;
          id = `${cue.id}!`;
        }
        if (!allTables && cue.language !== language) weight *= FOREIGN_FACTOR;
        if (label === 'next_round' && earlierInSentence(tables().THANKS.get(cue.language), tokens, i)) weight *= 0.3;
        const k = lowerBound(markers, i);
        const before = markers[k - 1];
        if (before !== undefined && (tokens.sentences[before] ?? 0) >= sentence - 2) weight *= AFTER_CONTRAST;
        const after = markers[lowerBound(markers, end)];
        if (!cue.contrast && after !== undefined && (tokens.sentences[after] ?? 0) <= sentence + 3) weight *= BEFORE_CONTRAST;
        hits.push({
          cue: id, label, weight, fieldIndex, sentence, startToken: i, endToken: end,
          veto: label === 'rejection' && cue.label === 'rejection' && cue.weight >= VETO_WEIGHT,
        });
      }
    }
  }
}

/** Keeps each cue's strongest occurrence, after dropping offer and next-round cues overruled in their sentence. */
function bestHits(hits: readonly Hit[]): Map<string, Hit> {
  const vetoed = new Set<string>();
  for (const h of hits) if (h.veto) vetoed.add(`${h.fieldIndex}:${h.sentence}`);
  const best = new Map<string, Hit>();
  for (const h of hits) {
    if ((h.label === 'offer' || h.label === 'next_round') && vetoed.has(`${h.fieldIndex}:${h.sentence}`)) continue;
    const prev = best.get(h.cue);
    if (prev === undefined || h.weight > prev.weight) best.set(h.cue, h);
  }
  return best;
}

function toEvidence(hit: Hit, field: CleanedField, tokens: Tokens): Evidence {
  const cs = tokens.starts[hit.startToken] ?? 0;
  const ce = tokens.ends[hit.endToken - 1] ?? cs;
  const start = field.starts[cs] ?? 0;
  const end = Math.max(start, field.ends[ce - 1] ?? start);
  return {
    cue: hit.cue,
    label: hit.label,
    weight: Math.round(hit.weight * 100) / 100,
    field: field.field,
    start,
    end,
    text: field.original.slice(start, end),
  };
}

/**
 * Classifies an employer's reply as an offer, a rejection, a next-round invitation, a reference
 * check, a pending update or other (R7), with the cues that decided it.
 *
 * The reply is cleaned first (HTML, quoted messages, signatures and disclaimers removed), its
 * language detected (English, German, French or Spanish), and weighted cue tables matched with
 * negation ("not able to offer" votes for rejection) and contrast handling (after "however" or
 * "leider" the rest of the message dominates). Nothing matched → `other`, never an error.
 *
 * @param input - The reply: a string (plain text or HTML) or `{ subject?, text?, html? }`.
 * @param options - `language` skips detection.
 * @returns The label, its confidence, every label's score, the evidence with spans into the
 * original input, and the language.
 * @throws {@link InvalidArgumentError} if `input` is not a string or such an object, or if
 * `options.language` is not one of `en`, `de`, `fr`, `es`.
 * @example
 * ```ts
 * classifyReply('We were impressed by your profile; however, we have decided to move forward with other candidates.').label
 * //=> "rejection"
 * ```
 */
export function classifyReply(input: ReplyInput, options?: ClassifyOptions): Classification {
  const forced = options?.language;
  if (forced !== undefined && !REPLY_LANGUAGES.includes(forced)) {
    throw new InvalidArgumentError('options.language', forced, `one of ${REPLY_LANGUAGES.map((l) => `"${l}"`).join(', ')}`);
  }
  const fields = cleanReply(input);
  const tokens = fields.map((f) => tokenize(foldText(f.text)));
  const detected = forced === undefined ? detectLanguageOfTokens(tokens) : { language: forced, sure: true, stopWords: Number.POSITIVE_INFINITY };
  const language = detected.language;
  const hits: Hit[] = [];
  const seen = new Map<string, number>();
  tokens.forEach((t, i) => scanField(t, i, language, !detected.sure, hits, seen));
  const best = bestHits(hits);

  const raw: Record<ReplyLabel, number> = { offer: 0, rejection: 0, next_round: 0, reference_check: 0, pending: 0, other: OTHER_PRIOR };
  let strongestOffer = 0;
  for (const hit of best.values()) {
    raw[hit.label] += hit.weight;
    if (hit.label === 'offer') strongestOffer = Math.max(strongestOffer, hit.weight);
  }
  // An offer "contingent on references" is still an offer (R7): references are then its condition.
  if (strongestOffer >= STRONG_OFFER) raw.reference_check *= 0.5;
  let total = 0;
  for (const l of REPLY_LABELS) total += raw[l];
  let label: ReplyLabel = 'other';
  for (const l of REPLY_LABELS) if (raw[l] > raw[label]) label = l;
  const scores = {} as Record<ReplyLabel, number>;
  for (const l of REPLY_LABELS) scores[l] = Math.round((raw[l] / total) * 1000) / 1000;

  const evidence: Evidence[] = [];
  {
    const hits = [...best.values()].filter((h) => h.label === label);
    hits.sort((a, b) => a.fieldIndex - b.fieldIndex || a.startToken - b.startToken || b.endToken - a.endToken);
    for (const h of hits) {
      const field = fields[h.fieldIndex];
      const t = tokens[h.fieldIndex];
      if (field !== undefined && t !== undefined) evidence.push(toEvidence(h, field, t));
    }
  }
  // Two cues can match the same words (a phrase in the language's table and in the English one):
  // report each span once, with its strongest cue, so a UI highlights it once.
  const strongest = new Map<string, Evidence>();
  for (const e of evidence) {
    const key = `${e.field}:${e.start}:${e.end}`;
    const seen = strongest.get(key);
    if (seen === undefined || e.weight > seen.weight) strongest.set(key, e);
  }
  return { label, confidence: scores[label], scores, evidence: evidence.filter((e) => strongest.get(`${e.field}:${e.start}:${e.end}`) === e), language };
}
