import * as z from 'zod';
import { parseInstant } from '../calendar/instant.js';
import { describe } from '../errors.js';
import { parseWith, safeParseWith } from './parseWith.js';
import type { ParseOptions, SafeParseResult } from './parseWith.js';
import { EmployerCalendarSchema } from './EmployerCalendar.js';
import { InterviewerSchema } from './Interviewer.js';
import { InterviewFormatSchema } from './InterviewFormat.js';
import { InstantSchema, NonEmptyTextSchema, TimeZoneSchema } from './primitives.js';
import { TimelineSchema } from './Timeline.js';
import { duplicateId } from '../_lib/duplicateId.js';
import { reportDuplicates } from './reportDuplicates.js';

/**
 * One interview round. Cross-field checks: `endedAt` is not before `startedAt`, and interviewer
 * ids are unique. Unknown fields are rejected, so a misspelt optional field is never dropped.
 *
 * @example
 * ```ts
 * const r = InterviewSchema.safeParse(data) // prefer safeParseInterview for library errors
 * ```
 */
export const InterviewSchema = z
  .strictObject({
    id: NonEmptyTextSchema,
    company: NonEmptyTextSchema,
    /** The role title, e.g. "Senior Backend Engineer". */
    role: NonEmptyTextSchema,
    /** 1 for the first round. */
    round: z
      .number()
      .int({ error: (iss) => `Invalid round ${describe(iss.input)}: expected a whole number, 1 for the first round.` })
      .min(1, { error: (iss) => `Invalid round ${describe(iss.input)}: expected 1 or more.` }),
    format: InterviewFormatSchema,
    startedAt: InstantSchema,
    endedAt: InstantSchema,
    /** Where the candidate is: thank-you deadlines are shown in this zone (R1.2). */
    candidateTimeZone: TimeZoneSchema,
    /** Where the employer is: business days are counted on this zone's civil dates (R4.4). */
    employerTimeZone: TimeZoneSchema,
    employerCalendar: EmployerCalendarSchema.optional(),
    interviewers: z.array(InterviewerSchema),
    /** What the employer said about next steps; absent means no timeline (R4.3). */
    timeline: TimelineSchema.optional(),
  })
  .superRefine((v, ctx) => {
    try {
      if (parseInstant(v.endedAt) < parseInstant(v.startedAt)) {
        ctx.addIssue({
          code: 'custom',
          path: ['endedAt'],
          input: v.endedAt,
          message: `endedAt ${describe(v.endedAt)} is before startedAt ${describe(v.startedAt)}: an interview must end at or after its start.`,
        });
      }
    } catch {
      // Instants already reported by their own schema.
    }
    reportDuplicates(ctx, v.interviewers, (p) => p.id, (i) => ['interviewers', i, 'id'], duplicateId('interviewer'));
  });

/** One interview round; see {@link InterviewSchema}. */
export type Interview = z.infer<typeof InterviewSchema>;

/**
 * Validates an {@link Interview}: shapes, real instants, known time zones, `endedAt ≥ startedAt`
 * and unique interviewer ids.
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * const interview = parseInterview(JSON.parse(body))
 * ```
 */
export function parseInterview(input: unknown, options?: ParseOptions): Interview {
  return parseWith(InterviewSchema, 'interview', input, options);
}

/**
 * Validates an {@link Interview} without throwing.
 *
 * @example
 * ```ts
 * const r = safeParseInterview(data)
 * if (!r.success) console.log(r.error.issues)
 * ```
 */
export function safeParseInterview(input: unknown, options?: ParseOptions): SafeParseResult<Interview> {
  return safeParseWith(InterviewSchema, 'interview', input, options);
}
