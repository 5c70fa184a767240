import { toTimePhrase } from './findTimePhrases.js';
import { scanReply } from './timeline/scanReply.js';
import type { ExtractTimelineOptions } from './timeline/scanReply.js';
import type { ExtractedTimeline, ReplyInput } from './types.js';

export type { ExtractTimelineOptions } from './timeline/scanReply.js';

/**
 * Finds what the employer promised about when the candidate will hear back, and resolves it to a
 * civil date or range in the employer's zone (R4.5): "by Friday", "by the end of next week",
 * "within two weeks", "in the next 5 business days", "early next week" (a range), "1–3 weeks" (a
 * range), "by December 4th", "mid-March", "tomorrow", "in a few days" (vague), in English, German,
 * French, Spanish and Portuguese, including reported speech ("they said they'd let me know by Friday").
 *
 * Weekdays and dates are the next ones after `reference` ("by Friday" written on a Friday is a
 * week later; "by January 10" written in December is next year); business days come from
 * `calendar` (Monday–Friday without one). Deadlines set for the candidate ("please reply by
 * Friday"), interview slots and template placeholders are not promises: {@link findTimePhrases}
 * returns those too.
 *
 * @param input - The reply, as for {@link classifyReply}.
 * @param options - `reference` (when it was received), `timeZone`, and optionally `calendar`, `language`.
 * @returns The best-supported promise, or `null` when there is none.
 * @throws {@link InvalidArgumentError} for a bad input, options object, calendar or an unknown option key;
 * {@link InvalidDateError} for a bad `reference`; {@link UnknownTimeZoneError} for a bad `timeZone`.
 * @example
 * ```ts
 * extractTimeline('We will get back to you by the end of next week.', {
 *   reference: '2026-11-25T10:00:00+01:00', timeZone: 'Europe/Berlin',
 * })?.date //=> "2026-12-04"
 * ```
 */
export function extractTimeline(input: ReplyInput, options: ExtractTimelineOptions): ExtractedTimeline | null {
  const { phrases, ref } = scanReply(input, options);
  const promises = phrases.filter((p) => p.role === 'promise' && p.resolved.date >= ref);
  if (promises.length === 0) return null;
  // The most confident promise wins; then the longer phrase; then the earlier one.
  promises.sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.fieldIndex - b.fieldIndex || a.start - b.start);
  const { role: _role, ...timeline } = toTimePhrase(promises[0]!, ref);
  return timeline;
}
