import { InvalidArgumentError } from '../errors.js';
import type { Calendar } from './types.js';

/** Every method of a {@link Calendar}. */
const CALENDAR_METHODS: readonly (keyof Calendar)[] = [
  'isBusinessDay', 'addBusinessDays', 'subBusinessDays', 'nextBusinessDay', 'previousBusinessDay', 'businessDaysBetween', 'explain',
];

/** What a calendar may be, in error messages. @internal */
export const CALENDAR_EXPECTED = 'a Calendar from createCalendar(...) or regionCalendar(...)';

function hasMethods(value: unknown, methods: readonly (keyof Calendar)[]): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
}

/**
 * Whether `value` is a business-day {@link Calendar} (R4.4): an object with every calendar method,
 * such as `createCalendar()` and `regionCalendar()` return, or your own implementation.
 *
 * @example
 * ```ts
 * isCalendar(createCalendar()) //=> true
 * isCalendar({ addBusinessDays: () => '2026-12-08' }) //=> false
 * ```
 */
export function isCalendar(value: unknown): value is Calendar {
  return hasMethods(value, CALENDAR_METHODS);
}

/**
 * Throws unless `value` is a business-day {@link Calendar} (R4.4); the error names `path`, the field
 * that held it, as the library's own functions do (`"Invalid options.calendar …"`).
 *
 * @param path - The name of the checked field in the error message.
 * @throws {@link InvalidArgumentError} when `value` lacks a calendar method (or `path` is not a text).
 * @example
 * ```ts
 * assertCalendar(settings.calendar, 'settings.calendar')
 * ```
 */
export function assertCalendar(value: unknown, path = 'calendar'): asserts value is Calendar {
  if (typeof path !== 'string') throw new InvalidArgumentError('path', path, 'a text');
  calendarAt(value, path, CALENDAR_METHODS);
}

/**
 * The guard behind {@link assertCalendar}, for functions that use only some methods and so accept
 * any object that has those: the value, checked, at `path`. @internal
 */
export function calendarAt<M extends keyof Calendar>(value: unknown, path: string, methods: readonly M[], expected = CALENDAR_EXPECTED): Pick<Calendar, M> {
  if (!hasMethods(value, methods)) throw new InvalidArgumentError(path, value, expected);
  return value as Pick<Calendar, M>;
}
