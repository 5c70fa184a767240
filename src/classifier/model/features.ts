import { cleanFields } from '../cleanReply.js';
import type { CleanedField } from '../cleanReply.js';
import { matchCue } from '../compileCues.js';
import { CUE_TABLES } from '../cues/index.js';
import { detectLanguageOfTokens } from '../detectLanguage.js';
import { foldField } from '../foldText.js';
import { tokenize } from '../tokenize.js';
import type { TokenArrays, Tokens } from '../tokenize.js';
import { REPLY_LABELS } from '../types.js';
import type { ReplyInput, ReplyLanguage } from '../types.js';
import { fnv, mix } from './fnv.js';
import { BREAK, CONDITIONAL, CONTRAST, inLanguage, NEGATOR, stemOf } from './wordInfo.js';
import type { WordInfo } from './wordInfo.js';
import type { Concept } from '../conceptIndex.js';

export { fnv } from './fnv.js';

/**
 * The one feature function of the reply reader (R7): the training script and `classifyReply` both call
 * {@link readReply} then {@link replyFeatures}, so what is learned is exactly what is read at run time.
 *
 * A feature is a name (what the weights module lists) and a 32-bit id computed from it ({@link featureId}); at run
 * time ids are computed from the words' hashes without building any name. Names:
 * - `w:word` a body word; `n:word` a body word inside a negation's scope ("not … selected"); `p:stem` the first six
 *   letters of a longer body word (inflected languages); `b:one two` two adjacent body words in one sentence;
 * - `s:word` a subject word; `sb:one two` two adjacent subject words; a subject word also counts as a body word
 *   `w:word` (once, unscaled), so what the body teaches about a word holds in the subject too;
 * - `c:<cue id>` a phrase of the built-in lexicon, `c:<cue id>!` negated, `c:<cue id>?` hypothetical;
 * - `C:<label>` the lexicon phrases of a label (the square root of their number, up to 3), `C:<label>@s` one in the
 *   subject, `C:<label>@1` one in the first three sentences, `C:<label>@0` each in the first sentence, `C:<label>^` one
 *   after a contrast word such as "however";
 * - `k:concept` the concept of a body or subject word in the reply's language or English (`offer` for "offer",
 *   "Angebot", "oferta"), `kn:concept` of a body word in a negation's scope, `ks:concept` of a subject word: what mail in
 *   one language teaches about a concept holds for the others;
 * - `L:<lang>` the detected language.
 * Digits read as `#`, and the words of a template placeholder (`{{ name }}`, `[Name]`) as one `#ph`.
 */

/** A reply after cleaning, folding, tokenising and language detection. */
export interface Reading {
  readonly fields: readonly CleanedField[];
  readonly tokens: readonly Tokens[];
  /** The folded text of each field (what `tokens` index). */
  readonly folded: readonly string[];
  readonly language: ReplyLanguage;
  /** Whether the language was clear from the reply's stop words. */
  readonly sure: boolean;
}

/** Feature kinds, for naming an occurrence after the fact. */
export const enum Kind {
  Word = 1,
  Negated = 2,
  Stem = 3,
  Bigram = 4,
  Subject = 5,
  SubjectBigram = 6,
  Cue = 7,
  LabelCount = 8,
  Language = 9,
  /** A subject word read as a body word (`w:word`). */
  SubjectWord = 10,
  /** The concept of a body word (`k:concept`), of a negated one (`kn:`), of a subject word (`ks:`). */
  Concept = 11,
  NegatedConcept = 12,
  SubjectConcept = 13,
}

/**
 * Every occurrence of every feature in a reply, in typed arrays whose first `count` entries are the occurrences.
 * Values of repeated occurrences add up.
 */
export interface FeatureOccurrences {
  readonly count: number;
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly kinds: Uint8Array;
  /** Field index and token range of the occurrence (`-1` for global features). */
  readonly fields: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * For `Cue`, `LabelCount`, `Language` and concept occurrences, the name; nothing for the others (in a reused
   * collection, what a previous reply left there: read a name only for those kinds).
   */
  readonly names: readonly (string | undefined)[];
  /** Each field's {@link placeholderRanges}, as the n-grams read them (for naming its words, see {@link normalizedWordAt}). */
  readonly placeholders: readonly (readonly number[] | null)[];
}

