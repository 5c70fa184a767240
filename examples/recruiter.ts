import { strict as assert } from 'node:assert';
import { candidateExpectations, renderMessage } from 'interview-followup';
import { regionCalendar } from 'interview-followup/holidays';
import { parseInterview } from 'interview-followup/model';

// The hiring team's side: when will this candidate expect news, and when would our silence read
// as ghosting? Schedule the status update before they have to chase (R4, R11).
const interview = parseInterview({
  id: 'cand-17-r2', company: 'Northwind', role: 'Data Engineer', round: 2, format: 'panel',
  startedAt: '2026-12-03T14:00:00+00:00', endedAt: '2026-12-03T15:30:00+00:00',
  candidateTimeZone: 'Europe/London', employerTimeZone: 'Europe/London',
  interviewers: [{ id: 'kim', name: 'Kim Adams', points: ['stakeholder reporting'] }],
  timeline: { kind: 'date', date: '2026-12-11' }, // what we told the candidate
});
const view = candidateExpectations(interview, {
  calendar: regionCalendar('GB-ENG'),
  // Optional: a decision-deadline rule as data, e.g. "within 21 calendar days of the last interview".
  notificationRule: { kind: 'calendar-days', days: 21, from: 'last-interview', label: 'Decision deadline' },
});
console.log(view);
assert.equal(view.earliestFollowUp, '2026-12-15'); // promised Fri 11 Dec; Mon 14 passes in full first

// And the message to send, in the candidate's language.
const update = renderMessage('statusUpdate', {
  recruiter: { name: 'Kim Adams' }, candidate: { name: 'Alex Morgan' }, company: 'Northwind',
  role: 'Data Engineer', stage: 'reference checks', expectedDate: '2026-12-18',
}, { locale: 'en-GB' });
console.log(`${update.subject}\n\n${update.text}`);
assert.match(update.text, /reference checks/);
