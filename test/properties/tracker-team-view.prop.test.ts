import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { runs } from '../helpers/runs.js';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import type { Application } from '../../src/model/Application.js';
import { candidateExpectations } from '../../src/planner/candidateExpectations.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { status } from '../../src/planner/tracker/status.js';
import { teamView } from '../../src/planner/tracker/teamView.js';
import { applyLegal, eventSequenceArb, laterArb, makeApplication, makeSecondRound } from '../arbitraries/tracker.js';

const calendar = createCalendar();
const ctx = { calendar };
const start = (): Application => makeApplication({ interviews: [makeApplication().interviews[0]!, makeSecondRound()] });
const OWES = new Set(['thank-you-due', 'waiting', 'follow-up-due', 'awaiting-reply', 'ghosted']);

/** The naive oracle of "one business day before": step back a calendar day at a time, Monday to Friday. */
function businessDayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  do d.setUTCDate(d.getUTCDate() - 1); while (d.getUTCDay() === 0 || d.getUTCDay() === 6);
  return d.toISOString().slice(0, 10);
}

test.prop([eventSequenceArb, laterArb], { numRuns: runs(150) })(
  'R4, R7, R11: the team owes news exactly in the waiting states, the update is due the business day before the follow-up, and overdue once it passed',
  (events, later) => {
    const { result: app } = applyLegal(start(), events, (a, e) => applyEvent(a, e));
    const last = app.events.at(-1)?.at ?? '2026-12-01T16:00:00Z';
    const now = new Date(Date.parse(last) + later).toISOString();
    const view = teamView(app, now, ctx);
    expect(view.state).toBe(status(app, now, ctx));
    expect(view.owesNews).toBe(OWES.has(view.state));
    if (!view.owesNews) {
      expect([view.expectsNewsBy, view.statusUpdateBy, view.earliestFollowUp, view.overdue]).toEqual([null, null, null, false]);
      return;
    }
    // The round's interview: the arbitrary's interview-held events name none, so they hold the interviews in order.
    const held = app.interviews[app.events.filter((e) => e.type === 'interview-held').length - 1]!;
    const dayOf = (at: string): string => new Date(new Date(at).toLocaleString('en-US', { timeZone: 'America/New_York' })).toLocaleDateString('en-CA');
    const floor = dayOf(held.endedAt);
    const oracle = [businessDayBefore(view.earliestFollowUp!), floor].sort().at(-1);
    expect(view.statusUpdateBy).toBe(oracle);
    expect(view.expectsNewsBy! <= view.earliestFollowUp!).toBe(true);
    expect(view.overdue).toBe(dayOf(now) > view.statusUpdateBy!);
    // On the day itself the update is not late yet.
    const onTheDay = `${view.statusUpdateBy!}T23:00:00-05:00`;
    if (Date.parse(onTheDay) >= Date.parse(last)) {
      const then = teamView(app, onTheDay, ctx);
      if (then.statusUpdateBy === view.statusUpdateBy) expect(then.overdue).toBe(false);
    }
  },
);

test.prop([fc.integer({ min: 0, max: 30 * 24 })], { numRuns: runs(50) })('R4.3: with only the interview held, its dates are those of candidateExpectations', (hours) => {
  const app = applyEvent(makeApplication(), { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' });
  const now = new Date(Date.parse('2026-12-01T11:00:00-05:00') + hours * 3_600_000).toISOString();
  const view = teamView(app, now, ctx);
  const expected = candidateExpectations(app.interviews[0]!, { calendar });
  expect([view.expectsNewsBy, view.statusUpdateBy, view.earliestFollowUp]).toEqual([expected.expectsNewsBy, expected.statusUpdateBy, expected.earliestFollowUp]);
});
