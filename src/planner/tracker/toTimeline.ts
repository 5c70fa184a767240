import { civilDayAt } from '../../calendar/epochDay.js';
import { InvalidArgumentError } from '../../errors.js';
import type { Timeline } from '../../model/Timeline.js';
import type { ExtractedTimeline } from '../../classifier/types.js';
import { spanWords } from '../../_lib/spanText.js';

/**
 * Converts an {@link ExtractedTimeline} into the model's {@link Timeline} (R4.5), keeping the
 * employer's words as `text`: a date stays a date, a range becomes its last day, "within two
 * weeks" becomes `weeks`, other spans `calendar-days` or `business-days` counted from the
 * reference day, and a vague promise ("in a few days") becomes `none`, so R4.3's default window
 * applies. `null`, which {@link extractTimeline} returns when the reply promised nothing, is `none` too.
 *
 * @param extracted - A result of {@link extractTimeline}, or `null`.
 * @returns A plain {@link Timeline} object.
 * @throws {@link InvalidArgumentError} when `extracted` is neither, naming `extracted` (or `extracted.kind` for a kind
 * extractTimeline never gives); {@link InvalidDateError} when its date is not a real date.
 * @example
 * ```ts
 * const found = extractTimeline('You will hear from us within two weeks.', { reference: '2026-11-25T10:00:00Z', timeZone: 'UTC' })
 * toTimeline(found!) //=> { kind: 'weeks', weeks: 2, from: '2026-11-25', text: 'within two weeks' }
 * ```
 */
export function toTimeline(extracted: ExtractedTimeline | null): Timeline {
  if (extracted === null) return { kind: 'none' };
  const span = (extracted as Partial<ExtractedTimeline> | undefined)?.span;
  if (typeof span?.text !== 'string') throw new InvalidArgumentError('extracted', extracted, 'a result of extractTimeline, or null');
  // The employer's words, without the markup of an HTML reply.
  const text = spanWords(span);
  civilDayAt(extracted.date, 'extracted.date');
  if (extracted.from !== undefined) civilDayAt(extracted.from, 'extracted.from');
  const count = extracted.count;
  if (count !== undefined && !(Number.isInteger(count) && count > 0)) throw new InvalidArgumentError('extracted.count', count, 'a whole number of days');
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
    case 'vague':
      return { kind: 'none', text };
    default:
      throw new InvalidArgumentError('extracted.kind', extracted.kind, '"date", "range", "span-days", "span-business-days" or "vague", as extractTimeline gives it');
  }
}
