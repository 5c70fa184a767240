import { CUE_TABLES } from './cues/index.js';
import type { WordInfo } from './model/wordInfo.js';
import type { Tokens } from './tokenize.js';
import type { ReplyLanguage } from './types.js';

/** Words read for language detection: enough for a verdict, bounded for long inputs. */
const MAX_WORDS = 3000;

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
  return detectLanguageOfTokens(words.map((infos) => ({ infos, count: infos.length })));
}

/** {@link detectLanguageOfWords} of tokenised fields (the first `count` words of each). */
export function detectLanguageOfTokens(tokens: readonly Pick<Tokens, 'infos' | 'count'>[]): DetectedLanguage {
  const counts = new Int32Array(CUE_TABLES.length);
  let read = 0;
  for (const { infos, count } of tokens) {
    for (let i = 0; i < count && read < MAX_WORDS; i++, read++) {
      const mask = infos[i]!.stop;
      if (mask === 0) continue;
      for (let k = 0; k < counts.length; k++) if ((mask & (1 << k)) !== 0) counts[k]!++;
    }
  }
  let best = -1;
  let bestCount = 0;
  for (let k = 0; k < counts.length; k++) {
    if (counts[k]! > bestCount) {
      best = k;
      bestCount = counts[k]!;
    }
  }
  let ties = 0;
  for (let k = 0; k < counts.length; k++) if (counts[k] === bestCount) ties++;
  return { language: best < 0 ? 'en' : CUE_TABLES[best]!.language, sure: bestCount > 0 && ties === 1, stopWords: bestCount };
}
