import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { runs } from '../helpers/runs.js';
import { addDays } from '../../src/calendar/epochDay.js';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import type { CivilDate } from '../../src/calendar/types.js';
import type { Application } from '../../src/model/Application.js';
import type { EmployerRequest, Event } from '../../src/model/Event.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { nextActions } from '../../src/planner/tracker/nextActions.js';
import { makeApplication } from '../arbitraries/tracker.js';
import { requestsArb } from './tracker-requests.arb.js';

/*
 * R8.3: the answer an offer waits for without asking in words (an implied request) is no request of the employer. It is
 * never an answer-request action ("Acme asked…"), and the reply to the offer is due by R8.3's date, or by an earlier
 * date the offer reply stated for answering or signing (the time limit of an implied answer among them): never the day the offer
 * came for want of a date.
 */

const calendar = createCalendar();
const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const THANKS: Event[] = [
  { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' },
  { type: 'thank-you-sent', at: '2026-12-01T15:05:00-05:00', interviewerId: 'ana' },
];
const round1 = (): Application => [HELD, ...THANKS].reduce((a, e) => applyEvent(a, e), makeApplication());

/** The day of the offer (Monday 2026-12-07 and the next days), in New York. */
const dayArb = fc.integer({ min: 0, max: 4 }).map((n) => addDays('2026-12-07', n));

/** An offer reply's requests with the implied answer among them, dated or not. */
const offerRequestsArb: fc.Arbitrary<EmployerRequest[]> = fc
  .tuple(requestsArb, fc.option(fc.integer({ min: -2, max: 30 }), { nil: undefined }))
  .map(([requests, stands]) => [
    ...requests.filter((r) => r.kind !== 'respond_to_offer'),
    stands === undefined ? { kind: 'respond_to_offer', implied: true } : { kind: 'respond_to_offer', due: addDays('2026-12-07', stands), implied: true },
  ]);

test.prop([dayArb, offerRequestsArb, fc.integer({ min: 0, max: 10 })], { numRuns: runs(150) })(
  'R8.3: an implied answer is never an answer-request, and the reply to the offer is due by R8.3\'s date or an earlier stated one',
  (day, requests, later) => {
    const app = applyEvent(round1(), { type: 'reply-received', at: `${day}T09:00:00-05:00`, outcome: 'offer', requests });
    const now = `${addDays(day, later)}T18:00:00-05:00`;
    const actions = nextActions(app, now, { calendar });
    expect(actions.filter((a) => a.request?.implied === true)).toEqual([]);
    const replies = actions.filter((a) => a.kind === 'reply-to-offer');
    expect(replies).toHaveLength(1);
    const r83 = calendar.addBusinessDays(day, 2);
    const stated = requests.filter((r) => r.kind === 'respond_to_offer' || r.kind === 'sign_offer').flatMap((r) => (r.due === undefined ? [] : [r.due]));
    expect(replies[0]?.due).toBe([r83, ...stated].reduce<CivilDate>((a, b) => (b < a ? b : a), r83));
    // An implied answer the reply set no date for asks nothing of its own: the day the offer came is no deadline.
    if (stated.length === 0) expect(replies[0]?.due).toBe(r83);
    // The asked requests are the employer's, in words.
    expect(actions.filter((a) => a.kind === 'answer-request').map((a) => a.request?.kind).sort()).toEqual(requests.filter((r) => r.implied !== true).map((r) => r.kind).sort());
  },
);
