import { strict as assert } from 'node:assert';
import {
  candidateFacingStage, createCalendar, debrief, defineCriteria, offerReadiness, renderMessage, scoreCandidates, shortlist, stagePhrase,
} from 'interview-followup';

// The hiring team's side (R3): score against criteria fixed before the interviews (R3.2), debrief
// (R3.1), shortlist (R3.3), then references and approvals in parallel (R3.4).
const criteria = defineCriteria([
  { id: 'design', name: 'System design', weight: 3 },
  { id: 'coding', name: 'Coding', weight: 3 },
  { id: 'team', name: 'Team fit', weight: 1, kind: 'fit' },
]);
const card = (candidateId: string, interviewerId: string, design: number, coding: number, team: number) => ({
  candidateId, interviewerId, submittedAt: '2026-12-11T17:00:00Z',
  ratings: [{ criterionId: 'design', rating: design }, { criterionId: 'coding', rating: coding }, { criterionId: 'team', rating: team }],
});
const scorecards = [card('c-17', 'lee', 5, 4, 4), card('c-17', 'ana', 4, 5, 5), card('c-23', 'lee', 3, 4, 2), card('c-23', 'ana', 4, 1, 3)];
const panel = { interviewers: ['lee', 'ana'] };

const scores = scoreCandidates(criteria, scorecards, panel);
const { candidates } = debrief(criteria, scorecards, panel);
console.log(candidates.map((c) => `${c.candidateId}: disagreements on ${c.disagreements.map((d) => d.criterionId).join(', ') || 'nothing'}`));
const [leader] = shortlist(scores, { size: 1 }).entries;
assert.equal(leader?.candidateId, 'c-17');

const readiness = offerReadiness(
  { candidateId: 'c-17', referees: [{ id: 'r1', name: 'Jo Smith', requestedOn: '2026-12-14', completedOn: '2026-12-16' }] },
  { candidateId: 'c-17', mode: 'parallel', startedOn: '2026-12-14', steps: [
    { id: 'head', approver: 'Department head', decision: 'approved', decidedOn: '2026-12-15' },
    { id: 'finance', approver: 'Finance', purpose: 'budget' },
  ] },
  '2026-12-16',
  { calendar: createCalendar() },
);
console.log(readiness.status, readiness.missing.map((m) => m.text));
assert.equal(readiness.status, 'blocked'); // waiting for the budget approval

// Tell the candidate which step the process is in (R3.5), in their language, before they have to ask.
const stage = candidateFacingStage({ shortlisted: true, readiness }); // results of this module fit as they are
const update = renderMessage('statusUpdate', {
  recruiter: { name: 'Kim Adams' }, candidate: { name: 'Alex Morgan' }, company: 'Northwind', role: 'Data Engineer',
  stage: stagePhrase(stage, 'de'), expectedDate: '2026-12-18',
}, { locale: 'de' });
console.log(update.text);
assert.equal(stage, 'approvals');
