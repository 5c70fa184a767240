/**
 * Hiring (R3): score 10,000 candidates × 5 scorecards × 8 criteria, debrief and shortlist them,
 * and check offer readiness; a naive scoring loop over the same data is the peer.
 */
import { createCalendar } from '../src/calendar/createCalendar.js';
import { debrief } from '../src/hiring/debrief.js';
import { defineCriteria } from '../src/hiring/defineCriteria.js';
import { offerReadiness } from '../src/hiring/offerReadiness.js';
import { scoreCandidate } from '../src/hiring/scoreCandidate.js';
import { scoreCandidates } from '../src/hiring/scoreCandidates.js';
import { shortlist } from '../src/hiring/shortlist.js';
import type { Criteria } from '../src/hiring/types.js';
import type { ApprovalChain } from '../src/model/hiring/ApprovalChain.js';
import type { ReferenceCheck } from '../src/model/hiring/ReferenceCheck.js';
import type { Scorecard } from '../src/model/hiring/Scorecard.js';
import { measure, printFigures, printTable, seededRandom, timeOnce } from './harness.js';

const CANDIDATES = 10_000;
const CARDS_PER_CANDIDATE = 5;
const CRITERIA = 8;

const criteria = defineCriteria(Array.from({ length: CRITERIA }, (_, i) => ({
  id: `c${i}`, name: `Criterion ${i}`, weight: 1 + (i % 3), ...(i === 7 ? { kind: 'fit' as const } : {}),
})));

/** Every candidate gets 5 scorecards; about 5% of ratings are left blank. */
function workload(): { all: Scorecard[]; byCandidate: Scorecard[][] } {
  const random = seededRandom(11);
  const all: Scorecard[] = [];
  const byCandidate: Scorecard[][] = [];
  for (let c = 0; c < CANDIDATES; c++) {
    const cards: Scorecard[] = [];
    for (let k = 0; k < CARDS_PER_CANDIDATE; k++) {
      const ratings = [];
      for (let i = 0; i < CRITERIA; i++) if (random() > 0.05) ratings.push({ criterionId: `c${i}`, rating: 1 + Math.floor(random() * 5) });
      cards.push({ candidateId: `cand-${String(c).padStart(5, '0')}`, interviewerId: `int-${k}`, submittedAt: '2026-12-02T16:00:00Z', ratings });
    }
    byCandidate.push(cards);
    all.push(...cards);
  }
  return { all, byCandidate };
}

/** The obvious loop without validation: the cost floor for the same arithmetic. */
function naiveScores(list: Criteria, byCandidate: readonly Scorecard[][]): number[] {
  const out: number[] = [];
  for (const cards of byCandidate) {
    let num = 0, den = 0;
    for (const c of list) {
      let sum = 0, n = 0;
      for (const card of cards) for (const r of card.ratings) if (r.criterionId === c.id) { sum += r.rating; n++; }
      if (n > 0) { num += c.share * (((sum / n) - 1) / (c.scale - 1)) * 100; den += c.share; }
    }
    out.push(den === 0 ? Number.NaN : num / den);
  }
  return out;
}

export async function run(): Promise<void> {
  const { all, byCandidate } = workload();
  const panel = { interviewers: ['int-0', 'int-1', 'int-2', 'int-3', 'int-4'] };
  const scores = scoreCandidates(criteria, all, panel);

  const batch = [
    measure('naive loop, 10,000 candidates', () => naiveScores(criteria, byCandidate), { ops: 1, rounds: 5, note: 'no validation, no report' }),
    measure('scoreCandidates, 10,000 candidates', () => scoreCandidates(criteria, all, panel), { ops: 1, rounds: 5, note: '50,000 scorecards validated' }),
    measure('scoreCandidate × 10,000', () => byCandidate.map((cards) => scoreCandidate(criteria, cards, panel)), { ops: 1, rounds: 5 }),
    measure('debrief, 10,000 candidates', () => debrief(criteria, all, panel), { ops: 1, rounds: 5 }),
    measure('shortlist of 20 from 10,000 scores', () => shortlist(scores, { size: 20, minScore: 50 }), { ops: 1, rounds: 5 }),
  ];
  printTable('Scoring a hiring round (one op = the whole batch)', batch, 'naive loop, 10,000 candidates');

  const calendar = createCalendar({ holidays: ['2026-12-24', '2026-12-25'] });
  const references: ReferenceCheck = {
    candidateId: 'cand-00001',
    referees: [
      { id: 'r1', name: 'Jo Smith', requestedOn: '2026-12-07', completedOn: '2026-12-09' },
      { id: 'r2', name: 'Max Roe', requestedOn: '2026-12-07', contactedOn: '2026-12-08' },
      { id: 'r3', name: 'Kim Lee', requestedOn: '2026-12-08', required: false },
    ],
  };
  const chain: ApprovalChain = {
    candidateId: 'cand-00001', mode: 'sequential', startedOn: '2026-12-07',
    steps: [
      { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-08' },
      { id: 'head', approver: 'Department head' },
      { id: 'finance', approver: 'Finance', purpose: 'budget' },
    ],
  };
  const readiness = measure('offerReadiness (3 referees, 3 steps)', (ops) => {
    let last;
    for (let i = 0; i < ops; i++) last = offerReadiness(references, chain, '2026-12-28', { calendar });
    return last;
  }, { ops: 20_000 });
  printTable('Offer readiness', [readiness]);

  const cold = timeOnce(() => scoreCandidates(criteria, all, panel));
  const scored = batch[1]!;
  printFigures('Figures', [
    ['scorecards scored per second', Math.round((CANDIDATES * CARDS_PER_CANDIDATE * 1e9) / scored.nsPerOp).toLocaleString('en-US')],
    ['candidates scored per second', Math.round((CANDIDATES * 1e9) / scored.nsPerOp).toLocaleString('en-US')],
    ['one more scoreCandidates run (ms)', cold.toFixed(1)],
    ['shortlist size / candidates', `20 / ${scores.length.toLocaleString('en-US')}`],
  ]);
}
