import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { planFollowUp } from '../../src/planner/planFollowUp.js';
import { interviewArb, oracleWallTime, policyArb } from '../arbitraries/model.js';

const calendar = createCalendar();

describe('R1 thank-you deadlines', () => {
  test.prop([interviewArb])('R1.2: deadline − endedAt is exactly 86,400,000 ms, whatever the zones and DST', (interview) => {
    const plan = planFollowUp(interview, { calendar });
    const ended = Date.parse(interview.endedAt);
    for (const t of plan.thankYous) {
      expect(t.deadlineEpochMs - ended).toBe(86_400_000);
      expect(Date.parse(t.deadline)).toBe(t.deadlineEpochMs);
      expect(Date.parse(t.deadlineInCandidateZone)).toBe(t.deadlineEpochMs);
    }
  });

  test.prop([interviewArb])("R1.2: the local deadline shows the candidate zone's wall clock at that instant", (interview) => {
    const plan = planFollowUp(interview, { calendar });
    for (const t of plan.thankYous) {
      const wall = t.deadlineInCandidateZone.replace(/(\.\d+)?([+-]\d\d:\d\d|Z)$/, '');
      expect(wall).toBe(oracleWallTime(t.deadlineEpochMs, interview.candidateTimeZone));
    }
  });

  test.prop([interviewArb, policyArb])('R1.2: thankYouWithinHours hours of real time under any policy', (interview, policy) => {
    const plan = planFollowUp(interview, { calendar, policy });
    const hours = policy.thankYouWithinHours ?? 24;
    for (const t of plan.thankYous) expect(t.deadlineEpochMs - Date.parse(interview.endedAt)).toBe(hours * 3_600_000);
  });

  test.prop([interviewArb])('R1.1: exactly one deadline per interviewer, in order', (interview) => {
    const plan = planFollowUp(interview, { calendar });
    expect(plan.thankYous.map((t) => t.interviewerId)).toEqual(interview.interviewers.map((p) => p.id));
  });
});
