import type { MessageDateWords } from '../../templates/messageData.js';
import type { DateWords } from '../types.js';

/**
 * French date words: the first of the month is an ordinal, "lundi 1er février", not "lundi 1 février". French writes
 * no comma after the weekday ("jeudi 3 décembre"); where Intl's data for a region writes one (`fr-CH` with the year:
 * "vendredi, 1 janvier 2027"), it is dropped, in a sentence and standing alone alike.
 */
export const dates = {
  firstOfMonth: '1er',
  weekdayCommaInSentence: false,
  weekdayCommaStandingAlone: false,
  weekdayCommaOnlyBeforeMonth: false,
} as const satisfies DateWords & MessageDateWords;
