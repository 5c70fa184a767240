import { Memo } from '../_lib/memo.js';
import { fnv } from './model/fnv.js';
import { wordInfo, wordInfoAt } from './model/wordInfo.js';
import type { WordInfo } from './model/wordInfo.js';

// The Unicode property classes below are made on first use, from strings: V8 builds such a class when it parses a
// regular-expression literal, even one it never runs, and that would cost every import of the library.
let wordRuns: RegExp | undefined;
let combiningMarks: RegExp | undefined;
let oneWordChar: RegExp | undefined;

/** Runs of letters, digits and combining marks: the words cues are matched against (one shared `g` pattern). */
export function wordPattern(): RegExp {
  return (wordRuns ??= new RegExp('[\\p{L}\\p{N}\\p{M}]+', 'gu'));
}

/** Combining marks left inside a word written in decomposed form (one shared `g` pattern). */
export function markPattern(): RegExp {
  return (combiningMarks ??= new RegExp('\\p{M}', 'gu'));
}

/** The words of a folded text, with their positions and the sentence each belongs to. */
export interface Tokens {
  /** Each word, as the reader knows it ({@link WordInfo.word} is the word itself). */
  readonly infos: readonly WordInfo[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /**
   * Sentence number of each word; a sentence ends at `.`, `!`, `?`, `;` or a line break (a period
   * right after a one- or two-digit number does not end it: `2. Mai`, `10.30`).
   */
  readonly sentences: readonly number[];
  readonly count: number;
}

/**
 * Arrays for {@link tokenize} to write the words in, kept from one call to the next: longer than the words of any one
 * text, so only the first `count` entries are the text's.
 */
export interface TokenArrays {
  readonly infos: WordInfo[];
  readonly starts: number[];
  readonly ends: number[];
  readonly sentences: number[];
}

/** Scratch space while tokenising without arrays given (never leaves a call: the tokens get arrays of their exact size). */
const scratch: TokenArrays = { infos: [], starts: [], ends: [], sentences: [] };

/** Whether a word is one or two ASCII digits: before a period, an ordinal ("am 2. Mai") or a decimal. */
function isShortNumber(word: string | undefined): boolean {
  if (word === undefined || word.length === 0 || word.length > 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** ASCII classes: a word character (letters and digits), a sentence end (`.`, `!`, `?`, `;`, line break), or other. */
const WORD = 1;
const END = 2;
const ASCII = ((): Uint8Array => {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = WORD;
  for (let c = 65; c <= 90; c++) t[c] = WORD;
  for (let c = 97; c <= 122; c++) t[c] = WORD;
  for (const c of [46, 33, 63, 59, 10]) t[c] = END;
  return t;
})();

/** Whether `ch` is one code point of {@link wordPattern}'s class. */
function isWordChar(ch: string): boolean {
  return (oneWordChar ??= new RegExp('^[\\p{L}\\p{N}\\p{M}]$', 'u')).test(ch);
}
/** Whether each BMP code unit above ASCII is a word character: 0 not yet known, 1 yes, 2 no (filled as met). */
let bmpWordChars: Uint8Array | undefined;
/** The same for code points beyond the BMP (few of them are ever met). */
const astralWordChars = new Memo<number, boolean>(4096);

function isWordUnit(c: number): boolean {
  const known = (bmpWordChars ??= new Uint8Array(0x10000))[c] ?? 0;
  if (known !== 0) return known === 1;
  const yes = isWordChar(String.fromCharCode(c));
  bmpWordChars[c] = yes ? 1 : 2;
  return yes;
}

function isWordPoint(cp: number): boolean {
  return astralWordChars.get(cp, (p) => isWordChar(String.fromCodePoint(p)));
}

/** The length (1 or 2 code units) of the word character at `i`, or 0 if the code point there is not one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII[c] === WORD ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isWordPoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) ? 2 : 0;
    return 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return isWordUnit(c) ? 1 : 0;
}

/** A word with its combining marks removed (words written in decomposed form: `e` + U+0301). */
function withoutMarks(w: string): string {
  if (w.length > 1 && w.charCodeAt(0) > 0x2ff) return w.replace(markPattern(), '');
  if (w.length > 1) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 0x300 && c <= 0x36f) return w.replace(markPattern(), '');
    }
  }
  return w;
}

/**
 * Splits folded text into words (apostrophes split: `don't` → `don`, `t`; `l'offre` → `l`, `offre`): the runs of
 * {@link wordPattern}, found in one pass over the code units (ASCII without any look-up, other characters through a
 * table filled as they are met). With `into`, the words are written in those arrays (the tokens' arrays are then those,
 * longer than `count`); otherwise the tokens get arrays of their own, `count` long.
 */
export function tokenize(folded: string, maxWords = Infinity, into?: TokenArrays): Tokens {
  const n = folded.length;
  const { infos: found, starts: foundStarts, ends: foundEnds, sentences: foundSentences } = into ?? scratch;
  let sentence = 0;
  let count = 0;
  let i = 0;
  while (count < maxWords) {
    // The gap before the next word: does it end a sentence? A period right after a one- or two-digit number is an
    // ordinal or a decimal, not an ending: German dates ("vom 2. Mai"), "3. Runde", "10.30 Uhr".
    const gapStart = i;
    let ends_ = false;
    let size = 0;
    for (; i < n; i++) {
      const c = folded.charCodeAt(i);
      if (c < 0x80) {
        const kind = ASCII[c]!;
        if (kind === WORD) {
          size = 1;
          break;
        }
        if (kind === END && !ends_) ends_ = !(c === 46 && i === gapStart && count > 0 && isShortNumber(found[count - 1]!.word));
        continue;
      }
      if ((size = wordCharAt(folded, i)) > 0) break;
      if (c === 0x2022) ends_ = true;
      else if (c >= 0xd800 && c <= 0xdbff && (folded.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    }
    if (i >= n) break;
    const s = i;
    let high = false;
    // FNV-1a, as `fnv` computes it, one read per code unit: `c` is the word character at `i`, `size` units long.
    let h = 0x811c9dc5 | 0;
    let c = folded.charCodeAt(i);
    for (;;) {
      h = Math.imul(h ^ c, 0x01000193);
      if (size === 2) h = Math.imul(h ^ folded.charCodeAt(i + 1), 0x01000193);
      if (c >= 0x300) high = true;
      i += size;
      if (i >= n) break;
      c = folded.charCodeAt(i);
      // ASCII needs no look-up.
      if (c < 0x80) {
        if (ASCII[c] !== WORD) break;
        size = 1;
      } else if ((size = wordCharAt(folded, i)) === 0) break;
    }
    if (count > 0 && ends_) sentence++;
    let info: WordInfo;
    if (!high) info = wordInfoAt(folded, s, i, h | 0);
    else {
      const raw = folded.slice(s, i);
      const word = withoutMarks(raw);
      info = word === raw ? wordInfoAt(folded, s, i, h | 0) : wordInfo(word, fnv(word));
    }
    found[count] = info;
    foundStarts[count] = s;
    foundEnds[count] = i;
    foundSentences[count] = sentence;
    count++;
  }
  if (into !== undefined) return { infos: found, starts: foundStarts, ends: foundEnds, sentences: foundSentences, count };
  return {
    infos: found.slice(0, count), starts: foundStarts.slice(0, count), ends: foundEnds.slice(0, count),
    sentences: foundSentences.slice(0, count), count,
  };
}
