// Values given on the command line, checked under the name the user typed (`--zone`, `--received`,
// `<n>` …) before the library sees them, so that an error never names an option path of the
// library (`options.timeZone`, `holidays[0]`) that the user never wrote. The checks are the
// library's own, and so are the errors and their codes.
import { isCivilDate } from '../calendar/epochDay.js';
import { instantAt } from '../calendar/instant.js';
import { timeZoneAt } from '../calendar/zone.js';
import { InvalidArgumentError, InvalidDateError, isFollowUpError } from '../errors.js';
import { LANGUAGES } from '../languages/index.js';
import { resolveLocaleAt } from '../templates/resolveLocale.js';

const CIVIL_DATE = 'a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31';

/** `--holiday` or `--day-off` values: each a civil date, or {@link InvalidArgumentError} naming the flag. */
export function checkDates(flag: string, values: readonly string[] | undefined): void {
  for (const value of values ?? []) {
    if (!isCivilDate(value)) throw new InvalidArgumentError(flag, value, CIVIL_DATE);
  }
}

/** A date argument (`<date>`, `<from>`, `<to>`): a civil date, or {@link InvalidDateError} naming the argument. */
export function checkDateArgument(name: string, value: string): void {
  if (!isCivilDate(value)) throw new InvalidDateError(value, CIVIL_DATE, name);
}

/** `--zone`: an IANA zone name the runtime knows, checked whether or not a date needs it, or `UnknownTimeZoneError`. */
export function checkZone(zone: string | undefined): void {
  if (zone !== undefined) timeZoneAt(zone, '--zone');
}

/** `--received`: an instant with a UTC offset, or {@link InvalidDateError} (a `Date` object, which the library also takes, is not mentioned). */
export function checkReceived(received: string | undefined): void {
  if (received === undefined) return;
  try {
    instantAt(received, '--received');
  } catch (e) {
    // DATE_OUT_OF_RANGE already names --received.
    if (!isFollowUpError(e, 'INVALID_DATE')) throw e;
    throw new InvalidDateError(received, 'a real date and time in ISO 8601 with a UTC offset, such as "2026-11-25T10:00-05:00" or "2026-11-25T15:00:00Z"', '--received');
  }
}

/** `--locale`: a language with built-in wording, or a regional tag of one, or {@link InvalidArgumentError}. */
export function checkLocale(locale: string): void {
  try {
    resolveLocaleAt(locale, undefined, '--locale');
  } catch (e) {
    // The library's message suggests its `fallback` option, which the command does not have.
    if (!isFollowUpError(e, 'INVALID_ARGUMENT')) throw e;
    throw new InvalidArgumentError('--locale', locale, `one of ${LANGUAGES.join(', ')}, or a regional tag of one such as en-GB or de-AT`);
  }
}

/**
 * `<n>` of `add`: a whole number of business days written in digits, optionally signed (`3`,
 * `-2`, `+1`), never `1e3`, `0x10`, `1.0` or an empty string, which `Number()` would all accept.
 */
export function parseCount(text: string): number {
  const digits = /^[+-]?\d+$/.test(text);
  const n = digits ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n)) {
    throw new InvalidArgumentError('<n>', text, digits ? `a number of business days the calendar can count, at most ${Number.MAX_SAFE_INTEGER} either way (a count that large leaves 0001–9999 anyway)` : 'a whole number written in digits, such as 3, or -3 to count back');
  }
  return n;
}
