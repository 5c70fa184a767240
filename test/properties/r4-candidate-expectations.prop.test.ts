import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { toEpochDay } from '../../src/calendar/epochDay.js';
import { candidateExpectations } from '../../src/planner/candidateExpectations.js';
import { planFollowUp } from '../../src/planner/planFollowUp.js';
import { calendarArb } from '../arbitraries/calendar.js';
import { interviewArb, policyArb } from '../arbitraries/model.js';

describe("R4 seen from the recruiter's side", () => {
  test.prop([interviewArb, calendarArb, policyArb])('the status update is due on the last business day before the candidate may follow up', (interview, cal, policy) => {
    const calendar = createCalendar(cal.options);
    const view = candidateExpectations(interview, { calendar, policy });
    const update = toEpochDay(view.statusUpdateBy);
    const earliest = toEpochDay(view.earliestFollowUp);
    const day0 = toEpochDay(view.interviewEndedOn);
    expect(update).toBeLessThan(earliest);
    expect(update).toBeGreaterThanOrEqual(day0);
    // The last business day before the follow-up, unless that would fall before the interview.
    if (update > day0) expect(cal.isBusiness(update)).toBe(true);
    for (let d = update + 1; d < earliest; d++) expect(cal.isBusiness(d)).toBe(false);
  });

  test.prop([interviewArb, calendarArb, policyArb])('agrees with the candidate plan on the follow-up and ghosting dates', (interview, cal, policy) => {
    const calendar = createCalendar(cal.options);
    const view = candidateExpectations(interview, { calendar, policy });
    const plan = planFollowUp(interview, { calendar, policy });
    expect([view.earliestFollowUp, view.latestFollowUp, view.ghostedOn]).toEqual([plan.followUp.earliest, plan.followUp.latest, plan.ghostedOn]);
    expect(view.expectsNewsBy <= view.earliestFollowUp).toBe(true);
  });
});
