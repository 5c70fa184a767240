import type { Instant } from '../calendar/instant.js';
import type { Calendar, CivilDate, NonBusinessDay } from '../calendar/types.js';
import type { Policy, PolicyOverrides } from '../policy.js';

/** The rules (docs/rules.md) a plan's dates come from. */
export type PlanRuleId = 'R1.2' | 'R3.5' | 'R4.1' | 'R4.2' | 'R4.3' | 'R4.4' | 'R4.5' | 'R11.2' | 'R11.3';

/** Options shared by the planner's functions: the employer's calendar and policy overrides. */
export interface PlanOptions {
  /**
   * The employer's business-day calendar (R4.4): from `createCalendar(...)`, or `regionCalendar(...)`
   * of `interview-followup/holidays` for a region's public holidays.
   *
   * This is the only calendar the planner counts with: it never reads `interview.employerCalendar`,
   * so a region, weekend or days off given there count only if this calendar has them. To count with
   * the interview's own, pass `calendarForEmployer(interview.employerCalendar)` from
   * `interview-followup/holidays`.
   */
  readonly calendar: Calendar;
  /** Overrides of `DEFAULT_POLICY` (a complete {@link Policy} works too). */
  readonly policy?: PolicyOverrides | Policy | undefined;
}

/** Why a plan holds a date: the rule, our wording, and the non-business days that were skipped. */
export interface PlanReason {
  /** Which date of the plan this explains. */
  readonly subject: 'thank-you' | 'promised-date' | 'follow-up' | 'follow-up-latest' | 'ghosted' | 'status-update' | 'notification';
  readonly rule: PlanRuleId | 'notification-rule';
  /** The date (`YYYY-MM-DD`) or, for the thank-you deadline, the instant explained. */
  readonly date: CivilDate | Instant;
  /** A short explanation in plain English. */
  readonly text: string;
  /** Weekends, holidays and days off between the starting point and `date` (`calendar.explain`). */
  readonly skipped: readonly NonBusinessDay[];
}

/** One interviewer's thank-you deadline (R1.1, R1.2). */
export interface ThankYouDeadline {
  readonly rule: 'R1.2';
  readonly interviewerId: string;
  readonly interviewerName: string;
  /** The deadline as a UTC instant, e.g. `"2026-03-08T23:00:00Z"`. */
  readonly deadline: Instant;
  /** The same instant written in the candidate's zone, e.g. `"2026-03-08T19:00:00-04:00"`. */
  readonly deadlineInCandidateZone: Instant;
  /** Milliseconds since the Unix epoch: `endedAt + thankYouWithinHours × 3,600,000`. */
  readonly deadlineEpochMs: number;
}

/**
 * The follow-up window after the employer gave a timeline (R4.1, R4.2): from one full business day
 * after the promised date, with no end set by the rules.
 */
export interface FollowUpWindowWithTimeline {
  readonly rule: 'R4.2';
  /** The date the employer promised news by (R4.5). */
  readonly promisedDate: CivilDate;
  /** The first day a follow-up is appropriate: always a business day. */
  readonly earliest: CivilDate;
  /** Always `null`: after a promised date the rules set no last day. */
  readonly latest: null;
}

/** The follow-up window when the employer gave no timeline (R4.3): the 7th to 10th business day after the interview. */
export interface FollowUpWindowWithoutTimeline {
  readonly rule: 'R4.3';
  /** Always `null`: no date was promised. */
  readonly promisedDate: null;
  /** The first day a follow-up is appropriate: always a business day. */
  readonly earliest: CivilDate;
  /** The last day of the window. */
  readonly latest: CivilDate;
}

/**
 * When the candidate may follow up (R4.1–R4.3), in the employer's calendar: tagged by `rule`, so
 * checking it tells which of `promisedDate` and `latest` is a date.
 *
 * @example
 * ```ts
 * const { followUp } = planFollowUp(interview, { calendar })
 * if (followUp.rule === 'R4.3') followUp.latest //=> "2026-12-15" (a CivilDate, never null here)
 * ```
 */
export type FollowUpWindow = FollowUpWindowWithTimeline | FollowUpWindowWithoutTimeline;

/**
 * The result of `planFollowUp`: what the candidate does next and by when. Plain, JSON-serialisable data.
 *
 * @example
 * ```ts
 * planFollowUp(interview, { calendar }).followUp //=> { rule: 'R4.3', promisedDate: null, earliest: '2026-12-10', latest: '2026-12-15' }
 * ```
 */
export interface FollowUpPlan {
  readonly interviewId: string;
  readonly company: string;
  readonly role: string;
  readonly round: number;
  readonly candidateTimeZone: string;
  readonly employerTimeZone: string;
  /** The civil date the interview ended on in the employer's zone: business days count from here. */
  readonly interviewEndedOn: CivilDate;
  /** One deadline per interviewer, in the interview's order (R1.1, R1.2). */
  readonly thankYous: readonly ThankYouDeadline[];
  readonly followUp: FollowUpWindow;
  /**
   * If a follow-up sent on `followUp.earliest` still has no answer on this date, treat the silence
   * as ghosting and move on (R11.2, R11.4).
   */
  readonly ghostedOn: CivilDate;
  /** Follow-ups to send at most (R11.3). */
  readonly maxFollowUps: number;
  /** One entry per date above, in the order thank-you, promised date, follow-up, ghosted. */
  readonly reasons: readonly PlanReason[];
}

/**
 * A legal or internal rule for how soon candidates must hear back, as data (not hard-coded law).
 *
 * @example
 * ```ts
 * const rule: NotificationRule = { kind: 'calendar-days', days: 14, from: 'last-interview', label: 'Decision within 14 days' }
 * ```
 */
export interface NotificationRule {
  /** Whether `days` counts calendar days or the employer's business days. */
  readonly kind: 'calendar-days' | 'business-days';
  /** How many days after `from`; the deadline is that day. */
  readonly days: number;
  /** The starting point: the day the last interview ended, in the employer's zone. */
  readonly from: 'last-interview';
  /** A name for the rule, e.g. "Decision within 14 days (company policy)". */
  readonly label: string;
}

/** Options of `candidateExpectations`. */
export interface CandidateExpectationsOptions extends PlanOptions {
  /** A notification deadline to compute alongside the rules in docs/rules.md. */
  readonly notificationRule?: NotificationRule | undefined;
}

/** The recruiter's view of the same rules: when the candidate expects news and when silence turns into ghosting. */
export interface CandidateExpectations {
  readonly interviewId: string;
  readonly interviewEndedOn: CivilDate;
  /**
   * The day by which the candidate reasonably expects news: the promised date with a timeline
   * (R4.1), otherwise the business day before the R4.3 window opens.
   */
  readonly expectsNewsBy: CivilDate;
  /** The first day the candidate may follow up (R4.2 / R4.3). */
  readonly earliestFollowUp: CivilDate;
  /** The end of the R4.3 window, or `null` with a timeline. */
  readonly latestFollowUp: CivilDate | null;
  /** Send a status update by this day: one business day before `earliestFollowUp`. */
  readonly statusUpdateBy: CivilDate;
  /** From this day, with no word from the team after the candidate's follow-up, the silence is ghosting (R11.2). */
  readonly ghostedOn: CivilDate;
  /** The deadline of `notificationRule`, or `null` when none was given. */
  readonly notificationDeadline: { readonly label: string; readonly date: CivilDate; readonly rule: NotificationRule } | null;
  readonly reasons: readonly PlanReason[];
}