/** Body words read for features: a reply's outcome is in its first screens. */
export const MAX_FEATURE_TOKENS = 600;
/** Words searched backwards for a negator. */
const NEGATION_WINDOW = 3;
/** The n-gram part of a vector is scaled to this norm (by its occurrence count), so long and short mails weigh alike. */
const NGRAM_NORM = 12;
/** Words this long or longer also give a stem feature (`p:` + their first letters). */
const STEM_LENGTH = 6;
/** A concept counts twice its word (chosen by cross-validation: it helps the languages with less mail most). */
const CONCEPT_SCALE = 2;
/** Longest placeholder read as one (`{{ object.name }}`, `[Candidate Name]`, `${JOB_TITLE}`, `<insert name>`). */
const MAX_PLACEHOLDER = 80;

// ── hashing ──────────────────────────────────────────────────────────────────────────────────────

const SEED_W = fnv('w:');
const SEED_N = fnv('n:');
const SEED_P = fnv('p:');
const SEED_B = fnv('b:');
const SEED_S = fnv('s:');
const SEED_SB = fnv('sb:');

/**
 * The id of a feature name: the same number the reader computes from a reply's words.
 *
 * @example
 * ```ts
 * featureId('w:unfortunately') === featureId('w:unfortunately') //=> true
 * ```
 */
export function featureId(name: string): number {
  const colon = name.indexOf(':');
  const rest = colon + 1;
  const pair = (seed: number): number => {
    const space = name.indexOf(' ', rest);
    return mix(mix(seed, fnv(name, rest, space)), fnv(name, space + 1));
  };
  // The kind is one or two letters before the colon.
  const k0 = name.charCodeAt(0);
  if (colon === 1) {
    if (k0 === 119) return mix(SEED_W, fnv(name, rest)); // w
    if (k0 === 110) return mix(SEED_N, fnv(name, rest)); // n
    if (k0 === 112) return mix(SEED_P, fnv(name, rest)); // p
    if (k0 === 115) return mix(SEED_S, fnv(name, rest)); // s
    if (k0 === 98) return pair(SEED_B); // b
  } else if (colon === 2 && name.startsWith('sb')) return pair(SEED_SB);
  return fnv(name);
}

// ── reading ──────────────────────────────────────────────────────────────────────────────────────

/** The feature names and ids of the label counts (`C:<label>`, `@s`, `@1`, `^`, `@0`), made on first use. */
let labelFeatures: { readonly names: readonly (readonly string[])[]; readonly ids: readonly (readonly number[])[] } | undefined;
function labelCounts(): { readonly names: readonly (readonly string[])[]; readonly ids: readonly (readonly number[])[] } {
  if (labelFeatures !== undefined) return labelFeatures;
  const names = REPLY_LABELS.map((l) => [`C:${l}`, `C:${l}@s`, `C:${l}@1`, `C:${l}^`, `C:${l}@0`]);
  return (labelFeatures = { names, ids: names.map((n) => n.map((x) => fnv(x))) });
}

/** The index of `language` in `CUE_TABLES`. */
function tableIndex(language: ReplyLanguage): number {
  for (let k = 0; k < CUE_TABLES.length; k++) if (CUE_TABLES[k]!.language === language) return k;
  return 0;
}

/** The arrays a reused reading's subject and body words are written in (see {@link readReply}). */
let reusedTokens: { readonly subject: TokenArrays; readonly body: TokenArrays } | undefined;

function tokenArrays(): TokenArrays {
  return { infos: [], starts: [], ends: [], sentences: [] };
}

/**
 * Cleans, folds, tokenises and detects the language of a reply (or reads it as `language`). With `reuse`, the cleaned
 * fields' maps and the words live in arrays the next call with `reuse` overwrites, longer than the reply's (classifyReply
 * is done with a reading before it returns); otherwise in their own.
 */
