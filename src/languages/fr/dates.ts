import type { DateWords } from '../types.js';

/** French date words: the first of the month is an ordinal, "lundi 1er février", not "lundi 1 février". */
export const dates = {
  firstOfMonth: '1er',
} as const satisfies DateWords;
