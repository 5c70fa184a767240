import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { parseInstant } from '../calendar/instant.js';
import { isFollowUpError } from '../errors.js';
import type { Interview } from '../model/Interview.js';
import type { Timeline } from '../model/Timeline.js';
import { planFollowUp } from './planFollowUp.js';
import { thrown } from '../../test/helpers/thrown.js';

/** Tuesday 2026-12-01, 09:00–10:00 in New York, two interviewers, no timeline. */
function interview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'int-1',
    company: 'Acme',
    role: 'Backend Engineer',
    round: 1,
    format: 'video',
    startedAt: '2026-12-01T09:00:00-05:00',
    endedAt: '2026-12-01T10:00:00-05:00',
    candidateTimeZone: 'America/New_York',
    employerTimeZone: 'America/New_York',
    interviewers: [
      { id: 'ana', name: 'Ana Ortiz', points: ['the event pipeline'] },
      { id: 'ben', name: 'Ben Okafor', points: ['on-call rotation'] },
    ],
    ...overrides,
  };
}

const calendar = createCalendar();
const withTimeline = (timeline: Timeline, o: Partial<Interview> = {}): Interview => interview({ ...o, timeline });

describe('planFollowUp', () => {
  it('R1.1: one thank-you deadline per interviewer, in the interview order', () => {
    const plan = planFollowUp(interview(), { calendar });
    expect(plan.thankYous.map((t) => [t.interviewerId, t.interviewerName])).toEqual([
      ['ana', 'Ana Ortiz'],
      ['ben', 'Ben Okafor'],
    ]);
  });

  it('R1.2: the deadline is 24 real hours after endedAt across the US spring-forward change', () => {
    // 2026-03-08 02:00 New York clocks jump to 03:00: the wall clock shows 19:00, not 18:00.
    const plan = planFollowUp(
      interview({ startedAt: '2026-03-07T17:00:00-05:00', endedAt: '2026-03-07T18:00:00-05:00' }),
      { calendar },
    );
    const t = plan.thankYous[0];
    expect(t?.deadlineInCandidateZone).toBe('2026-03-08T19:00:00-04:00');
    expect(t?.deadline).toBe('2026-03-08T23:00:00Z');
    expect((t?.deadlineEpochMs ?? 0) - parseInstant('2026-03-07T18:00:00-05:00')).toBe(86_400_000);
  });

  it("R1.2: across Europe's autumn change the local clock shows one hour earlier", () => {
    const plan = planFollowUp(
      interview({
        startedAt: '2026-10-24T17:00:00+02:00',
        endedAt: '2026-10-24T18:00:00+02:00',
        candidateTimeZone: 'Europe/Berlin',
      }),
      { calendar },
    );
    expect(plan.thankYous[0]?.deadlineInCandidateZone).toBe('2026-10-25T17:00:00+01:00');
  });

  it("R1.2: the deadline is written in the candidate's zone, not the employer's", () => {
    const plan = planFollowUp(interview({ candidateTimeZone: 'Asia/Kolkata' }), { calendar });
    expect(plan.thankYous[0]?.deadlineInCandidateZone).toBe('2026-12-02T20:30:00+05:30');
  });

  it('R1.2: thankYouWithinHours from the policy is honoured', () => {
    const plan = planFollowUp(interview(), { calendar, policy: { thankYouWithinHours: 12 } });
    // 10:00 -05:00 is 15:00Z; twelve hours later is 03:00Z the next day.
    expect(plan.thankYous[0]?.deadline).toBe('2026-12-02T03:00:00Z');
  });

  it('R4.1: with a promised date, the follow-up never falls on or before that date', () => {
    const plan = planFollowUp(withTimeline({ kind: 'date', date: '2026-12-04' }), { calendar });
    expect(plan.followUp.promisedDate).toBe('2026-12-04');
    expect(plan.followUp.earliest > '2026-12-04').toBe(true);
    expect(plan.reasons.find((r) => r.subject === 'promised-date')?.rule).toBe('R4.1');
  });

  it('R4.2: waits one full business day after the promised date (Friday → Tuesday)', () => {
    // Promised Friday 2026-12-04; Monday is the full business day of grace; Tuesday is the first day to write.
    const plan = planFollowUp(withTimeline({ kind: 'date', date: '2026-12-04' }), { calendar });
    expect(plan.followUp).toEqual({ rule: 'R4.2', promisedDate: '2026-12-04', earliest: '2026-12-08', latest: null });
    const reason = plan.reasons.find((r) => r.subject === 'follow-up');
    expect(reason?.rule).toBe('R4.2');
    expect(reason?.skipped.map((d) => d.date)).toEqual(['2026-12-05', '2026-12-06']);
  });

  it('R4.2: promised on a Wednesday → Thursday passes in full → Friday', () => {
    const plan = planFollowUp(withTimeline({ kind: 'date', date: '2026-12-02' }), { calendar });
    expect(plan.followUp.earliest).toBe('2026-12-04');
  });

  it('R4.2: graceBusinessDays 0 allows the next business day after the promised date', () => {
    const plan = planFollowUp(withTimeline({ kind: 'date', date: '2026-12-04' }), { calendar, policy: { graceBusinessDays: 0 } });
    expect(plan.followUp.earliest).toBe('2026-12-07');
  });

  it('R4.2: a promised date on a Saturday still needs a whole business day (Monday) to pass', () => {
    const plan = planFollowUp(withTimeline({ kind: 'date', date: '2026-12-05' }), { calendar });
    expect(plan.followUp.earliest).toBe('2026-12-08');
  });

  it('R4.3: without a timeline, the window is the 7th to 10th business day after the interview', () => {
    // Tue 12-01 → 2,3,4,7,8,9,10 (7th) … 11,14,15 (10th).
    const plan = planFollowUp(interview(), { calendar });
    expect(plan.followUp).toEqual({ rule: 'R4.3', promisedDate: null, earliest: '2026-12-10', latest: '2026-12-15' });
    expect(plan.reasons.filter((r) => r.rule === 'R4.3').map((r) => r.date)).toEqual(['2026-12-10', '2026-12-15']);
  });

  it('R4.3: a "none" timeline is the same as no timeline', () => {
    expect(planFollowUp(withTimeline({ kind: 'none' }), { calendar }).followUp).toEqual(planFollowUp(interview(), { calendar }).followUp);
  });

  it('R4.3: the window comes from the policy', () => {
    const plan = planFollowUp(interview(), { calendar, policy: { noTimelineWindow: { from: 5, to: 5 } } });
    expect(plan.followUp.earliest).toBe('2026-12-08');
    expect(plan.followUp.latest).toBe('2026-12-08');
  });

  it("R4.4: counts from the interview's civil date in the employer's zone", () => {
    // 23:30 in Los Angeles on Thursday 12-03 is already Friday 12-04 08:30 in Berlin.
    const plan = planFollowUp(
      interview({
        startedAt: '2026-12-03T22:30:00-08:00',
        endedAt: '2026-12-03T23:30:00-08:00',
        candidateTimeZone: 'America/Los_Angeles',
        employerTimeZone: 'Europe/Berlin',
      }),
      { calendar },
    );
    expect(plan.interviewEndedOn).toBe('2026-12-04');
    // Fri 12-04 → 7,8,9,10,11,14,15 (7th) … 16,17,18 (10th).
    expect(plan.followUp.earliest).toBe('2026-12-15');
    expect(plan.followUp.latest).toBe('2026-12-18');
  });

  it('R4.4: an employer weekend of Friday–Saturday', () => {
    const riyadh = createCalendar({ weekend: [5, 6] });
    const plan = planFollowUp(
      interview({ startedAt: '2026-12-03T10:00:00+03:00', endedAt: '2026-12-03T11:00:00+03:00', employerTimeZone: 'Asia/Riyadh' }),
      { calendar: riyadh },
    );
    // Thu 12-03 → Sun 6, Mon 7, Tue 8, Wed 9, Thu 10, Sun 13, Mon 14 (7th) … Tue 15, Wed 16, Thu 17 (10th).
    expect(plan.followUp.earliest).toBe('2026-12-14');
    expect(plan.followUp.latest).toBe('2026-12-17');
    const skipped = plan.reasons.find((r) => r.subject === 'follow-up')?.skipped ?? [];
    expect(skipped.map((d) => d.date)).toEqual(['2026-12-04', '2026-12-05', '2026-12-11', '2026-12-12']);
  });

  it('R4.4: public holidays and company days off are skipped and explained', () => {
    const us = createCalendar({
      holidays: [{ date: '2026-11-26', name: 'Thanksgiving Day', type: 'public' }],
      daysOff: [{ date: '2026-11-27', name: 'Company day after Thanksgiving' }],
    });
    // Promised Wednesday 11-25; Thu holiday, Fri day off, weekend; Monday 11-30 is the full day of grace.
    const plan = planFollowUp(
      withTimeline({ kind: 'date', date: '2026-11-25' }, { startedAt: '2026-11-23T15:00:00-08:00', endedAt: '2026-11-23T16:00:00-08:00', employerTimeZone: 'America/Los_Angeles' }),
      { calendar: us },
    );
    expect(plan.followUp.earliest).toBe('2026-12-01');
    const reason = plan.reasons.find((r) => r.subject === 'follow-up');
    expect(reason?.skipped.map((d) => [d.date, d.reasons[0]?.kind])).toEqual([
      ['2026-11-26', 'holiday'],
      ['2026-11-27', 'day-off'],
      ['2026-11-28', 'weekend'],
      ['2026-11-29', 'weekend'],
    ]);
    expect(reason?.text).toContain('Thanksgiving Day');
  });

  it('R4.5: a span in weeks resolves to calendar days after the interview', () => {
    const plan = planFollowUp(withTimeline({ kind: 'weeks', weeks: 2 }), { calendar });
    expect(plan.followUp.promisedDate).toBe('2026-12-15');
    expect(plan.followUp.earliest).toBe('2026-12-17');
  });

  it('R4.5: a span in business days counts the employer calendar', () => {
    const plan = planFollowUp(withTimeline({ kind: 'business-days', days: 5 }), { calendar });
    expect(plan.followUp.promisedDate).toBe('2026-12-08');
    expect(plan.reasons.find((r) => r.subject === 'promised-date')?.skipped.map((d) => d.date)).toEqual(['2026-12-05', '2026-12-06']);
  });

  it('R11.2: ghosting is declared 10 business days after the earliest follow-up', () => {
    const plan = planFollowUp(withTimeline({ kind: 'date', date: '2026-12-04' }), { calendar });
    // Tue 12-08 → 9,10,11,14,15,16,17,18,21,22.
    expect(plan.ghostedOn).toBe('2026-12-22');
    expect(plan.reasons.at(-1)).toMatchObject({ subject: 'ghosted', rule: 'R11.2', date: '2026-12-22' });
  });

  it('R11.2: ghostedAfterBusinessDays from the policy', () => {
    const plan = planFollowUp(withTimeline({ kind: 'date', date: '2026-12-04' }), { calendar, policy: { ghostedAfterBusinessDays: 3 } });
    expect(plan.ghostedOn).toBe('2026-12-11');
  });

  it('R11.3: the plan carries maxFollowUps, 1 by default', () => {
    expect(planFollowUp(interview(), { calendar }).maxFollowUps).toBe(1);
  });

  it('returns plain data that survives a JSON round trip', () => {
    const plan = planFollowUp(withTimeline({ kind: 'date', date: '2026-12-04' }), { calendar });
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('does not mutate its input', () => {
    const input = withTimeline({ kind: 'weeks', weeks: 1 });
    const copy = structuredClone(input);
    planFollowUp(input, { calendar });
    expect(input).toEqual(copy);
  });
});

describe('planFollowUp errors', () => {
  it('InvalidTimelineError: a promised date before the interview', () => {
    const e = thrown(() => planFollowUp(withTimeline({ kind: 'date', date: '2026-11-30' }), { calendar }));
    expect(isFollowUpError(e, 'INVALID_TIMELINE')).toBe(true);
    expect((e as Error).message).toContain('2026-11-30');
    expect((e as Error).message).toContain('2026-12-01');
  });

  it('InvalidTimelineError: a span counted from a date long before the interview', () => {
    const e = thrown(() => planFollowUp(withTimeline({ kind: 'calendar-days', days: 3, from: '2026-11-01' }), { calendar }));
    expect(isFollowUpError(e, 'INVALID_TIMELINE')).toBe(true);
  });

  it('InvalidTimelineError: a negative span', () => {
    const e = thrown(() => planFollowUp(withTimeline({ kind: 'business-days', days: -2 }), { calendar }));
    expect(isFollowUpError(e, 'INVALID_TIMELINE')).toBe(true);
    expect((e as Error).message).toContain('-2');
  });

  it('InvalidInputError: endedAt before startedAt', () => {
    const e = thrown(() => planFollowUp(interview({ endedAt: '2026-12-01T08:00:00-05:00' }), { calendar }));
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect((e as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['endedAt']);
  });

  it('UnknownTimeZoneError: an unknown employer or candidate zone', () => {
    const a = thrown(() => planFollowUp(interview({ employerTimeZone: 'Mars/Olympus_Mons' }), { calendar }));
    const b = thrown(() => planFollowUp(interview({ candidateTimeZone: 'Europe/Atlantis' }), { calendar }));
    expect(isFollowUpError(a, 'UNKNOWN_TIME_ZONE')).toBe(true);
    expect((a as Error).message).toContain('Mars/Olympus_Mons');
    expect(isFollowUpError(b, 'UNKNOWN_TIME_ZONE')).toBe(true);
  });

  it('InvalidDateError: an instant without an offset', () => {
    const e = thrown(() => planFollowUp(interview({ endedAt: '2026-12-01T10:00:00' }), { calendar }));
    expect(isFollowUpError(e, 'INVALID_DATE')).toBe(true);
  });

  it("DateRangeError (R4.4): an interview that ended on 0000-12-31 in the employer's zone is not planned as if in year 1", () => {
    // 03:00 UTC on 0001-01-01 is still 0000-12-31 in New York (local mean time, -4:56:02).
    const e = thrown(() => planFollowUp(interview({ startedAt: '0001-01-01T02:00:00Z', endedAt: '0001-01-01T03:00:00Z' }), { calendar }));
    expect(isFollowUpError(e, 'DATE_OUT_OF_RANGE')).toBe(true);
    expect((e as Error).message).toBe('Invalid interview.endedAt: "0001-01-01T03:00:00Z" falls on 0000-12-31 in America/New_York, outside the supported range: expected an instant whose date and time there are from 0001-01-01 to 9999-12-31.');
    const plan = planFollowUp(interview({ startedAt: '0001-01-01T05:00:00Z', endedAt: '0001-01-01T06:00:00Z' }), { calendar });
    expect(plan.interviewEndedOn).toBe('0001-01-01');
  });

  it('InvalidArgumentError: a missing calendar or a bad policy', () => {
    const a = thrown(() => planFollowUp(interview(), {} as never));
    const b = thrown(() => planFollowUp(interview(), { calendar, policy: { graceBusinessDays: -1 } }));
    const c = thrown(() => planFollowUp(interview(), { calendar, policy: { graceDays: 1 } as never }));
    expect(isFollowUpError(a, 'INVALID_ARGUMENT')).toBe(true);
    expect(isFollowUpError(b, 'INVALID_ARGUMENT')).toBe(true);
    expect((b as Error).message).toContain('graceBusinessDays');
    expect(isFollowUpError(c, 'INVALID_ARGUMENT')).toBe(true);
    expect((c as Error).message).toContain('graceDays');
  });
});
