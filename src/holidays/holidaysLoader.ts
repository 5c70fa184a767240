import { MissingDependencyError } from '../errors.js';
import type { DateHolidaysConstructor } from './dateHolidaysTypes.js';
import { interopDefault } from './interopDefault.js';

/** The subpath named in the error when the optional peer is missing. */
const ENTRY = 'interview-followup/holidays';

/** What loading date-holidays gave: its class, or why it failed. */
export type LoadOutcome = { readonly ctor: DateHolidaysConstructor } | { readonly cause: unknown };

/** Turns a loaded module (or the error thrown while loading it) into a {@link LoadOutcome}. */
export function settleLoad(load: () => unknown): LoadOutcome {
  try {
    const ctor = interopDefault(load());
    return ctor === undefined ? { cause: new TypeError('date-holidays did not export a class') } : { ctor };
  } catch (cause) {
    return { cause };
  }
}

/** The class from an outcome, or {@link MissingDependencyError} naming date-holidays. */
export function classFrom(outcome: LoadOutcome): DateHolidaysConstructor {
  if ('ctor' in outcome) return outcome.ctor;
  throw new MissingDependencyError('date-holidays', ENTRY, { cause: outcome.cause });
}
