import type * as z from 'zod';
import type { HiringPolicy } from '../../hiringPolicy.js';
import { HIRING_POLICY_FIELDS } from '../../hiringPolicy.js';
import { parseWith, safeParseWith } from '../parseWith.js';
import type { ParseOptions, SafeParseResult } from '../parseWith.js';
import { policySchema } from '../policySchema.js';

/**
 * The hiring team's policy as data (R3.1, R3.4), built from the same description of each setting as
 * `DEFAULT_HIRING_POLICY` and `resolveHiringPolicy` (src/hiringPolicy.ts), so defaults, valid values and messages
 * are the same. Parsing `{}` gives the defaults.
 *
 * @example
 * ```ts
 * HiringPolicySchema.parse({}).strongAtLeast //=> 75
 * ```
 */
export const HiringPolicySchema = /* @__PURE__ */ policySchema(HIRING_POLICY_FIELDS);

/** Hiring policy input before defaults: every field optional. */
export type HiringPolicyInput = z.input<typeof HiringPolicySchema>;

/**
 * Validates hiring policy data (from a settings file, say) and fills in the defaults.
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * parseHiringPolicy({ referenceOverdueBusinessDays: 5 }).approvalStepOverdueBusinessDays //=> 2
 * ```
 */
export function parseHiringPolicy(input: unknown, options?: ParseOptions): HiringPolicy {
  return parseWith(HiringPolicySchema, 'hiring policy', input, options);
}

/**
 * Validates hiring policy data without throwing.
 *
 * @example
 * ```ts
 * safeParseHiringPolicy({ weakBelow: 90 }).success //=> false (above strongAtLeast, 75)
 * ```
 */
export function safeParseHiringPolicy(input: unknown, options?: ParseOptions): SafeParseResult<HiringPolicy> {
  return safeParseWith(HiringPolicySchema, 'hiring policy', input, options);
}
