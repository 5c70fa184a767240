import { MissingDependencyError } from '../errors.js';
import type { DateHolidaysConstructor } from './dateHolidaysTypes.js';
import { interopDefault } from './interopDefault.js';

/** The subpath named in the error when the optional peer is missing. */
const ENTRY = 'interview-followup/holidays';

type Outcome = { readonly ctor: DateHolidaysConstructor } | { readonly cause: unknown };

// The only place that loads date-holidays (an optional peer dependency). A top-level `await import`
// inside try/catch turns a missing package into our own error at first use, instead of a module
// link failure when `interview-followup/holidays` is imported. Assigned exactly once.
let outcome: Outcome;
try {
  const mod: unknown = await import('date-holidays');
  const ctor = interopDefault(mod);
  outcome = ctor === undefined ? { cause: new TypeError('date-holidays did not export a class') } : { ctor };
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
  if ('ctor' in outcome) return outcome.ctor;
  throw new MissingDependencyError('date-holidays', ENTRY, { cause: outcome.cause });
}
