import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { runs } from '../helpers/runs.js';
import { addDays } from '../../src/calendar/epochDay.js';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { civilDateInZone } from '../../src/calendar/zone.js';
import type { Application } from '../../src/model/Application.js';
import { REPLY_OUTCOMES } from '../../src/model/Event.js';
import type { EmployerRequest, Event } from '../../src/model/Event.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { insertEvent } from '../../src/planner/tracker/insertEvent.js';
import { nextActions } from '../../src/planner/tracker/nextActions.js';
import { status } from '../../src/planner/tracker/status.js';
import { TERMINAL_STATES } from '../../src/planner/tracker/transitions.js';
import type { TrackerState } from '../../src/planner/tracker/types.js';
import { makeApplication } from '../arbitraries/tracker.js';
import { answered, answeredKindsArb, requestsArb } from './tracker-requests.arb.js';

/*
 * R7, mail after the end: an ended application records the employer's mail (any outcome) and the candidate's answers,
 * keeps its state, keeps its own actions, and lists what the latest mail since the end asks, as any reply's requests.
 */

const calendar = createCalendar();
const ctx = { calendar };
const ZONE = 'America/New_York';
const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const ENDINGS: Partial<Record<TrackerState, readonly Event[]>> = {
  'offer-accepted': [{ type: 'offer-received', at: '2026-12-02T09:00:00-05:00' }, { type: 'offer-accepted', at: '2026-12-02T12:00:00-05:00' }],
  'offer-declined': [{ type: 'offer-received', at: '2026-12-02T09:00:00-05:00' }, { type: 'offer-declined', at: '2026-12-02T12:00:00-05:00' }],
  rejected: [{ type: 'reply-received', at: '2026-12-02T12:00:00-05:00', outcome: 'rejection', requests: [{ kind: 'send_documents' }] }],
  withdrawn: [{ type: 'withdrawn', at: '2026-12-02T12:00:00-05:00' }],
};

const instantOn = (n: number, hour: number): string => `${addDays('2026-12-03', n)}T${String(hour).padStart(2, '0')}:00:00-05:00`;

/** After the end: replies of any outcome with requests, and answers, in time order. */
const mailArb: fc.Arbitrary<Event[]> = fc
  .array(
    fc.oneof(
      fc.record({ outcome: fc.constantFrom(...REPLY_OUTCOMES), requests: requestsArb }).map(({ outcome, requests }) => (at: string): Event => ({ type: 'reply-received', at, outcome, requests })),
      answeredKindsArb.map((kinds) => (at: string): Event => answered(at, kinds)),
    ),
    { maxLength: 6 },
  )
  .map((makers) => makers.map((make, i) => make(instantOn(Math.floor(i / 2), 9 + (i % 2) * 4))));

/** The oracle: the requests of the latest reply since the end, asked in words, less those answered after it. */
function stillAsked(mail: readonly Event[]): EmployerRequest[] {
  let open: EmployerRequest[] = [];
  for (const e of mail) {
    if (e.type === 'reply-received') open = (e.requests ?? []).filter((r) => r.implied !== true);
    else if (e.type === 'request-answered') open = open.filter((r) => e.kinds !== undefined && !e.kinds.includes(r.kind));
  }
  return open;
}

const ended = (terminal: TrackerState): Application => [HELD, ...(ENDINGS[terminal] ?? [])].reduce((a, e) => applyEvent(a, e), makeApplication());

test.prop([fc.constantFrom(...TERMINAL_STATES), mailArb, fc.integer({ min: 0, max: 20 })], { numRuns: runs(150) })(
  'R7: mail after the end is recorded, the end stays with its own actions, and what the latest mail asks is listed until answered',
  (terminal, mail, later) => {
    const before = ended(terminal);
    const after = mail.reduce((a, e) => applyEvent(a, e), before);
    expect(after.events).toHaveLength(before.events.length + mail.length);
    const now = instantOn(4 + later, 18);
    expect(status(after, now, ctx)).toBe(terminal);
    const actions = nextActions(after, now, ctx);
    const own = (list: typeof actions) => list.filter((a) => a.kind !== 'answer-request');
    expect(own(actions)).toEqual(own(nextActions(before, now, ctx)));
    const asked = actions.filter((a) => a.kind === 'answer-request').map((a) => a.request?.kind).sort();
    expect(asked).toEqual(stillAsked(mail).map((r) => r.kind).sort());
    for (const a of actions.filter((x) => x.kind === 'answer-request')) {
      expect(a.overdue).toBe(a.request?.due !== undefined && a.request.due < civilDateInZone(now, ZONE));
    }
  },
);

test.prop([fc.constantFrom(...TERMINAL_STATES), mailArb], { numRuns: runs(60) })(
  'R7: insertEvent takes the same mail after the end, in any order of delivery, to the same application',
  (terminal, mail) => {
    fc.pre(new Set(mail.map((e) => e.at)).size === mail.length);
    const inOrder = mail.reduce((a, e) => applyEvent(a, e), ended(terminal));
    const reversed = [...mail].reverse().reduce((a, e) => insertEvent(a, e), ended(terminal));
    expect(reversed).toEqual(inOrder);
  },
);
