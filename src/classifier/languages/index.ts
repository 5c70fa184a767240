import { timeline as de } from './de.js';
import { timeline as en } from './en.js';
import { timeline as es } from './es.js';
import { timeline as fr } from './fr.js';
import type { TimelineVocabulary } from './types.js';

export type { CountUnit, PeriodPart, TimelineVocabulary } from './types.js';

/**
 * The timeline vocabulary of every language, in the order of `REPLY_LANGUAGES`. Adding a language
 * is one file exporting `timeline` and one entry here.
 *
 * @example
 * ```ts
 * TIMELINE_VOCABULARIES.map((v) => v.language) //=> ['en', 'de', 'fr', 'es']
 * ```
 */
export const TIMELINE_VOCABULARIES: readonly TimelineVocabulary[] = [en, de, fr, es];
