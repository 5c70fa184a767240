import type { Instant } from '../calendar/instant.js';
import type { CivilDate } from '../calendar/types.js';

/** The 13 built-in messages: eight for candidates, five for recruiters' tooling. */
export const MESSAGE_KINDS = [
  'thankYou', 'followUp', 'offerReply', 'offerAccept', 'offerDecline', 'rejectionReply', 'nextRoundReply', 'withdrawal',
  'statusUpdate', 'rejectionNotice', 'nextRoundInvite', 'referenceRequest', 'offerNotice',
] as const;

/** One of the {@link MESSAGE_KINDS}. */
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * A date in message data: a civil date `YYYY-MM-DD` (written as that calendar day in any zone), or
 * an instant, as ISO 8601 with offset or as a `Date` (written as the day it falls on in the
 * recipient's `timeZone`).
 */
export type MessageDate = CivilDate | Instant | Date;

/**
 * What a language pack's date words (`src/languages/<code>/dates.ts`) add, besides `DateWords`, for the dates inside
 * messages. @internal
 */
export interface MessageDateWords {
  /**
   * Whether a date inside a sentence keeps the comma `Intl.DateTimeFormat` writes after the weekday. Spanish drops it
   * in running text ("el jueves 3 de diciembre") and keeps it where the date stands alone, as in a list of interview
   * slots ("jueves, 3 de diciembre").
   */
  readonly weekdayCommaInSentence: boolean;
  /**
   * Whether a date standing alone (a slot line, `formatMessageDate`) keeps that comma. French writes none anywhere,
   * even where Intl's data for a region has one (`fr-CH` "vendredi, 1 janvier 2027" is written "vendredi 1er janvier
   * 2027").
   */
  readonly weekdayCommaStandingAlone: boolean;
  /**
   * Whether the comma after the weekday is kept only before the month: English writes "Friday, January 1" but
   * "Friday 1 January 2027", where Intl's data for some regions has the comma with the year only (`en-GB` "Friday,
   * 1 January 2027" beside "Friday 1 January"), so that one letter writes its dates one way.
   */
  readonly weekdayCommaOnlyBeforeMonth: boolean;
}

/**
 * Interview slots: instants as ISO 8601 text or `Date`s (written as day and time in the recipient's zone), civil dates
 * `YYYY-MM-DD` (written as the day), or ready-made lines.
 */
export type MessageSlots = readonly (Instant | Date | string)[];

/** A named person (the sender, or a recipient whose name is known). */
export interface NamedPerson {
  readonly name: string;
}

/** A recipient whose name may be unknown: the greeting then falls back to a formal collective one. */
export interface OptionalRecipient {
  readonly name?: string | undefined;
}

interface CandidateMessage {
  readonly candidate: NamedPerson;
  /** The person written to; without a name the greeting addresses the hiring team. */
  readonly recipient?: OptionalRecipient | undefined;
  readonly company: string;
  /** The job title, e.g. `"Senior Backend Engineer"`. */
  readonly role: string;
}

interface RecruiterMessage {
  readonly recruiter: NamedPerson;
  readonly candidate: NamedPerson;
  readonly company: string;
  readonly role: string;
}

/** Data of every built-in message, by kind (dates and slots before formatting). */
export interface MessageDataMap {
  /** R1: one per interviewer. */
  thankYou: {
    readonly candidate: NamedPerson;
    readonly interviewer: { readonly name: string; readonly title?: string | undefined };
    readonly company: string;
    readonly role: string;
    /** What was discussed with this interviewer, as a noun phrase (R1.3b). */
    readonly point: string;
    /** How the point connects to the candidate's own skills or experience (R1.3c). */
    readonly connection: string;
  };
  /** R5. */
  followUp: CandidateMessage & { readonly interviewDate: MessageDate; readonly timelineDate?: MessageDate | undefined };
  /** R8: `decisionDate` is usually computed by `draftOfferReply` (2 business days by default, R8.3). */
  offerReply: CandidateMessage & { readonly decisionDate: MessageDate };
  offerAccept: CandidateMessage & { readonly startDate?: MessageDate | undefined };
  offerDecline: CandidateMessage & { readonly reason?: string | undefined };
  /** R9. */
  rejectionReply: CandidateMessage & { readonly askFeedback?: boolean | undefined };
  /** R10. */
  nextRoundReply: CandidateMessage & {
    readonly slots: MessageSlots;
    /** A phrase ("case study"), or a checklist format key (`'case-study'`) written in the recipient's language. */
    readonly format?: string | undefined;
  };
  withdrawal: CandidateMessage & { readonly reason?: string | undefined };
  /** R3.5, R4: still deciding, with a new expected date. */
  statusUpdate: RecruiterMessage & { readonly stage?: string | undefined; readonly expectedDate: MessageDate };
  rejectionNotice: RecruiterMessage & { readonly feedbackOffer?: boolean | undefined };
  nextRoundInvite: RecruiterMessage & {
    /** A phrase, or a checklist format key (`'presentation'`) written in the recipient's language. */
    readonly format: string;
    readonly slots?: MessageSlots | undefined;
    /** Names, joined as a phrase for the locale when given as a list. */
    readonly interviewers?: string | readonly string[] | undefined;
  };
  referenceRequest: RecruiterMessage & { readonly referee: NamedPerson; readonly deadline?: MessageDate | undefined };
  offerNotice: RecruiterMessage & {
    readonly responseDate: MessageDate;
    /**
     * An amount with its currency and period: a text (`"EUR 78,000 per year"`), an amount written for the locale
     * (`{ amount: 78000, currency: 'EUR', period: 'year' }` → "78.000 € pro Jahr" in German), or a bare number
     * written for the locale (`78000.5` → "78.000,5"), which names neither currency nor period.
     */
    readonly salary?: string | number | SalaryAmount | undefined;
    readonly startDate?: MessageDate | undefined;
  };
}

/** What a salary pays in a period: the currency an ISO 4217 code (`"EUR"`), the period left out when it goes without saying. */
export interface SalaryAmount {
  readonly amount: number;
  readonly currency: string;
  readonly period?: SalaryPeriod | undefined;
}

/** The period a salary is paid for. */
export type SalaryPeriod = 'year' | 'month' | 'hour';

/**
 * The data a built-in message of kind `K` needs.
 *
 * @example
 * ```ts
 * const data: MessageData<'followUp'> = { candidate: { name: 'Ada' }, company: 'Acme', role: 'Engineer', interviewDate: '2026-12-01' }
 * ```
 */
export type MessageData<K extends MessageKind> = MessageDataMap[K];

/** Fields written as dates, in every kind that has them. */
export const DATE_FIELDS = ['interviewDate', 'timelineDate', 'decisionDate', 'startDate', 'expectedDate', 'responseDate', 'deadline'] as const;
