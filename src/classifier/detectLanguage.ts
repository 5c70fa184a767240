import { WordSet } from './compileCues.js';
import { CUE_TABLES } from './cues/index.js';
import type { Tokens } from './tokenize.js';
import type { ReplyLanguage } from './types.js';

const PROFILES: readonly (readonly [ReplyLanguage, WordSet])[] = CUE_TABLES.map((t) => [t.language, new WordSet(t.stopWords)] as const);

/** Words read for language detection: enough for a verdict, bounded for long inputs. */
const MAX_WORDS = 3000;

/**
 * The language whose stop words occur most often among `tokens` (R7); English on a tie or when
 * no stop word occurs (then `sure` is false).
 */
export function detectLanguageOfTokens(tokens: readonly Tokens[]): { language: ReplyLanguage; sure: boolean; stopWords: number } {
  const counts = new Map<ReplyLanguage, number>();
  let read = 0;
  for (const t of tokens) {
    for (let i = 0; i < t.count && read < MAX_WORDS; i++, read++) {
      const w = t.words[i] ?? '';
      for (const [lang, set] of PROFILES) if (set.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  let best: ReplyLanguage = 'en';
  let bestCount = 0;
  for (const [lang] of PROFILES) {
    const c = counts.get(lang) ?? 0;
    if (c > bestCount) {
      best = lang;
      bestCount = c;
    }
  }
  let ties = 0;
  for (const [lang] of PROFILES) if ((counts.get(lang) ?? 0) === bestCount) ties++;
  return { language: best, sure: bestCount > 0 && ties === 1, stopWords: bestCount };
}
