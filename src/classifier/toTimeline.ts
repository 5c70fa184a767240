import type { Timeline } from '../model/Timeline.js';
import type { ExtractedTimeline } from './types.js';

/**
 * Converts an {@link ExtractedTimeline} into the model's {@link Timeline} (R4.5), keeping the
 * employer's words as `text`: a date stays a date, a range becomes its last day, "within two
 * weeks" becomes `weeks`, other spans `calendar-days` or `business-days` counted from the
 * reference day, and a vague promise ("in a few days") becomes `none`, so R4.3's default window
 * applies.
 *
 * @param extracted - A result of {@link extractTimeline}.
 * @returns A plain {@link Timeline} object.
 * @example
 * ```ts
 * const found = extractTimeline('You will hear from us within two weeks.', { reference: '2026-11-25T10:00:00Z', timeZone: 'UTC' })
 * toTimeline(found!) //=> { kind: 'weeks', weeks: 2, from: '2026-11-25', text: 'within two weeks' }
 * ```
 */
export function toTimeline(extracted: ExtractedTimeline): Timeline {
  const text = extracted.span.text;
  switch (extracted.kind) {
    case 'date':
    case 'range':
      return { kind: 'date', date: extracted.date, text };
    case 'span-days':
      if (extracted.unit === 'weeks' && extracted.count !== undefined && extracted.count % 7 === 0) {
        return { kind: 'weeks', weeks: extracted.count / 7, ...(extracted.from === undefined ? {} : { from: extracted.from }), text };
      }
      if (extracted.count !== undefined) {
        return { kind: 'calendar-days', days: extracted.count, ...(extracted.from === undefined ? {} : { from: extracted.from }), text };
      }
      return { kind: 'date', date: extracted.date, text };
    case 'span-business-days':
      if (extracted.count !== undefined) {
        return { kind: 'business-days', days: extracted.count, ...(extracted.from === undefined ? {} : { from: extracted.from }), text };
      }
      return { kind: 'date', date: extracted.date, text };
    default:
      return { kind: 'none', text };
  }
}
