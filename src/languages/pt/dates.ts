import type { MessageDateWords } from '../../templates/messageData.js';
import type { DateWords } from '../types.js';

/**
 * Portuguese date words. Brazilian usage writes the first of a month as an ordinal, "domingo, 1º de fevereiro";
 * European Portuguese (`pt-PT`) writes the number as `Intl.DateTimeFormat` does, "domingo, 1 de fevereiro". Inside a
 * sentence the weekday keeps its comma, the date following it in apposition ("até quinta-feira, 3 de dezembro").
 */
export const dates = {
  firstOfMonth: '1º',
  weekdayCommaInSentence: true,
  weekdayCommaStandingAlone: true,
  weekdayCommaOnlyBeforeMonth: false,
  regions: { PT: { firstOfMonth: null } },
} as const satisfies DateWords & MessageDateWords;
