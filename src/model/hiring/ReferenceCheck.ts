import * as z from 'zod';
import { parseWith, safeParseWith } from '../parseWith.js';
import type { ParseOptions, SafeParseResult } from '../parseWith.js';
import { NonEmptyTextSchema } from '../primitives.js';
import { HiringDateSchema } from './HiringDate.js';
import { duplicateId } from '../../_lib/duplicateId.js';
import { reportDuplicates } from '../reportDuplicates.js';

/**
 * One referee of the leading candidate (R3.4). The status follows from the dates: `declinedOn` →
 * declined, `completedOn` → completed, `contactedOn` → contacted, otherwise requested.
 *
 * @example
 * ```ts
 * RefereeSchema.parse({ id: 'ref-1', name: 'Jo Smith', requestedOn: '2026-12-07' })
 * ```
 */
export const RefereeSchema = z
  .strictObject({
    id: NonEmptyTextSchema,
    name: NonEmptyTextSchema,
    /** How the referee knows the candidate, e.g. "former manager". */
    relationship: z.string().optional(),
    /** Whether the offer waits for this reference. Default `true`. */
    required: z.boolean().optional(),
    /** When the reference was asked for: the overdue clock starts here. */
    requestedOn: HiringDateSchema,
    /** When the team reached the referee. */
    contactedOn: HiringDateSchema.optional(),
    /** When the reference was received. */
    completedOn: HiringDateSchema.optional(),
    /** When the referee declined to give a reference. */
    declinedOn: HiringDateSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.completedOn !== undefined && r.declinedOn !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['declinedOn'],
        input: r.declinedOn,
        message: 'A referee cannot both complete and decline a reference: expected only one of completedOn and declinedOn.',
      });
    }
  });

/** One referee (R3.4); see {@link RefereeSchema}. */
export type Referee = z.infer<typeof RefereeSchema>;

/**
 * The reference checks of one candidate (R3.4); referee ids are unique.
 *
 * @example
 * ```ts
 * ReferenceCheckSchema.parse({ candidateId: 'c-17', referees: [{ id: 'ref-1', name: 'Jo Smith', requestedOn: '2026-12-07' }] })
 * ```
 */
export const ReferenceCheckSchema = z
  .strictObject({
    candidateId: NonEmptyTextSchema,
    referees: z.array(RefereeSchema),
  })
  .superRefine((v, ctx) => {
    reportDuplicates(ctx, v.referees, (r) => r.id, (i) => ['referees', i, 'id'], duplicateId('referee'));
  });

/** The reference checks of one candidate (R3.4); see {@link ReferenceCheckSchema}. */
export type ReferenceCheck = z.infer<typeof ReferenceCheckSchema>;

/**
 * Validates reference-check records read from JSON or an ATS (R3.4).
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * const references = parseReferenceCheck(JSON.parse(body))
 * ```
 */
export function parseReferenceCheck(input: unknown, options?: ParseOptions): ReferenceCheck {
  return parseWith(ReferenceCheckSchema, 'reference check', input, options);
}

/**
 * Validates reference-check records without throwing.
 *
 * @example
 * ```ts
 * const r = safeParseReferenceCheck(data)
 * if (!r.success) console.log(r.error.issues)
 * ```
 */
export function safeParseReferenceCheck(input: unknown, options?: ParseOptions): SafeParseResult<ReferenceCheck> {
  return safeParseWith(ReferenceCheckSchema, 'reference check', input, options);
}
