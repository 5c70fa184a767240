import * as z from 'zod';
import { describe } from '../errors.js';
import { expected, oneOf, parseWith, safeParseWith } from './parseWith.js';
import type { ParseOptions, SafeParseResult } from './parseWith.js';
import { InterviewSchema } from './Interview.js';
import { CivilDateSchema, InstantSchema, NonEmptyTextSchema } from './primitives.js';
import { TimelineSchema } from './Timeline.js';
import { REPLY_OUTCOME_LIST, REQUEST_KIND_LIST } from '../_lib/requestKinds.js';

/**
 * Outcomes an employer's reply can carry (R7).
 *
 * @example
 * ```ts
 * REPLY_OUTCOMES.includes('next_round') //=> true
 * ```
 */
export const REPLY_OUTCOMES = REPLY_OUTCOME_LIST;

/**
 * What an employer's reply says (R7): `offer`, `rejection`, `next_round`, `reference_check`, `pending` or `other`.
 *
 * @example
 * ```ts
 * ReplyOutcomeSchema.parse('reference_check') //=> "reference_check"
 * ```
 */
export const ReplyOutcomeSchema = z.enum(REPLY_OUTCOMES, {
  error: oneOf('Unknown reply outcome', `one of ${REPLY_OUTCOMES.map((o) => `"${o}"`).join(', ')}`),
});

/** What an employer's reply says (R7). */
export type ReplyOutcome = z.infer<typeof ReplyOutcomeSchema>;

/**
 * What an employer's message can ask the candidate to do (R7, R8, R10), the same list as the
 * classifier's `REQUEST_KINDS`: send availability, book a slot through a link, send references or
 * documents, complete an assessment, answer or sign an offer, confirm attendance.
 *
 * @example
 * ```ts
 * EMPLOYER_REQUEST_KINDS.includes('sign_offer') //=> true
 * ```
 */
export const EMPLOYER_REQUEST_KINDS = REQUEST_KIND_LIST;

/**
 * The kind of an {@link EmployerRequest}.
 *
 * @example
 * ```ts
 * EmployerRequestKindSchema.parse('book_slot') //=> "book_slot"
 * ```
 */
export const EmployerRequestKindSchema = z.enum(EMPLOYER_REQUEST_KINDS, {
  error: oneOf('Unknown request kind', `one of ${EMPLOYER_REQUEST_KINDS.map((k) => `"${k}"`).join(', ')}`),
});

/** What an employer's message can ask the candidate to do. */
export type EmployerRequestKind = z.infer<typeof EmployerRequestKindSchema>;

/**
 * One thing a reply asks the candidate to do, as recorded on a `reply-received` event: its `kind`,
 * the deadline the reply stated (`due`, a civil date in the employer's zone) and the words that ask
 * (`text`). `implied: true` marks what the reply does not ask in words: the answer an offer waits for
 * (R8), which the tracker folds into its `reply-to-offer` action (R8.3) instead of listing it as asked. The
 * tracker lists every other request as a next action until a later event answers it.
 *
 * @example
 * ```ts
 * EmployerRequestSchema.parse({ kind: 'sign_offer', due: '2026-12-11', text: 'sign and return the offer by Friday' })
 * ```
 */
export const EmployerRequestSchema = z.strictObject({
  kind: EmployerRequestKindSchema,
  due: CivilDateSchema.optional(),
  text: z.string().optional(),
  implied: z.literal(true, { error: expected('true, or no `implied`') }).optional(),
});

/** One thing a reply asks the candidate to do; see {@link EmployerRequestSchema}. */
export type EmployerRequest = z.infer<typeof EmployerRequestSchema>;

const base = { at: InstantSchema, note: z.string().optional() };

/**
 * The interview the event belongs to. When omitted, the tracker uses the first interview of the
 * application not yet held (for interview-held), which keeps a replayed log stable when later
 * rounds are appended; for every other event, the current round (the interview most recently held).
 */
const interviewId = NonEmptyTextSchema.optional();

/**
 * The `type` tags of {@link Event}, in the order the schema lists them.
 *
 * @example
 * ```ts
 * EVENT_TYPES[0] //=> "interview-held"
 * ```
 */
export const EVENT_TYPES = [
  'interview-held', 'thank-you-sent', 'follow-up-sent', 'request-answered', 'reply-received', 'timeline-updated',
  'next-round-scheduled', 'offer-received', 'offer-accepted', 'offer-declined', 'rejected', 'withdrawn',
] as const;

