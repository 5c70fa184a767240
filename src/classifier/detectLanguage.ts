import { Memo } from '../_lib/memo.js';
import { WordSet } from './compileCues.js';
import { CUE_TABLES } from './cues/index.js';
import type { Tokens } from './tokenize.js';
import type { ReplyLanguage } from './types.js';

// Built on first use, not at import.
let profiles: readonly (readonly [ReplyLanguage, WordSet])[] | undefined;
const PROFILES = (): readonly (readonly [ReplyLanguage, WordSet])[] =>
  (profiles ??= CUE_TABLES.map((t) => [t.language, new WordSet(t.stopWords)] as const));
/**
 * Word → bit mask of the languages whose stop words contain it (bit i = PROFILES()[i]). Mail reuses a small
 * vocabulary, so each distinct word is looked up once; 20,000 words bound the memory on adversarial input.
 */
const MASKS = new Memo<string, number>(20_000);
function maskOf(word: string): number {
  let mask = 0;
  PROFILES().forEach(([, set], i) => {
    if (set.has(word)) mask |= 1 << i;
  });
  return mask;
}

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
      const mask = MASKS.get(t.words[i] ?? '', maskOf);
      if (mask === 0) continue;
      PROFILES().forEach(([lang], k) => {
        if ((mask & (1 << k)) !== 0) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      });
    }
  }
  let best: ReplyLanguage = 'en';
  let bestCount = 0;
  for (const [lang] of PROFILES()) {
    const c = counts.get(lang) ?? 0;
    if (c > bestCount) {
      best = lang;
      bestCount = c;
    }
  }
  let ties = 0;
  for (const [lang] of PROFILES()) if ((counts.get(lang) ?? 0) === bestCount) ties++;
  return { language: best, sure: bestCount > 0 && ties === 1, stopWords: bestCount };
}

/** Whether a folded word is a frequent function word of any of the languages ("the", "und", "vous", "que"). */
export function isStopWord(word: string): boolean {
  return MASKS.get(word, maskOf) !== 0;
}
