import type { Calendar, CivilDate } from '../calendar/types.js';
import { LANGUAGES, type Language } from '../languages/index.js';
import { REQUEST_KIND_LIST } from '../_lib/requestKinds.js';
import type { RequestKindName } from '../_lib/requestKinds.js';

/** What an employer's reply is about (R7). */
export type ReplyLabel = 'offer' | 'rejection' | 'next_round' | 'reference_check' | 'pending' | 'other';

/**
 * Every {@link ReplyLabel}, in a fixed order (the order of {@link Classification.scores}).
 *
 * @example
 * ```ts
 * REPLY_LABELS.includes('offer') //=> true
 * ```
 */
export const REPLY_LABELS: readonly ReplyLabel[] = ['offer', 'rejection', 'next_round', 'reference_check', 'pending', 'other'];

/** The languages the classifier reads: the same type as {@link Language}. */
export type ReplyLanguage = Language;

/**
 * Every {@link ReplyLanguage}: the same list as {@link LANGUAGES}, under the name the classifier has always used.
 *
 * @example
 * ```ts
 * REPLY_LANGUAGES.includes('fr') //=> true
 * ```
 */
export const REPLY_LANGUAGES: readonly ReplyLanguage[] = LANGUAGES;

/** Which field of an object input a span indexes. A plain string input reports `text`. */
export type ReplyField = 'subject' | 'text' | 'html';

/**
 * An employer's reply: the raw body as a string, or its parts. `text` may be omitted when `html`
 * is given; when both are given, `text` is read and `html` ignored, unless `text` is a short stub
 * (under 300 characters) beside an HTML part more than three times as long ("view this message in an
 * HTML-capable client"): then `html` is read. A `text` that starts as an HTML document or block does
 * (`<!DOCTYPE html>`, `<html>`, a comment, `<head>`, `<body>`, `<div>`, `<p>`, `<table>`, a heading…), as some senders'
 * text parts and some mail APIs' bodies do, is read as HTML; a string input is read as HTML when it holds markup
 * anywhere. Character references in a plain-text body (`won&#39;t`, `&eacute;`, with their `;`) are read as the
 * characters they stand for, as in HTML (a subject is read as written). `autoReply: true` says the message's headers mark it as an automatic
 * reply (`Auto-Submitted: auto-replied` and the like, as `parseEmail` reads them), so a parsed email can be passed as
 * it is. A field that is `undefined` is read as absent (`{ subject: msg.subject, text }` with no subject).
 */
export type ReplyInput =
  | string
  | { readonly subject?: string | undefined; readonly text: string; readonly html?: string | undefined; readonly autoReply?: boolean | undefined }
  | { readonly subject?: string | undefined; readonly text?: string | undefined; readonly html: string; readonly autoReply?: boolean | undefined };

