import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { toEpochDay } from '../../src/calendar/epochDay.js';
import { planFollowUp } from '../../src/planner/planFollowUp.js';
import { resolvePolicy } from '../../src/policy.js';
import { calendarArb } from '../arbitraries/calendar.js';
import { interviewArb, policyArb } from '../arbitraries/model.js';

describe('R11 ghosting in the plan', () => {
  test.prop([interviewArb, calendarArb, policyArb])('R11.2: ghosting is exactly ghostedAfterBusinessDays business days after the follow-up', (interview, cal, policy) => {
    const plan = planFollowUp(interview, { calendar: createCalendar(cal.options), policy });
    const from = toEpochDay(plan.followUp.earliest);
    const to = toEpochDay(plan.ghostedOn);
    let n = 0;
    for (let d = from + 1; d <= to; d++) if (cal.isBusiness(d)) n++;
    expect(n).toBe(resolvePolicy(policy).ghostedAfterBusinessDays);
    expect(cal.isBusiness(to)).toBe(true);
  });

  test.prop([interviewArb])('R11.3: the default plan allows one follow-up', (interview) => {
    expect(planFollowUp(interview, { calendar: createCalendar() }).maxFollowUps).toBe(1);
  });
});
