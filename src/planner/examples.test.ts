import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { calendarForEmployer } from '../holidays/calendarForEmployer.js';
import { parseInterview } from '../model/Interview.js';
import { candidateExpectations } from './candidateExpectations.js';
import { earliestFollowUp } from './earliestFollowUp.js';
import { planFollowUp } from './planFollowUp.js';

// The examples of docs/planner.md and of the TSDoc comments, run as written.
describe('documented examples', () => {
  const interview = parseInterview({
    id: 'int-1',
    company: 'Acme',
    role: 'Backend Engineer',
    round: 1,
    format: 'video',
    startedAt: '2026-12-01T09:00:00-05:00',
    endedAt: '2026-12-01T10:00:00-05:00',
    candidateTimeZone: 'Europe/Berlin',
    employerTimeZone: 'America/New_York',
    interviewers: [{ id: 'ana', name: 'Ana Ortiz', points: ['the event pipeline'] }],
    timeline: { kind: 'date', date: '2026-12-04', text: 'by Friday' },
  });
  const calendar = createCalendar();

  it('R1.2, R4.2, R11.2: the candidate plan', () => {
    const plan = planFollowUp(interview, { calendar });
    expect(plan.thankYous[0]?.deadlineInCandidateZone).toBe('2026-12-02T16:00:00+01:00');
    expect(plan.followUp).toEqual({ rule: 'R4.2', promisedDate: '2026-12-04', earliest: '2026-12-08', latest: null });
    expect(plan.ghostedOn).toBe('2026-12-22');
    expect(earliestFollowUp(interview, { calendar })).toBe('2026-12-08');
  });

  it('R4.3: without a timeline, the window checked by its rule has a last day (FollowUpPlan, FollowUpWindow)', () => {
    const { followUp } = planFollowUp({ ...interview, timeline: { kind: 'none' } }, { calendar });
    expect(followUp).toEqual({ rule: 'R4.3', promisedDate: null, earliest: '2026-12-10', latest: '2026-12-15' });
    const latest: string | undefined = followUp.rule === 'R4.3' ? followUp.latest : undefined;
    expect(latest).toBe('2026-12-15');
  });

  it('R4.4: the planner counts with the calendar option only, never the interview\'s employerCalendar, which calendarForEmployer turns into one', () => {
    // Promised by Wednesday 2026-11-25 in New York: Thursday is Thanksgiving there.
    const inNewYork = {
      ...interview, startedAt: '2026-11-24T09:00:00-05:00', endedAt: '2026-11-24T10:00:00-05:00',
      employerCalendar: { region: 'US-NY' }, timeline: { kind: 'date', date: '2026-11-25' },
    } as const;
    expect(planFollowUp(inNewYork, { calendar: createCalendar() }).followUp.earliest).toBe('2026-11-27');
    expect(planFollowUp(inNewYork, { calendar: calendarForEmployer(inNewYork.employerCalendar) }).followUp.earliest).toBe('2026-11-30');
  });

  it("R4, R11: the recruiter's view", () => {
    const view = candidateExpectations(interview, {
      calendar,
      notificationRule: { kind: 'calendar-days', days: 14, from: 'last-interview', label: 'Decision within 14 days' },
    });
    expect(view.expectsNewsBy).toBe('2026-12-04');
    expect(view.statusUpdateBy).toBe('2026-12-07');
    expect(view.earliestFollowUp).toBe('2026-12-08');
    expect(view.ghostedOn).toBe('2026-12-22');
    expect(view.notificationDeadline?.date).toBe('2026-12-15');
  });
});
