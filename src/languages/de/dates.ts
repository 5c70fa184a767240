import type { MessageDateWords } from '../../templates/messageData.js';
import type { DateWords } from '../types.js';

/**
 * German date words: none beyond what `Intl.DateTimeFormat` writes ("Donnerstag, 3. Dezember"), also inside a
 * sentence ("am Donnerstag, 3. Dezember").
 */
export const dates = {
  firstOfMonth: null,
  weekdayCommaInSentence: true,
  weekdayCommaStandingAlone: true,
  weekdayCommaOnlyBeforeMonth: false,
} as const satisfies DateWords & MessageDateWords;
