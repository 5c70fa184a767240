import { cleanReply } from '../cleanReply.js';
import type { CleanedField } from '../cleanReply.js';
import { compileCues, matchCue, WordSet } from '../compileCues.js';
import type { CompiledCue } from '../compileCues.js';
import { CUE_TABLES } from '../cues/index.js';
import { detectLanguageOfTokens } from '../detectLanguage.js';
import { foldText } from '../foldText.js';
import { tokenize } from '../tokenize.js';
import type { Tokens } from '../tokenize.js';
import type { ReplyInput, ReplyLanguage } from '../types.js';

/**
 * The one feature function of the reply reader (R7): the training script and `classifyReply` both call
 * {@link readReply} then {@link replyFeatures}, so what is learned is exactly what is read at run time.
 *
 * Feature names (kept short; the generated weights module lists the ones that carry weight):
 * - `w:word` a body word; `n:word` a body word inside a negation's scope ("not … selected");
 * - `b:one two` two adjacent body words in one sentence;
 * - `s:word` a subject word;
 * - `c:<cue id>` a phrase of the hand-written lexicon, `c:<cue id>!` negated, `c:<cue id>?` hypothetical;
 * - `C:<label>` how many lexicon phrases of a label matched (up to 3), and `C:<label>@s` (in the subject),
 *   `C:<label>@1` (in the first three sentences), `C:<label>^` (after a contrast word such as "however");
 * - `L:<lang>` the detected language.
 */

/** Where a feature was seen first: a token range of one field. */
export interface FeatureSpan {
  readonly fieldIndex: number;
  readonly startToken: number;
  readonly endToken: number;
}

/** A sparse feature vector: names, values and the first place each was seen (`null` for global features). */
export interface FeatureVector {
  readonly names: string[];
  readonly values: number[];
  readonly spans: (FeatureSpan | null)[];
}

/** A reply after cleaning, folding, tokenising and language detection. */
export interface Reading {
  readonly fields: readonly CleanedField[];
  readonly tokens: readonly Tokens[];
  readonly language: ReplyLanguage;
  /** Whether the language was clear from the reply's stop words. */
  readonly sure: boolean;
}

/** Body words read for features: a reply's outcome is in its first screens. */
export const MAX_FEATURE_TOKENS = 600;
/** Words searched backwards for a negator. */
const NEGATION_WINDOW = 3;
/** The n-gram part of a vector is scaled to this Euclidean norm, so long and short mails weigh alike. */
const NGRAM_NORM = 2;

interface Tables {
  readonly index: ReadonlyMap<ReplyLanguage, ReadonlyMap<string, readonly CompiledCue[]>>;
  readonly negators: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly conditionals: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly clauseBreaks: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly contrast: WordSet;
}

// Compiled from the constant lexicon on first use, not at import, so importing the package stays cheap.
let compiled: Tables | undefined;
function tables(): Tables {
  return (compiled ??= {
    index: new Map(CUE_TABLES.map((t) => [t.language, compileCues([t])] as const)),
    negators: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.negators)] as const)),
    conditionals: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.conditionals)] as const)),
    clauseBreaks: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.clauseBreaks)] as const)),
    contrast: new WordSet(CUE_TABLES.flatMap((t) => t.contrast)),
  });
}

/** Cleans, folds, tokenises and detects the language of a reply (or reads it as `language`). */
export function readReply(input: ReplyInput, language?: ReplyLanguage): Reading {
  const fields = cleanReply(input);
  const tokens = fields.map((f) => tokenize(foldText(f.text), f.field === 'subject' ? 64 : MAX_FEATURE_TOKENS));
  if (language !== undefined) return { fields, tokens, language, sure: true };
  const detected = detectLanguageOfTokens(tokens);
  return { fields, tokens, language: detected.language, sure: detected.sure };
}