export function readReply(input: ReplyInput, language?: ReplyLanguage, reuse = false): Reading {
  const fields = cleanFields(input, reuse);
  const folded = fields.map((f) => foldField(f.text));
  const arrays = reuse ? (reusedTokens ??= { subject: tokenArrays(), body: tokenArrays() }) : undefined;
  const tokens = fields.map((f, k) => {
    const subject = f.field === 'subject';
    return tokenize(folded[k] ?? '', subject ? 64 : MAX_FEATURE_TOKENS, arrays === undefined ? undefined : subject ? arrays.subject : arrays.body);
  });
  if (language !== undefined) return { fields, tokens, folded, language, sure: true };
  const detected = detectLanguageOfTokens(tokens, fields[0]?.field === 'subject' ? 1 : 0);
  return { fields, tokens, folded, language: detected.language, sure: detected.sure };
}

/**
 * Where a text's template placeholders are (`{…}`, `[…]`, `<…>` on one line), as `[start, end, start, end, …]`, in
 * order: templates and real mail differ there only, so the words inside say nothing about the message and read as one
 * `#ph` word. `null` when there is none (most text).
 */
export function placeholderRanges(text: string): number[] | null {
  let ranges: number[] | null = null;
  const n = text.length;
  // Per kind of bracket, the next opening one at or after `from` and the next closing one after it, and the next line
  // break: each found with the engine's string search when the last one found is passed (-1: not looked for yet; `n`:
  // none left). An opening bracket that cannot close skips the others of its kind that cannot either.
  const nextOpen = [-1, -1, -1];
  const nextClose = [-1, -1, -1];
  let nextBreak = -1;
  let from = 0;
  for (;;) {
    let i = n;
    let kind = -1;
    for (let k = 0; k < 3; k++) {
      if (nextOpen[k]! < from) nextOpen[k] = positionOf(text, OPENING[k]!, from);
      if (nextOpen[k]! < i) {
        i = nextOpen[k]!;
        kind = k;
      }
    }
    if (kind < 0) break;
    if (nextClose[kind]! <= i) nextClose[kind] = positionOf(text, CLOSING[kind]!, i + 1);
    if (nextBreak <= i) nextBreak = positionOf(text, '\n', i + 1);
    // A placeholder closes on its own line, within MAX_PLACEHOLDER characters: the first closing bracket after it is
    // `j`, and so it is for every later opening one before `j`.
    const j = nextClose[kind]!;
    if (j < nextBreak && j < i + MAX_PLACEHOLDER) {
      (ranges ??= []).push(i, j + 1);
      from = j + 1;
      continue;
    }
    from = i + 1;
    // None closes before the line break (or at all), or before `j` comes within reach.
    if (j === n) nextOpen[kind] = n;
    else if (j > nextBreak) nextOpen[kind] = positionOf(text, OPENING[kind]!, nextBreak + 1);
    else nextOpen[kind] = positionOf(text, OPENING[kind]!, Math.max(from, j - MAX_PLACEHOLDER + 1));
  }
  return ranges;
}

/** The brackets a placeholder opens and closes with. */
const OPENING = ['{', '[', '<'];
const CLOSING = ['}', ']', '>'];

/** The index of `s` in `text` at or after `from`, or `text.length` when there is none. */
function positionOf(text: string, s: string, from: number): number {
  const at = text.indexOf(s, from);
  return at < 0 ? text.length : at;
}

/** Whether character `at` sits inside one of `ranges` (see {@link placeholderRanges}). */
function inRanges(ranges: readonly number[] | null, at: number): boolean {
  if (ranges === null) return false;
  for (let r = 0; r < ranges.length && ranges[r]! <= at; r += 2) if (at < ranges[r + 1]!) return true;
  return false;
}

/**
 * Word `i` of a field as features read it: `#` for digits, `#ph` for the first word inside a placeholder, `''` for the
 * rest of a placeholder (`ranges` are the field's {@link placeholderRanges}); `''` past the last word.
 */
export function normalizedWordAt(tok: Tokens, ranges: readonly number[] | null, i: number): string {
  const info = i < tok.count ? tok.infos[i] : undefined;
  if (info === undefined) return '';
  if (!inRanges(ranges, tok.starts[i] ?? 0)) return info.digits ? '#' : info.word;
  return i > 0 && inRanges(ranges, tok.starts[i - 1] ?? 0) ? '' : '#ph';
}

/**
 * Occurrences being collected, in typed arrays over one buffer that grows by doubling (one allocation per reply: a
 * typed array of more than a few dozen elements lives outside the heap, and each costs to create and collect).
 */
