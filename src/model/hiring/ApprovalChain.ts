import * as z from 'zod';
import { parseWith, safeParseWith } from '../parseWith.js';
import type { ParseOptions, SafeParseResult } from '../parseWith.js';
import { NonEmptyTextSchema } from '../primitives.js';
import { HiringDateSchema } from './HiringDate.js';
import { duplicateId } from '../../_lib/duplicateId.js';
import { reportDuplicates } from '../reportDuplicates.js';

/** How the steps of an approval chain run: one after the other, or all at once (R3.4). */
export const APPROVAL_MODES = ['sequential', 'parallel'] as const;

/** One of the {@link APPROVAL_MODES}. */
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

/** An approver's decision. */
export const APPROVAL_DECISIONS = ['approved', 'rejected'] as const;

/** One of the {@link APPROVAL_DECISIONS}. */
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/**
 * One internal approval needed before an offer (R3.4): a layer of management, or the budget
 * confirmation. `decision` and `decidedOn` come together.
 *
 * @example
 * ```ts
 * ApprovalStepSchema.parse({ id: 'finance', approver: 'Sam Lee', purpose: 'budget' })
 * ```
 */
export const ApprovalStepSchema = z
  .strictObject({
    id: NonEmptyTextSchema,
    /** Who approves, e.g. "Dana Kim" or "Department head". */
    approver: NonEmptyTextSchema,
    /** What the approval is for, e.g. "budget" or "headcount". */
    purpose: z.string().optional(),
    /** When the approver was asked; defaults to when the step became active. */
    requestedOn: HiringDateSchema.optional(),
    decision: z.enum(APPROVAL_DECISIONS).optional(),
    decidedOn: HiringDateSchema.optional(),
    note: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    if ((s.decision === undefined) !== (s.decidedOn === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [s.decision === undefined ? 'decision' : 'decidedOn'],
        input: s.decision ?? s.decidedOn,
        message: 'A decided step needs both decision and decidedOn: expected both or neither.',
      });
    }
  });

/** One approval step (R3.4); see {@link ApprovalStepSchema}. */
export type ApprovalStep = z.infer<typeof ApprovalStepSchema>;

/**
 * The chain of internal approvals for an offer to one candidate (R3.4): at least one step, ids
 * unique; `sequential` runs them in the listed order, `parallel` all from `startedOn`.
 *
 * @example
 * ```ts
 * ApprovalChainSchema.parse({
 *   candidateId: 'c-17', mode: 'sequential', startedOn: '2026-12-07',
 *   steps: [{ id: 'manager', approver: 'Hiring manager' }, { id: 'finance', approver: 'Finance', purpose: 'budget' }],
 * })
 * ```
 */
export const ApprovalChainSchema = z
  .strictObject({
    candidateId: NonEmptyTextSchema,
    mode: z.enum(APPROVAL_MODES),
    /** When the approval process began: the first step (or every step, in parallel) is active from here. */
    startedOn: HiringDateSchema,
    steps: z.array(ApprovalStepSchema).min(1, { error: () => 'Expected at least one approval step.' }),
  })
  .superRefine((v, ctx) => {
    reportDuplicates(ctx, v.steps, (s) => s.id, (i) => ['steps', i, 'id'], duplicateId('approval step'));
  });

/** The approval chain of one offer (R3.4); see {@link ApprovalChainSchema}. */
export type ApprovalChain = z.infer<typeof ApprovalChainSchema>;

/**
 * Validates approval-chain records read from JSON or an ATS (R3.4).
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * const chain = parseApprovalChain(JSON.parse(body))
 * ```
 */
export function parseApprovalChain(input: unknown, options?: ParseOptions): ApprovalChain {
  return parseWith(ApprovalChainSchema, 'approval chain', input, options);
}

/**
 * Validates approval-chain records without throwing.
 *
 * @example
 * ```ts
 * const r = safeParseApprovalChain(data)
 * if (!r.success) console.log(r.error.issues)
 * ```
 */
export function safeParseApprovalChain(input: unknown, options?: ParseOptions): SafeParseResult<ApprovalChain> {
  return safeParseWith(ApprovalChainSchema, 'approval chain', input, options);
}
