import type { DateHolidaysConstructor } from './dateHolidaysTypes.js';
import { classFrom, settleLoad } from './holidaysLoader.js';
import type { LoadOutcome } from './holidaysLoader.js';

// The only place that loads date-holidays (an optional peer dependency). A top-level `await import`
// inside try/catch turns a missing package into our own error at first use, instead of a module
// link failure when `interview-followup/holidays` is imported. Assigned exactly once.
let outcome: LoadOutcome;
try {
  const mod: unknown = await import('date-holidays');
  outcome = settleLoad(() => mod);
} catch (cause) {
  outcome = { cause };
}

/**
 * The date-holidays class, loaded once when `interview-followup/holidays` is imported (R4.4).
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
