/** The worked example of docs/hiring.md, step by step (R3.1–R3.5). */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import type { ApprovalChain } from '../model/hiring/ApprovalChain.js';
import type { ReferenceCheck } from '../model/hiring/ReferenceCheck.js';
import type { Scorecard } from '../model/hiring/Scorecard.js';
import { renderMessage } from '../templates/renderMessage.js';
import {
  candidateFacingStage, debrief, defineCriteria, offerReadiness, scoreCandidates, shortlist, stagePhrase,
} from './index.js';

const criteria = defineCriteria([
  { id: 'design', name: 'System design', weight: 3 },
  { id: 'coding', name: 'Coding', weight: 3 },
  { id: 'comms', name: 'Communication', weight: 2 },
  { id: 'team', name: 'Team fit', weight: 1, kind: 'fit' },
]);

function card(candidateId: string, interviewerId: string, [design, coding, comms, team]: readonly number[]): Scorecard {
  return {
    candidateId, interviewerId, submittedAt: '2026-12-11T17:00:00Z',
    ratings: [
      { criterionId: 'design', rating: design! }, { criterionId: 'coding', rating: coding! },
      { criterionId: 'comms', rating: comms! }, { criterionId: 'team', rating: team! },
    ],
  };
}

const scorecards = [
  card('c-17', 'lee', [5, 4, 2, 4]), card('c-17', 'ana', [4, 5, 5, 4]), card('c-17', 'kim', [5, 4, 4, 5]),
  card('c-23', 'lee', [3, 4, 3, 3]), card('c-23', 'ana', [4, 3, 4, 4]),
  card('c-31', 'lee', [2, 3, 3, 2]), card('c-31', 'ana', [3, 2, 3, 3]), card('c-31', 'kim', [2, 2, 3, 3]),
];
const panel = { interviewers: ['lee', 'ana', 'kim'] };
const calendar = createCalendar({ holidays: ['2026-12-25'] });
const references: ReferenceCheck = {
  candidateId: 'c-17',
  referees: [
    { id: 'r1', name: 'Jo Smith', relationship: 'former manager', requestedOn: '2026-12-14', completedOn: '2026-12-16' },
    { id: 'r2', name: 'Max Roe', relationship: 'former colleague', requestedOn: '2026-12-14', contactedOn: '2026-12-15' },
  ],
};
const chain: ApprovalChain = {
  candidateId: 'c-17', mode: 'sequential', startedOn: '2026-12-14',
  steps: [
    { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-14' },
    { id: 'head', approver: 'Department head', decision: 'approved', decidedOn: '2026-12-16' },
    { id: 'finance', approver: 'Finance', purpose: 'budget' },
  ],
};

describe('docs/hiring.md worked example', () => {
  it('R3.2: criteria shares and candidate totals (design 3/9: 91.67 × 3 + 83.33 × 3 + 66.67 × 2 + 83.33) / 9 = 82.41', () => {
    expect(criteria[0]!.share).toBe(3 / 9);
    expect(scoreCandidates(criteria, scorecards, panel).map((s) => [s.candidateId, s.total])).toEqual([['c-17', 82.407407], ['c-23', 62.5], ['c-31', 37.962963]]);
  });

  it('R3.1: the debrief', () => {
    const { candidates } = debrief(criteria, scorecards, panel);
    const ada = candidates[0]!;
    expect(ada.strengths.map((p) => p.criterionId)).toEqual(['design', 'coding', 'team']);
    expect(ada.disagreements.map((p) => [p.criterionId, p.spread])).toEqual([['comms', 3]]);
    expect(ada.fit.map((p) => [p.criterionId, p.verdict])).toEqual([['team', 'strength']]);
    expect(candidates[1]!.waitingFor).toEqual(['kim']);
  });

  it('R3.3: the shortlist', () => {
    const list = shortlist(scoreCandidates(criteria, scorecards, panel), { size: 2, minScore: 50 });
    expect(list.entries.map((e) => [e.rank, e.candidateId, e.total])).toEqual([[1, 'c-17', 82.407407], [2, 'c-23', 62.5]]);
    expect(list.entries[0]!.reasons.map((r) => [r.criterionId, r.contribution])).toEqual([['design', 30.555556], ['coding', 27.777778], ['comms', 14.814815]]);
    expect(list.entries[0]!.text).toBe('Rank 1 of 3 scored candidates at 82.4/100; largest contributions: System design (91.7, +30.6), Coding (83.3, +27.8), Communication (66.7, +14.8).');
    expect(list.excluded).toEqual([{ candidateId: 'c-31', total: 37.962963, reason: 'below-min-score' }]);
  });

  it('R3.4, R3.5: offer readiness, then the status update that names the step', () => {
    const readiness = offerReadiness(references, chain, '2026-12-18', { calendar });
    expect(readiness.status).toBe('blocked');
    expect(readiness.missing.map((m) => m.text)).toEqual([
      'The reference from Max Roe, requested on 2026-12-14, is in progress (contacted on 2026-12-15) and overdue since 2026-12-18.',
      'Waiting for Finance (budget) since 2026-12-16; due before 2026-12-21.',
    ]);
    const stage = candidateFacingStage({ readiness });
    expect(stage).toBe('references');
    const text = renderMessage('statusUpdate', {
      recruiter: { name: 'Sam Lee' }, candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer',
      stage: stagePhrase(stage, 'en'), expectedDate: '2026-12-23',
    }, { locale: 'en' }).text;
    expect(text).toContain('We are currently at this stage: reference checks.');
  });

  it('R3.4, R3.5: once the last reference and the budget approval are in, the offer is ready', () => {
    const done = offerReadiness(
      { ...references, referees: [references.referees[0]!, { ...references.referees[1]!, completedOn: '2026-12-21' }] },
      { ...chain, steps: [chain.steps[0]!, chain.steps[1]!, { ...chain.steps[2]!, decision: 'approved', decidedOn: '2026-12-22' }] },
      '2026-12-22', { calendar },
    );
    expect(done.status).toBe('ready');
    expect(candidateFacingStage({ readiness: done })).toBe('offer');
  });
});
