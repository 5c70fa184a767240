import type { CivilDate } from '../calendar/types.js';

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

/** The languages the classifier has cue tables for. */
export type ReplyLanguage = 'en' | 'de' | 'fr' | 'es';

/**
 * Every {@link ReplyLanguage}.
 *
 * @example
 * ```ts
 * REPLY_LANGUAGES //=> ['en', 'de', 'fr', 'es']
 * ```
 */
export const REPLY_LANGUAGES: readonly ReplyLanguage[] = ['en', 'de', 'fr', 'es'];

/** Which field of an object input a span indexes. A plain string input reports `text`. */
export type ReplyField = 'subject' | 'text' | 'html';

/**
 * An employer's reply: the raw body as a string, or its parts. `text` may be omitted when `html`
 * is given; when both are given, `text` is read and `html` ignored.
 */
export type ReplyInput =
  | string
  | { readonly subject?: string; readonly text: string; readonly html?: string }
  | { readonly subject?: string; readonly text?: string; readonly html: string };

/** A character range of the original input: `input[field].slice(start, end) === text`. */
export interface SourceSpan {
  readonly field: ReplyField;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One cue that counted towards a label, with where it was found. */
export interface Evidence extends SourceSpan {
  /** The cue's id in its table, e.g. `"en.rejection.other-candidates"`; a `!` suffix marks a negated cue. */
  readonly cue: string;
  /** The label the cue voted for (for a negated offer cue, `rejection`). */
  readonly label: ReplyLabel;
  /** Its weight after negation, contrast and language adjustments. */
  readonly weight: number;
}

/** The result of {@link classifyReply}. */
export interface Classification {
  readonly label: ReplyLabel;
  /** The winning label's share of the scores, between 0 and 1. */
  readonly confidence: number;
  /** Each label's share: non-negative, summing to 1; `other` holds the prior for "nothing matched". */
  readonly scores: Readonly<Record<ReplyLabel, number>>;
  /** The cues that voted for `label`, in reading order (subject first). For `other`, the cues for `other` (often none). */
  readonly evidence: readonly Evidence[];
  /** The detected language, or `options.language`. */
  readonly language: ReplyLanguage;
}

/** Options of {@link classifyReply}. */
export interface ClassifyOptions {
  /** Skip detection and read the reply as this language. @defaultValue detected from stop words */
  readonly language?: ReplyLanguage;
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