/** Whether a word of `words` precedes token `at` in its clause, within `window` words. */
function precededBy(words: WordSet | undefined, breaks: WordSet | undefined, t: Tokens, at: number, window: number): boolean {
  if (words === undefined) return false;
  const sentence = t.sentences[at];
  for (let j = at - 1; j >= 0 && j >= at - window; j--) {
    if (t.sentences[j] !== sentence) return false;
    const w = t.words[j] ?? '';
    if (breaks?.has(w) === true) return false;
    if (words.has(w)) return true;
  }
  return false;
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

class Builder {
  readonly names: string[] = [];
  readonly values: number[] = [];
  readonly spans: (FeatureSpan | null)[] = [];
  private readonly at = new Map<string, number>();

  /** Sets a binary feature (first occurrence keeps its span). */
  set(name: string, span: FeatureSpan | null): void {
    if (this.at.has(name)) return;
    this.at.set(name, this.names.length);
    this.names.push(name);
    this.values.push(1);
    this.spans.push(span);
  }

  /** Adds to a counting feature, up to `cap`. */
  add(name: string, span: FeatureSpan | null, cap: number): void {
    const i = this.at.get(name);
    if (i === undefined) {
      this.at.set(name, this.names.length);
      this.names.push(name);
      this.values.push(1);
      this.spans.push(span);
    } else if ((this.values[i] ?? 0) < cap) this.values[i] = (this.values[i] ?? 0) + 1;
  }
}

/** Body and subject n-grams, with negation scope. */
function ngramFeatures(b: Builder, reading: Reading): void {
  const t = tables();
  const negators = t.negators.get(reading.language);
  const breaks = t.clauseBreaks.get(reading.language);
  const from = b.names.length;
  reading.fields.forEach((field, fieldIndex) => {
    const tok = reading.tokens[fieldIndex];
    if (tok === undefined) return;
    const subject = field.field === 'subject';
    let prev = '';
    let prevSentence = -1;
    for (let i = 0; i < tok.count; i++) {
      const raw = tok.words[i] ?? '';
      const w = isDigits(raw) ? '#' : raw;
      const sentence = tok.sentences[i] ?? 0;
      if (subject) {
        if (w.length > 1) b.set(`s:${w}`, { fieldIndex, startToken: i, endToken: i + 1 });
        continue;
      }
      if (w.length > 1 || w === '#') {
        const negated = negators !== undefined && !negators.has(w) && precededBy(negators, breaks, tok, i, NEGATION_WINDOW);
        b.set(`${negated ? 'n' : 'w'}:${w}`, { fieldIndex, startToken: i, endToken: i + 1 });
      }
      if (prevSentence === sentence && prev !== '') b.set(`b:${prev} ${w}`, { fieldIndex, startToken: i - 1, endToken: i + 1 });
      prev = w;
      prevSentence = sentence;
    }
  });
  // Scale the n-gram block to a fixed norm: a long mail does not shout louder than a short one.
  const n = b.names.length - from;
  if (n > 0) {
    const scale = NGRAM_NORM / Math.sqrt(n);
    for (let i = from; i < b.names.length; i++) b.values[i] = scale;
  }
}

/** Matches of the hand-written lexicon, as features whose weights are learned. */
function lexiconFeatures(b: Builder, reading: Reading): void {
  const t = tables();
  const indexes: { lang: ReplyLanguage; index: ReadonlyMap<string, readonly CompiledCue[]> }[] = [];
  for (const [lang, index] of t.index) if (!reading.sure || lang === reading.language || lang === 'en') indexes.push({ lang, index });
  reading.fields.forEach((field, fieldIndex) => {
    const tok = reading.tokens[fieldIndex];
    if (tok === undefined) return;
    const subject = field.field === 'subject';
    let contrastSentence = -1;
    for (let i = 0; i < tok.count; i++) {
      const word = tok.words[i] ?? '';
      const key = tok.keys[i] ?? '';
      const sentence = tok.sentences[i] ?? 0;
      if (t.contrast.has(word, key)) contrastSentence = sentence;
      for (const { lang, index } of indexes) {
        const candidates = index.get(key);
        if (candidates === undefined) continue;
        for (const cue of candidates) {
          const end = matchCue(cue, tok, i);
          if (end < 0) continue;
          const span: FeatureSpan = { fieldIndex, startToken: i, endToken: end };
          const negators = t.negators.get(lang);
          const negated = !(negators?.has(word) ?? false) && precededBy(negators, t.clauseBreaks.get(lang), tok, i, 6);
          const hypothetical = precededBy(t.conditionals.get(lang), t.clauseBreaks.get(lang), tok, i, 6);
          const suffix = negated ? '!' : hypothetical ? '?' : '';
          b.set(`c:${cue.id}${suffix}`, span);
          // A negated phrase speaks for the label the lexicon names for it ("not able to offer" → rejection).
          if (negated && cue.negated !== null) b.add(`C:${cue.negated}`, span, 3);
          if (suffix !== '') continue;
          const label = cue.label;
          b.add(`C:${label}`, span, 3);
          if (subject) b.set(`C:${label}@s`, span);
          else if (sentence < 3) b.set(`C:${label}@1`, span);
          if (contrastSentence >= 0 && sentence - contrastSentence <= 2 && !cue.contrast) b.set(`C:${label}^`, span);
        }
      }
    }
  });
}

/**
 * The features of a read reply.
 *
 * @example
 * ```ts
 * replyFeatures(readReply('Unfortunately we will not move forward.')).names.includes('w:unfortunately') //=> true
 * ```
 */
export function replyFeatures(reading: Reading): FeatureVector {
  const b = new Builder();
  b.set(`L:${reading.language}`, null);
  lexiconFeatures(b, reading);
  ngramFeatures(b, reading);
  return { names: b.names, values: b.values, spans: b.spans };
}
