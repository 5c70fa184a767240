import type { MessageDateWords } from '../../templates/messageData.js';
import type { DateWords } from '../types.js';

/**
 * Spanish date words. Standing alone, as in a list of interview slots, a date keeps the comma `Intl.DateTimeFormat`
 * writes after the weekday ("jueves, 3 de diciembre"); inside a sentence it has none ("que tuvo lugar el jueves 3 de
 * diciembre"), as Spanish style guides write a date in running text.
 */
export const dates = {
  firstOfMonth: null,
  weekdayCommaInSentence: false,
  weekdayCommaStandingAlone: true,
  weekdayCommaOnlyBeforeMonth: false,
} as const satisfies DateWords & MessageDateWords;
