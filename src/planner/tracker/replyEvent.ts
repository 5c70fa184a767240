import { isRecord, optionalTextAt, optionsAt, recordAt } from '../../_lib/check.js';
import { knownKeys } from '../../_lib/knownKeys.js';
import { civilDayAt } from '../../calendar/epochDay.js';
import { instantAt } from '../../calendar/instant.js';
import type { Instant } from '../../calendar/instant.js';
import { InvalidArgumentError } from '../../errors.js';
import type { EmployerRequest, EventOf } from '../../model/Event.js';
import type { Timeline } from '../../model/Timeline.js';
import { toTimeline } from './toTimeline.js';
import { REPLY_LABELS, REQUEST_KINDS } from '../../classifier/types.js';
import type { Classification, ExtractedTimeline, ReplyRequest } from '../../classifier/types.js';
import { spanWords } from '../../_lib/spanText.js';
import { eventTimelineInput } from '../inputs.js';

/** What {@link replyEvent} reads from a reading: its label and, when present, its requests (a whole {@link Classification} fits). */
export type ReplyEventSource = Pick<Classification, 'label'> & { readonly requests?: readonly ReplyRequest[] | undefined };

/** Extra fields of {@link replyEvent}; a field that is `undefined` is left out, as if absent. */
export interface ReplyEventExtras {
  /** The reply's text, kept on the event for display. */
  readonly text?: string | undefined;
  /** A promise found by {@link extractTimeline} (converted with {@link toTimeline}), or a model timeline; `null` adds none. */
  readonly timeline?: ExtractedTimeline | Timeline | null | undefined;
  /** A free note. */
  readonly note?: string | undefined;
}

/**
 * The requests of a classification in the event's form: kind, stated deadline, the asking words; the answer an offer
 * waits for without asking is recorded `implied: true`, without words (its span is the offer's words).
 */
function recordedRequests(requests: unknown): EmployerRequest[] {
  if (requests === undefined) return [];
  if (!Array.isArray(requests)) throw new InvalidArgumentError('classification.requests', requests, 'an array of requests from classifyReply');
  return (requests as readonly (Partial<ReplyRequest> | null)[]).map((r, i) => {
    const kind = r?.kind;
    if (typeof kind !== 'string' || !(REQUEST_KINDS as readonly string[]).includes(kind)) {
      throw new InvalidArgumentError(`classification.requests.${i}.kind`, kind, `one of ${REQUEST_KINDS.map((k) => `"${k}"`).join(', ')}`);
    }
    const implied = r?.implied === true;
    const text = implied || typeof r?.span?.text !== 'string' ? undefined : spanWords(r.span);
    const due = r?.due;
    if (due !== undefined) civilDayAt(due, `classification.requests.${i}.due`);
    return { kind, ...(due === undefined ? {} : { due }), ...(typeof text === 'string' ? { text } : {}), ...(implied ? { implied } : {}) };
  });
}

function isExtracted(t: ExtractedTimeline | Timeline): t is ExtractedTimeline {
  return isRecord(t) && 'span' in t && 'confidence' in t;
}

/** A model timeline, checked as `parseEvent` checks an event's (the zod schemas stay out of the reader's bundle). */
function modelTimeline(t: Timeline): Timeline {
  recordAt(t, 'extra.timeline', 'a result of extractTimeline or a Timeline');
  return eventTimelineInput(t, 'extra.timeline');
}

/**
 * Builds the tracker's `reply-received` event from a classification (R7), with the employer's
 * timeline when one was extracted (R4.5) and what the reply asks the candidate to do (its
 * `requests`, each with its stated deadline), so `classifyReply → replyEvent → applyEvent` updates
 * an application in three lines and `nextActions` lists the requests until they are answered. The answer an offer
 * waits for when the reply does not ask for it in words is recorded `implied: true`: the tracker folds it into
 * `reply-to-offer` (R8.3) rather than saying the employer asked.
 *
 * @param classification - A result of {@link classifyReply}: `label` and, when present, `requests`
 *   are read; a reply that asks for nothing adds no `requests` field.
 * @param receivedAt - When the reply arrived: an ISO 8601 instant with offset, or a `Date`.
 * @param extra - Optional `text`, `timeline` (from {@link extractTimeline}) and `note`.
 * @returns A plain `reply-received` event.
 * @throws {@link InvalidDateError} if `receivedAt` is not a valid instant;
 * {@link InvalidArgumentError} if `classification.label` is not a reply label, a request has an
 * unknown kind, `extra.timeline` is a model timeline `parseEvent` would refuse (naming the field, e.g.
 * `extra.timeline.date`), or the classification is of an automatic reply (`autoReply: true`), which is not the
 * employer's answer.
 * @example
 * ```ts
 * const reply = 'We are pleased to offer you the position!'
 * replyEvent(classifyReply(reply), '2026-12-02T09:30:00+01:00', { text: reply })
 * //=> { type: 'reply-received', at: '2026-12-02T09:30:00+01:00', outcome: 'offer', text: 'We are pleased to offer you the position!',
 * //     requests: [{ kind: 'respond_to_offer', implied: true }] }
 * ```
 */
export function replyEvent(
  classification: ReplyEventSource,
  receivedAt: Instant | Date,
  extra?: ReplyEventExtras,
): EventOf<'reply-received'> {
  if (typeof classification !== 'object' || classification === null) throw new InvalidArgumentError('classification', classification, 'a result of classifyReply');
  knownKeys(optionsAt(extra, 'extra', 'an object { text?, timeline?, note? } or nothing'), ['text', 'timeline', 'note'], 'extra key');
  optionalTextAt(extra?.text, 'extra.text');
  optionalTextAt(extra?.note, 'extra.note');
  const label = (classification as { label?: unknown }).label;
  if (typeof label !== 'string' || !(REPLY_LABELS as readonly string[]).includes(label)) {
    throw new InvalidArgumentError('classification.label', label, `one of ${REPLY_LABELS.map((l) => `"${l}"`).join(', ')}`);
  }
  if ((classification as { autoReply?: unknown }).autoReply === true) {
    throw new InvalidArgumentError('classification.autoReply', true, "a reply from a person: an automatic reply (an out-of-office notice) is not the employer's answer, so leave it out of the log");
  }
  const requests = recordedRequests((classification as { requests?: unknown }).requests);
  const t = instantAt(receivedAt, 'receivedAt');
  const at = receivedAt instanceof Date ? new Date(t).toISOString() : receivedAt;
  const timeline = extra?.timeline === undefined || extra.timeline === null ? undefined : isExtracted(extra.timeline) ? toTimeline(extra.timeline) : modelTimeline(extra.timeline);
  return {
    type: 'reply-received',
    at,
    outcome: label as Classification['label'],
    ...(extra?.text === undefined ? {} : { text: extra.text }),
    ...(timeline === undefined ? {} : { timeline }),
    ...(requests.length === 0 ? {} : { requests }),
    ...(extra?.note === undefined ? {} : { note: extra.note }),
  };
}
