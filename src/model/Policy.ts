import * as z from 'zod';
import { describe } from '../errors.js';
import { DEFAULT_POLICY } from '../policy.js';
import type { Policy } from '../policy.js';
import { expected, parseWith, safeParseWith } from './_parse.js';
import type { SafeParseResult } from './_parse.js';

const whole = (name: string, min: number, fallback: number) =>
  z
    .number({ error: expected(`a number for ${name}`) })
    .int({ error: (iss) => `Invalid ${name} ${describe(iss.input)}: expected a whole number.` })
    .min(min, { error: (iss) => `Invalid ${name} ${describe(iss.input)}: expected ${min} or more.` })
    .max(100_000, { error: (iss) => `Invalid ${name} ${describe(iss.input)}: expected at most 100000.` })
    .default(fallback);

/**
 * The policy as data (every policy default listed in docs/rules.md), defaults taken from `DEFAULT_POLICY`
 * so they live in one place. Parsing `{}` gives the defaults.
 *
 * @example
 * ```ts
 * PolicySchema.parse({}).graceBusinessDays //=> 1
 * ```
 */
export const PolicySchema = z.strictObject({
  graceBusinessDays: whole('graceBusinessDays', 0, DEFAULT_POLICY.graceBusinessDays),
  noTimelineWindow: z
    .strictObject({
      from: whole('noTimelineWindow.from', 1, DEFAULT_POLICY.noTimelineWindow.from),
      to: whole('noTimelineWindow.to', 1, DEFAULT_POLICY.noTimelineWindow.to),
    })
    .refine((w) => w.from <= w.to, {
      error: (iss) => `Invalid noTimelineWindow ${describe(iss.input)}: "from" must be at most "to".`,
    })
    .default({ ...DEFAULT_POLICY.noTimelineWindow }),
  maxFollowUps: whole('maxFollowUps', 0, DEFAULT_POLICY.maxFollowUps),
  ghostedAfterBusinessDays: whole('ghostedAfterBusinessDays', 1, DEFAULT_POLICY.ghostedAfterBusinessDays),
  thankYouWithinHours: z
    .number({ error: expected('a number of hours for thankYouWithinHours') })
    .gt(0, { error: (iss) => `Invalid thankYouWithinHours ${describe(iss.input)}: expected more than 0 hours.` })
    .max(24 * 365, { error: (iss) => `Invalid thankYouWithinHours ${describe(iss.input)}: expected at most 8760 hours.` })
    .default(DEFAULT_POLICY.thankYouWithinHours),
  thankYouMaxWords: whole('thankYouMaxWords', 1, DEFAULT_POLICY.thankYouMaxWords),
  thankYouSubjectMaxChars: whole('thankYouSubjectMaxChars', 1, DEFAULT_POLICY.thankYouSubjectMaxChars),
  followUpMaxWords: whole('followUpMaxWords', 1, DEFAULT_POLICY.followUpMaxWords),
  offerDecisionBusinessDays: whole('offerDecisionBusinessDays', 1, DEFAULT_POLICY.offerDecisionBusinessDays),
  minOtherActiveApplications: whole('minOtherActiveApplications', 0, DEFAULT_POLICY.minOtherActiveApplications),
});

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
export function parsePolicy(input: unknown): Policy {
  return parseWith(PolicySchema, 'policy', input);
}

/**
 * Validates policy data without throwing.
 *
 * @example
 * ```ts
 * safeParsePolicy({ maxFollowUps: -1 }).success //=> false
 * ```
 */
export function safeParsePolicy(input: unknown): SafeParseResult<Policy> {
  return safeParseWith(PolicySchema, 'policy', input);
}
