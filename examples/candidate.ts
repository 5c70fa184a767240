import { strict as assert } from 'node:assert';
import { applyEvent, nextActions, status } from 'interview-followup';
import { calendarForEmployer } from 'interview-followup/holidays';
import { parseApplication } from 'interview-followup/model';

// A candidate's application, validated at the edge.
let application = parseApplication({
  id: 'app-1', company: 'Northwind', role: 'Data Engineer', events: [],
  interviews: [{
    id: 'round-1', company: 'Northwind', role: 'Data Engineer', round: 1, format: 'onsite',
    startedAt: '2026-12-01T10:00:00-05:00', endedAt: '2026-12-01T12:00:00-05:00',
    candidateTimeZone: 'America/New_York', employerTimeZone: 'America/New_York',
    employerCalendar: { region: 'US-NY' },
    interviewers: [
      { id: 'lee', name: 'Lee Park', points: ['the migration to event streaming'] },
      { id: 'sam', name: 'Sam Ortiz', points: ['how on-call is shared'] },
    ],
  }],
});
const ctx = { calendar: calendarForEmployer({ region: 'US-NY' }) };

application = applyEvent(application, { type: 'interview-held', at: '2026-12-01T12:00:00-05:00' });
application = applyEvent(application, { type: 'thank-you-sent', at: '2026-12-01T18:00:00-05:00', interviewerId: 'lee' });

// What now? One thank-you is still due (R1.2); no timeline, so follow up on business days 7–10 (R4.3).
for (const action of nextActions(application, '2026-12-01T20:00:00-05:00', ctx)) {
  console.log(`${action.rule.padEnd(5)} ${action.kind.padEnd(15)} due ${action.due}  ${action.title}`);
}
assert.equal(status(application, '2026-12-01T20:00:00-05:00', ctx), 'thank-you-due');
assert.equal(status(application, '2026-12-10T09:00:00-05:00', ctx), 'follow-up-due');
