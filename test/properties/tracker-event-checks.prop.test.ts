import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { runs } from '../helpers/runs.js';
import { isFollowUpError } from '../../src/errors.js';
import type { Application } from '../../src/model/Application.js';
import { EMPLOYER_REQUEST_KINDS, safeParseEvent } from '../../src/model/Event.js';
import type { Event } from '../../src/model/Event.js';
import { safeParseTimeline } from '../../src/model/Timeline.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { insertEvent } from '../../src/planner/tracker/insertEvent.js';
import { replyEvent } from '../../src/planner/tracker/replyEvent.js';
import { makeApplication } from '../arbitraries/tracker.js';

/*
 * The tracker refuses what parseEvent refuses (docs/tracker.md): for events whose requests, timeline and answered kinds
 * are built from near misses (real and impossible dates, instants, numbers, unknown kinds and fields, undefined), the
 * oracle is parseEvent. applyEvent and insertEvent accept exactly the events it accepts, and refuse the others with the
 * library's typed error naming the field under `event.` (never a raw TypeError); replyEvent does the same for a model
 * timeline against parseTimeline.
 */

const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const held = (): Application => applyEvent(makeApplication(), HELD);
const AT = '2026-12-04T09:00:00-05:00';

/** Values that are valid in some field and not in others. */
const valueArb = fc.oneof(
  fc.constantFrom('2026-12-04', '2026-02-30', '2026-12-04T10:00:00Z', '', 'by Friday', 'x', ...EMPLOYER_REQUEST_KINDS),
  fc.constantFrom<unknown>(undefined, null, true, false, 0, 5, 1.5, -1, 3661, Number.NaN, [], {}),
);

/** `valid`, as it is or with one of `keys` set to a value of the pool, or removed. */
const nearArb = (valid: fc.Arbitrary<Record<string, unknown>>, keys: readonly string[]) =>
  fc.tuple(valid, fc.constantFrom(...keys), fc.option(valueArb, { nil: 'remove' as const }), fc.integer({ min: 0, max: 2 })).map(([v, key, value, keep]) => {
    if (keep === 0) return v;
    const out: Record<string, unknown> = { ...v };
    if (value === 'remove') delete out[key];
    else out[key] = value;
    return out;
  });

const requestArb = fc.oneof(
  nearArb(fc.constantFrom({ kind: 'book_slot' }, { kind: 'sign_offer', due: '2026-12-11', text: 'sign it' }, { kind: 'respond_to_offer', implied: true }), ['kind', 'due', 'text', 'implied', 'deadline']),
  valueArb,
);
const timelineArb = fc.oneof(
  nearArb(
    fc.constantFrom<Record<string, unknown>>(
      { kind: 'none' }, { kind: 'none', text: 'soon' }, { kind: 'date', date: '2026-12-04' }, { kind: 'calendar-days', days: 10, from: '2026-12-01' },
      { kind: 'weeks', weeks: 2 }, { kind: 'business-days', days: 5, text: 'in 5 business days' },
    ),
    ['kind', 'date', 'days', 'weeks', 'from', 'text', 'by'],
  ),
  valueArb,
);

const eventArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ requests: fc.oneof(fc.array(requestArb, { maxLength: 3 }), valueArb) }).map((f) => ({ type: 'reply-received', at: AT, outcome: 'next_round', ...f })),
  fc.record({ timeline: timelineArb }).map((f) => ({ type: 'reply-received', at: AT, outcome: 'pending', ...f })),
  fc.record({ timeline: timelineArb }).map((f) => ({ type: 'timeline-updated', at: AT, ...f })),
  fc.record({ kinds: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...EMPLOYER_REQUEST_KINDS), valueArb), { maxLength: 3 }), valueArb) }, { requiredKeys: [] })
    .map((f) => ({ type: 'request-answered', at: AT, ...f })),
);

/** Whether `f` returns, or throws the library's INVALID_ARGUMENT naming a field under `event.`. */
function accepts(f: () => unknown, prefix: string): boolean {
  try {
    f();
    return true;
  } catch (e) {
    expect(isFollowUpError(e, 'INVALID_ARGUMENT'), String(e)).toBe(true);
    expect((e as { argument: string }).argument.startsWith(prefix), (e as Error).message).toBe(true);
    return false;
  }
}

test.prop([eventArb], { numRuns: runs(400) })('applyEvent and insertEvent accept exactly the events parseEvent accepts', (event) => {
  const valid = safeParseEvent(event).success;
  expect(accepts(() => applyEvent(held(), event as Event), 'event.'), JSON.stringify(event)).toBe(valid);
  expect(accepts(() => insertEvent(held(), event as Event), 'event.'), JSON.stringify(event)).toBe(valid);
});

test.prop([timelineArb], { numRuns: runs(300) })('replyEvent takes exactly the model timelines parseTimeline accepts', (timeline) => {
  fc.pre(timeline !== undefined && timeline !== null);
  const valid = safeParseTimeline(timeline).success;
  expect(accepts(() => replyEvent({ label: 'pending' }, AT, { timeline: timeline as never }), 'extra.timeline'), JSON.stringify(timeline)).toBe(valid);
});
