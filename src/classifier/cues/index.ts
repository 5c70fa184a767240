import { LANGUAGES } from '../../languages/index.js';
import { CUES, EVERY_REPLY_WORDS } from '../../languages/reading.js';
import type { ReplyLanguage } from '../types.js';
import type { CueDefinition, CueTable, EveryReplyWords, LexiconWords, RequestCue } from './types.js';

/**
 * A language's table that reads its lists from the pack on first read: importing the library builds no lexicon, and
 * the stop and contrast words, which every reply reads in every language, come without the rest of the lexicon.
 */
function tableOf(language: ReplyLanguage): CueTable {
  const pack = (): LexiconWords => CUES[language];
  const everyReply = (): EveryReplyWords => EVERY_REPLY_WORDS[language];
  // The pack writes cues and requests in runs of one label or kind (CueRun): each gets its run's, once, on first read.
  let cues: readonly CueDefinition[] | undefined;
  let requests: readonly RequestCue[] | undefined;
  return {
    language,
    get negators() { return pack().negators; },
    get conditionals() { return pack().conditionals; },
    get clauseBreaks() { return pack().clauseBreaks; },
    get contrast() { return everyReply().contrast; },
    get stopWords() { return everyReply().stopWords; },
    get requests() { return (requests ??= pack().requests.flatMap(([kind, patterns]) => patterns.map((pattern) => ({ kind, pattern })))); },
    get cues() { return (cues ??= pack().cues.flatMap(([label, run]) => run.map((c) => (typeof c === 'string' ? { label, pattern: c } : { label, ...c })))); },
    get concepts() { return pack().concepts; },
  };
}

/**
 * The built-in lexicon, one table per language in the order of `LANGUAGES` (R7): the phrases the reply reader looks
 * for, its negators and contrast words, its request phrases and its stop words. Each lives in its language's pack,
 * `src/languages/<code>/reading.ts`, beside that language's timeline words, and is made the first time it is read.
 *
 * @example
 * ```ts
 * CUE_TABLES.find((t) => t.language === 'de')?.cues.length //=> a number of German cues
 * ```
 */
export const CUE_TABLES: readonly CueTable[] = /* @__PURE__ */ LANGUAGES.map(tableOf);

export type { CueDefinition, CueLabel, CueTable, RequestCue } from './types.js';
