import type { DateWords } from '../types.js';

/**
 * Portuguese date words. Brazilian usage writes the first of a month as an ordinal, "domingo, 1º de fevereiro";
 * European Portuguese (`pt-PT`) writes the number as `Intl.DateTimeFormat` does, "domingo, 1 de fevereiro".
 */
export const dates = {
  firstOfMonth: '1º',
  regions: { PT: { firstOfMonth: null } },
} as const satisfies DateWords;
