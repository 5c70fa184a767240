import { checklists as de } from './de/checklists.js';
import { checklists as en } from './en/checklists.js';
import { checklists as es } from './es/checklists.js';
import { checklists as fr } from './fr/checklists.js';
import { checklists as pt } from './pt/checklists.js';
import type { Language } from './index.js';
import type { PrepChecklistItems } from './types.js';

/** The preparation checklists of every language, per format of the next round (R10): what `prepChecklist` reads. */
export const CHECKLISTS = { en, de, fr, es, pt } as const satisfies Record<Language, PrepChecklistItems>;
