import { MissingDependencyError } from '../errors.js';
import type { DateHolidaysConstructor } from './dateHolidaysTypes.js';
import { interopDefault } from './interopDefault.js';

// The CommonJS build uses this file in place of `loadDateHolidays.ts` (CommonJS has no top-level
// await). `require` is the CommonJS module's own; declared here so the file type-checks anywhere.
declare const require: (id: string) => unknown;

/** The subpath named in the error when the optional peer is missing. */
const ENTRY = 'interview-followup/holidays';

type Outcome = { readonly ctor: DateHolidaysConstructor } | { readonly cause: unknown };

// Loaded once, when the module is first required. Assigned exactly once.
let outcome: Outcome;
try {
  const ctor = interopDefault(require('date-holidays'));
  outcome = ctor === undefined ? { cause: new TypeError('date-holidays did not export a class') } : { ctor };
} catch (cause) {
  outcome = { cause };
}

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
  if ('ctor' in outcome) return outcome.ctor;
  throw new MissingDependencyError('date-holidays', ENTRY, { cause: outcome.cause });
}
