import { CUE_TABLES } from './cues/index.js';
import type { WordInfo } from './model/wordInfo.js';
import type { Tokens } from './tokenize.js';
import type { ReplyLanguage } from './types.js';

/** Words read for language detection: enough for a verdict, bounded for long inputs. */
const MAX_WORDS = 3000;

/**
 * Stop words the leading language needs at the end of one of the body's sentences for the message to be read in it
 * (R7): a paragraph in another language further down (an English equal-opportunity statement below German mail, a
 * German legal footer below English mail) then does not change the verdict.
 */
export const LEAD_STOP_WORDS = 4;

/** A language detection: the language, whether it was clear, and how many of its stop words were seen. */
export interface DetectedLanguage {
  readonly language: ReplyLanguage;
  readonly sure: boolean;
  readonly stopWords: number;
}

/**
 * The language whose stop words occur most often among `words` (R7); English on a tie or when no stop word occurs
 * (then `sure` is false).
 */
export function detectLanguageOfWords(words: readonly (readonly WordInfo[])[]): DetectedLanguage {
  return detectLanguageOfTokens(words.map((infos) => ({ infos, count: infos.length, sentences: [] })));
}

/**
 * The language of tokenised fields (the first `count` words of each), by their stop words (R7). The body (the fields
 * after the first `subjects`) is read first, in order: the first language with {@link LEAD_STOP_WORDS} of them, and
 * more than any other, at the end of one of its sentences (or at its end) is the message's, so that the language it
 * starts in decides, and only its stop words are counted from there on. Else the language with the most of them among
 * all words, subject included; English when no stop word occurs (then `sure` is false, as on a tie). Tokens with empty
 * `sentences` are read as a whole.
 */
export function detectLanguageOfTokens(tokens: readonly Pick<Tokens, 'infos' | 'count' | 'sentences'>[], subjects = 0): DetectedLanguage {
  const counts = new Int32Array(CUE_TABLES.length);
  const n = tokens.length;
  // The language with the most stop words (the first of a tie), their number, and how many languages have as many.
  let best = -1;
  let bestCount = 0;
  let ties = 0;
  const tally = (): void => {
    best = -1;
    bestCount = ties = 0;
    for (let k = 0; k < counts.length; k++) {
      if (counts[k]! > bestCount) {
        best = k;
        bestCount = counts[k]!;
        ties = 1;
      } else if (counts[k] === bestCount) ties++;
    }
  };
  // The languages whose stop words are counted: all, until one leads.
  let only = -1;
  let read = 0;
  for (let j = 0; j < n; j++) {
    const { infos, count, sentences } = tokens[(j + subjects) % n]!;
    for (let i = 0; i < count && read < MAX_WORDS; i++, read++) {
      // A sentence of the body ends here (or the body does, where the subject starts): does one language lead?
      if (only < 0 && (i === 0 || j < n - subjects) && sentences[i] !== sentences[i - 1]) {
        tally();
        if (bestCount >= LEAD_STOP_WORDS && ties === 1) only = 1 << best;
      }
      const mask = infos[i]!.stop & only;
      if (mask === 0) continue;
      for (let k = 0; k < counts.length; k++) if ((mask & (1 << k)) !== 0) counts[k]!++;
    }
  }
  tally();
  return { language: best < 0 ? 'en' : CUE_TABLES[best]!.language, sure: bestCount > 0 && ties === 1, stopWords: bestCount };
}
