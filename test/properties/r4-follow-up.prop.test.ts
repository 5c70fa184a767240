import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { addDays, toEpochDay } from '../../src/calendar/epochDay.js';
import { planFollowUp } from '../../src/planner/planFollowUp.js';
import { resolvePolicy } from '../../src/policy.js';
import { calendarArb } from '../arbitraries/calendar.js';
import { interviewArb, oracleCivilDate, policyArb } from '../arbitraries/model.js';

/** Business days in (from, to] by the random calendar's own oracle. */
function oracleCount(isBusiness: (d: number) => boolean, from: number, to: number): number {
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (isBusiness(d)) n++;
  return n;
}

describe('R4 follow-up window', () => {
  test.prop([interviewArb, calendarArb, policyArb])('R4.4: the follow-up dates are business days of the employer calendar', (interview, cal, policy) => {
    const calendar = createCalendar(cal.options);
    const plan = planFollowUp(interview, { calendar, policy });
    expect(cal.isBusiness(toEpochDay(plan.followUp.earliest))).toBe(true);
    if (plan.followUp.latest !== null) expect(cal.isBusiness(toEpochDay(plan.followUp.latest))).toBe(true);
  });

  test.prop([interviewArb, calendarArb])("R4.4: business days count from the interview's civil date in the employer zone", (interview, cal) => {
    const plan = planFollowUp(interview, { calendar: createCalendar(cal.options) });
    expect(plan.interviewEndedOn).toBe(oracleCivilDate(Date.parse(interview.endedAt), interview.employerTimeZone));
  });

  test.prop([interviewArb.filter((i) => (i.timeline?.kind ?? 'none') !== 'none'), calendarArb, policyArb])(
    'R4.1/R4.2: never before the promised date plus exactly graceBusinessDays full business days',
    (interview, cal, policy) => {
      const calendar = createCalendar(cal.options);
      const plan = planFollowUp(interview, { calendar, policy });
      const promised = plan.followUp.promisedDate;
      expect(promised).not.toBeNull();
      const p = toEpochDay(promised ?? '');
      const earliest = toEpochDay(plan.followUp.earliest);
      const grace = resolvePolicy(policy).graceBusinessDays;
      expect(earliest).toBeGreaterThan(p);
      // Whole business days strictly between the promised date and the follow-up: exactly the grace.
      expect(oracleCount(cal.isBusiness, p, earliest - 1)).toBe(grace);
      expect(plan.followUp.promisedDate! >= plan.interviewEndedOn).toBe(true);
    },
  );

  test.prop([interviewArb.map((i) => ({ ...i, timeline: { kind: 'none' as const } })), calendarArb])(
    'R4.3: without a timeline the window is exactly the 7th..10th business day (businessDaysBetween)',
    (interview, cal) => {
      const calendar = createCalendar(cal.options);
      const plan = planFollowUp(interview, { calendar });
      const day = plan.interviewEndedOn;
      const latest = plan.followUp.latest ?? '';
      // Business days in (day, x]: the interview day itself never counts.
      expect(calendar.businessDaysBetween(addDays(day, 1), addDays(plan.followUp.earliest, 1))).toBe(7);
      expect(calendar.businessDaysBetween(addDays(day, 1), addDays(latest, 1))).toBe(10);
      expect(oracleCount(cal.isBusiness, toEpochDay(day), toEpochDay(plan.followUp.earliest))).toBe(7);
      expect(oracleCount(cal.isBusiness, toEpochDay(day), toEpochDay(latest))).toBe(10);
      if (calendar.isBusinessDay(day)) expect(calendar.businessDaysBetween(day, plan.followUp.earliest)).toBe(7);
    },
  );

  test.prop([interviewArb, calendarArb])('R4.2/R4.3: each follow-up reason lists exactly the non-business days it skipped', (interview, cal) => {
    const plan = planFollowUp(interview, { calendar: createCalendar(cal.options) });
    const reason = plan.reasons.find((r) => r.subject === 'follow-up');
    const start = plan.followUp.promisedDate ?? plan.interviewEndedOn;
    const expected: string[] = [];
    for (let d = toEpochDay(start) + 1; d <= toEpochDay(plan.followUp.earliest); d++) if (!cal.isBusiness(d)) expected.push(addDays(start, d - toEpochDay(start)));
    expect(reason?.skipped.map((s) => s.date)).toEqual(expected);
  });

  test.prop([interviewArb, fc.constantFrom(undefined, {}, { graceBusinessDays: 1 })])('plans are plain JSON data, equal for equal input', (interview, policy) => {
    const calendar = createCalendar();
    const a = planFollowUp(interview, { calendar, ...(policy === undefined ? {} : { policy }) });
    const b = planFollowUp(structuredClone(interview), { calendar: createCalendar() });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a).toEqual(b);
  });
});
