import { Memo } from '../../_lib/memo.js';
import { cleanReply } from '../cleanReply.js';
import type { CleanedField } from '../cleanReply.js';
import { compileCues, matchCue, WordSet } from '../compileCues.js';
import type { CompiledCue } from '../compileCues.js';
import { CUE_TABLES } from '../cues/index.js';
import { detectLanguageOfTokens } from '../detectLanguage.js';
import { foldText } from '../foldText.js';
import { tokenize } from '../tokenize.js';
import type { Tokens } from '../tokenize.js';
import { REPLY_LABELS } from '../types.js';
import type { ReplyInput, ReplyLabel, ReplyLanguage } from '../types.js';

/**
 * The one feature function of the reply reader (R7): the training script and `classifyReply` both call
 * {@link readReply} then {@link replyFeatures}, so what is learned is exactly what is read at run time.
 *
 * A feature is a name (what the weights module lists) and a 32-bit id computed from it ({@link featureId}); at run
 * time ids are computed from the words' hashes without building any name. Names:
 * - `w:word` a body word; `n:word` a body word inside a negation's scope ("not … selected"); `p:stem` the first six
 *   letters of a longer body word (inflected languages); `b:one two` two adjacent body words in one sentence;
 * - `s:word` a subject word; `sb:one two` two adjacent subject words;
 * - `c:<cue id>` a phrase of the built-in lexicon, `c:<cue id>!` negated, `c:<cue id>?` hypothetical;
 * - `C:<label>` a lexicon phrase of a label (counted up to 3), `C:<label>@s` in the subject, `C:<label>@1` in the
 *   first three sentences, `C:<label>^` after a contrast word such as "however";
 * - `L:<lang>` the detected language.
 * Digits read as `#`, and the words of a template placeholder (`{{ name }}`, `[Name]`) as one `#ph`.
 */

/** A reply after cleaning, folding, tokenising and language detection. */
export interface Reading {
  readonly fields: readonly CleanedField[];
  readonly tokens: readonly Tokens[];
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
}

/** Every occurrence of every feature in a reply, in typed arrays. Values of repeated occurrences add up. */
export interface FeatureOccurrences {
  readonly count: number;
  readonly ids: readonly number[];
  readonly values: readonly number[];
  readonly kinds: readonly number[];
  /** Field index and token range of the occurrence (`-1` for global features). */
  readonly fields: readonly number[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** For `Cue`, `LabelCount` and `Language` occurrences, the name; otherwise `''`. */
  readonly names: string[];
  /** The normalised words of each field (see {@link normalizedWords}). */
  readonly words: readonly (readonly string[])[];
}

/** Body words read for features: a reply's outcome is in its first screens. */
export const MAX_FEATURE_TOKENS = 600;
/** Words searched backwards for a negator. */
const NEGATION_WINDOW = 3;
/** The n-gram part of a vector is scaled to this norm (by its occurrence count), so long and short mails weigh alike. */
const NGRAM_NORM = 12;
/** Words this long or longer also give a stem feature (`p:` + their first letters). */
const STEM_LENGTH = 6;
/** Longest placeholder read as one (`{{ object.name }}`, `[Candidate Name]`, `${JOB_TITLE}`, `<insert name>`). */
const MAX_PLACEHOLDER = 80;

// ── hashing ──────────────────────────────────────────────────────────────────────────────────────

/** 32-bit FNV-1a of `s.slice(from, to)`, without making the slice. */
export function fnv(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Combines two 32-bit hashes. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
  h ^= h >>> 15;
  return h | 0;
}

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

// ── word tables ──────────────────────────────────────────────────────────────────────────────────

interface Tables {
  readonly index: ReadonlyMap<ReplyLanguage, ReadonlyMap<string, readonly CompiledCue[]>>;
  readonly negators: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly conditionals: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly clauseBreaks: ReadonlyMap<ReplyLanguage, WordSet>;
  readonly contrast: WordSet;
  readonly cueIds: ReadonlyMap<string, readonly [number, number, number]>;
  readonly cueNames: ReadonlyMap<string, readonly [string, string, string]>;
  readonly labelIds: readonly (readonly [number, number, number, number])[];
  readonly labelNames: readonly (readonly [string, string, string, string])[];
}

// Compiled from the constant lexicon on first use, not at import, so importing the package stays cheap.
let compiled: Tables | undefined;
function tables(): Tables {
  if (compiled !== undefined) return compiled;
  const index = new Map(CUE_TABLES.map((t) => [t.language, compileCues([t])] as const));
  const cueIds = new Map<string, readonly [number, number, number]>();
  const cueNames = new Map<string, readonly [string, string, string]>();
  for (const byKey of index.values()) {
    for (const list of byKey.values()) {
      for (const c of list) {
        if (cueIds.has(c.id)) continue;
        const names = [`c:${c.id}`, `c:${c.id}!`, `c:${c.id}?`] as const;
        cueNames.set(c.id, names);
        cueIds.set(c.id, [fnv(names[0]), fnv(names[1]), fnv(names[2])]);
      }
    }
  }
  const labelNames = REPLY_LABELS.map((l) => [`C:${l}`, `C:${l}@s`, `C:${l}@1`, `C:${l}^`] as const);
  compiled = {
    index,
    negators: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.negators)] as const)),
    conditionals: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.conditionals)] as const)),
    clauseBreaks: new Map(CUE_TABLES.map((t) => [t.language, new WordSet(t.clauseBreaks)] as const)),
    contrast: new WordSet(CUE_TABLES.flatMap((t) => t.contrast)),
    cueIds,
    cueNames,
    labelIds: labelNames.map((names) => [fnv(names[0]), fnv(names[1]), fnv(names[2]), fnv(names[3])] as const),
    labelNames,
  };
  return compiled;
}

