/** Runs of letters, digits and combining marks: the words cues are matched against. */
export const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;
/** Combining marks left inside a word written in decomposed form. */
export const MARK_PATTERN = /\p{M}/gu;

/** The words of a folded text, with their positions and the sentence each belongs to. */
export interface Tokens {
  readonly words: string[];
  /** The first three letters of each word (the cue index key). */
  readonly keys: string[];
  readonly starts: number[];
  readonly ends: number[];
  /**
   * Sentence number of each word; a sentence ends at `.`, `!`, `?`, `;` or a line break (a period
   * right after a one- or two-digit number does not end it: `2. Mai`, `10.30`).
   */
  readonly sentences: number[];
  readonly count: number;
}

/** Whether a word is one or two ASCII digits: before a period, an ordinal ("am 2. Mai") or a decimal. */
function isShortNumber(word: string | undefined): boolean {
  if (word === undefined || word.length === 0 || word.length > 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function endsSentence(text: string, from: number, to: number, previous: string | undefined): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A period right after a one- or two-digit number is an ordinal or a decimal, not an ending:
    // German dates ("vom 2. Mai"), "3. Runde", "10.30 Uhr".
    if (c === 46 && i === from && isShortNumber(previous)) continue;
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 0x2022) return true;
  }
  return false;
}

/**
 * Splits folded text into words (apostrophes split: `don't` → `don`, `t`; `l'offre` → `l`, `offre`).
 * Linear: one pass of {@link WORD_PATTERN}, whose class has no overlap with its surroundings.
 */
export function tokenize(folded: string, maxWords = Number.POSITIVE_INFINITY): Tokens {
  const words: string[] = [];
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const sentences: number[] = [];
  const re = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  let sentence = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while (words.length < maxWords && (m = re.exec(folded)) !== null) {
    let w = m[0];
    const s = m.index;
    if (words.length > 0 && endsSentence(folded, prevEnd, s, words[words.length - 1])) sentence++;
    if (w.length > 1 && w.charCodeAt(0) > 0x2ff) w = w.replace(MARK_PATTERN, '');
    else if (w.length > 1) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (c >= 0x300 && c <= 0x36f) {
          w = w.replace(MARK_PATTERN, '');
          break;
        }
      }
    }
    words.push(w);
    keys.push(w.length > 3 ? w.slice(0, 3) : w);
    starts.push(s);
    ends.push(s + m[0].length);
    sentences.push(sentence);
    prevEnd = s + m[0].length;
  }
  return { words, keys, starts, ends, sentences, count: words.length };
}
