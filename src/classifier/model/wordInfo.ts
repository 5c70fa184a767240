import { startsWith, WordSet } from '../compileCues.js';
import type { CompiledCue, CompiledRequest } from '../compileCues.js';
import type { Concept } from '../conceptIndex.js';
import { CUE_TABLES } from '../cues/index.js';
import { interned } from '../interned.js';
import { languageReader } from '../languageReader.js';
import { fnv } from './fnv.js';

/** Per-word flags in one language, for negation, condition and contrast scopes. */
export const NEGATOR = 1;
export const BREAK = 2;
export const CONDITIONAL = 4;
export const CONTRAST = 8;

/** What the reader knows of a word in one language (of `CUE_TABLES`). */
export interface WordInLanguage {
  /** {@link NEGATOR}, {@link BREAK}, {@link CONDITIONAL}, {@link CONTRAST}. */
  readonly flags: number;
  /** The language's phrases and request phrases that start with this word, in lexicon order. */
  readonly cues: readonly CompiledCue[];
  readonly requests: readonly CompiledRequest[];
  /** The concept the word stands for in this language, if any. */
  readonly concept: Concept | undefined;
}

/**
 * What the reader needs to know about a folded word (R7), worked out once per distinct word: its hash, the languages
 * whose stop words hold it, and per language its flags and the phrases that can start at it.
 */
export interface WordInfo {
  readonly word: string;
  /** The first three letters (the lexicon index key). */
  readonly key: string;
  /** {@link fnv} of the word. */
  readonly hash: number;
  /** Bit k is set when the stop words of `CUE_TABLES[k]` hold the word. */
  readonly stop: number;
  readonly contrast: boolean;
  /** Whether the word is all ASCII digits (features read it as `#`). */
  readonly digits: boolean;
  /** Per language, filled when the word is first read in it. */
  readonly languages: (WordInLanguage | undefined)[];
  /**
   * Bit k is set once the word is known to be plain in `CUE_TABLES[k]` (no flag, no phrase starts with it): most words
   * in most languages, read without going to {@link WordInfo.languages}.
   */
  plain: number;
  /** {@link fnv} of the word's first six letters (read for words longer than six letters). */
  readonly stem: number;
}

const NONE: readonly never[] = [];

interface Shared {
  readonly stopWords: readonly WordSet[];
  readonly contrast: WordSet;
}
let shared: Shared | undefined;
function sharedSets(): Shared {
  return (shared ??= {
    stopWords: CUE_TABLES.map((t) => new WordSet(t.stopWords)),
    contrast: new WordSet(CUE_TABLES.flatMap((t) => t.contrast)),
  });
}

function describe(raw: string, hash: number): WordInfo {
  const s = sharedSets();
  const word = interned(raw);
  const key = interned(word.length > 3 ? word.slice(0, 3) : word);
  let stop = 0;
  for (let k = 0; k < s.stopWords.length; k++) if (s.stopWords[k]!.has(word, key, hash)) stop |= 1 << k;
  let digits = true;
  for (let i = 0; i < word.length && digits; i++) digits = word.charCodeAt(i) >= 48 && word.charCodeAt(i) <= 57;
  // Every field set here, once: all words share one shape, which code reading them can rely on.
  const languages = new Array<WordInLanguage | undefined>(CUE_TABLES.length).fill(undefined);
  return { word, key, hash, stop, contrast: s.contrast.has(word, key, hash), digits, languages, plain: 0, stem: fnv(word, 0, Math.min(6, word.length)) };
}

/** Slots of the word table (a power of two); it is emptied when {@link MAX_WORDS} words fill it. */
const SLOTS = 1 << 15;
const MAX_WORDS = 20_000;

/**
 * Distinct words met so far, by hash: an open-addressing table rather than a `Memo`, because the hash is already
 * known from tokenising (a `Map` would hash every freshly sliced word again, and a slice would be made for every
 * word). The hashes sit in their own array, so a probe reads a word only when its hash matches. It keeps the `Memo`
 * policy (src/_lib/memo.ts): at most {@link MAX_WORDS} words, and a new word that finds it full empties it first.
 */