/** Cleans, folds, tokenises and detects the language of a reply (or reads it as `language`). */
export function readReply(input: ReplyInput, language?: ReplyLanguage): Reading {
  const fields = cleanReply(input);
  const tokens = fields.map((f) => tokenize(foldText(f.text), f.field === 'subject' ? 64 : MAX_FEATURE_TOKENS));
  if (language !== undefined) return { fields, tokens, language, sure: true };
  const detected = detectLanguageOfTokens(tokens);
  return { fields, tokens, language: detected.language, sure: detected.sure };
}

/**
 * Which characters of a text sit inside a template placeholder (`{…}`, `[…]`, `<…>` on one line). Templates and
 * real mail differ there only: the words inside say nothing about the message, so they read as one `#ph` word.
 */
export function placeholderMask(text: string): Uint8Array | null {
  let mask: Uint8Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const close = c === 123 ? 125 : c === 91 ? 93 : c === 60 ? 62 : -1;
    if (close < 0) continue;
    const limit = Math.min(text.length, i + MAX_PLACEHOLDER);
    let j = i + 1;
    while (j < limit && text.charCodeAt(j) !== close && text.charCodeAt(j) !== 10) j++;
    if (j >= limit || text.charCodeAt(j) !== close) continue;
    mask ??= new Uint8Array(text.length);
    mask.fill(1, i, j + 1);
    i = j;
  }
  return mask;
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The word as features read it: `#` for digits, `#ph` inside a placeholder, `''` for the rest of a placeholder. */
export function normalizedWords(field: CleanedField, tok: Tokens): string[] {
  const mask = placeholderMask(field.text);
  const out = new Array<string>(tok.count);
  let inPlaceholder = false;
  for (let i = 0; i < tok.count; i++) {
    const raw = tok.words[i] ?? '';
    const placeholder = mask !== null && mask[tok.starts[i] ?? 0] === 1;
    out[i] = placeholder ? (inPlaceholder ? '' : '#ph') : isDigits(raw) ? '#' : raw;
    inPlaceholder = placeholder;
  }
  return out;
}

class Occurrences implements FeatureOccurrences {
  count = 0;
  // Plain arrays: cheaper to create than typed arrays for the few hundred occurrences of a reply.
  ids: number[] = [];
  values: number[] = [];
  kinds: number[] = [];
  fields: number[] = [];
  starts: number[] = [];
  ends: number[] = [];
  names: string[] = [];
  words: string[][] = [];

  push(id: number, value: number, kind: Kind, field: number, start: number, end: number, name = ''): void {
    this.count++;
    this.ids.push(id);
    this.values.push(value);
    this.kinds.push(kind);
    this.fields.push(field);
    this.starts.push(start);
    this.ends.push(end);
    this.names.push(name);
  }
}

/** Per-token flags, each word looked up once. */
const NEGATOR = 1;
const BREAK = 2;
const CONDITIONAL = 4;
const CONTRAST = 8;

/**
 * One memo per language of what the reader needs to know about a word: its hash and its flags, packed into one
 * number (`hash * 16 + flags`, exact in a double), so each distinct word is hashed and looked up once; 20,000 words
 * per language bound the memory on adversarial input. (The map of memos holds one per reply language, a fixed set.)
 */