class Occurrences {
  count = 0;
  capacity: number;
  ids: Int32Array;
  values: Float64Array;
  kinds: Uint8Array;
  fields: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  names: (string | undefined)[] = [];
  placeholders: (readonly number[] | null)[] = [];

  constructor(capacity: number) {
    // 8 bytes per value, 4 per id, field, start and end, 1 per kind.
    const buffer = new ArrayBuffer(capacity * 25);
    this.capacity = capacity;
    this.values = new Float64Array(buffer, 0, capacity);
    this.ids = new Int32Array(buffer, capacity * 8, capacity);
    this.fields = new Int32Array(buffer, capacity * 12, capacity);
    this.starts = new Int32Array(buffer, capacity * 16, capacity);
    this.ends = new Int32Array(buffer, capacity * 20, capacity);
    this.kinds = new Uint8Array(buffer, capacity * 24, capacity);
  }

  private grow(): void {
    const bigger = new Occurrences(this.capacity * 2);
    const n = this.count;
    bigger.values.set(this.values.subarray(0, n));
    bigger.ids.set(this.ids.subarray(0, n));
    bigger.fields.set(this.fields.subarray(0, n));
    bigger.starts.set(this.starts.subarray(0, n));
    bigger.ends.set(this.ends.subarray(0, n));
    bigger.kinds.set(this.kinds.subarray(0, n));
    this.capacity = bigger.capacity;
    this.values = bigger.values;
    this.ids = bigger.ids;
    this.fields = bigger.fields;
    this.starts = bigger.starts;
    this.ends = bigger.ends;
    this.kinds = bigger.kinds;
  }

  push(id: number, value: number, kind: Kind, field: number, start: number, end: number, name?: string): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.ids[i] = id;
    this.values[i] = value;
    this.kinds[i] = kind;
    this.fields[i] = field;
    this.starts[i] = start;
    this.ends[i] = end;
    if (name !== undefined) this.names[i] = name;
  }

  /**
   * Empties the collection for another reply, keeping its arrays, `names` too: refilling a fresh one made some 3.5 kB
   * of garbage a reply. An occurrence without a name may so find a previous reply's there (see FeatureOccurrences.names).
   */
  reset(): this {
    this.count = 0;
    this.placeholders = [];
    return this;
  }

  /** The occurrences, each array cut to `count`. */
  done(): FeatureOccurrences {
    const n = this.count;
    return {
      count: n, ids: this.ids.subarray(0, n), values: this.values.subarray(0, n), kinds: this.kinds.subarray(0, n),
      fields: this.fields.subarray(0, n), starts: this.starts.subarray(0, n), ends: this.ends.subarray(0, n),
      names: this.names, placeholders: this.placeholders,
    };
  }

  /** The occurrences in the collection's own arrays, which may be longer than `count` (for a reused collection). */
  asRead(): FeatureOccurrences {
    return {
      count: this.count, ids: this.ids, values: this.values, kinds: this.kinds, fields: this.fields, starts: this.starts,
      ends: this.ends, names: this.names, placeholders: this.placeholders,
    };
  }
}

/** The collection {@link replyFeatures} fills when asked to reuse one, and the buffer of {@link tokenFlags}. */
let reusable: Occurrences | undefined;
let flagBuffer = new ArrayBuffer(0);

/**
 * Per token of each field: the word's flags in the reply's language (views of one buffer, which the next call reuses:
 * the flags never leave {@link replyFeatures}).
 */
function tokenFlags(reading: Reading, k: number): Uint8Array[] {
  let total = 0;
  for (let f = 0; f < reading.tokens.length; f++) total += reading.tokens[f]!.count;
  if (flagBuffer.byteLength < total) flagBuffer = new ArrayBuffer(Math.max(total, 2 * flagBuffer.byteLength, 1024));
  const buffer = flagBuffer;
  const out: Uint8Array[] = [];
  let offset = 0;
  for (let f = 0; f < reading.tokens.length; f++) {
    const tok = reading.tokens[f]!;
    const flags = new Uint8Array(buffer, offset, tok.count);
    for (let i = 0; i < tok.count; i++) flags[i] = inLanguage(tok.infos[i]!, k).flags;
    out.push(flags);
    offset += tok.count;
  }
  return out;
}

