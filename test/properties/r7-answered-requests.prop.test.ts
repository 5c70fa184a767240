import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { runs } from '../helpers/runs.js';
import { addDays } from '../../src/calendar/epochDay.js';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { civilDateInZone } from '../../src/calendar/zone.js';
import type { Application } from '../../src/model/Application.js';
import { EMPLOYER_REQUEST_KINDS } from '../../src/model/Event.js';
import type { EmployerRequest, EmployerRequestKind, Event } from '../../src/model/Event.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { nextActions } from '../../src/planner/tracker/nextActions.js';
import { status } from '../../src/planner/tracker/status.js';
import { makeApplication } from '../arbitraries/tracker.js';
import { answered, answeredKindsArb, requestsArb } from './tracker-requests.arb.js';

/*
 * R7: what the employer asked, against a naive oracle. The answer-request actions are the requests of the latest reply
 * that were asked in words (implied ones aside), minus those the candidate recorded as answered (request-answered with
 * their kinds, or all of them without kinds); and recording an answer never moves the application.
 */

const calendar = createCalendar();
const ctx = { calendar };
const ZONE = 'America/New_York';
const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const THANKS: Event[] = [
  { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' },
  { type: 'thank-you-sent', at: '2026-12-01T15:05:00-05:00', interviewerId: 'ana' },
];
const round1 = (): Application => [HELD, ...THANKS].reduce((a, e) => applyEvent(a, e), makeApplication());

/** 09:00 in New York on the `n`th day after 2026-12-02. */
const instantOn = (n: number, hour = 9): string => `${addDays('2026-12-02', n)}T${String(hour).padStart(2, '0')}:00:00-05:00`;

const outcomeArb = fc.constantFrom('offer', 'next_round', 'reference_check', 'pending', 'other' as const);

/** The oracle: the kinds still to answer, with the day each is due (its date, or the day the reply came). */
function expected(requests: readonly EmployerRequest[], answered: readonly (readonly EmployerRequestKind[] | undefined)[], receivedOn: string): [string, string][] {
  const done = new Set<string>(answered.flatMap((k) => k ?? EMPLOYER_REQUEST_KINDS));
  return requests
    .filter((r) => r.implied !== true && !done.has(r.kind))
    .map((r): [string, string] => [r.kind, r.due ?? receivedOn])
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : EMPLOYER_REQUEST_KINDS.indexOf(a[0] as EmployerRequestKind) - EMPLOYER_REQUEST_KINDS.indexOf(b[0] as EmployerRequestKind)));
}

const answersArb = fc.array(answeredKindsArb, { maxLength: 3 });

test.prop([outcomeArb, requestsArb, answersArb, fc.integer({ min: 0, max: 30 })], { numRuns: runs(150) })(
  'R7: the answer-request actions are the latest reply\'s requests asked in words, less those recorded as answered',
  (outcome, requests, answers, later) => {
    let app = applyEvent(round1(), { type: 'reply-received', at: instantOn(0), outcome, requests });
    answers.forEach((kinds, i) => {
      app = applyEvent(app, answered(instantOn(0, 10 + i), kinds));
    });
    const now = instantOn(later, 18);
    const actions = nextActions(app, now, ctx).filter((a) => a.kind === 'answer-request');
    expect(actions.map((a) => [a.request?.kind, a.due])).toEqual(expected(requests, answers, civilDateInZone(instantOn(0), ZONE)));
    const today = civilDateInZone(now, ZONE);
    for (const a of actions) {
      expect(a.overdue).toBe(a.request?.due !== undefined && a.request.due < today);
      // Never worded as asked for what the employer did not ask.
      expect(a.request?.implied).toBeUndefined();
    }
  },
);

test.prop([outcomeArb, requestsArb, answersArb, fc.integer({ min: 0, max: 30 })], { numRuns: runs(100) })(
  'R7: recording an answer never changes the state, and never spends a follow-up (R11.3)',
  (outcome, requests, answers, later) => {
    const asked = applyEvent(round1(), { type: 'reply-received', at: instantOn(0), outcome, requests });
    const replied = answers.reduce<Application>((a, kinds, i) => applyEvent(a, answered(instantOn(0, 10 + i), kinds)), asked);
    const now = instantOn(later, 18);
    expect(status(replied, now, ctx)).toBe(status(asked, now, ctx));
    // Besides the requests, only the answer to an invitation (R10) and to an offer (R8.3) may change: an invitation
    // answered is no longer to be answered, and an offer's date answered no longer binds, so the reply comes no sooner.
    const touched = new Set(['answer-request', 'reply-to-next-round', 'reply-to-offer']);
    const others = (app: Application) => nextActions(app, now, ctx).filter((a) => !touched.has(a.kind) && a.id !== 'acme/r1/follow-up/invitation');
    expect(others(replied)).toEqual(others(asked));
    const offerDue = (app: Application) => nextActions(app, now, ctx).find((a) => a.kind === 'reply-to-offer')?.due ?? '';
    expect(offerDue(replied) >= offerDue(asked)).toBe(true);
    // A follow-up legal before the answers is legal after them.
    const chase: Event = { type: 'follow-up-sent', at: instantOn(later, 19) };
    const legal = (app: Application): boolean => {
      try {
        applyEvent(app, chase);
        return true;
      } catch {
        return false;
      }
    };
    expect(legal(replied)).toBe(legal(asked));
  },
);
