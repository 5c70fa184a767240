import * as z from 'zod';
import { parseInstant } from '../calendar/instant.js';
import { describe } from '../errors.js';
import { parseWith, safeParseWith } from './parseWith.js';
import type { ParseOptions, SafeParseResult } from './parseWith.js';
import { EventSchema } from './Event.js';
import { InterviewSchema } from './Interview.js';
import { NonEmptyTextSchema } from './primitives.js';
import { duplicateId } from '../_lib/duplicateId.js';
import { reportDuplicates } from './reportDuplicates.js';

/**
 * One job application: its interviews and an append-only event log. Cross-field checks: interview
 * ids are unique, and events are in time order (`at` never decreases).
 *
 * @example
 * ```ts
 * ApplicationSchema.safeParse({ id: 'a1', company: 'Acme', role: 'Engineer', interviews: [], events: [] }).success //=> true
 * ```
 */
export const ApplicationSchema = z
  .strictObject({
    id: NonEmptyTextSchema,
    company: NonEmptyTextSchema,
    /** The role title. */
    role: NonEmptyTextSchema,
    interviews: z.array(InterviewSchema),
    /** Append-only: new events go at the end, in time order. */
    events: z.array(EventSchema),
  })
  .superRefine((v, ctx) => {
    reportDuplicates(ctx, v.interviews, (x) => x.id, (i) => ['interviews', i, 'id'], duplicateId('interview'));
    let previous = Number.NEGATIVE_INFINITY;
    v.events.forEach((event, i) => {
      let t: number;
      try {
        t = parseInstant(event.at);
      } catch {
        // An instant already reported by the event's own schema: nothing to compare.
        return;
      }
      if (t < previous) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'at'],
          input: event.at,
          message: `Event ${i} (${event.type}) at ${describe(event.at)} is earlier than the event before it: the log is append-only, in time order.`,
        });
      }
      previous = Math.max(previous, t);
    });
  });

/** One job application with its event log; see {@link ApplicationSchema}. */
export type Application = z.infer<typeof ApplicationSchema>;

/**
 * Validates an {@link Application}.
 *
 * @throws {@link InvalidInputError} listing every problem with its path.
 * @example
 * ```ts
 * const app = parseApplication({ id: 'a1', company: 'Acme', role: 'Engineer', interviews: [], events: [] })
 * ```
 */
export function parseApplication(input: unknown, options?: ParseOptions): Application {
  return parseWith(ApplicationSchema, 'application', input, options);
}

/**
 * Validates an {@link Application} without throwing.
 *
 * @example
 * ```ts
 * safeParseApplication({ id: 'a1' }).success //=> false
 * ```
 */
export function safeParseApplication(input: unknown, options?: ParseOptions): SafeParseResult<Application> {
  return safeParseWith(ApplicationSchema, 'application', input, options);
}
