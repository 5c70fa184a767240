import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { parseInstant } from '../../src/calendar/instant.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { nextActions } from '../../src/planner/tracker/nextActions.js';
import { applyLegal, eventSequenceArb, laterArb, makeApplication, makeSecondRound } from '../arbitraries/tracker.js';
import { runs } from '../helpers/runs.js';

const calendar = createCalendar();

/** Whether an event starts a new count of follow-ups: a round held, or an invitation to another one (R10). */
function startsCount(e: { type: string; outcome?: string }): boolean {
  return e.type === 'interview-held' || (e.type === 'reply-received' && e.outcome === 'next_round');
}

/**
 * Follow-ups sent since the latest `interview-held` or invitation to another round: R11.3 counts per round, and an
 * invitation nothing was arranged for may be followed up once in its own right.
 */
function followUpsThisRound(events: readonly { type: string; outcome?: string }[]): number {
  let n = 0;
  for (const e of events) {
    if (startsCount(e)) n = 0;
    else if (e.type === 'follow-up-sent') n += 1;
  }
  return n;
}

test.prop([eventSequenceArb, laterArb, fc.boolean()], { numRuns: runs(300) })(
  'R11.3: under the default policy nextActions never holds two follow-ups, and none once the round\'s (or the invitation\'s) follow-up went out',
  (events, later, withSecondRound) => {
    const start = makeApplication(withSecondRound ? { interviews: [makeApplication().interviews[0]!, makeSecondRound()] } : {});
    const { result } = applyLegal(start, events, (a, e) => applyEvent(a, e));
    const last = result.events[result.events.length - 1]?.at;
    const now = new Date((last === undefined ? parseInstant('2026-12-01T16:00:00Z') : parseInstant(last)) + later).toISOString();
    const followUps = nextActions(result, now, { calendar }).filter((a) => a.kind === 'follow-up');
    expect(followUps.length).toBeLessThanOrEqual(1);
    if (followUpsThisRound(result.events) >= 1) expect(followUps).toEqual([]);
  },
);

test.prop([eventSequenceArb], { numRuns: runs(200) })('R11.3: applyEvent never records two follow-ups in one round (or about one invitation) under the default policy', (events) => {
  const { result } = applyLegal(makeApplication({ interviews: [makeApplication().interviews[0]!, makeSecondRound()] }), events, (a, e) => applyEvent(a, e));
  let n = 0;
  for (const e of result.events) {
    if (startsCount(e)) n = 0;
    if (e.type === 'follow-up-sent') n += 1;
    expect(n).toBeLessThanOrEqual(1);
  }
});
