import { InvalidArgumentError } from './errors.js';

/**
 * The business-day window in which to follow up when the employer gave no timeline (R4.3):
 * from the `from`-th to the `to`-th business day after the interview, both included.
 */
export interface NoTimelineWindow {
  readonly from: number;
  readonly to: number;
}

/**
 * Every choice the library makes where the rules leave room (docs/rules.md) (the *policy* defaults), in one
 * place. {@link DEFAULT_POLICY} holds the defaults; {@link resolvePolicy} merges overrides.
 *
 * @example
 * ```ts
 * const strict: Policy = resolvePolicy({ graceBusinessDays: 2 })
 * ```
 */
export interface Policy {
  /**
   * Whole business days that must pass after the promised date before any contact (R4.2).
   * The earliest follow-up is the promised date plus `graceBusinessDays + 1` business days.
   * @defaultValue `1`
   */
  readonly graceBusinessDays: number;
  /**
   * Follow-up window without a timeline, in business days after the interview (R4.3).
   * @defaultValue `{ from: 7, to: 10 }`
   */
  readonly noTimelineWindow: NoTimelineWindow;
  /**
   * How many follow-ups may be proposed for one interview round (R11.3).
   * @defaultValue `1`
   */
  readonly maxFollowUps: number;
  /**
   * Business days of silence after the follow-up before the employer counts as ghosting (R11.2).
   * @defaultValue `10`
   */
  readonly ghostedAfterBusinessDays: number;
  /**
   * Hours after the interview ended by which each thank-you note is due, as real elapsed time (R1.2).
   * @defaultValue `24`
   */
  readonly thankYouWithinHours: number;
  /**
   * Longest thank-you body, in words (R1.4).
   * @defaultValue `150`
   */
  readonly thankYouMaxWords: number;
  /**
   * Longest thank-you subject line, in characters (R1.4).
   * @defaultValue `60`
   */
  readonly thankYouSubjectMaxChars: number;
  /**
   * Longest follow-up body, in words (R5).
   * @defaultValue `120`
   */
  readonly followUpMaxWords: number;
  /**
   * Business days the candidate asks for before answering an offer (R8.3).
   * @defaultValue `2`
   */
  readonly offerDecisionBusinessDays: number;
  /**
   * Fewer other active applications than this while one is waiting triggers the R6 warning.
   * @defaultValue `2`
   */
  readonly minOtherActiveApplications: number;
}

/** Overrides accepted by {@link resolvePolicy}: any subset of {@link Policy}, the window as a whole or in part. */
export type PolicyOverrides = {
  readonly [K in keyof Policy]?: K extends 'noTimelineWindow' ? Partial<NoTimelineWindow> : Policy[K];
};

/**
 * The library's policy defaults (docs/rules.md lists them; every policy value once). Frozen; pass overrides to
 * {@link resolvePolicy} or to a function's `policy` option instead of changing it.
 *
 * | key | default | rule |
 * |---|---|---|
 * | `graceBusinessDays` | 1 | R4.2 |
 * | `noTimelineWindow` | 7..10 business days | R4.3 |
 * | `maxFollowUps` | 1 | R11.3 |
 * | `ghostedAfterBusinessDays` | 10 | R11.2 |
 * | `thankYouWithinHours` | 24 | R1.2 |
 * | `thankYouMaxWords` | 150 | R1.4 |
 * | `thankYouSubjectMaxChars` | 60 | R1.4 |
 * | `followUpMaxWords` | 120 | R5 |
 * | `offerDecisionBusinessDays` | 2 | R8.3 |
 * | `minOtherActiveApplications` | 2 | R6 |
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.graceBusinessDays //=> 1
 * ```
 */
export const DEFAULT_POLICY: Policy = Object.freeze({
  graceBusinessDays: 1,
  noTimelineWindow: Object.freeze({ from: 7, to: 10 }),
  maxFollowUps: 1,
  ghostedAfterBusinessDays: 10,
  thankYouWithinHours: 24,
  thankYouMaxWords: 150,
  thankYouSubjectMaxChars: 60,
  followUpMaxWords: 120,
  offerDecisionBusinessDays: 2,
  minOtherActiveApplications: 2,
});

type IntegerKey = Exclude<keyof Policy, 'noTimelineWindow' | 'thankYouWithinHours'>;

/** The smallest valid value of each whole-number setting. */
const INTEGER_MINIMUM: { readonly [K in IntegerKey]: number } = {
  graceBusinessDays: 0,
  maxFollowUps: 0,
  ghostedAfterBusinessDays: 1,
  thankYouMaxWords: 1,
  thankYouSubjectMaxChars: 1,
  followUpMaxWords: 1,
  offerDecisionBusinessDays: 1,
  minOtherActiveApplications: 0,
};

const KEYS: readonly (keyof Policy)[] = Object.keys(DEFAULT_POLICY) as (keyof Policy)[];

function checkInteger(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 100_000) {
    throw new InvalidArgumentError(name, value, `a whole number from ${min} to 100000`);
  }
  return value;
}

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
  if (overrides === undefined) return DEFAULT_POLICY;
  if (overrides === DEFAULT_POLICY) return DEFAULT_POLICY;
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new InvalidArgumentError('policy', overrides, 'an object of policy overrides such as { graceBusinessDays: 2 }');
  }
  for (const key of Object.keys(overrides)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new InvalidArgumentError('policy key', key, `one of ${KEYS.join(', ')}`);
    }
  }
  const o = overrides as PolicyOverrides;
  const pick = <K extends IntegerKey>(key: K): number =>
    o[key] === undefined ? DEFAULT_POLICY[key] : checkInteger(`policy.${key}`, o[key], INTEGER_MINIMUM[key]);

  let hours = DEFAULT_POLICY.thankYouWithinHours;
  if (o.thankYouWithinHours !== undefined) {
    const h: unknown = o.thankYouWithinHours;
    if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0 || h > 24 * 365) {
      throw new InvalidArgumentError('policy.thankYouWithinHours', h, 'a number of hours greater than 0 and at most 8760');
    }
    hours = h;
  }

  let window = DEFAULT_POLICY.noTimelineWindow;
  if (o.noTimelineWindow !== undefined) {
    const w: unknown = o.noTimelineWindow;
    if (typeof w !== 'object' || w === null || Array.isArray(w)) {
      throw new InvalidArgumentError('policy.noTimelineWindow', w, 'an object { from, to } of business-day counts');
    }
    const ww = w as Partial<NoTimelineWindow>;
    const from = ww.from === undefined ? window.from : checkInteger('policy.noTimelineWindow.from', ww.from, 1);
    const to = ww.to === undefined ? window.to : checkInteger('policy.noTimelineWindow.to', ww.to, 1);
    if (from > to) {
      throw new InvalidArgumentError('policy.noTimelineWindow', { from, to }, 'a window whose "from" is at most its "to"');
    }
    window = { from, to };
  }

  return {
    graceBusinessDays: pick('graceBusinessDays'),
    noTimelineWindow: window === DEFAULT_POLICY.noTimelineWindow ? window : { from: window.from, to: window.to },
    maxFollowUps: pick('maxFollowUps'),
    ghostedAfterBusinessDays: pick('ghostedAfterBusinessDays'),
    thankYouWithinHours: hours,
    thankYouMaxWords: pick('thankYouMaxWords'),
    thankYouSubjectMaxChars: pick('thankYouSubjectMaxChars'),
    followUpMaxWords: pick('followUpMaxWords'),
    offerDecisionBusinessDays: pick('offerDecisionBusinessDays'),
    minOtherActiveApplications: pick('minOtherActiveApplications'),
  };
}
