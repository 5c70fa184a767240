import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../../errors.js';
import {
  parseApprovalChain, parseCriteria, parseReferenceCheck, parseScorecard, safeParseApprovalChain, safeParseCriteria,
  safeParseReferenceCheck, safeParseScorecard,
} from './index.js';

describe('hiring schemas', () => {
  it('R3.2: parseCriteria accepts the documented shape and rejects duplicates, bad weights and unknown fields', () => {
    expect(parseCriteria([{ id: 'design', name: 'System design', weight: 3, kind: 'skill', scale: 5 }])).toEqual([{ id: 'design', name: 'System design', weight: 3, kind: 'skill', scale: 5 }]);
    const r = safeParseCriteria([{ id: 'a', name: 'A', weight: -1 }, { id: 'a', name: 'B', weight: 1, scale: 1, colour: 'red' }]);
    expect(r.success).toBe(false);
    if (r.success) return;
    const paths = r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['0.weight', '1.scale', '1', '1.id']));
    expect(r.error.issues.find((i) => i.path.join('.') === '0.weight')!.message).toBe('Invalid weight -1: expected a positive finite number.');
    expect(safeParseCriteria([]).success).toBe(false);
  });

  it('R3.2: parseScorecard checks instants, whole ratings and one rating per criterion', () => {
    const card = { candidateId: 'c-17', interviewerId: 'lee', submittedAt: '2026-12-02T16:00:00Z', ratings: [{ criterionId: 'design', rating: 4, note: 'Clear' }] };
    expect(parseScorecard(card)).toEqual(card);
    const r = safeParseScorecard({ ...card, submittedAt: '2026-12-02', ratings: [{ criterionId: 'design', rating: 0 }, { criterionId: 'design', rating: 2.5 }] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['ratings.0.rating', 'ratings.1.rating', 'submittedAt']);
    const e = (() => { try { parseScorecard({ ...card, ratings: [card.ratings[0], card.ratings[0]] }); } catch (x) { return x; } return undefined; })();
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect((e as Error).message).toContain('rated twice');
    // A card that rates nothing is refused here as scoreCandidates refuses it.
    const none = safeParseScorecard({ ...card, ratings: [] });
    expect(none.success ? [] : none.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['ratings', 'Expected at least one rating: a scorecard that rates nothing is not submitted (R3.2).']]);
  });

  it('R3.4: parseReferenceCheck accepts civil dates and instants, and rejects completed-and-declined', () => {
    const ok = { candidateId: 'c-17', referees: [{ id: 'r1', name: 'Jo', requestedOn: '2026-12-07', contactedOn: '2026-12-08T10:00:00+01:00' }] };
    expect(parseReferenceCheck(ok)).toEqual(ok);
    const r = safeParseReferenceCheck({ candidateId: 'c-17', referees: [{ id: 'r1', name: 'Jo', requestedOn: '2026-13-01', completedOn: '2026-12-08', declinedOn: '2026-12-08' }] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['referees.0.requestedOn', 'referees.0.declinedOn']);
    expect(r.error.issues[0]!.message).toContain('Invalid date "2026-13-01"');
  });

  it('R3.4: parseApprovalChain needs a known mode, at least one step, unique ids and decisions with dates', () => {
    const ok = { candidateId: 'c-17', mode: 'sequential', startedOn: '2026-12-07', steps: [{ id: 'm', approver: 'Manager', decision: 'approved', decidedOn: '2026-12-08' }] };
    expect(parseApprovalChain(ok)).toEqual(ok);
    const r = safeParseApprovalChain({ candidateId: 'c-17', mode: 'later', startedOn: '2026-12-07', steps: [{ id: 'm', approver: 'M', decision: 'approved' }, { id: 'm', approver: 'N' }] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['mode', 'steps.0.decidedOn']);
    const dup = safeParseApprovalChain({ ...ok, steps: [ok.steps[0], { id: 'm', approver: 'N' }] });
    expect(dup.success ? [] : dup.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['steps.1.id: Duplicate approval step id "m": each approval step needs a unique id.']);
    expect(safeParseApprovalChain({ ...ok, steps: [] }).success).toBe(false);
  });
});
