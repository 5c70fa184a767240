import * as z from 'zod';
import { describe } from '../../errors.js';
import { parseWith, safeParseWith } from '../parseWith.js';
import type { ParseOptions, SafeParseResult } from '../parseWith.js';
import { InstantSchema, NonEmptyTextSchema } from '../primitives.js';
import { reportDuplicates } from '../reportDuplicates.js';

/**
 * One interviewer's rating of one criterion (R3.2): a whole number from 1 to the criterion's scale
 * (the upper bound is checked against the criteria when scoring).
 *
 * @example
 * ```ts
 * RatingSchema.parse({ criterionId: 'design', rating: 4, note: 'Clear trade-offs' })
 * ```
 */
export const RatingSchema = z.strictObject({
  criterionId: NonEmptyTextSchema,
  rating: z
    .number()
    .int({ error: (iss) => `Invalid rating ${describe(iss.input)}: expected a whole number from 1 to the criterion's scale.` })
    .min(1, { error: (iss) => `Invalid rating ${describe(iss.input)}: expected a whole number from 1 to the criterion's scale.` }),
  note: z.string().optional(),
});

/** One rating on a scorecard; see {@link RatingSchema}. */
export type Rating = z.infer<typeof RatingSchema>;

/**
 * One interviewer's scorecard for one candidate (R3.2). A criterion may be left unrated; a
 * criterion may not be rated twice on the same card.
 *
 * @example
 * ```ts
 * ScorecardSchema.parse({
 *   candidateId: 'c-17', interviewerId: 'lee', submittedAt: '2026-12-02T16:00:00Z',
 *   ratings: [{ criterionId: 'design', rating: 4 }],
 * })
 * ```
 */
export const ScorecardSchema = z
  .strictObject({
    candidateId: NonEmptyTextSchema,
    interviewerId: NonEmptyTextSchema,
    ratings: z.array(RatingSchema).min(1, { error: () => 'Expected at least one rating: a scorecard that rates nothing is not submitted (R3.2).' }),
    submittedAt: InstantSchema,
  })
  .superRefine((card, ctx) => {
    reportDuplicates(
      ctx, card.ratings, (r) => r.criterionId, (i) => ['ratings', i, 'criterionId'],
      (id) => `Criterion ${describe(id)} is rated twice on this scorecard: expected at most one rating per criterion.`,
    );
  });

/** One interviewer's scorecard for one candidate (R3.2); see {@link ScorecardSchema}. */
export type Scorecard = z.infer<typeof ScorecardSchema>;

/**
 * Validates one scorecard read from JSON or an ATS (R3.2).
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * const card = parseScorecard(JSON.parse(body))
 * ```
 */
export function parseScorecard(input: unknown, options?: ParseOptions): Scorecard {
  return parseWith(ScorecardSchema, 'scorecard', input, options);
}

/**
 * Validates one scorecard without throwing.
 *
 * @example
 * ```ts
 * const r = safeParseScorecard(data)
 * if (!r.success) console.log(r.error.issues)
 * ```
 */
export function safeParseScorecard(input: unknown, options?: ParseOptions): SafeParseResult<Scorecard> {
  return safeParseWith(ScorecardSchema, 'scorecard', input, options);
}
