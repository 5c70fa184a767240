import { isCivilDate } from '../../calendar/epochDay.js';
import type { Instant } from '../../calendar/instant.js';
import { InvalidArgumentError } from '../../errors.js';
import type { EmployerRequest, EmployerRequestKind, Event } from '../../model/Event.js';
import { REQUEST_KIND_LIST } from '../../_lib/requestKinds.js';
import { ROUND_KINDS } from './trackerMachine.js';

/** Every request kind, in the order the model lists them (also the order of the actions on one day). @internal */
export const REQUEST_KIND_ORDER: readonly EmployerRequestKind[] = REQUEST_KIND_LIST;

/** A request of the employer's latest reply that no later event has answered. @internal */
export interface OpenRequest {
  readonly request: EmployerRequest;
  /** When the reply that asked arrived. */
  readonly askedAt: Instant;
}

/** Arranging or holding the round answers the requests to arrange it (R10). */
const ANSWERED_BY: Readonly<Partial<Record<Event['type'], Iterable<string>>>> = {
  'next-round-scheduled': ['send_availability', 'book_slot', 'confirm_attendance'],
  'interview-held': ROUND_KINDS,
};

/** The end of the application answers everything. */
const ENDS: ReadonlySet<Event['type']> = new Set(['offer-accepted', 'offer-declined', 'rejected', 'withdrawn']);

/** The `requests` of a reply, checked (they may come from plain JavaScript), one per kind. */
function requestsOf(event: Event, path: string): Map<EmployerRequestKind, EmployerRequest> {
  const out = new Map<EmployerRequestKind, EmployerRequest>();
  const list: unknown = (event as { requests?: unknown }).requests;
  if (list === undefined) return out;
  if (!Array.isArray(list)) throw new InvalidArgumentError(`${path}.requests`, list, 'an array of requests { kind, due?, text? }');
  list.forEach((value: unknown, i) => {
    const r = value as Partial<Record<keyof EmployerRequest, unknown>> | null;
    const kind = typeof r === 'object' && r !== null ? r.kind : undefined;
    if (typeof kind !== 'string' || !(REQUEST_KIND_ORDER as readonly string[]).includes(kind)) {
      throw new InvalidArgumentError(`${path}.requests.${i}.kind`, kind, `one of ${REQUEST_KIND_ORDER.map((k) => `"${k}"`).join(', ')}`);
    }
    const due = r?.due;
    if (due !== undefined && !isCivilDate(due)) {
      throw new InvalidArgumentError(`${path}.requests.${i}.due`, due, 'a real calendar date written "YYYY-MM-DD", or no `due`');
    }
    const request = value as EmployerRequest;
    const seen = out.get(request.kind);
    // The same thing asked twice in one reply is one request (the first wording asked in words), due by the earlier
    // stated date.
    if (seen === undefined) {
      out.set(request.kind, request);
      return;
    }
    const first = seen.implied === true && request.implied !== true ? request : seen;
    const earlier = request.due !== undefined && (seen.due === undefined || request.due < seen.due) ? request.due : seen.due;
    out.set(request.kind, earlier === first.due ? first : { ...first, due: earlier! });
  });
  return out;
}

/**
 * The requests still open after the log: those of the **latest** `reply-received` (a newer reply
 * says what the employer still asks, so it replaces the older requests), minus those a later event
 * answers: `request-answered` those it names (all without `kinds`), `next-round-scheduled` the scheduling requests,
 * `interview-held` those and the assessment, and the end of the application (offer accepted or declined, rejected,
 * withdrawn, or `ending`, the reply that ended it) answers all; a reply after the end asks anew. Implied requests
 * (`implied: true`) are among them. In the model's kind order. @internal
 */
export function openRequests(events: readonly Event[], path = 'application', ending?: Event): OpenRequest[] {
  let open = new Map<EmployerRequestKind, EmployerRequest>();
  let askedAt: Instant | undefined;
  events.forEach((event, i) => {
    if (event.type === 'reply-received') {
      open = requestsOf(event, `${path}.events.${i}`);
      askedAt = event.at;
    } else if (event.type === 'request-answered') {
      if (event.kinds === undefined) open.clear();
      else for (const kind of event.kinds) open.delete(kind);
    } else {
      for (const kind of ANSWERED_BY[event.type] ?? []) open.delete(kind as EmployerRequestKind);
    }
    if (ENDS.has(event.type) || event === ending) open = new Map();
  });
  if (askedAt === undefined) return [];
  const at = askedAt;
  return REQUEST_KIND_ORDER.flatMap((kind) => {
    const request = open.get(kind);
    return request === undefined ? [] : [{ request, askedAt: at }];
  });
}
