/**
 * The main job, end to end: an interview at a company in Bavaria just before Christmas, what the
 * candidate does next and by when (R1, R4, R11), with the region's public holidays (R4.4).
 *
 * Run: npm install && npm run demo
 */
import { strict as assert } from 'node:assert';
import { candidateExpectations, planFollowUp } from 'interview-followup/planner';
import { regionCalendar } from 'interview-followup/holidays';
import { parseInterview } from 'interview-followup/model';

// Validate at the edge: parseInterview throws an InvalidInputError naming every bad field.
const interview = parseInterview({
  id: 'int-2026-042',
  company: 'Alpenglass GmbH',
  role: 'Senior Data Engineer',
  round: 1,
  format: 'video',
  startedAt: '2026-12-21T14:00:00+01:00',
  endedAt: '2026-12-21T15:15:00+01:00',
  candidateTimeZone: 'America/New_York',
  employerTimeZone: 'Europe/Berlin',
  employerCalendar: { region: 'DE-BY' },
  interviewers: [
    { id: 'lena', name: 'Lena Vogel', title: 'Head of Data', points: ['the move from nightly batches to streaming'] },
    { id: 'tomas', name: 'Tomás Ruiz', title: 'Staff Engineer', points: ['testing data pipelines with contracts'] },
  ],
  // "We will let you know by December 30."
  timeline: { kind: 'date', date: '2026-12-30' },
});

// The employer's calendar: Bavarian public holidays, Saturday–Sunday weekend.
const calendar = regionCalendar('DE-BY');
const plan = planFollowUp(interview, { calendar });

console.log(`${plan.role} at ${plan.company} — interview ended ${plan.interviewEndedOn} (employer's calendar: DE-BY)\n`);
console.log('Thank-you notes, one per interviewer, within 24 hours (R1.1, R1.2):');
for (const t of plan.thankYous) console.log(`  ${t.interviewerName.padEnd(12)} by ${t.deadlineInCandidateZone}  (your time zone)`);

console.log(`\nThe employer promised news by ${plan.followUp.promisedDate} (R4.1).`);
console.log(`Earliest polite follow-up (R4.2, one full business day after the promised date): ${plan.followUp.earliest}`);
console.log(`If that follow-up gets no answer by ${plan.ghostedOn}, move on (R11.2–R11.4); follow-ups at most: ${plan.maxFollowUps}.`);

console.log('\nWhy these dates (days skipped in the employer\'s calendar):');
for (const reason of plan.reasons) {
  console.log(`  ${reason.rule.padEnd(6)} ${String(reason.date).padEnd(26)} ${reason.text}`);
  for (const day of reason.skipped) {
    const why = day.reasons.map((r) => (r.kind === 'holiday' ? r.name : r.kind === 'weekend' ? 'weekend' : r.name)).join(', ');
    console.log(`           skipped ${day.date}: ${why}`);
  }
}

// Seen from the hiring team's side: when to send a status update before the candidate has to ask.
const team = candidateExpectations(interview, { calendar });
console.log(`\nFor the hiring team: send a status update by ${team.statusUpdateBy}; silence after ${team.ghostedOn} reads as ghosting.`);

// The demo checks its own key facts, so CI notices if any of them change.
// 2026-12-31 is a business day; 2027-01-01 (New Year) is a holiday and 01-02/01-03 a weekend.
assert.equal(plan.followUp.earliest, '2027-01-04');
assert.equal(plan.thankYous[0]?.deadlineInCandidateZone, '2026-12-22T09:15:00-05:00');
