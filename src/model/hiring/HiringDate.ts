import * as z from 'zod';
import { isCivilDate } from '../../calendar/epochDay.js';
import { describe } from '../../errors.js';
import { expected } from '../parseWith.js';
import { isInstant } from '../primitives.js';

function isDateOrInstant(value: string): boolean {
  return isCivilDate(value) || isInstant(value);
}

/**
 * A date in the hiring records (R3.4): a civil date `YYYY-MM-DD` in the employer's calendar, or an
 * ISO 8601 instant with offset or a `Date` (counted on the civil date it falls on in the employer's zone).
 *
 * @example
 * ```ts
 * HiringDateSchema.safeParse('2026-12-07').success //=> true
 * HiringDateSchema.safeParse('2026-12-07T09:30:00+01:00').success //=> true
 * ```
 */
export const HiringDateSchema = z.preprocess(
  // A valid Date is the instant date.toISOString(), as everywhere in this library.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z
    .string({ error: expected('a date "YYYY-MM-DD", an ISO 8601 instant with offset, or a valid Date') })
    .refine(isDateOrInstant, {
      error: (iss) => `Invalid date ${describe(iss.input)}: expected a real date "YYYY-MM-DD" such as "2026-12-07", or an instant with offset such as "2026-12-07T09:30:00+01:00".`,
    }),
);

/** A civil date or an instant; see {@link HiringDateSchema}. */
export type HiringDate = z.infer<typeof HiringDateSchema>;
