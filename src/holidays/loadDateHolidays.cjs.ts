import type { DateHolidaysConstructor } from './dateHolidaysTypes.js';
import { classFrom, settleLoad } from './holidaysLoader.js';

// The CommonJS build uses this file in place of `loadDateHolidays.ts` (CommonJS has no top-level
// await). `require` is the CommonJS module's own; declared here so the file type-checks anywhere.
declare const require: (id: string) => unknown;

// Loaded once, when the module is first required.
const outcome = settleLoad(() => require('date-holidays'));

/**
 * The date-holidays class, loaded once when `interview-followup/holidays` is required (R4.4).
 *
 * @returns The `Holidays` constructor of the installed date-holidays 3.
 * @throws {@link MissingDependencyError} when date-holidays is not installed (or cannot be loaded);
 *   the original failure is its `cause`.
 * @example
 * ```ts
 * const Holidays = getHolidaysClass()
 * new Holidays({ country: 'US' }).getHolidays(2026).length > 0 //=> true
 * ```
 */
export function getHolidaysClass(): DateHolidaysConstructor {
  return classFrom(outcome);
}
