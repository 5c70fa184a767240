import type { MessageDateWords } from '../../templates/messageData.js';
import type { DateWords } from '../types.js';

/**
 * English date words: none beyond what `Intl.DateTimeFormat` writes ("Thursday, December 3"), also inside a sentence
 * ("on Thursday, December 3").
 */
export const dates = {
  firstOfMonth: null,
  weekdayCommaInSentence: true,
  weekdayCommaStandingAlone: true,
  weekdayCommaOnlyBeforeMonth: true,
} as const satisfies DateWords & MessageDateWords;
