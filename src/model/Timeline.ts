import * as z from 'zod';
import { describe } from '../errors.js';
import { expected, oneOf, parseWith, safeParseWith } from './parseWith.js';
import type { ParseOptions, SafeParseResult } from './parseWith.js';
import { CivilDateSchema } from './primitives.js';

const count = (what: string, max: number) =>
  z
    .number({ error: expected(`a number of ${what}`) })
    .int({ error: (iss) => `Invalid count ${describe(iss.input)}: expected a whole number of ${what}.` })
    .min(0, { error: (iss) => `Invalid count ${describe(iss.input)}: expected 0 or more ${what}.` })
    .max(max, { error: (iss) => `Invalid count ${describe(iss.input)}: expected at most ${max} ${what}.` });

/** The employer's own words, kept for display ("we'll be in touch within two weeks"). */
const text = z.string().optional();

/**
 * What the employer said about when the candidate will hear back (R4.1, R4.5), tagged by `kind`.
 * Every kind resolves to a civil date in the employer's calendar (`resolveTimeline` in the planner):
 *
 * - `none`: no timeline given (R4.3 applies);
 * - `date`: a promised date ("by December 4") — for a range ("early next week") use its last day;
 * - `calendar-days`: "within 10 days", counted from `from` (default: the interview's day; for the timeline of a
 *   `reply-received` or `timeline-updated` event, the day of that event in the employer's zone);
 * - `weeks`: "within two weeks", i.e. `7 × weeks` calendar days after `from`;
 * - `business-days`: "in 5 business days", counted in the employer's calendar after `from`.
 *
 * @example
 * ```ts
 * TimelineSchema.parse({ kind: 'business-days', days: 5, text: 'in 5 business days' })
 * ```
 */
export const TimelineSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none'), text }),
    z.strictObject({ kind: z.literal('date'), date: CivilDateSchema, text }),
    z.strictObject({ kind: z.literal('calendar-days'), days: count('calendar days', 3660), from: CivilDateSchema.optional(), text }),
    z.strictObject({ kind: z.literal('weeks'), weeks: count('weeks', 520), from: CivilDateSchema.optional(), text }),
    z.strictObject({ kind: z.literal('business-days'), days: count('business days', 2600), from: CivilDateSchema.optional(), text }),
  ],
  {
    error: (iss) => {
      if (typeof iss.input !== 'object' || iss.input === null || Array.isArray(iss.input)) {
        return `Expected a timeline object such as { kind: 'none' }, got ${describe(iss.input)}.`;
      }
      return oneOf('Unknown timeline kind', '"none", "date", "calendar-days", "weeks" or "business-days"')({ input: (iss.input as { kind?: unknown }).kind });
    },
  },
);

/**
 * What the employer said about when the candidate will hear back (R4.5); see {@link TimelineSchema}.
 *
 * @example
 * ```ts
 * const t: Timeline = { kind: 'date', date: '2026-12-04', text: 'by December 4' }
 * ```
 */
export type Timeline = z.infer<typeof TimelineSchema>;

/** The `kind` tags of {@link Timeline}. */
export type TimelineKind = Timeline['kind'];

/**
 * Validates a {@link Timeline}.
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * parseTimeline({ kind: 'weeks', weeks: 2 }) //=> { kind: 'weeks', weeks: 2 }
 * ```
 */
export function parseTimeline(input: unknown, options?: ParseOptions): Timeline {
  return parseWith(TimelineSchema, 'timeline', input, options);
}

/**
 * Validates a {@link Timeline} without throwing.
 *
 * @example
 * ```ts
 * safeParseTimeline({ kind: 'soon' }).success //=> false
 * ```
 */
export function safeParseTimeline(input: unknown, options?: ParseOptions): SafeParseResult<Timeline> {
  return safeParseWith(TimelineSchema, 'timeline', input, options);
}
