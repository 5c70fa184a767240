/**
 * Generators shared by the property tests of the employer's requests (R7, R8.3, R10): kept beside them until they
 * move to test/arbitraries/tracker.ts.
 */
import { fc } from '@fast-check/vitest';
import { addDays } from '../../src/calendar/epochDay.js';
import { EMPLOYER_REQUEST_KINDS } from '../../src/model/Event.js';
import type { EmployerRequest, EmployerRequestKind, Event } from '../../src/model/Event.js';

/** Requests of one kind each, around December 2026: a stated date or none, words or none, implied or not. */
export const requestsArb: fc.Arbitrary<EmployerRequest[]> = fc.uniqueArray(
  fc.record(
    {
      kind: fc.constantFrom(...EMPLOYER_REQUEST_KINDS),
      due: fc.integer({ min: -3, max: 40 }).map((n) => addDays('2026-12-02', n)),
      text: fc.constantFrom('please send', 'by Friday'),
      implied: fc.constant(true as const),
    },
    { requiredKeys: ['kind'] },
  ),
  { selector: (r) => r.kind, maxLength: 5 },
);

/** Some request kinds answered, or `undefined` for a request-answered event without `kinds` (all of them). */
export const answeredKindsArb: fc.Arbitrary<EmployerRequestKind[] | undefined> = fc.option(fc.subarray([...EMPLOYER_REQUEST_KINDS], { minLength: 1 }), { nil: undefined });

/** A request-answered event at `at`, for `kinds` or for all. */
export function answered(at: string, kinds: readonly EmployerRequestKind[] | undefined): Event {
  return kinds === undefined ? { type: 'request-answered', at } : { type: 'request-answered', at, kinds: [...kinds] };
}