/** Whether a word flagged `flag` precedes token `at` in its clause, within `window` words. */
function precededBy(flags: Uint8Array, tok: Tokens, at: number, window: number, flag: number): boolean {
  const sentence = tok.sentences[at];
  for (let j = at - 1; j >= 0 && j >= at - window; j--) {
    if (tok.sentences[j] !== sentence) return false;
    const f = flags[j] ?? 0;
    if ((f & BREAK) !== 0) return false;
    if ((f & flag) !== 0) return true;
  }
  return false;
}

/** The concept of a word in the first of `languages` (indexes in `CUE_TABLES`) that has one. */
function conceptOf(info: WordInfo, languages: readonly number[]): Concept | undefined {
  for (let l = 0; l < languages.length; l++) {
    const concept = inLanguage(info, languages[l]!).concept;
    if (concept !== undefined) return concept;
  }
  return undefined;
}

/** Body and subject n-grams and their words' concepts, with negation scope. */
function ngramFeatures(o: Occurrences, reading: Reading, flags: readonly Uint8Array[], languages: readonly number[]): void {
  const from = o.count;
  let ngrams = 0;
  const hashPh = fnv('#ph');
  const hashDigits = fnv('#');
  for (let fieldIndex = 0; fieldIndex < reading.fields.length; fieldIndex++) {
    const field = reading.fields[fieldIndex]!;
    const tok = reading.tokens[fieldIndex];
    const fl = flags[fieldIndex];
    if (tok === undefined || fl === undefined) continue;
    const subject = field.field === 'subject';
    // The words as features read them (see normalizedWordAt), worked out as they come.
    // Read in the folded text, whose links are blanked: a link in angle brackets ("<https://…>") is no placeholder.
    const ranges = placeholderRanges(reading.folded[fieldIndex] ?? field.text);
    o.placeholders[fieldIndex] = ranges;
    // The placeholder range at or after the current word (words come in order).
    let r = 0;
    let inPlaceholder = false;
    let prevHash = 0;
    let prevSentence = -1;
    for (let i = 0; i < tok.count; i++) {
      const info = tok.infos[i]!;
      let placeholder = false;
      if (ranges !== null) {
        const at = tok.starts[i] ?? 0;
        while (r < ranges.length && ranges[r + 1]! <= at) r += 2;
        placeholder = r < ranges.length && ranges[r]! <= at;
      }
      const w = placeholder ? (inPlaceholder ? '' : '#ph') : info.digits ? '#' : info.word;
      inPlaceholder = placeholder;
      if (w === '') continue;
      // '#' and '#ph' stand in for digits and placeholders; any other word is the token's own.
      const own = w === info.word;
      const h = own ? info.hash : w === '#ph' ? hashPh : w === '#' ? hashDigits : fnv(w);
      const sentence = tok.sentences[i] ?? 0;
      const concept = own && w.length > 1 ? conceptOf(info, languages) : undefined;
      if (subject) {
        if (w.length > 1) {
          o.push(mix(SEED_S, h), 1, Kind.Subject, fieldIndex, i, i + 1);
          o.push(mix(SEED_W, h), 1, Kind.SubjectWord, fieldIndex, i, i + 1);
          if (concept !== undefined) {
            o.push(concept.ids[2], CONCEPT_SCALE, Kind.SubjectConcept, fieldIndex, i, i + 1, concept.names[2]);
            o.push(concept.ids[0], CONCEPT_SCALE, Kind.Concept, fieldIndex, i, i + 1, concept.names[0]);
          }
        }
        if (prevSentence >= 0) o.push(mix(mix(SEED_SB, prevHash), h), 1, Kind.SubjectBigram, fieldIndex, i - 1, i + 1);
      } else {
        if (w.length > 1) {
          const negated = (fl[i]! & NEGATOR) === 0 && precededBy(fl, tok, i, NEGATION_WINDOW, NEGATOR);
          o.push(mix(negated ? SEED_N : SEED_W, h), 1, negated ? Kind.Negated : Kind.Word, fieldIndex, i, i + 1);
          ngrams++;
          if (concept !== undefined) {
            const v = negated ? 1 : 0;
            o.push(concept.ids[v], 0, negated ? Kind.NegatedConcept : Kind.Concept, fieldIndex, i, i + 1, concept.names[v]);
          }
          if (w.length > STEM_LENGTH && w !== '#ph') {
            o.push(mix(SEED_P, own ? stemOf(info) : fnv(w, 0, STEM_LENGTH)), 1, Kind.Stem, fieldIndex, i, i + 1);
            ngrams++;
          }
        }
        if (prevSentence === sentence) {
          o.push(mix(mix(SEED_B, prevHash), h), 1, Kind.Bigram, fieldIndex, i - 1, i + 1);
          ngrams++;
        }
      }
      prevHash = h;
      prevSentence = sentence;
    }
  }
  // Scale the body n-grams to a fixed norm: a long mail does not shout louder than a short one. A body word's concept
  // (value 0 until now) is scaled with them, without counting towards the norm.
  if (ngrams > 0) {
    const scale = NGRAM_NORM / Math.sqrt(ngrams);
    for (let i = from; i < o.count; i++) {
      const k = o.kinds[i];
      if (k === Kind.Word || k === Kind.Negated || k === Kind.Stem || k === Kind.Bigram) o.values[i] = scale;
      else if (o.values[i] === 0 && (k === Kind.Concept || k === Kind.NegatedConcept)) o.values[i] = CONCEPT_SCALE * scale;
    }
  }
}

