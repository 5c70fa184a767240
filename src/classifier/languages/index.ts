import { timeline as de } from './de.js';
import { timeline as en } from './en.js';
import { timeline as es } from './es.js';
import { timeline as fr } from './fr.js';
import type { TimelineVocabulary } from './types.js';

export type { CountUnit, PeriodPart, TimelineVocabulary } from './types.js';

/**
 * The timeline vocabulary of every language, in the order of `REPLY_LANGUAGES`. Everything the reply reader knows
 * of a language lives in its one file here: `timeline` (dates, numbers, units, day words, promise and request
 * words) and `reading` (the lexicon: phrases, negators, contrast words, request phrases, stop words). Adding a
 * language is that file plus one entry here and one in `CUE_TABLES`.
 *
 * @example
 * ```ts
 * TIMELINE_VOCABULARIES.map((v) => v.language) //=> ['en', 'de', 'fr', 'es']
 * ```
 */
export const TIMELINE_VOCABULARIES: readonly TimelineVocabulary[] = [en, de, fr, es];
