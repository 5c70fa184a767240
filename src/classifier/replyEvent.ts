import { parseInstant } from '../calendar/zone.js';
import type { Instant } from '../calendar/zone.js';
import { InvalidArgumentError } from '../errors.js';
import type { EventOf } from '../model/Event.js';
import type { Timeline } from '../model/Timeline.js';
import { toTimeline } from './toTimeline.js';
import { REPLY_LABELS } from './types.js';
import type { Classification, ExtractedTimeline } from './types.js';

/** Extra fields of {@link replyEvent}. */
export interface ReplyEventExtras {
  /** The reply's text, kept on the event for display. */
  readonly text?: string;
  /** A promise found by {@link extractTimeline} (converted with {@link toTimeline}), or a model timeline; `null` adds none. */
  readonly timeline?: ExtractedTimeline | Timeline | null;
  /** A free note. */
  readonly note?: string;
}

function isExtracted(t: ExtractedTimeline | Timeline): t is ExtractedTimeline {
  return 'span' in t && 'confidence' in t;
}

/**
 * Builds the tracker's `reply-received` event from a classification (R7), with the employer's
 * timeline when one was extracted (R4.5), so `classifyReply → replyEvent → applyEvent` updates an
 * application in three lines.
 *
 * @param classification - A result of {@link classifyReply} (only `label` is read).
 * @param receivedAt - When the reply arrived: an ISO 8601 instant with offset, or a `Date`.
 * @param extra - Optional `text`, `timeline` (from {@link extractTimeline}) and `note`.
 * @returns A plain `reply-received` event.
 * @throws {@link InvalidDateError} if `receivedAt` is not a valid instant;
 * {@link InvalidArgumentError} if `classification.label` is not a reply label.
 * @example
 * ```ts
 * const reply = 'We are pleased to offer you the position!'
 * replyEvent(classifyReply(reply), '2026-12-02T09:30:00+01:00', { text: reply })
 * //=> { type: 'reply-received', at: '2026-12-02T09:30:00+01:00', outcome: 'offer', text: 'We are pleased to offer you the position!' }
 * ```
 */
export function replyEvent(
  classification: Pick<Classification, 'label'>,
  receivedAt: Instant | Date,
  extra?: ReplyEventExtras,
): EventOf<'reply-received'> {
  const label = (classification as { label?: unknown } | null)?.label;
  if (typeof label !== 'string' || !(REPLY_LABELS as readonly string[]).includes(label)) {
    throw new InvalidArgumentError('classification.label', label, `one of ${REPLY_LABELS.map((l) => `"${l}"`).join(', ')}`);
  }
  const t = parseInstant(receivedAt);
  const at = receivedAt instanceof Date ? new Date(t).toISOString() : receivedAt;
  const timeline = extra?.timeline === undefined || extra.timeline === null ? undefined : isExtracted(extra.timeline) ? toTimeline(extra.timeline) : extra.timeline;
  return {
    type: 'reply-received',
    at,
    outcome: label as Classification['label'],
    ...(extra?.text === undefined ? {} : { text: extra.text }),
    ...(timeline === undefined ? {} : { timeline }),
    ...(extra?.note === undefined ? {} : { note: extra.note }),
  };
}
