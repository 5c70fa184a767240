import type * as z from 'zod';
import type { Policy } from '../policy.js';
import { POLICY_FIELDS } from '../policy.js';
import { parseWith, safeParseWith } from './parseWith.js';
import type { ParseOptions, SafeParseResult } from './parseWith.js';
import { policySchema } from './policySchema.js';

/**
 * The policy as data, built from the same description of each setting as `DEFAULT_POLICY` and `resolvePolicy`
 * (src/policy.ts), so defaults, valid values and messages are the same. Parsing `{}` gives the defaults.
 *
 * @example
 * ```ts
 * PolicySchema.parse({}).graceBusinessDays //=> 1
 * ```
 */
export const PolicySchema = /* @__PURE__ */ policySchema(POLICY_FIELDS);

/** Policy input before defaults: every field optional. */
export type PolicyInput = z.input<typeof PolicySchema>;

/**
 * Validates policy data (from a settings file, say) and fills in the defaults.
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * parsePolicy({ graceBusinessDays: 2 }).noTimelineWindow //=> { from: 7, to: 10 }
 * ```
 */
export function parsePolicy(input: unknown, options?: ParseOptions): Policy {
  return parseWith(PolicySchema, 'policy', input, options);
}

/**
 * Validates policy data without throwing.
 *
 * @example
 * ```ts
 * safeParsePolicy({ maxFollowUps: -1 }).success //=> false
 * ```
 */
export function safeParsePolicy(input: unknown, options?: ParseOptions): SafeParseResult<Policy> {
  return safeParseWith(PolicySchema, 'policy', input, options);
}
