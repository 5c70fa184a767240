import type { MessageDateWords } from '../../templates/messageData.js';
import type { DateWords } from '../types.js';

/**
 * French date words: the first of the month is an ordinal, "lundi 1er février", not "lundi 1 février". Intl writes no
 * comma after the weekday ("jeudi 3 décembre"), so there is none to drop inside a sentence.
 */
export const dates = {
  firstOfMonth: '1er',
  weekdayCommaInSentence: true,
} as const satisfies DateWords & MessageDateWords;
