import type { DateWords } from '../types.js';

/** Spanish date words: none beyond what `Intl.DateTimeFormat` writes ("jueves, 3 de diciembre"). */
export const dates = {
  firstOfMonth: null,
} as const satisfies DateWords;
