import { dates as de } from './de/dates.js';
import { dates as en } from './en/dates.js';
import { dates as es } from './es/dates.js';
import { dates as fr } from './fr/dates.js';
import { dates as pt } from './pt/dates.js';
import type { Language } from './index.js';
import type { DateWords } from './types.js';

/** The date words of every language: what `formatMessageDate` adds to `Intl.DateTimeFormat`. */
export const DATE_WORDS = { en, de, fr, es, pt } as const satisfies Record<Language, DateWords>;
