import type { Instant } from '../../calendar/instant.js';
import type { Calendar, CivilDate } from '../../calendar/types.js';
import type { Application } from '../../model/Application.js';
import type { EmployerRequest } from '../../model/Event.js';
import type { Policy, PolicyOverrides } from '../../policy.js';

/**
 * Where an application stands. Eleven states; see `docs/tracker.md` for the full table.
 *
 * - `thank-you-due`: an interview was held and some interviewers have no note yet, before the
 *   deadline (R1.2);
 * - `waiting`: notes done (or their deadline passed), the follow-up window not open yet (R4.1, R4.3);
 * - `follow-up-due`: the window is open and a follow-up is still allowed (R4.2, R4.3, R11.3);
 * - `awaiting-reply`: the follow-up went out; the employer has not decided yet (R11.2);
 * - `ghosted`: no word for `ghostedAfterBusinessDays` after the follow-up (R11.2);
 * - `next-round`: a round is arranged but not held yet; also the state of a new application whose
 *   first interview lies ahead (R10);
 * - `offer-pending`: an offer waits for the candidate's answer (R8);
 * - `offer-accepted`, `offer-declined`, `rejected`, `withdrawn`: the end (terminal states). Mail that comes after
 *   the end (`reply-received`) and the candidate's answers to it (`request-answered`) are recorded without
 *   changing them.
 *
 * `follow-up-due` and `ghosted` are reached only by the passage of time, so only {@link status}
 * (which takes `now`) reports them; {@link applyEvent} works on the event-driven states.
 */
export type TrackerState =
  | 'thank-you-due'
  | 'waiting'
  | 'follow-up-due'
  | 'awaiting-reply'
  | 'ghosted'
  | 'next-round'
  | 'offer-pending'
  | 'offer-accepted'
  | 'offer-declined'
  | 'rejected'
  | 'withdrawn';

/**
 * A column of the transition table: an event type, with `reply-received` split by the reply's
 * outcome because the outcome decides where the application goes (R7). `reply-received:other`
 * covers the outcomes `reference_check`, `pending` and `other`.
 */
export type TransitionColumn =
  | 'interview-held'
  | 'thank-you-sent'
  | 'follow-up-sent'
  | 'request-answered'
  | 'reply-received:offer'
  | 'reply-received:rejection'
  | 'reply-received:next_round'
  | 'reply-received:other'
  | 'timeline-updated'
  | 'next-round-scheduled'
  | 'offer-received'
  | 'offer-accepted'
  | 'offer-declined'
  | 'rejected'
  | 'withdrawn';

/** The employer's calendar of an application, or one calendar for all of them. */
export type CalendarFor = Calendar | ((application: Application) => Calendar);

/**
 * What {@link status}, {@link nextActions} and {@link summarize} need besides `now`: the employer's
 * business-day calendar (R4.4) and policy overrides.
 */
export interface TrackerContext {
  /** The employer's calendar; pass a function to give each application its own. */
  readonly calendar: CalendarFor;
  /** Overrides of `DEFAULT_POLICY`. */
  readonly policy?: PolicyOverrides | Policy | undefined;
}

/** Options of {@link applyEvent}. */
export interface ApplyEventOptions {
  /** Overrides of `DEFAULT_POLICY`; `maxFollowUps` decides whether another follow-up is legal (R11.3). */
  readonly policy?: PolicyOverrides | Policy | undefined;
}

/** What the candidate should do. */
export type ActionKind =
  | 'send-thank-you'
  | 'reflect'
  | 'follow-up'
  | 'wait'
  | 'reply-to-offer'
  | 'reply-to-rejection'
  | 'reply-to-next-round'
  | 'prepare-next-round'
  | 'move-on'
  | 'keep-searching'
  | 'answer-request';

/** How urgent an action is. */
export type ActionPriority = 'high' | 'normal' | 'low';

/**
 * The rules (docs/rules.md) an action can come from. `answer-request` actions cite `R7` (references and
 * documents), `R8` (answering or signing an offer) or `R10` (arranging a round, an assessment).
 */
export type ActionRuleId = 'R1.2' | 'R2' | 'R4.1' | 'R4.2' | 'R4.3' | 'R6' | 'R7' | 'R8' | 'R8.3' | 'R9' | 'R10' | 'R11.2' | 'R11.3' | 'R11.4';

/**
 * One thing to do, with its due date (a civil date in the employer's calendar; for
 * `prepare-next-round`, the day the round starts in the candidate's zone) or due instant (thank-you
 * deadlines, R1.2, written in the candidate's zone), and the rule it comes from.
 */
export interface NextAction {
  /**
   * Stable id (`<application>/<interview>/<kind>[/<interviewer>]`, and
   * `<application>/<interview>/answer-request/<request kind>` for requests): the same action keeps its id across calls.
   * Each part has its `%` and `/` written `%25` and `%2F`, so the ids of two applications never meet.
   */
  readonly id: string;
  readonly kind: ActionKind;
  readonly due: CivilDate | Instant;
  readonly priority: ActionPriority;
  readonly rule: ActionRuleId;
  readonly applicationId: string;
  /** The interview round the action belongs to, when there is one. */
  readonly interviewId?: string;
  /** The interviewer a thank-you note goes to (R1.1). */
  readonly interviewerId?: string;
  /** A short title, e.g. for a calendar entry: "Thank-you note to Lee Park". */
  readonly title: string;
  /** A short, neutral sentence for the candidate. */
  readonly description: string;
  /**
   * For `answer-request`: what the employer's latest reply asked, as recorded on its
   * `reply-received` event (`kind`, the stated deadline `due`, the asking words `text`).
   */
  readonly request?: EmployerRequest;
  /**
   * For `answer-request`: whether the deadline the reply stated lies before today (in the employer's zone). For
   * `follow-up`: `true` once the R4.3 window (no timeline given) has closed and no follow-up went out. For
   * `reply-to-offer`: `true` once the date to answer the offer has passed.
   */
  readonly overdue?: boolean;
}

/** The R6 warning: every hope rests on too few active applications. */
export interface PipelineWarning {
  readonly rule: 'R6';
  /** The waiting applications the warning is about. */
  readonly applicationIds: readonly string[];
  /** Active applications (not ended, not ghosted), the waiting ones included. */
  readonly activeCount: number;
  readonly minOtherActiveApplications: number;
  readonly message: string;
}

/** The pipeline view of {@link summarize}. */
export interface PipelineSummary {
  readonly total: number;
  /** How many applications are in each state (every state present, zero included). */
  readonly byState: { readonly [S in TrackerState]: number };
  /** Applications that have not ended and are not ghosted. */
  readonly active: number;
  /** Applications waiting on the employer: thank-you-due, waiting, follow-up-due or awaiting-reply. */
  readonly waiting: number;
  /** Each application's state, in input order. */
  readonly states: readonly { readonly applicationId: string; readonly state: TrackerState }[];
  /** Empty, or the R6 warning. */
  readonly warnings: readonly PipelineWarning[];
}
