import { LANGUAGES } from '../../languages/index.js';
import { CUES } from '../../languages/reading.js';
import type { CueTable } from './types.js';

/**
 * The built-in lexicon, one table per language in the order of `LANGUAGES` (R7): the phrases the reply reader looks
 * for, its negators and contrast words, its request phrases and its stop words. Each lives in its language's pack,
 * `src/languages/<code>/reading.ts`, beside that language's timeline words.
 *
 * @example
 * ```ts
 * CUE_TABLES.find((t) => t.language === 'de')?.cues.length //=> a number of German cues
 * ```
 */
export const CUE_TABLES: readonly CueTable[] = /* @__PURE__ */ LANGUAGES.map((l) => CUES[l]);

export type { CueDefinition, CueLabel, CueTable, RequestCue } from './types.js';
