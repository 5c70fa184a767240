import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { status } from '../../src/planner/tracker/status.js';
import { summarize } from '../../src/planner/tracker/summarize.js';
import { applyLegal, eventSequenceArb, makeApplication, makeInterview } from '../arbitraries/tracker.js';

const calendar = createCalendar();
/** Moments after every generated event (they span 40 days from 2026-12-01). */
const nowArb = fc.constantFrom('2027-01-11T00:00:00Z', '2027-01-20T15:00:00Z', '2027-03-01T09:00:00Z');

const applicationsArb = fc.array(eventSequenceArb, { maxLength: 6 }).map((logs) =>
  logs.map((events, i) => applyLegal(makeApplication({ id: `app-${i}`, interviews: [makeInterview({ id: `app-${i}-r1` })] }), events, (a, e) => applyEvent(a, e)).result),
);

test.prop([applicationsArb, fc.integer({ min: 0, max: 4 }), nowArb])(
  'R6: the warning appears exactly when an application waits on the employer and fewer than minOtherActiveApplications others are active',
  (applications, min, NOW) => {
    const ctx = { calendar, policy: { minOtherActiveApplications: min } };
    const summary = summarize(applications, NOW, ctx);
    const states = applications.map((a) => status(a, NOW, ctx));
    const waiting = states.filter((s) => ['thank-you-due', 'waiting', 'follow-up-due', 'awaiting-reply'].includes(s)).length;
    const active = states.filter((s) => !['offer-accepted', 'offer-declined', 'rejected', 'withdrawn', 'ghosted'].includes(s)).length;
    expect(summary.warnings.length).toBe(waiting > 0 && active - 1 < min ? 1 : 0);
    expect(summary.states.map((s) => s.state)).toEqual(states);
    expect(Object.values(summary.byState).reduce((x, y) => x + y, 0)).toBe(applications.length);
    for (const w of summary.warnings) expect(w.rule).toBe('R6');
  },
);
