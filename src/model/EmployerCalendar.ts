import * as z from 'zod';
import { describe } from '../errors.js';
import { oneOf } from './parseWith.js';
import { REGION_PATTERN } from '../_lib/interviewFields.js';
import { CivilDateSchema } from './primitives.js';

const WeekdaySchema = z.literal([0, 1, 2, 3, 4, 5, 6], {
  error: oneOf('Invalid weekday', '0 (Sunday) to 6 (Saturday)'),
});

const DayOffSchema = z.union(
  [
    CivilDateSchema,
    z.strictObject({ date: CivilDateSchema, name: z.string().optional() }),
    z.strictObject({ from: CivilDateSchema, to: CivilDateSchema, name: z.string().optional() }),
  ],
  { error: (iss) => `Invalid day off ${describe(iss.input)}: expected "YYYY-MM-DD", { date, name? } or { from, to, name? }.` },
);

/**
 * What the employer's business days are (R4.4), as data: the region whose public holidays apply,
 * the weekend when it is not Saturday–Sunday, company days off and make-up working days. Build the
 * `Calendar` the planner needs from it (`regionCalendar` in `interview-followup/holidays`).
 *
 * @example
 * ```ts
 * EmployerCalendarSchema.parse({ region: 'SA', weekend: [5, 6], daysOff: ['2026-12-31'] })
 * ```
 */
export const EmployerCalendarSchema = z.strictObject({
  /**
   * ISO 3166-1 country or ISO 3166-2 subdivision whose public holidays apply, e.g. `"DE-BY"`, or a region below it
   * (`"DE-BY-KATH"`), in any case, `_` for `-`: every code `listRegions()` gives. Whether the data knows it is
   * checked when the calendar is built.
   */
  region: z
    .string()
    .regex(REGION_PATTERN, { error: (iss) => `Invalid region ${describe(iss.input)}: expected an ISO 3166 code such as "US", "US-CA", "DE-BY" or "DE-BY-KATH".` })
    .optional(),
  /** Weekend days, 0 = Sunday … 6 = Saturday. */
  weekend: z.array(WeekdaySchema).optional(),
  daysOff: z.array(DayOffSchema).optional(),
  workingDays: z.array(CivilDateSchema).optional(),
});

/** The employer's calendar as data (R4.4); see {@link EmployerCalendarSchema}. */
export type EmployerCalendar = z.infer<typeof EmployerCalendarSchema>;