/**
 * The languages (indexes in `CUE_TABLES`) whose lexicon a reply is read with: its own and English, or all of them
 * when its language is unclear.
 */
export function lexiconLanguages(reading: Reading): number[] {
  const out: number[] = [];
  for (let k = 0; k < CUE_TABLES.length; k++) {
    const lang = CUE_TABLES[k]!.language;
    if (!reading.sure || lang === reading.language || lang === 'en') out.push(k);
  }
  return out;
}

/**
 * What the first, second and third phrase of a label add to its count `C:<label>`, which so reads the square root of the
 * number of phrases (1, 1.41, 1.73): a second phrase of the same label says less than the first.
 */
const SQRT_STEPS = [1, 0.41421356237309515, 0.31783724519578205]; // √2 − 1, √3 − √2 (literals: no call at import)

/** Matches of the built-in lexicon, as features whose weights are learned. */
function lexiconFeatures(o: Occurrences, reading: Reading, flags: readonly Uint8Array[], languages: readonly number[]): void {
  const labels = labelCounts();
  const counts = new Uint8Array(REPLY_LABELS.length);
  const marks = new Uint8Array(REPLY_LABELS.length);
  /** Pushes a label count; a plain count (variant 0) in the body's first sentence (`first`) also counts as `@0`. */
  const countLabel = (k: number, fieldIndex: number, start: number, end: number, variant: number, first = false): void => {
    if (k < 0) return;
    let value = 1;
    if (variant === 0) {
      if (counts[k]! >= 3) return;
      value = SQRT_STEPS[counts[k]!++]!;
      if (first) o.push(labels.ids[k]![4]!, 1, Kind.LabelCount, fieldIndex, start, end, labels.names[k]![4]!);
    } else {
      if ((marks[k]! & (1 << variant)) !== 0) return;
      marks[k]! |= 1 << variant;
    }
    o.push(labels.ids[k]![variant]!, value, Kind.LabelCount, fieldIndex, start, end, labels.names[k]![variant]!);
  };
  for (let fieldIndex = 0; fieldIndex < reading.fields.length; fieldIndex++) {
    const tok = reading.tokens[fieldIndex];
    const fl = flags[fieldIndex];
    if (tok === undefined || fl === undefined) continue;
    const subject = reading.fields[fieldIndex]!.field === 'subject';
    let contrastSentence = -1;
    for (let i = 0; i < tok.count; i++) {
      const sentence = tok.sentences[i] ?? 0;
      if ((fl[i]! & CONTRAST) !== 0) contrastSentence = sentence;
      const info = tok.infos[i]!;
      for (let l = 0; l < languages.length; l++) {
        const candidates = inLanguage(info, languages[l]!).cues;
        for (let c = 0; c < candidates.length; c++) {
          const cue = candidates[c]!;
          const end = matchCue(cue, tok, i);
          if (end < 0) continue;
          const negated = (fl[i]! & NEGATOR) === 0 && precededBy(fl, tok, i, 6, NEGATOR);
          const hypothetical = !negated && precededBy(fl, tok, i, 6, CONDITIONAL);
          const variant = negated ? 1 : hypothetical ? 2 : 0;
          o.push(cue.ids[variant]!, 1, Kind.Cue, fieldIndex, i, end, cue.names[variant]!);
          // A negated phrase speaks for the label the lexicon names for it ("not able to offer" → rejection).
          const first = !subject && sentence === 0;
          if (negated) countLabel(cue.negatedIndex, fieldIndex, i, end, 0, first);
          if (variant !== 0) continue;
          countLabel(cue.labelIndex, fieldIndex, i, end, 0, first);
          if (subject) countLabel(cue.labelIndex, fieldIndex, i, end, 1);
          else if (sentence < 3) countLabel(cue.labelIndex, fieldIndex, i, end, 2);
          if (contrastSentence >= 0 && sentence - contrastSentence <= 2 && !cue.contrast) countLabel(cue.labelIndex, fieldIndex, i, end, 3);
        }
      }
    }
  }
}

