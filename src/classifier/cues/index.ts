import { DE_CUES } from './de.js';
import { EN_CUES } from './en.js';
import { ES_CUES } from './es.js';
import { FR_CUES } from './fr.js';
import type { CueTable } from './types.js';

/**
 * The built-in cue tables, one per language (R7): read them to see why a reply got its label.
 *
 * @example
 * ```ts
 * CUE_TABLES.find((t) => t.language === 'de')?.cues.length //=> a number of German cues
 * ```
 */
export const CUE_TABLES: readonly CueTable[] = [EN_CUES, DE_CUES, FR_CUES, ES_CUES];

export { DE_CUES, EN_CUES, ES_CUES, FR_CUES };
export type { CueDefinition, CueLabel, CueTable, RequestCue } from './types.js';