interface WordTable {
  readonly words: (WordInfo | undefined)[];
  readonly hashes: Int32Array;
  count: number;
}
let words: WordTable | undefined;

function table(): WordTable {
  return (words ??= { words: new Array<WordInfo | undefined>(SLOTS).fill(undefined), hashes: new Int32Array(SLOTS), count: 0 });
}

function insert(t: WordTable, s: number, word: string, hash: number): WordInfo {
  if (t.count >= MAX_WORDS) {
    t.words.fill(undefined);
    t.count = 0;
    s = Math.imul(hash, 0x9e3779b1) >>> 17;
  }
  const info = describe(word, hash);
  t.words[s] = info;
  t.hashes[s] = hash;
  t.count++;
  return info;
}

/** What the reader knows of `word` (a folded word from {@link tokenize}), whose {@link fnv} hash is `hash`. */
export function wordInfo(word: string, hash = fnv(word)): WordInfo {
  const t = table();
  let s = Math.imul(hash, 0x9e3779b1) >>> 17;
  for (let known = t.words[s]; known !== undefined; known = t.words[s]) {
    if (t.hashes[s] === hash && known.word === word) return known;
    s = (s + 1) & (SLOTS - 1);
  }
  return insert(t, s, word, hash);
}

/**
 * {@link wordInfo} of `text.slice(start, end)`, whose hash is `hash`, without slicing a word already met: its
 * {@link WordInfo.word} is the one string kept for it.
 */
export function wordInfoAt(text: string, start: number, end: number, hash: number): WordInfo {
  const t = table();
  const { hashes } = t;
  let s = Math.imul(hash, 0x9e3779b1) >>> 17;
  for (;;) {
    if (hashes[s] === hash) {
      const known = t.words[s];
      if (known === undefined) break;
      if (sameWord(known.word, text, start, end)) return known;
    } else if (t.words[s] === undefined) break;
    s = (s + 1) & (SLOTS - 1);
  }
  return insert(t, s, text.slice(start, end), hash);
}

/** Whether `word` is `text.slice(start, end)`, compared code unit by code unit (words are short). */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** What the reader knows of `info`'s word in `CUE_TABLES[k]`. */
export function inLanguage(info: WordInfo, k: number): WordInLanguage {
  if ((info.plain & (1 << k)) !== 0) return PLAIN;
  return info.languages[k] ?? learn(info, k);
}

/** What most words are in a language: no flag, no concept, and no phrase starts with them (one object for all of them). */
const PLAIN: WordInLanguage = { flags: 0, cues: NONE, requests: NONE, concept: undefined };

/** Works out {@link inLanguage} the first time (apart, so that the common path allocates nothing). */
function learn(info: WordInfo, k: number): WordInLanguage {
  const r = languageReader(k);
  const { word, key, hash } = info;
  const flags = (r.negators.has(word, key, hash) ? NEGATOR : 0) | (r.clauseBreaks.has(word, key, hash) ? BREAK : 0) |
    (r.conditionals.has(word, key, hash) ? CONDITIONAL : 0) | (info.contrast ? CONTRAST : 0);
  const cues = (r.cues.get(key) ?? NONE).map((entry) => entry()).filter((c) => startsWith(c, info));
  const requests = (r.requests.get(key) ?? NONE).map((entry) => entry()).filter((q) => startsWith(q, info));
  const concept = r.concepts.of(word, key);
  if (flags === 0 && cues.length === 0 && requests.length === 0 && concept === undefined) {
    info.plain |= 1 << k;
    return PLAIN;
  }
  const value: WordInLanguage = { flags, cues: cues.length === 0 ? NONE : cues, requests: requests.length === 0 ? NONE : requests, concept };
  info.languages[k] = value;
  return value;
}

/** The stem hash of a word longer than six letters (`p:` features). */
export function stemOf(info: WordInfo): number {
  return info.stem;
}
