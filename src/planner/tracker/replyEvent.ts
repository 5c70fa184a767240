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

/** What {@link replyEvent} reads from a reading: its label and, when present, its requests (a whole {@link Classification} fits). */
export type ReplyEventSource = Pick<Classification, 'label'> & { readonly requests?: readonly ReplyRequest[] };

/** Extra fields of {@link replyEvent}. */
export interface ReplyEventExtras {
  /** The reply's text, kept on the event for display. */
  readonly text?: string;
  /** A promise found by {@link extractTimeline} (converted with {@link toTimeline}), or a model timeline; `null` adds none. */
  readonly timeline?: ExtractedTimeline | Timeline | null;
  /** A free note. */
  readonly note?: string;
}

/**
 * The requests of a classification in the event's form: kind, stated deadline, the asking words (none for the answer
 * an offer waits for without asking, whose span is the offer's words).
 */
function recordedRequests(requests: unknown): EmployerRequest[] {
  if (requests === undefined) return [];
  if (!Array.isArray(requests)) throw new InvalidArgumentError('classification.requests', requests, 'an array of requests from classifyReply');
  return (requests as readonly (Partial<ReplyRequest> | null)[]).map((r, i) => {
    const kind = r?.kind;
    if (typeof kind !== 'string' || !(REQUEST_KINDS as readonly string[]).includes(kind)) {
      throw new InvalidArgumentError(`classification.requests.${i}.kind`, kind, `one of ${REQUEST_KINDS.map((k) => `"${k}"`).join(', ')}`);
    }
    const text = r?.implied === true || typeof r?.span?.text !== 'string' ? undefined : spanWords(r.span);
    const due = r?.due;
    if (due !== undefined) civilDayAt(due, `classification.requests.${i}.due`);
    return { kind, ...(due === undefined ? {} : { due }), ...(typeof text === 'string' ? { text } : {}) };
  });
}

function isExtracted(t: ExtractedTimeline | Timeline): t is ExtractedTimeline {
  return isRecord(t) && 'span' in t && 'confidence' in t;
}

/**
 * A model timeline as given, once it is an object of texts and numbers (the planner checks the rest when it applies
 * the event; the zod schemas stay out of the reader's bundle).
 */
function modelTimeline(t: Timeline): Timeline {
  recordAt(t, 'extra.timeline', 'a result of extractTimeline or a Timeline');
  for (const [key, value] of Object.entries(t)) {
    if (typeof value !== 'string' && !Number.isFinite(value)) throw new InvalidArgumentError(`extra.timeline.${key}`, value, 'a text or a number');
  }
  return t;
}

/**
 * Builds the tracker's `reply-received` event from a classification (R7), with the employer's
 * timeline when one was extracted (R4.5) and what the reply asks the candidate to do (its
 * `requests`, each with its stated deadline), so `classifyReply → replyEvent → applyEvent` updates
 * an application in three lines and `nextActions` lists the requests until they are answered.
 *
 * @param classification - A result of {@link classifyReply}: `label` and, when present, `requests`
 *   are read; a reply that asks for nothing adds no `requests` field.
 * @param receivedAt - When the reply arrived: an ISO 8601 instant with offset, or a `Date`.
 * @param extra - Optional `text`, `timeline` (from {@link extractTimeline}) and `note`.
 * @returns A plain `reply-received` event.
 * @throws {@link InvalidDateError} if `receivedAt` is not a valid instant;
 * {@link InvalidArgumentError} if `classification.label` is not a reply label, a request has an
 * unknown kind, or the classification is of an automatic reply (`autoReply: true`), which is not the employer's answer.
 * @example
 * ```ts
 * const reply = 'We are pleased to offer you the position!'
 * replyEvent(classifyReply(reply), '2026-12-02T09:30:00+01:00', { text: reply })
 * //=> { type: 'reply-received', at: '2026-12-02T09:30:00+01:00', outcome: 'offer', text: 'We are pleased to offer you the position!' }
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
