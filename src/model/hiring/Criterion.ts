import * as z from 'zod';
import { describe } from '../../errors.js';
import { parseWith, safeParseWith } from '../parseWith.js';
import type { ParseOptions, SafeParseResult } from '../parseWith.js';
import { NonEmptyTextSchema } from '../primitives.js';
import { duplicateId } from '../../_lib/duplicateId.js';
import { reportDuplicates } from '../reportDuplicates.js';

/** What a criterion measures: a skill of the role, or fit with the team and culture (R3.1). */
export const CRITERION_KINDS = ['skill', 'fit'] as const;

/** One of the {@link CRITERION_KINDS}. */
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/**
 * One predetermined evaluation criterion as the hiring team writes it down, before any interview
 * (R3.2). `defineCriteria` turns a list of them into normalised criteria.
 *
 * @example
 * ```ts
 * CriterionInputSchema.parse({ id: 'design', name: 'System design', weight: 3 })
 * ```
 */
export const CriterionInputSchema = z.strictObject({
  /** Stable id; scorecard ratings refer to it. */
  id: NonEmptyTextSchema,
  name: NonEmptyTextSchema,
  /** Relative importance, any positive number: weights are normalised to shares summing to 1. */
  weight: z
    .number({ error: (iss) => `Invalid weight ${describe(iss.input)}: expected a positive number.` })
    .refine((w) => Number.isFinite(w) && w > 0, { error: (iss) => `Invalid weight ${describe(iss.input)}: expected a positive finite number.` }),
  description: z.string().optional(),
  /** Highest rating: ratings run from 1 to `scale`. Default 5. */
  scale: z
    .number()
    .int({ error: (iss) => `Invalid scale ${describe(iss.input)}: expected a whole number from 2 to 100.` })
    .min(2, { error: (iss) => `Invalid scale ${describe(iss.input)}: expected a whole number from 2 to 100.` })
    .max(100, { error: (iss) => `Invalid scale ${describe(iss.input)}: expected a whole number from 2 to 100.` })
    .optional(),
  /** `'fit'` marks team and culture fit (R3.1). Default `'skill'`. */
  kind: z.enum(CRITERION_KINDS).optional(),
});

/** One predetermined criterion as written down (R3.2); see {@link CriterionInputSchema}. */
export type CriterionInput = z.infer<typeof CriterionInputSchema>;

/**
 * The predetermined criteria of one opening: at least one, ids unique (R3.2).
 *
 * @example
 * ```ts
 * CriteriaInputSchema.safeParse([]).success //=> false
 * ```
 */
export const CriteriaInputSchema = z
  .array(CriterionInputSchema)
  .min(1, { error: () => 'Expected at least one predetermined criterion (R3.2).' })
  .superRefine((list, ctx) => {
    reportDuplicates(ctx, list, (c) => c.id, (i) => [i, 'id'], duplicateId('criterion'));
  });

/**
 * Validates a list of predetermined criteria read from JSON or a form (R3.2).
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * const inputs = parseCriteria(JSON.parse(body))
 * ```
 */
export function parseCriteria(input: unknown, options?: ParseOptions): CriterionInput[] {
  return parseWith(CriteriaInputSchema, 'criteria', input, options);
}

/**
 * Validates a list of predetermined criteria without throwing.
 *
 * @example
 * ```ts
 * const r = safeParseCriteria(data)
 * if (!r.success) console.log(r.error.issues)
 * ```
 */
export function safeParseCriteria(input: unknown, options?: ParseOptions): SafeParseResult<CriterionInput[]> {
  return safeParseWith(CriteriaInputSchema, 'criteria', input, options);
}
