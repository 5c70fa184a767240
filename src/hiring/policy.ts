import { InvalidArgumentError } from '../errors.js';

/**
 * The hiring team's thresholds and deadlines (R3.1–R3.4). The source text gives no figures for
 * any of them, so every value is a *policy* choice of this library, overridable per call.
 *
 * @example
 * ```ts
 * const patient: HiringPolicy = resolveHiringPolicy({ referenceOverdueBusinessDays: 5 })
 * ```
 */
export interface HiringPolicy {
  /**
   * A reference not completed after this many whole business days since it was requested is
   * overdue, from the next business day on (R3.4). *Policy.*
   * @defaultValue `3`
   */
  readonly referenceOverdueBusinessDays: number;
  /**
   * An approval step without a decision after this many whole business days since it became active
   * is overdue, from the next business day on (R3.4). *Policy.*
   * @defaultValue `2`
   */
  readonly approvalStepOverdueBusinessDays: number;
  /**
   * A criterion is a strength when its mean rating, on a 0–100 scale, is at least this (R3.1).
   * 75 is 4 on a 1–5 scale. *Policy.*
   * @defaultValue `75`
   */
  readonly strongAtLeast: number;
  /**
   * A criterion is a weakness when its mean rating, on a 0–100 scale, is below this (R3.1). 50 is
   * the middle of any scale (3 on 1–5). *Policy.*
   * @defaultValue `50`
   */
  readonly weakBelow: number;
  /**
   * Interviewers disagree on a criterion when the highest and lowest rating lie at least this
   * fraction of the scale apart (R3.1): 0.5 is 2 points on a 1–5 scale. *Policy.*
   * @defaultValue `0.5`
   */
  readonly disagreementSpread: number;
}

/** Overrides accepted wherever a hiring `policy` option is: any subset of {@link HiringPolicy}. */
export type HiringPolicyOverrides = Partial<HiringPolicy>;

/**
 * The defaults of the hiring module (R3), all *policy* choices: the source text names the steps
 * but no deadlines or thresholds. Frozen.
 *
 * | key | default | rule |
 * |---|---|---|
 * | `referenceOverdueBusinessDays` | 3 | R3.4 |
 * | `approvalStepOverdueBusinessDays` | 2 | R3.4 |
 * | `strongAtLeast` | 75 (of 100) | R3.1 |
 * | `weakBelow` | 50 (of 100) | R3.1 |
 * | `disagreementSpread` | 0.5 of the scale | R3.1 |
 *
 * @example
 * ```ts
 * DEFAULT_HIRING_POLICY.referenceOverdueBusinessDays //=> 3
 * ```
 */
export const DEFAULT_HIRING_POLICY: HiringPolicy = Object.freeze({
  referenceOverdueBusinessDays: 3,
  approvalStepOverdueBusinessDays: 2,
  strongAtLeast: 75,
  weakBelow: 50,
  disagreementSpread: 0.5,
});

const KEYS = Object.keys(DEFAULT_HIRING_POLICY) as (keyof HiringPolicy)[];

function wholeDays(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1000) {
    throw new InvalidArgumentError(`policy.${name}`, value, 'a whole number of business days from 0 to 1000');
  }
  return value;
}

function percent(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new InvalidArgumentError(`policy.${name}`, value, 'a number from 0 to 100 (the 0–100 score scale)');
  }
  return value;
}

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
  if (overrides === undefined || overrides === DEFAULT_HIRING_POLICY) return DEFAULT_HIRING_POLICY;
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new InvalidArgumentError('policy', overrides, 'an object of hiring policy overrides such as { referenceOverdueBusinessDays: 5 }');
  }
  for (const key of Object.keys(overrides)) {
    if (!(KEYS as string[]).includes(key)) throw new InvalidArgumentError('policy key', key, `one of ${KEYS.join(', ')}`);
  }
  const o = overrides;
  const d = DEFAULT_HIRING_POLICY;
  const spread: unknown = o.disagreementSpread ?? d.disagreementSpread;
  if (typeof spread !== 'number' || !Number.isFinite(spread) || spread <= 0 || spread > 1) {
    throw new InvalidArgumentError('policy.disagreementSpread', spread, 'a fraction of the rating scale greater than 0 and at most 1');
  }
  const policy: HiringPolicy = {
    referenceOverdueBusinessDays: o.referenceOverdueBusinessDays === undefined ? d.referenceOverdueBusinessDays : wholeDays('referenceOverdueBusinessDays', o.referenceOverdueBusinessDays),
    approvalStepOverdueBusinessDays: o.approvalStepOverdueBusinessDays === undefined ? d.approvalStepOverdueBusinessDays : wholeDays('approvalStepOverdueBusinessDays', o.approvalStepOverdueBusinessDays),
    strongAtLeast: o.strongAtLeast === undefined ? d.strongAtLeast : percent('strongAtLeast', o.strongAtLeast),
    weakBelow: o.weakBelow === undefined ? d.weakBelow : percent('weakBelow', o.weakBelow),
    disagreementSpread: spread,
  };
  if (policy.weakBelow > policy.strongAtLeast) {
    throw new InvalidArgumentError('policy.weakBelow', policy.weakBelow, `a value at most strongAtLeast (${policy.strongAtLeast}), so no criterion is both strong and weak`);
  }
  return policy;
}