/**
 * Something that happened in an application, tagged by `type`; every event has `at`, the instant
 * it happened. Events are appended to `Application.events` and never changed.
 *
 * - `interview-held`: the interview `interviewId` took place (starts thank-yous, R1);
 * - `thank-you-sent`: a note went to `interviewerId` (R1.1);
 * - `follow-up-sent`: the one follow-up (R4, R11.3);
 * - `request-answered`: the candidate answered what the employer's latest reply asked (sent their availability,
 *   references or documents, submitted the assessment…): the requests of `kinds`, or all of them without `kinds`;
 * - `reply-received`: the employer answered, with an `outcome` (R7), its `text`, any new `timeline`
 *   and the `requests` it makes of the candidate (optional; see {@link EmployerRequestSchema});
 * - `timeline-updated`: the employer gave or moved a date (R4.5);
 * - `next-round-scheduled`: another round was arranged (R10), optionally with its `interview`;
 * - `offer-received`: an offer with salary, benefits, start date and response deadline (R8);
 * - `offer-accepted`, `offer-declined`, `rejected`, `withdrawn`: the application's end.
 *
 * @example
 * ```ts
 * EventSchema.parse({ type: 'thank-you-sent', at: '2026-12-01T18:00:00+01:00', interviewerId: 'ana' })
 * ```
 */
export const EventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('interview-held'), ...base, interviewId }),
    z.strictObject({ type: z.literal('thank-you-sent'), ...base, interviewId, interviewerId: NonEmptyTextSchema }),
    z.strictObject({ type: z.literal('follow-up-sent'), ...base, interviewId }),
    z.strictObject({
      type: z.literal('request-answered'),
      ...base,
      /** The kinds of request answered; without it, every request the employer's latest reply left open. */
      kinds: z.array(EmployerRequestKindSchema).min(1).optional(),
    }),
    z.strictObject({
      type: z.literal('reply-received'),
      ...base,
      outcome: ReplyOutcomeSchema,
      text: z.string().optional(),
      timeline: TimelineSchema.optional(),
      /** What the reply asks the candidate to do; the tracker lists each until it is answered. */
      requests: z.array(EmployerRequestSchema).optional(),
    }),
    z.strictObject({ type: z.literal('timeline-updated'), ...base, timeline: TimelineSchema }),
    z.strictObject({
      type: z.literal('next-round-scheduled'),
      ...base,
      /** The next round, when its details are known. */
      interview: InterviewSchema.optional(),
      startsAt: InstantSchema.optional(),
    }),
    z.strictObject({
      type: z.literal('offer-received'),
      ...base,
      /** As written in the offer, e.g. "EUR 85,000 a year". */
      salary: z.string().optional(),
      benefits: z.array(z.string()).optional(),
      startDate: CivilDateSchema.optional(),
      responseDeadline: CivilDateSchema.optional(),
    }),
    z.strictObject({ type: z.literal('offer-accepted'), ...base }),
    z.strictObject({ type: z.literal('offer-declined'), ...base, reason: z.string().optional() }),
    z.strictObject({ type: z.literal('rejected'), ...base, text: z.string().optional() }),
    z.strictObject({ type: z.literal('withdrawn'), ...base, reason: z.string().optional() }),
  ],
  {
    error: (iss) => {
      if (typeof iss.input !== 'object' || iss.input === null || Array.isArray(iss.input)) {
        return `Expected an event object such as { type: 'follow-up-sent', at }, got ${describe(iss.input)}.`;
      }
      const type = (iss.input as { type?: unknown }).type;
      return `Unknown event type ${describe(type)}: expected one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}.`;
    },
  },
);

/**
 * Something that happened in an application; see {@link EventSchema}.
 *
 * @example
 * ```ts
 * const e: Event = { type: 'reply-received', at: '2026-12-07T10:00:00Z', outcome: 'pending' }
 * ```
 */
export type Event = z.infer<typeof EventSchema>;

/** The `type` tags of {@link Event}. */
export type EventType = Event['type'];

/** The event of a given `type`, e.g. `EventOf<'reply-received'>`. */
export type EventOf<T extends EventType> = Extract<Event, { type: T }>;

/**
 * Validates an {@link Event}.
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * parseEvent({ type: 'follow-up-sent', at: '2026-12-08T09:00:00+01:00' })
 * ```
 */
export function parseEvent(input: unknown, options?: ParseOptions): Event {
  return parseWith(EventSchema, 'event', input, options);
}

/**
 * Validates an {@link Event} without throwing.
 *
 * @example
 * ```ts
 * safeParseEvent({ type: 'ghosted', at: '2026-12-08T09:00:00Z' }).success //=> false
 * ```
 */
export function safeParseEvent(input: unknown, options?: ParseOptions): SafeParseResult<Event> {
  return safeParseWith(EventSchema, 'event', input, options);
}
