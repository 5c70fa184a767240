import * as z from 'zod';
import { INTERVIEW_FORMAT_LIST } from '../_lib/interviewFields.js';
import { oneOf } from './parseWith.js';

/**
 * The interview formats R10 distinguishes (its preparation checklists follow from the format).
 *
 * @example
 * ```ts
 * INTERVIEW_FORMATS.length //=> 7
 * ```
 */
export const INTERVIEW_FORMATS = INTERVIEW_FORMAT_LIST;

/**
 * How an interview round is held.
 *
 * @example
 * ```ts
 * InterviewFormatSchema.parse('case-study') //=> "case-study"
 * ```
 */
export const InterviewFormatSchema = z.enum(INTERVIEW_FORMATS, {
  error: oneOf('Unknown interview format', `one of ${INTERVIEW_FORMATS.map((f) => `"${f}"`).join(', ')}`),
});

/** How an interview round is held: `phone`, `video`, `onsite`, `panel`, `assessment`, `case-study` or `presentation`. */
export type InterviewFormat = z.infer<typeof InterviewFormatSchema>;
