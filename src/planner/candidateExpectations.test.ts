import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { isFollowUpError } from '../errors.js';
import type { Interview } from '../model/Interview.js';
import { candidateExpectations } from './candidateExpectations.js';

const base: Interview = {
  id: 'int-7',
  company: 'Acme',
  role: 'Data Analyst',
  round: 2,
  format: 'panel',
  startedAt: '2026-12-01T14:00:00+01:00',
  endedAt: '2026-12-01T15:30:00+01:00',
  candidateTimeZone: 'Europe/Berlin',
  employerTimeZone: 'Europe/Berlin',
  interviewers: [{ id: 'kim', name: 'Kim Weber', points: ['dashboards'] }],
};
const calendar = createCalendar();

describe('candidateExpectations', () => {
  it('R4.1/R4.2: with a promised date, news is expected by that date and the status update is due the day before the candidate may write', () => {
    const view = candidateExpectations({ ...base, timeline: { kind: 'date', date: '2026-12-04' } }, { calendar });
    expect(view).toMatchObject({
      expectsNewsBy: '2026-12-04',
      earliestFollowUp: '2026-12-08',
      latestFollowUp: null,
      statusUpdateBy: '2026-12-07',
      ghostedOn: '2026-12-22',
      notificationDeadline: null,
    });
  });

  it('R3.5: the status update is tagged with the rule on telling the candidate where things stand, with or without a timeline', () => {
    for (const timeline of [{ kind: 'none' }, { kind: 'date', date: '2026-12-04' }] as const) {
      const view = candidateExpectations({ ...base, timeline }, { calendar });
      expect(view.reasons.find((r) => r.subject === 'status-update'), timeline.kind).toMatchObject({ rule: 'R3.5', date: view.statusUpdateBy });
    }
  });

  it('R4.3: without a timeline, the status update is due the business day before the 7th business day', () => {
    const view = candidateExpectations(base, { calendar });
    expect(view.earliestFollowUp).toBe('2026-12-10');
    expect(view.latestFollowUp).toBe('2026-12-15');
    expect(view.statusUpdateBy).toBe('2026-12-09');
    expect(view.expectsNewsBy).toBe('2026-12-09');
  });

  it('R4.4: the status-update day skips the employer weekend', () => {
    // Promised Thursday 12-03; Friday is the day of grace; the candidate may write on Monday 12-07,
    // so the update is due on Friday 12-04, not on the weekend.
    const view = candidateExpectations({ ...base, timeline: { kind: 'date', date: '2026-12-03' } }, { calendar });
    expect(view.earliestFollowUp).toBe('2026-12-07');
    expect(view.statusUpdateBy).toBe('2026-12-04');
  });

  it('R11.2: silence counts as ghosting from the same day as in the candidate plan', () => {
    const view = candidateExpectations(base, { calendar });
    // 7th business day Thu 12-10 + 10 business days → Thu 12-24.
    expect(view.ghostedOn).toBe('2026-12-24');
    expect(view.reasons.some((r) => r.rule === 'R11.2')).toBe(true);
    // Written for the hiring team: what the candidate may do, not advice to the candidate.
    const promised = candidateExpectations({ ...base, timeline: { kind: 'date', date: '2026-12-03' } }, { calendar });
    for (const r of [...view.reasons, ...promised.reasons]) expect(r.text, r.subject).not.toMatch(/^(?:Follow up|Send it)|: follow up|treat the silence/);
    expect(view.reasons.find((r) => r.subject === 'ghosted')?.text).toMatch(/^If the candidate's follow-up sent on 2026-12-10 still has no answer by 2026-12-24, /);
    expect(view.reasons.find((r) => r.subject === 'follow-up-latest')?.text).toMatch(/^The candidate is likely to follow up by business day 10 after the interview/);
    expect(promised.reasons.find((r) => r.subject === 'follow-up')?.text).toMatch(/^The candidate may follow up from 2026-12-07: after the promised date/);
  });

  it('computes a notification deadline in calendar days from the last interview', () => {
    const view = candidateExpectations(base, {
      calendar,
      notificationRule: { kind: 'calendar-days', days: 14, from: 'last-interview', label: 'Decision within 14 days' },
    });
    expect(view.notificationDeadline).toEqual({
      label: 'Decision within 14 days',
      date: '2026-12-15',
      rule: { kind: 'calendar-days', days: 14, from: 'last-interview', label: 'Decision within 14 days' },
    });
  });

  it('computes a notification deadline in business days, skipping holidays', () => {
    const holidays = createCalendar({ holidays: [{ date: '2026-12-03', name: 'Founders Day' }] });
    const view = candidateExpectations(base, {
      calendar: holidays,
      notificationRule: { kind: 'business-days', days: 3, from: 'last-interview', label: 'Reply within 3 business days' },
    });
    // Tue 12-01 → Wed 2, (Thu 3 off), Fri 4, Mon 7.
    expect(view.notificationDeadline?.date).toBe('2026-12-07');
    expect(view.reasons.find((r) => r.subject === 'notification')?.text).toContain('Founders Day');
  });

  it('InvalidArgumentError: a malformed notification rule names the field', () => {
    let error: unknown;
    try {
      candidateExpectations(base, { calendar, notificationRule: { kind: 'hours', days: 2, from: 'last-interview', label: 'x' } as never });
    } catch (e) {
      error = e;
    }
    expect(isFollowUpError(error, 'INVALID_ARGUMENT')).toBe(true);
    expect((error as Error).message).toContain('notificationRule.kind');
  });

  it('is plain data', () => {
    const view = candidateExpectations(base, { calendar });
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('candidateExpectations edge cases', () => {
  it('never dates the status update before the interview (graceBusinessDays 0, promised on the day)', () => {
    // Saturday interview, news promised the same day; the candidate may write on Monday.
    const saturday: Interview = { ...base, startedAt: '2026-12-05T10:00:00+01:00', endedAt: '2026-12-05T11:00:00+01:00', timeline: { kind: 'calendar-days', days: 0 } };
    const view = candidateExpectations(saturday, { calendar, policy: { graceBusinessDays: 0 } });
    expect(view.earliestFollowUp).toBe('2026-12-07');
    expect(view.statusUpdateBy).toBe('2026-12-05');
  });
});
