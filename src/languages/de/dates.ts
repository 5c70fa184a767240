import type { DateWords } from '../types.js';

/** German date words: none beyond what `Intl.DateTimeFormat` writes ("Donnerstag, 3. Dezember"). */
export const dates = {
  firstOfMonth: null,
} as const satisfies DateWords;
