import * as z from 'zod';
import { CIVIL_DATE_EXPECTED, isCivilDate } from '../calendar/epochDay.js';
import { INSTANT, parseInstant } from '../calendar/instant.js';
import { assertTimeZone } from '../calendar/zone.js';
import { describe } from '../errors.js';
import { expected } from './parseWith.js';

/** Whether `value` is an ISO 8601 instant with offset that names a real time. */
export function isInstant(value: string): boolean {
  try {
    parseInstant(value);
    return true;
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    assertTimeZone(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A civil date `YYYY-MM-DD` (no time, no zone), checked to be a real date.
 *
 * @example
 * ```ts
 * CivilDateSchema.safeParse('2026-02-30').success //=> false
 * ```
 */
export const CivilDateSchema = z
  .string({ error: expected('a date "YYYY-MM-DD"') })
  .refine(isCivilDate, { error: (iss) => `Invalid date ${describe(iss.input)}: expected ${CIVIL_DATE_EXPECTED}.` });

/**
 * An instant: ISO 8601 with a UTC offset or `Z`, e.g. `"2026-12-01T15:30:00-05:00"`. A valid `Date`
 * is accepted too and parsed to `date.toISOString()`, as everywhere in this library.
 *
 * @example
 * ```ts
 * InstantSchema.safeParse('2026-12-01T15:30:00').success //=> false (no offset)
 * ```
 */
export const InstantSchema = z.preprocess(
  // One rule for Date objects across the library: a valid Date is the instant date.toISOString().
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z
    .string({ error: expected('an ISO 8601 instant with offset, or a valid Date') })
    .refine(isInstant, {
      // Written with an offset, the value is refused for its numbers (2026-02-29, 24:00, :60) or its year: say so.
      error: (iss) => `Invalid instant ${describe(iss.input)}: expected ISO 8601 ${INSTANT.test(iss.input as string)
        ? 'naming a real date and time (years 0001 to 9999), such as "2026-12-01T15:30:00-05:00".'
        : 'with a UTC offset, such as "2026-12-01T15:30:00-05:00" or "2026-12-01T20:30:00Z", or a valid Date.'}`,
    }),
);

/**
 * An IANA time zone name the runtime knows, e.g. `"Europe/Berlin"`.
 *
 * @example
 * ```ts
 * TimeZoneSchema.safeParse('Europe/Berlin').success //=> true
 * ```
 */
export const TimeZoneSchema = z
  .string({ error: expected('an IANA time zone name') })
  .refine(isTimeZone, { error: (iss) => `Unknown time zone ${describe(iss.input)}: expected an IANA zone name such as "Europe/Berlin" or "America/New_York".` });

/** A non-empty line of text (names, ids, titles). */
export const NonEmptyTextSchema = z
  .string({ error: expected('text') })
  .refine((s) => s.trim().length > 0, { error: () => 'Expected a non-empty text.' });
