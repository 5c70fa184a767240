import { own, recordAt } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { formatUtc, HOUR_MS, inRange, instantAt } from '../calendar/instant.js';
import type { Instant } from '../calendar/instant.js';
import { formatInZone, timeZoneAt } from '../calendar/zone.js';
import { resolvePolicy } from '../policy.js';
import type { Policy, PolicyOverrides } from '../policy.js';

/** Options of {@link thankYouDeadline}. */
export interface ThankYouDeadlineOptions {
  /** The candidate's IANA zone: the deadline is also written in it. */
  readonly timeZone: string;
  /** Overrides of `DEFAULT_POLICY` (`thankYouWithinHours`). */
  readonly policy?: PolicyOverrides | Policy | undefined;
}

/** The thank-you deadline as one instant in three notations. */
export interface ThankYouDeadlineInstant {
  /** UTC, e.g. `"2026-03-08T23:00:00Z"`. */
  readonly deadline: Instant;
  /** The candidate's zone, e.g. `"2026-03-08T19:00:00-04:00"`. */
  readonly deadlineInCandidateZone: Instant;
  readonly deadlineEpochMs: number;
}

/** @internal Shared by {@link thankYouDeadline} and the plan. */
export function deadlineAt(endedAtMs: number, hours: number, timeZone: string): ThankYouDeadlineInstant {
  const ms = inRange(endedAtMs + hours * HOUR_MS, endedAtMs + hours * HOUR_MS, 'thank-you deadline');
  return { deadline: formatUtc(ms), deadlineInCandidateZone: formatInZone(ms, timeZone, 'thank-you deadline'), deadlineEpochMs: ms };
}

/**
 * When thank-you notes are due: `thankYouWithinHours` (24) real hours after the interview ended,
 * computed on the instant, so a DST change in between does not move it (R1.2).
 *
 * @param endedAt - When the interview ended (ISO 8601 with offset, or a `Date`).
 * @param options - The candidate's zone and policy overrides.
 * @throws {@link InvalidDateError} for a bad `endedAt`; {@link UnknownTimeZoneError} for a bad zone;
 * {@link InvalidArgumentError} for a bad policy; {@link DateRangeError} for a deadline outside
 * 0001-01-01..9999-12-31, also one that is already 10000-01-01 in the candidate's zone.
 * @example
 * ```ts
 * thankYouDeadline('2026-03-07T18:00:00-05:00', { timeZone: 'America/New_York' }).deadlineInCandidateZone
 * //=> "2026-03-08T19:00:00-04:00"
 * ```
 */
export function thankYouDeadline(endedAt: Instant | Date, options: ThankYouDeadlineOptions): ThankYouDeadlineInstant {
  const opts = recordAt(options, 'options', 'an object { timeZone, policy? }');
  knownKeys(opts, ['timeZone', 'policy'], 'options key');
  const timeZone = timeZoneAt(own(opts, 'timeZone'), 'options.timeZone');
  const policy = resolvePolicy(own(opts, 'policy') as ThankYouDeadlineOptions['policy']);
  return deadlineAt(instantAt(endedAt, 'endedAt'), policy.thankYouWithinHours, timeZone);
}