const WORD_MEMOS = new Map<ReplyLanguage, Memo<string, number>>();

/** Per token: the word's flags, and its hash in `hashes`. */
function wordInfo(tok: Tokens, language: ReplyLanguage, t: Tables): { flags: Uint8Array; hashes: Int32Array } {
  const negators = t.negators.get(language);
  const breaks = t.clauseBreaks.get(language);
  const conditionals = t.conditionals.get(language);
  const compute = (w: string): number =>
    (fnv(w) >>> 0) * 16 +
    ((negators?.has(w) === true ? NEGATOR : 0) | (breaks?.has(w) === true ? BREAK : 0) |
      (conditionals?.has(w) === true ? CONDITIONAL : 0) | (t.contrast.has(w) ? CONTRAST : 0));
  let memo = WORD_MEMOS.get(language);
  if (memo === undefined) WORD_MEMOS.set(language, (memo = new Memo<string, number>(20_000)));
  const flags = new Uint8Array(tok.count);
  const hashes = new Int32Array(tok.count);
  for (let i = 0; i < tok.count; i++) {
    const v = memo.get(tok.words[i] ?? '', compute);
    flags[i] = v % 16;
    hashes[i] = Math.floor(v / 16) | 0;
  }
  return { flags, hashes };
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

/** Body and subject n-grams, with negation scope. */
function ngramFeatures(o: Occurrences, reading: Reading, flags: readonly Uint8Array[], hashes: readonly Int32Array[]): void {
  const from = o.count;
  let ngrams = 0;
  reading.fields.forEach((field, fieldIndex) => {
    const tok = reading.tokens[fieldIndex];
    const fl = flags[fieldIndex];
    if (tok === undefined || fl === undefined) return;
    const subject = field.field === 'subject';
    const words = normalizedWords(field, tok);
    o.words[fieldIndex] = words;
    const hs = hashes[fieldIndex];
    let prevHash = 0;
    let prevSentence = -1;
    for (let i = 0; i < tok.count; i++) {
      const w = words[i] ?? '';
      if (w === '') continue;
      // The memo hashed the raw word; '#' and '#ph' stand in for digits and placeholders.
      const h = w === tok.words[i] && hs !== undefined ? hs[i]! : fnv(w);
      const sentence = tok.sentences[i] ?? 0;
      if (subject) {
        if (w.length > 1) o.push(mix(SEED_S, h), 1, Kind.Subject, fieldIndex, i, i + 1);
        if (prevSentence >= 0) o.push(mix(mix(SEED_SB, prevHash), h), 1, Kind.SubjectBigram, fieldIndex, i - 1, i + 1);
      } else {
        if (w.length > 1) {
          const negated = (fl[i]! & NEGATOR) === 0 && precededBy(fl, tok, i, NEGATION_WINDOW, NEGATOR);
          o.push(mix(negated ? SEED_N : SEED_W, h), 1, negated ? Kind.Negated : Kind.Word, fieldIndex, i, i + 1);
          ngrams++;
          if (w.length > STEM_LENGTH && w !== '#ph') {
            o.push(mix(SEED_P, fnv(w.slice(0, STEM_LENGTH))), 1, Kind.Stem, fieldIndex, i, i + 1);
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
  });
  // Scale the body n-grams to a fixed norm: a long mail does not shout louder than a short one.
  if (ngrams > 0) {
    const scale = NGRAM_NORM / Math.sqrt(ngrams);
    for (let i = from; i < o.count; i++) {
      const k = o.kinds[i];
      if (k === Kind.Word || k === Kind.Negated || k === Kind.Stem || k === Kind.Bigram) o.values[i] = scale;
    }
  }
}

/** Matches of the built-in lexicon, as features whose weights are learned. */
function lexiconFeatures(o: Occurrences, reading: Reading, flags: readonly Uint8Array[]): void {
  const t = tables();
  const indexes: ReadonlyMap<string, readonly CompiledCue[]>[] = [];
  for (const [lang, index] of t.index) if (!reading.sure || lang === reading.language || lang === 'en') indexes.push(index);
  const counts = new Uint8Array(REPLY_LABELS.length);
  const marks = new Uint8Array(REPLY_LABELS.length);
  const labelIndex = (l: ReplyLabel): number => REPLY_LABELS.indexOf(l);
  const countLabel = (l: ReplyLabel, fieldIndex: number, start: number, end: number, variant: number): void => {
    const k = labelIndex(l);
    const ids = t.labelIds[k];
    if (ids === undefined) return;
    if (variant === 0) {
      if (counts[k]! >= 3) return;
      counts[k]!++;
    } else {
      if ((marks[k]! & (1 << variant)) !== 0) return;
      marks[k]! |= 1 << variant;
    }
    o.push(ids[variant]!, 1, Kind.LabelCount, fieldIndex, start, end, t.labelNames[k]![variant]!);
  };
  reading.fields.forEach((field, fieldIndex) => {
    const tok = reading.tokens[fieldIndex];
    const fl = flags[fieldIndex];
    if (tok === undefined || fl === undefined) return;
    const subject = field.field === 'subject';
    let contrastSentence = -1;
    for (let i = 0; i < tok.count; i++) {
      const key = tok.keys[i] ?? '';
      const sentence = tok.sentences[i] ?? 0;
      if ((fl[i]! & CONTRAST) !== 0) contrastSentence = sentence;
      for (const index of indexes) {
        const candidates = index.get(key);
        if (candidates === undefined) continue;
        for (const cue of candidates) {
          const end = matchCue(cue, tok, i);
          if (end < 0) continue;
          const negated = (fl[i]! & NEGATOR) === 0 && precededBy(fl, tok, i, 6, NEGATOR);
          const hypothetical = !negated && precededBy(fl, tok, i, 6, CONDITIONAL);
          const ids = t.cueIds.get(cue.id);
          if (ids === undefined) continue;
          const variant = negated ? 1 : hypothetical ? 2 : 0;
          o.push(ids[variant]!, 1, Kind.Cue, fieldIndex, i, end, t.cueNames.get(cue.id)![variant]!);
          // A negated phrase speaks for the label the lexicon names for it ("not able to offer" → rejection).
          if (negated && cue.negated !== null) countLabel(cue.negated, fieldIndex, i, end, 0);
          if (variant !== 0) continue;
          countLabel(cue.label, fieldIndex, i, end, 0);
          if (subject) countLabel(cue.label, fieldIndex, i, end, 1);
          else if (sentence < 3) countLabel(cue.label, fieldIndex, i, end, 2);
          if (contrastSentence >= 0 && sentence - contrastSentence <= 2 && !cue.contrast) countLabel(cue.label, fieldIndex, i, end, 3);
        }
      }
    }
  });
}

/**
 * Every feature occurrence of a read reply.
 *
 * @example
 * ```ts
 * const reading = readReply('Unfortunately we will not move forward.');
 * const f = replyFeatures(reading);
 * f.ids.includes(featureId('w:unfortunately')) //=> true
 * ```
 */
export function replyFeatures(reading: Reading): FeatureOccurrences {
  const o = new Occurrences();
  const t = tables();
  const info = reading.tokens.map((tok) => wordInfo(tok, reading.language, t));
  const flags = info.map((x) => x.flags);
  o.push(fnv(`L:${reading.language}`), 1, Kind.Language, -1, 0, 0, `L:${reading.language}`);
  lexiconFeatures(o, reading, flags);
  ngramFeatures(o, reading, flags, info.map((x) => x.hashes));
  return o;
}

/** The name of occurrence `i` (for training and evidence; the reader itself never builds names). */
export function featureName(reading: Reading, f: FeatureOccurrences, i: number): string {
  const kind = f.kinds[i] as Kind;
  if (kind === Kind.Cue || kind === Kind.LabelCount || kind === Kind.Language) return f.names[i] ?? '';
  const fieldIndex = f.fields[i] ?? 0;
  const field = reading.fields[fieldIndex];
  const tok = reading.tokens[fieldIndex];
  if (field === undefined || tok === undefined) return '';
  const words = f.words[fieldIndex] ?? normalizedWords(field, tok);
  const start = f.starts[i] ?? 0;
  const w = words[start] ?? '';
  switch (kind) {
    case Kind.Word: return `w:${w}`;
    case Kind.Negated: return `n:${w}`;
    case Kind.Stem: return `p:${w.slice(0, STEM_LENGTH)}`;
    case Kind.Subject: return `s:${w}`;
    case Kind.Bigram:
    case Kind.SubjectBigram: {
      // The first word of the pair is the nearest non-empty word before the second.
      const second = words[(f.ends[i] ?? 1) - 1] ?? '';
      let j = (f.ends[i] ?? 1) - 2;
      while (j > 0 && words[j] === '') j--;
      return `${kind === Kind.Bigram ? 'b' : 'sb'}:${words[j] ?? ''} ${second}`;
    }
    default: return '';
  }
}
