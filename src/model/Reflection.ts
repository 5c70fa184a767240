import * as z from 'zod';
import { parseWith, safeParseWith } from './parseWith.js';
import type { ParseOptions, SafeParseResult } from './parseWith.js';
import { InstantSchema, NonEmptyTextSchema } from './primitives.js';

/** One question the candidate was asked, their answer, and how they would answer better (R2). */
export const ReflectionQuestionSchema = z.strictObject({
  question: NonEmptyTextSchema,
  /** What the candidate answered, in their own words. */
  answer: z.string().optional(),
  /** How they would improve the answer next time. */
  improvement: z.string().optional(),
});

/** One question of a {@link Reflection}: what was asked, the answer given and how to answer better (R2). */
export type ReflectionQuestion = z.infer<typeof ReflectionQuestionSchema>;

/**
 * The candidate's notes right after an interview (R2): the questions asked, their answers and
 * improvements, and takeaways about the company's culture and the role. Useful whatever the
 * outcome; one per interview.
 */
export const ReflectionSchema = z.strictObject({
  /** The interview these notes are about. */
  interviewId: NonEmptyTextSchema,
  writtenAt: InstantSchema,
  questions: z.array(ReflectionQuestionSchema),
  /** What the candidate learned about the company's culture. */
  cultureTakeaways: z.array(NonEmptyTextSchema).optional(),
  /** What the candidate learned about the role. */
  roleTakeaways: z.array(NonEmptyTextSchema).optional(),
  /** Anything else worth keeping. */
  notes: z.string().optional(),
});

/**
 * The candidate's notes on one interview (R2), as {@link ReflectionSchema} checks them: `{ interviewId, writtenAt,
 * questions, cultureTakeaways?, roleTakeaways?, notes? }`.
 */
export type Reflection = z.infer<typeof ReflectionSchema>;

/**
 * Validates reflection notes (R2).
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * parseReflection({ interviewId: 'r1', writtenAt: '2026-12-01T18:00:00Z', questions: [{ question: 'Why us?' }] })
 * ```
 */
export function parseReflection(input: unknown, options?: ParseOptions): Reflection {
  return parseWith(ReflectionSchema, 'reflection', input, options);
}

/**
 * Validates reflection notes without throwing.
 *
 * @example
 * ```ts
 * safeParseReflection({ interviewId: '' }).success //=> false
 * ```
 */
export function safeParseReflection(input: unknown, options?: ParseOptions): SafeParseResult<Reflection> {
  return safeParseWith(ReflectionSchema, 'reflection', input, options);
}
