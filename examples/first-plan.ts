import { strict as assert } from 'node:assert';
import { planFollowUp } from 'interview-followup';
import type { Interview } from 'interview-followup';
import { regionCalendar } from 'interview-followup/holidays';

// A video interview with a company in New York, two days before Thanksgiving.
const interview: Interview = {
  id: 'northwind-1', company: 'Northwind', role: 'Data Engineer', round: 1, format: 'video',
  startedAt: '2026-11-24T15:30:00-05:00', endedAt: '2026-11-24T16:30:00-05:00',
  candidateTimeZone: 'America/Chicago', // thank-you deadlines are shown in your zone
  employerTimeZone: 'America/New_York', // business days are counted on the employer's dates
  interviewers: [
    { id: 'lee', name: 'Lee Park', points: ['the move to event streaming'] },
    { id: 'sam', name: 'Sam Ortiz', points: ['how on-call is shared'] },
  ],
  timeline: { kind: 'date', date: '2026-11-25' }, // "You'll hear from us by Wednesday."
};

// Business days of the employer's region: New York State's weekend and public holidays.
const calendar = regionCalendar('US-NY');
const plan = planFollowUp(interview, { calendar });

for (const t of plan.thankYous) console.log(`Thank ${t.interviewerName} by ${t.deadlineInCandidateZone}`);
console.log(`Promised news by ${plan.followUp.promisedDate}; follow up once, from ${plan.followUp.earliest}`);
console.log(`No answer by ${plan.ghostedOn}? Move on.`);
for (const r of plan.reasons) console.log(`- ${r.text}`);

// Without a promised date, the follow-up window is business days 7 to 10 after the interview.
const open = planFollowUp({ ...interview, timeline: { kind: 'none' } }, { calendar }).followUp;
console.log(`Without a promised date: follow up between ${open.earliest} and ${open.latest}`);

assert.equal(plan.thankYous[0]?.deadline, '2026-11-25T21:30:00Z'); // 24 real hours after the end
assert.equal(plan.followUp.earliest, '2026-11-30'); // Thursday 26 is Thanksgiving; Friday 27 passes in full
assert.deepEqual([open.earliest, open.latest], ['2026-12-04', '2026-12-09']);
