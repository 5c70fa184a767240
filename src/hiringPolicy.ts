import { defaultsOf, resolveFields } from './_lib/policyFields.js';
import type { PolicyValues } from './_lib/policyFields.js';

/**
 * The hiring team's policy described once: per setting its kind, bounds, default, rule and one line in plain words.
 * {@link DEFAULT_HIRING_POLICY}, {@link resolveHiringPolicy}'s checks, `HiringPolicySchema`
 * (interview-followup/model) and the table in docs/hiring.md are all derived from it. The source text gives no
 * figures for any of them, so every value is a *policy* choice of this library.
 */
export const HIRING_POLICY_FIELDS = {
  /**
   * A reference not completed after this many whole business days since it was requested is
   * overdue, from the next business day on (R3.4). *Policy.*
   * @defaultValue `3`
   */
  referenceOverdueBusinessDays: {
    kind: 'integer', min: 0, max: 1000, default: 3, unit: 'business days', rule: 'R3.4',
    description: 'Whole business days a reference may stay open after its request; it is overdue from the next business day on.',
  },
  /**
   * An approval step without a decision after this many whole business days since it became active
   * is overdue, from the next business day on (R3.4). *Policy.*
   * @defaultValue `2`
   */
  approvalStepOverdueBusinessDays: {
    kind: 'integer', min: 0, max: 1000, default: 2, unit: 'business days', rule: 'R3.4',
    description: 'Whole business days an approval step may stay pending; it is overdue from the next business day on.',
  },
  /**
   * A criterion is a strength when its mean rating, on a scale of 0 to 100, is at least this (R3.1).
   * 75 is 4 on a scale of 1 to 5. *Policy.*
   * @defaultValue `75`
   */
  strongAtLeast: {
    kind: 'number', min: 0, max: 100, default: 75, note: '(the 0–100 score scale)', rule: 'R3.1',
    description: 'Lowest mean score, on a 0–100 scale, of a strength (75 is 4 on a 1–5 scale).',
  },
  /**
   * A criterion is a weakness when its mean rating, on a scale of 0 to 100, is below this (R3.1). 50 is
   * the middle of any scale (3 on 1 to 5). *Policy.*
   * @defaultValue `50`
   */
  weakBelow: {
    kind: 'number', min: 0, max: 100, default: 50, note: '(the 0–100 score scale)', rule: 'R3.1',
    atMost: { field: 'strongAtLeast', reason: 'so no criterion is both strong and weak' },
    description: 'Mean scores below this, on a 0–100 scale, are weaknesses (50 is 3 on a 1–5 scale).',
  },
  /**
   * Interviewers disagree on a criterion when the highest and lowest rating lie at least this
   * fraction of the scale apart (R3.1): 0.5 is 2 points on a scale of 1 to 5. *Policy.*
   * @defaultValue `0.5`
   */
  disagreementSpread: {
    kind: 'number', min: 0, minExclusive: true, max: 1, default: 0.5, noun: 'a fraction of the rating scale', rule: 'R3.1',
    description: 'Spread between the highest and lowest rating, as a fraction of the scale, that counts as disagreement (0.5 is 2 points on a 1–5 scale).',
  },
} as const;

/**
 * The hiring team's thresholds and deadlines (R3.1–R3.4). The source text gives no figures for
 * any of them, so every value is a *policy* choice of this library, overridable per call.
 *
 * @example
 * ```ts
 * const patient: HiringPolicy = resolveHiringPolicy({ referenceOverdueBusinessDays: 5 })
 * ```
 */
export interface HiringPolicy extends PolicyValues<typeof HIRING_POLICY_FIELDS> {}

/**
 * Overrides accepted wherever a hiring `policy` option is: any subset of {@link HiringPolicy}. A field given as
 * `undefined` keeps its default.
 */
export type HiringPolicyOverrides = { readonly [K in keyof HiringPolicy]?: HiringPolicy[K] | undefined };

/**
 * The defaults of the hiring module (R3), all *policy* choices: the source text names the steps
 * but no deadlines or thresholds (the table in docs/hiring.md lists them, with the valid values of each). Frozen.
 *
 * @example
 * ```ts
 * DEFAULT_HIRING_POLICY.referenceOverdueBusinessDays //=> 3
 * ```
 */
export const DEFAULT_HIRING_POLICY: HiringPolicy = /* @__PURE__ */ defaultsOf(HIRING_POLICY_FIELDS);

/**
 * The hiring policy in force: {@link DEFAULT_HIRING_POLICY} with `overrides` applied, every value
 * checked.
 *
 * @param overrides - Any subset of {@link HiringPolicy}; `undefined` fields keep their default.
 * @returns A complete {@link HiringPolicy}.
 * @throws {@link InvalidArgumentError} for an unknown key, a value out of range, or `weakBelow`
 *   above `strongAtLeast`.
 * @example
 * ```ts
 * resolveHiringPolicy({ strongAtLeast: 80 }).strongAtLeast //=> 80
 * ```
 */
export function resolveHiringPolicy(overrides?: HiringPolicyOverrides): HiringPolicy {
  return resolveFields(HIRING_POLICY_FIELDS, DEFAULT_HIRING_POLICY, overrides, 'an object of hiring policy overrides such as { referenceOverdueBusinessDays: 5 }');
}