/**
 * Every feature occurrence of a read reply. With `reuse`, they live in arrays, possibly longer than `count`, that the
 * next call with `reuse` overwrites (classifyReply reads them before it returns, and so spares their allocation);
 * otherwise in arrays of their own, `count` long.
 *
 * @example
 * ```ts
 * const reading = readReply('Unfortunately we will not move forward.');
 * const f = replyFeatures(reading);
 * f.ids.includes(featureId('w:unfortunately')) //=> true
 * ```
 */
export function replyFeatures(reading: Reading, reuse = false): FeatureOccurrences {
  let tokens = 0;
  for (const t of reading.tokens) tokens += t.count;
  // Each token gives at most three n-grams; lexicon matches are rarer.
  const o = reuse ? (reusable ??= new Occurrences(4 * tokens + 16)).reset() : new Occurrences(4 * tokens + 16);
  const flags = tokenFlags(reading, tableIndex(reading.language));
  o.push(fnv(`L:${reading.language}`), 1, Kind.Language, -1, 0, 0, `L:${reading.language}`);
  const languages = lexiconLanguages(reading);
  lexiconFeatures(o, reading, flags, languages);
  ngramFeatures(o, reading, flags, languages);
  return reuse ? o.asRead() : o.done();
}

/** The name of occurrence `i` (for training and evidence; the reader itself never builds names). */
export function featureName(reading: Reading, f: FeatureOccurrences, i: number): string {
  const kind = f.kinds[i] as Kind;
  if (kind === Kind.Cue || kind === Kind.LabelCount || kind === Kind.Language || kind === Kind.Concept || kind === Kind.NegatedConcept ||
    kind === Kind.SubjectConcept) return f.names[i] ?? '';
  const fieldIndex = f.fields[i] ?? 0;
  const field = reading.fields[fieldIndex];
  const tok = reading.tokens[fieldIndex];
  if (field === undefined || tok === undefined) return '';
  const known = f.placeholders[fieldIndex];
  const ranges = known === undefined ? placeholderRanges(reading.folded[fieldIndex] ?? field.text) : known;
  const word = (at: number): string => normalizedWordAt(tok, ranges, at);
  const w = word(f.starts[i] ?? 0);
  switch (kind) {
    case Kind.Word:
    case Kind.SubjectWord: return `w:${w}`;
    case Kind.Negated: return `n:${w}`;
    case Kind.Stem: return `p:${w.slice(0, STEM_LENGTH)}`;
    case Kind.Subject: return `s:${w}`;
    case Kind.Bigram:
    case Kind.SubjectBigram: {
      // The first word of the pair is the nearest non-empty word before the second.
      const second = word((f.ends[i] ?? 1) - 1);
      let j = (f.ends[i] ?? 1) - 2;
      while (j > 0 && word(j) === '') j--;
      return `${kind === Kind.Bigram ? 'b' : 'sb'}:${word(j)} ${second}`;
    }
    default: return '';
  }
}