/** A character range of the original input: `input[field].slice(start, end) === text`. */
export interface SourceSpan {
  readonly field: ReplyField;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One feature that counted towards a label, with where it was found. */
export interface Evidence extends SourceSpan {
  /**
   * The feature, e.g. `"c:en.rejection.move-forward-other-candidate"` (a phrase of the built-in lexicon, named by the
   * first word of each part of its pattern; `!` marks it negated),
   * `"w:unfortunately"` (a word), `"b:move forward"` (two words), `"s:offer"` (a subject word),
   * `"C:rejection"` (lexicon phrases of a label).
   */
  readonly cue: string;
  /** The label it counted towards: the result's label. */
  readonly label: ReplyLabel;
  /** What it added to that label's score over the runner-up's, through both learned models (larger counts more). */
  readonly weight: number;
}

/** The finer kind of an employer's message that apps sort by; each belongs to one {@link ReplyLabel}. */
export type ReplyTopic =
  | 'offer_details'
  | 'not_selected' | 'position_filled' | 'talent_pool'
  | 'interview_invitation' | 'assessment'
  | 'references' | 'background_check'
  | 'on_hold' | 'under_review'
  | 'application_received' | 'scheduling' | 'interview_confirmation' | 'onboarding' | 'documents' | 'general';

/**
 * The label each {@link ReplyTopic} belongs to.
 *
 * @example
 * ```ts
 * TOPIC_LABELS.talent_pool //=> "rejection"
 * ```
 */
export const TOPIC_LABELS: Readonly<Record<ReplyTopic, ReplyLabel>> = {
  offer_details: 'offer',
  not_selected: 'rejection',
  position_filled: 'rejection',
  talent_pool: 'rejection',
  interview_invitation: 'next_round',
  assessment: 'next_round',
  references: 'reference_check',
  background_check: 'reference_check',
  on_hold: 'pending',
  under_review: 'pending',
  application_received: 'other',
  scheduling: 'other',
  interview_confirmation: 'other',
  onboarding: 'other',
  documents: 'other',
  general: 'other',
};

/**
 * Every {@link ReplyTopic}, grouped by label in {@link REPLY_LABELS} order.
 *
 * @example
 * ```ts
 * REPLY_TOPICS.length //=> 16
 * ```
 */
export const REPLY_TOPICS: readonly ReplyTopic[] = Object.keys(TOPIC_LABELS) as ReplyTopic[];

/** What an employer's message asks the candidate to do. */
export type RequestKind =
  | 'send_availability' | 'book_slot' | 'send_references' | 'send_documents' | 'complete_assessment'
  | 'respond_to_offer' | 'sign_offer' | 'confirm_attendance';

/**
 * Every {@link RequestKind}.
 *
 * @example
 * ```ts
 * REQUEST_KINDS.includes('book_slot') //=> true
 * ```
 */
export const REQUEST_KINDS: readonly RequestKind[] = REQUEST_KIND_LIST;
// The union above and the shared list name the same kinds (each side must be assignable to the other).
const _sameKinds: readonly RequestKindName[] = REQUEST_KINDS;
void _sameKinds;

/** One thing the message asks the candidate to do, where it says so, and by when when it says. */
export interface ReplyRequest {
  readonly kind: RequestKind;
  /** The words that ask, in the original input. */
  readonly span: SourceSpan;
  /**
   * The deadline stated for it, resolved in the employer's zone: one in the request's own sentence, else one in a
   * sentence next to it that asks for nothing else. Present only with `options.reference` and `options.timeZone`.
   */
  readonly due?: CivilDate;
  /** The deadline's words, when one was found. */
  readonly dueSpan?: SourceSpan;
  /**
   * `true` on the answer an offer waits for (R8) when the reply does not ask for it in words: `span` is then the words
   * that make the offer. Absent on every request the reply asks for in words.
   */
  readonly implied?: true;
}

/** The result of {@link classifyReply}. */
export interface Classification {
  readonly label: ReplyLabel;
  /** The calibrated probability of `label`, between 0 and 1. */
  readonly confidence: number;
  /**
   * Whether an app should ask a person before acting on `label`: `confidence` is below the level at which the
   * model's labels of this kind (each label has its own) were at least 97% precise on held-out real mail.
   */
  readonly needsReview: boolean;
  /**
   * Whether the message is an automatic reply, by its subject ("Automatic reply: …", "Out of office",
   * "Abwesenheitsnotiz: …", "Réponse automatique : …") or by the input's `autoReply` (its headers, as `parseEmail`
   * reads them): an absence notice, not the employer's answer, so an app should not record it as a reply.
   * `needsReview` is then `true`. A body alone is not judged.
   */
  readonly autoReply: boolean;
  /** Each label's calibrated probability: non-negative, summing to 1 (rounded to 3 decimals). */
  readonly scores: Readonly<Record<ReplyLabel, number>>;
  /** The finer kind of message, one of the topics of `label`. */
  readonly topic: ReplyTopic;
  /** The features that counted most towards `label`, in reading order (subject first). */
  readonly evidence: readonly Evidence[];
  /** What the message asks the candidate to do, in reading order. */
  readonly requests: readonly ReplyRequest[];
  /** The detected language, or `options.language`. */
  readonly language: ReplyLanguage;
}

/** Options of {@link classifyReply}; an option that is `undefined` is read as absent. */
export interface ClassifyOptions {
  /** Skip detection and read the reply as this language. @defaultValue detected from stop words */
  readonly language?: ReplyLanguage | undefined;
  /** When the reply was received: with `timeZone`, the deadlines of `requests` are resolved to dates. */
  readonly reference?: string | Date | undefined;
  /** The employer's IANA zone, for the deadlines of `requests`. */
  readonly timeZone?: string | undefined;
  /** The employer's business-day calendar, for deadlines such as "within 3 business days". @defaultValue Monday–Friday */
  readonly calendar?: Calendar | undefined;
}

/** How a promise resolved: one day, a range of days, a count of (business) days, or nothing firm. */
export type PromiseKind = 'date' | 'range' | 'span-days' | 'span-business-days' | 'vague';

/**
 * What the employer promised, resolved to civil dates in the employer's zone (R4.5). `date` is the
 * day by which the candidate should hear back (the last day of a range, an estimate for `vague`).
 */
export interface ExtractedTimeline {
  readonly kind: PromiseKind;
  readonly date: CivilDate;
  /** First day of a `range`. */
  readonly earliest?: CivilDate;
  /** Last day of a `range` (equals `date`). */
  readonly latest?: CivilDate;
  /** For `span-days` and `span-business-days`: the count, counted from `from`. */
  readonly count?: number;
  /** For spans: the civil day counted from (the reference's day in the zone). */
  readonly from?: CivilDate;
  /** Whether a `span-days` promise was phrased in weeks (`count` is then in days, a multiple of 7). */
  readonly unit?: 'days' | 'weeks' | 'business-days';
  readonly span: SourceSpan;
  /** 0–1: lower for vague phrases and for dates that are not next to a promise ("we will reply"). */
  readonly confidence: number;
  /** The matched words as they read after cleaning, e.g. `"by the end of next week"`. */
  readonly phrase: string;
  readonly language: ReplyLanguage;
}
