import { reading as de } from '../languages/de.js';
import { reading as en } from '../languages/en.js';
import { reading as es } from '../languages/es.js';
import { reading as fr } from '../languages/fr.js';
import type { CueTable } from './types.js';

/**
 * The built-in lexicon, one table per language (R7): the phrases the reply reader looks for, its negators and
 * contrast words, its request phrases and its stop words. Each lives in its language's file under
 * `src/classifier/languages/`, beside that language's timeline words.
 *
 * @example
 * ```ts
 * CUE_TABLES.find((t) => t.language === 'de')?.cues.length //=> a number of German cues
 * ```
 */
export const CUE_TABLES: readonly CueTable[] = [en, de, fr, es];

export type { CueDefinition, CueLabel, CueTable, RequestCue } from './types.js';
