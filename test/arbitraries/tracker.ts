/**
 * Fixtures and fast-check generators for the tracker and calendar-export tests.
 */
import { fc } from '@fast-check/vitest';
import type { Application } from '../../src/model/Application.js';
import type { Event } from '../../src/model/Event.js';
import type { Interview } from '../../src/model/Interview.js';

/** A Tuesday video interview in New York with two interviewers and no timeline (R4.3 applies). */
export function makeInterview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'r1',
    company: 'Acme',
    role: 'Data Engineer',
    round: 1,
    format: 'video',
    startedAt: '2026-12-01T10:00:00-05:00',
    endedAt: '2026-12-01T11:00:00-05:00',
    candidateTimeZone: 'America/New_York',
    employerTimeZone: 'America/New_York',
    interviewers: [
      { id: 'lee', name: 'Lee Park', points: ['batch pipelines'] },
      { id: 'ana', name: 'Ana Ruiz', points: ['on-call rotation'] },
    ],
    ...overrides,
  };
}

/** The second round of {@link makeInterview}: an onsite with a new interviewer. */
export function makeSecondRound(overrides: Partial<Interview> = {}): Interview {
  return makeInterview({
    id: 'r2',
    round: 2,
    format: 'onsite',
    startedAt: '2026-12-14T13:00:00-05:00',
    endedAt: '2026-12-14T15:00:00-05:00',
    interviewers: [{ id: 'kim', name: 'Kim Osei', title: 'VP Engineering', points: ['roadmap'] }],
    ...overrides,
  });
}

/** An application with no events yet. */
export function makeApplication(overrides: Partial<Application> = {}): Application {
  return { id: 'acme', company: 'Acme', role: 'Data Engineer', interviews: [makeInterview()], events: [], ...overrides };
}

/** Event types as the model lists them. */
export const EVENT_TYPES = [
  'interview-held', 'thank-you-sent', 'follow-up-sent', 'reply-received', 'timeline-updated',
  'next-round-scheduled', 'offer-received', 'offer-accepted', 'offer-declined', 'rejected', 'withdrawn',
] as const;

const START_MS = Date.parse('2026-12-01T16:00:00Z');
const HOUR = 3_600_000;

/**
 * A random event (any type, plausible fields) at `START + offsetHours`: most such sequences are
 * illegal somewhere, which is the point: the property tests apply them and skip the rejected ones.
 */
export const eventArb: fc.Arbitrary<{ readonly offsetHours: number; readonly make: (at: string) => Event }> = fc.record({
  offsetHours: fc.integer({ min: 0, max: 24 * 40 }),
  make: fc.oneof(
    fc.constant((at: string): Event => ({ type: 'interview-held', at })),
    fc.constantFrom('lee', 'ana', 'kim', 'nobody').map((id) => (at: string): Event => ({ type: 'thank-you-sent', at, interviewerId: id })),
    fc.constant((at: string): Event => ({ type: 'follow-up-sent', at })),
    fc.constantFrom('offer', 'rejection', 'next_round', 'reference_check', 'pending', 'other' as const).map(
      (outcome) => (at: string): Event => ({ type: 'reply-received', at, outcome }),
    ),
    fc.constant((at: string): Event => ({ type: 'timeline-updated', at, timeline: { kind: 'date', date: '2026-12-18' } })),
    fc.boolean().map((withInterview) => (at: string): Event =>
      withInterview ? { type: 'next-round-scheduled', at, interview: makeSecondRound() } : { type: 'next-round-scheduled', at }),
    fc.constant((at: string): Event => ({ type: 'offer-received', at, salary: 'USD 120,000', responseDeadline: '2027-01-08' })),
    fc.constantFrom('offer-accepted', 'offer-declined', 'rejected', 'withdrawn' as const).map((type) => (at: string): Event => ({ type, at })),
  ),
});

/**
 * Events in non-decreasing time order; most sequences start with the first interview being held,
 * so that the round's events (thank-yous, follow-ups, replies) get exercised.
 */
export const eventSequenceArb: fc.Arbitrary<Event[]> = fc
  .tuple(fc.boolean(), fc.array(eventArb, { maxLength: 14 }))
  .map(([heldFirst, list]) => {
    const events = [...list].sort((a, b) => a.offsetHours - b.offsetHours).map((e) => e.make(new Date(START_MS + e.offsetHours * HOUR).toISOString()));
    return heldFirst ? [{ type: 'interview-held', at: '2026-12-01T11:00:00-05:00' } as Event, ...events] : events;
  });

/** The events of `events` that `apply` accepts, in order, skipping the refused ones. */
export function applyLegal<A>(start: A, events: readonly Event[], apply: (a: A, e: Event) => A): { readonly result: A; readonly accepted: readonly Event[] } {
  let result = start;
  const accepted: Event[] = [];
  for (const event of events) {
    try {
      result = apply(result, event);
      accepted.push(event);
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'INVALID_TRANSITION') throw e;
    }
  }
  return { result, accepted };
}

/** Milliseconds after the last event: from at once to ~50 days later. */
export const laterArb: fc.Arbitrary<number> = fc.integer({ min: 0, max: 24 * 50 * HOUR });
