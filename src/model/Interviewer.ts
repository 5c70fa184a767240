import * as z from 'zod';
import { describe } from '../errors.js';
import { EMAIL_PATTERN } from '../_lib/interviewFields.js';
import { NonEmptyTextSchema } from './primitives.js';

/**
 * One person the candidate met: each gets their own thank-you note (R1.1, R1.5).
 *
 * @example
 * ```ts
 * InterviewerSchema.parse({ id: 'ana', name: 'Ana Ortiz', points: ['the event pipeline'] })
 * ```
 */
export const InterviewerSchema = z.strictObject({
  /** Stable id, unique within the interview; events refer to it. */
  id: NonEmptyTextSchema,
  name: NonEmptyTextSchema,
  email: z
    .string()
    .regex(EMAIL_PATTERN, { error: (iss) => `Invalid email ${describe(iss.input)}: expected an address such as "ana@example.com".` })
    .optional(),
  /** Job title, e.g. "Engineering Manager". */
  title: z.string().optional(),
  /** Points discussed with this interviewer: the personal part of their thank-you (R1.3b). */
  points: z.array(z.string()),
});

/** One person the candidate met (R1.1); see {@link InterviewerSchema}. */
export type Interviewer = z.infer<typeof InterviewerSchema>;
