import { formatEpochDay } from '../calendar/epochDay.js';
import type { TimePhraseRole } from './timeline/classifyRole.js';
import { resolveSourceSpan } from './timeline/resolveSourceSpan.js';
import { scanReply } from './timeline/scanReply.js';
import type { ExtractTimelineOptions } from './timeline/scanReply.js';
import type { ScannedPhrase } from './timeline/scanTimePhrases.js';
import type { ExtractedTimeline, ReplyInput } from './types.js';

export type { TimePhraseRole } from './timeline/classifyRole.js';

/**
 * One time phrase of a reply (R4.5): what it resolves to and whom it concerns. `promise` is the
 * employer saying when it will act ("we will let you know by Friday"), `request` a deadline for
 * the candidate ("please reply by Friday"), `slot` a proposed or confirmed interview time,
 * `other` anything else (a start date, an absence notice).
 */
export interface TimePhrase extends ExtractedTimeline {
  readonly role: TimePhraseRole;
}

/** Options of {@link findTimePhrases}: the same as {@link extractTimeline}'s. */
export type FindTimePhrasesOptions = ExtractTimelineOptions;

/** Converts a scanned phrase into its public form. */
export function toTimePhrase(p: ScannedPhrase, ref: number): TimePhrase {
  const r = p.resolved;
  const date = formatEpochDay(r.date);
  return {
    role: p.role,
    kind: r.kind,
    date,
    ...(r.kind === 'range' && r.earliest !== undefined ? { earliest: formatEpochDay(r.earliest), latest: date } : {}),
    ...(r.count !== undefined ? { count: r.count, from: formatEpochDay(ref) } : {}),
    ...(r.unit !== undefined ? { unit: r.unit } : {}),
    span: resolveSourceSpan(p.field, p.start, p.end),
    confidence: p.confidence,
    phrase: p.field.text.slice(p.start, p.end),
    language: p.language,
  };
}

/**
 * Every time phrase of a reply, in reading order (subject first), each resolved to civil dates in
 * the employer's zone with its role, span in the original input and confidence (R4.5). Where
 * {@link extractTimeline} returns the employer's best promise, this also returns deadlines set for
 * the candidate (`request`), proposed interview times (`slot`) and other dates. Template
 * placeholders ("by [date]", "{{date}}", "%s") are not phrases; phrases that promise nothing firm
 * ("soon", "in a few days") are `vague` with a low confidence.
 *
 * @param input - The reply, as for {@link classifyReply}.
 * @param options - `reference` (when it was received), `timeZone`, and optionally `calendar`, `language`.
 * @returns The phrases found, possibly none.
 * @throws {@link InvalidArgumentError} for a bad input, options object, calendar or an unknown option key;
 * {@link InvalidDateError} for a bad `reference`; {@link UnknownTimeZoneError} for a bad `timeZone`.
 * @example
 * ```ts
 * findTimePhrases('We will decide by Friday. Please send your references by Wednesday.', {
 *   reference: '2026-11-25T10:00:00+01:00', timeZone: 'Europe/Berlin',
 * }).map((p) => [p.role, p.date]) //=> [['promise', '2026-11-27'], ['request', '2026-12-02']]
 * ```
 */
export function findTimePhrases(input: ReplyInput, options: FindTimePhrasesOptions): TimePhrase[] {
  const { phrases, ref } = scanReply(input, options);
  return phrases.map((p) => toTimePhrase(p, ref));
}
