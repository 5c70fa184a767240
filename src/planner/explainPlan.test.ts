import { describe, expect, it } from 'vitest';
import { citedRules, covers, ruleMismatch } from '../../test/helpers/ruleCitations.js';
import { createCalendar } from '../calendar/createCalendar.js';
import type { Interview } from '../model/Interview.js';
import type { Timeline } from '../model/Timeline.js';
import type { PolicyOverrides } from '../policy.js';
import { candidateExpectations } from './candidateExpectations.js';
import { planFollowUp } from './planFollowUp.js';
import type { PlanReason } from './types.js';

const interview: Interview = {
  id: 'int-1', company: 'Acme', role: 'Backend Engineer', round: 1, format: 'video',
  startedAt: '2026-12-01T09:00:00-05:00', endedAt: '2026-12-01T10:00:00-05:00',
  candidateTimeZone: 'America/New_York', employerTimeZone: 'America/New_York',
  interviewers: [{ id: 'ana', name: 'Ana Ortiz', points: ['the event pipeline'] }],
};

const TIMELINES: readonly Timeline[] = [
  { kind: 'none' },
  { kind: 'date', date: '2026-12-04', text: 'by Friday' },
  { kind: 'calendar-days', days: 10 },
  { kind: 'weeks', weeks: 2, text: 'within two weeks' },
  { kind: 'business-days', days: 5 },
];
const POLICIES: readonly PolicyOverrides[] = [{}, { graceBusinessDays: 0, maxFollowUps: 0 }, { graceBusinessDays: 3, maxFollowUps: 2 }];
// A holiday and a day off, so that the texts name skipped days too.
const calendar = createCalendar({ holidays: [{ date: '2026-12-03', name: 'Founders Day' }], daysOff: ['2026-12-14'] });

/** Every reason of every plan and expectations view over the timelines and policies above, for the candidate and the team. */
function allReasons(): PlanReason[] {
  return TIMELINES.flatMap((timeline) => POLICIES.flatMap((policy) => [
    ...planFollowUp({ ...interview, timeline }, { calendar, policy }).reasons,
    ...candidateExpectations({ ...interview, timeline }, {
      calendar, policy, notificationRule: { kind: 'business-days', days: 10, from: 'last-interview', label: 'Decision within 10 business days' },
    }).reasons,
  ]));
}

describe('explainPlan', () => {
  it('every reason\'s rule is one that its text cites, whenever the text cites a rule', () => {
    const reasons = allReasons();
    // Every subject, both with and without a citation, is covered.
    expect(new Set(reasons.map((r) => r.subject))).toEqual(new Set(['thank-you', 'promised-date', 'follow-up', 'follow-up-latest', 'ghosted', 'status-update', 'notification']));
    expect(reasons.filter((r) => citedRules(r.text).length > 0).length).toBeGreaterThan(0);
    expect(reasons.map((r) => ruleMismatch(r.rule, r.text)).filter((m) => m !== undefined)).toEqual([]);
  });

  it('R4.1: the promised date is the day before which no contact is due, and says so', () => {
    const reason = planFollowUp({ ...interview, timeline: { kind: 'date', date: '2026-12-04' } }, { calendar }).reasons[1];
    expect(reason).toMatchObject({ subject: 'promised-date', rule: 'R4.1', date: '2026-12-04' });
    expect(reason?.text).toMatch(/no contact is due before then \(R4\.1\)/);
  });

  it('R11.2, R11.4: the ghosting date cites the rule it comes from, for the candidate as for the team', () => {
    for (const reasons of [planFollowUp(interview, { calendar }).reasons, candidateExpectations(interview, { calendar }).reasons]) {
      const ghosted = reasons.find((r) => r.subject === 'ghosted');
      expect(ghosted?.rule).toBe('R11.2');
      expect(ghosted?.text).toContain('(R11.2, R11.4)');
    }
  });
});

describe('rule citations (the test helper)', () => {
  it('reads ids and ranges, and a citation covers its sub-rules and the rules of its range', () => {
    expect(citedRules('no contact (R4.1); a range R4.1–R4.3, R8 – R10, and R1.3a')).toEqual(['R4.1', 'R4.1–R4.3', 'R8–R10', 'R1.3a']);
    expect(['R4.1', 'R4.2', 'R4.3'].every((r) => covers('R4.1–R4.3', r))).toBe(true);
    expect(covers('R4.1–R4.3', 'R4.5')).toBe(false);
    expect(covers('R8', 'R8.3')).toBe(true);
    expect(covers('R8.3', 'R8')).toBe(false);
    expect(covers('R4.1', 'R4.5')).toBe(false);
    expect(covers('R8–R10', 'R10.1')).toBe(true);
    expect(covers('R1', 'R11.2')).toBe(false);
    expect(ruleMismatch('R4.5', 'no contact is due before then (R4.1).')).toBe('rule R4.5, but the text cites R4.1: no contact is due before then (R4.1).');
    expect(ruleMismatch('R4.2', 'Follow up from 2026-12-08.')).toBeUndefined();
  });
});
