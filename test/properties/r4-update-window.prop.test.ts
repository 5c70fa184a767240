import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { runs } from '../helpers/runs.js';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { formatEpochDay, toEpochDay } from '../../src/calendar/epochDay.js';
import type { Event } from '../../src/model/Event.js';
import { planFollowUp } from '../../src/planner/planFollowUp.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { nextActions } from '../../src/planner/tracker/nextActions.js';
import { status } from '../../src/planner/tracker/status.js';
import { calendarArb } from '../arbitraries/calendar.js';
import { makeApplication, makeInterview } from '../arbitraries/tracker.js';

// New York in December and January: no clock change, so 09:00-05:00 on a date is that date there.
const DAY0 = toEpochDay('2026-12-01');
const at = (day: number, time = '09:00:00'): string => `${formatEpochDay(day)}T${time}-05:00`;

/** The naive oracle: the n-th business day after `day`, stepping one day at a time. */
function nthBusinessDayAfter(day: number, n: number, isBusiness: (d: number) => boolean): number {
  let d = day;
  for (let seen = 0; seen < n; ) if (isBusiness(++d)) seen++;
  return d;
}

describe('R4.3 an update without a date, in the tracker', () => {
  test.prop([
    calendarArb,
    fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('pending', 'reference_check', 'other' as const),
    fc.integer({ min: 0, max: 40 }),
    fc.boolean(),
  ], { numRuns: runs(200) })('before any follow-up, the follow-up falls due on the later of the plan\'s day and the 7th business day after the last update', (cal, promised, replyDays, outcome, wait, vague) => {
    const calendar = createCalendar(cal.options);
    const interview = makeInterview({
      interviewers: [],
      ...(promised === undefined ? {} : { timeline: { kind: 'date' as const, date: formatEpochDay(DAY0 + promised) } }),
    });
    const days = [...replyDays].sort((a, b) => a - b).map((d) => DAY0 + d);
    const events: Event[] = [
      { type: 'interview-held', at: at(DAY0, '11:00:00') },
      // A reply with no timeline, or with a timeline of kind "none" ("as soon as we can"): the same update.
      ...days.map((d): Event => ({ type: 'reply-received', at: at(d), outcome, ...(vague ? { timeline: { kind: 'none' as const, text: 'soon' } } : {}) })),
    ];
    const app = events.reduce((a, e) => applyEvent(a, e), makeApplication({ interviews: [interview] }));
    const last = days.at(-1)!;
    const today = last + wait;
    const planned = toEpochDay(planFollowUp(interview, { calendar }).followUp.earliest);
    const due = Math.max(planned, nthBusinessDayAfter(last, 7, cal.isBusiness));
    const now = at(today, '12:00:00');
    expect(status(app, now, { calendar })).toBe(today >= due ? 'follow-up-due' : 'waiting');
    const followUp = nextActions(app, now, { calendar }).find((a) => a.kind === 'follow-up');
    expect(followUp?.due).toBe(formatEpochDay(due));
  });
});
