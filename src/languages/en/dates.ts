import type { DateWords } from '../types.js';

/** English date words: none beyond what `Intl.DateTimeFormat` writes ("Thursday, December 3"). */
export const dates = {
  firstOfMonth: null,
} as const satisfies DateWords;
