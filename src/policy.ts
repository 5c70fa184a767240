import { defaultsOf, resolveFields } from './_lib/policyFields.js';
import type { PolicyValues } from './_lib/policyFields.js';

/**
 * The business-day window in which to follow up when the employer gave no timeline (R4.3):
 * from the `from`-th to the `to`-th business day after the interview, both included.
 */
export interface NoTimelineWindow {
  readonly from: number;
  readonly to: number;
}

/**
 * The candidate's follow-up policy described once: per setting its kind, bounds, default, rule and one line in plain
 * words. {@link DEFAULT_POLICY}, {@link resolvePolicy}'s checks, `PolicySchema` (interview-followup/model), its JSON
 * Schema and the table in docs/planner.md are all derived from it.
 */
export const POLICY_FIELDS = {
  /**
   * Whole business days that must pass after the promised date before any contact (R4.2).
   * The earliest follow-up is the promised date plus `graceBusinessDays + 1` business days.
   * @defaultValue `1`
   */
  graceBusinessDays: {
    kind: 'integer', min: 0, max: 100_000, default: 1, unit: 'business days', rule: 'R4.2',
    description: 'Whole business days that must pass after the promised date before any contact.',
  },
  /**
   * Follow-up window without a timeline, in business days after the interview (R4.3).
   * @defaultValue `{ from: 7, to: 10 }`
   */
  noTimelineWindow: {
    kind: 'window', min: 1, max: 100_000, default: { from: 7, to: 10 }, unit: 'business days', rule: 'R4.3',
    description: 'When no date was given: the business days after the interview from which and until which to follow up.',
  },
  /**
   * How many follow-ups may be proposed for one interview round (R11.3).
   * @defaultValue `1`
   */
  maxFollowUps: {
    kind: 'integer', min: 0, max: 100_000, default: 1, unit: 'follow-ups', rule: 'R11.3',
    description: 'How many follow-ups may be proposed for one interview round.',
  },
  /**
   * Business days of silence after the follow-up before the employer counts as ghosting (R11.2).
   * @defaultValue `10`
   */
  ghostedAfterBusinessDays: {
    kind: 'integer', min: 1, max: 100_000, default: 10, unit: 'business days', rule: 'R11.2',
    description: 'Business days of silence after the follow-up before the employer counts as ghosting.',
  },
  /**
   * Hours after the interview ended by which each thank-you note is due, as real elapsed time (R1.2).
   * @defaultValue `24`
   */
  thankYouWithinHours: {
    kind: 'number', min: 0, minExclusive: true, max: 24 * 365, default: 24, unit: 'hours', rule: 'R1.2',
    description: 'Hours after the interview ended by which each thank-you note is due (real hours, across clock changes).',
  },
  /**
   * Longest thank-you body, in words (R1.4).
   * @defaultValue `150`
   */
  thankYouMaxWords: {
    kind: 'integer', min: 1, max: 100_000, default: 150, unit: 'words', rule: 'R1.4',
    description: 'Longest thank-you note body, in words.',
  },
  /**
   * Longest thank-you subject line, in characters (R1.4).
   * @defaultValue `60`
   */
  thankYouSubjectMaxChars: {
    kind: 'integer', min: 1, max: 100_000, default: 60, unit: 'characters', rule: 'R1.4',
    description: 'Longest thank-you subject line, in characters.',
  },
  /**
   * Longest follow-up body, in words (R5).
   * @defaultValue `120`
   */
  followUpMaxWords: {
    kind: 'integer', min: 1, max: 100_000, default: 120, unit: 'words', rule: 'R5',
    description: 'Longest follow-up message body, in words.',
  },
  /**
   * Business days the candidate asks for before answering an offer (R8.3).
   * @defaultValue `2`
   */
  offerDecisionBusinessDays: {
    kind: 'integer', min: 1, max: 100_000, default: 2, unit: 'business days', rule: 'R8.3',
    description: 'Business days the candidate asks for before answering an offer.',
  },
  /**
   * Fewer other active applications than this while one is waiting triggers the R6 warning.
   * @defaultValue `2`
   */
  minOtherActiveApplications: {
    kind: 'integer', min: 0, max: 100_000, default: 2, unit: 'applications', rule: 'R6',
    description: 'While one application waits, fewer other active applications than this brings the warning to keep searching.',
  },
} as const;

/**
 * Every choice the library makes where the rules leave room (docs/rules.md) (the *policy* defaults), in one
 * place. {@link DEFAULT_POLICY} holds the defaults; {@link resolvePolicy} merges overrides.
 *
 * @example
 * ```ts
 * const strict: Policy = resolvePolicy({ graceBusinessDays: 2 })
 * ```
 */
export interface Policy extends PolicyValues<typeof POLICY_FIELDS> {}

/**
 * Overrides accepted by {@link resolvePolicy}: any subset of {@link Policy}, the window as a whole or in part. A field
 * given as `undefined` keeps its default (so `{ graceBusinessDays: flags.grace }` type-checks when the flag is unset).
 */
export type PolicyOverrides = {
  readonly [K in keyof Policy]?: (Policy[K] extends number ? Policy[K] : { readonly [W in keyof Policy[K]]?: Policy[K][W] | undefined }) | undefined;
};

/**
 * The library's policy defaults (the table in docs/planner.md lists them, with the valid values of each). Frozen;
 * pass overrides to {@link resolvePolicy} or to a function's `policy` option instead of changing it.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.graceBusinessDays //=> 1
 * ```
 */
export const DEFAULT_POLICY: Policy = /* @__PURE__ */ defaultsOf(POLICY_FIELDS);

/**
 * The policy in force: {@link DEFAULT_POLICY} with `overrides` applied, every value checked.
 *
 * @param overrides - Any subset of the policy; `undefined` fields keep their default.
 * @returns A complete, new {@link Policy} object.
 * @throws {@link InvalidArgumentError} for an unknown key, a value of the wrong type or range, or a
 * `noTimelineWindow` whose `from` exceeds its `to`.
 * @example
 * ```ts
 * resolvePolicy({ graceBusinessDays: 2 }).graceBusinessDays //=> 2
 * ```
 */
export function resolvePolicy(overrides?: PolicyOverrides | Policy): Policy {
  return resolveFields(POLICY_FIELDS, DEFAULT_POLICY, overrides, 'an object of policy overrides such as { graceBusinessDays: 2 }');
}
