import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { isFollowUpError } from '../errors.js';
import type { ApprovalChain } from '../model/hiring/ApprovalChain.js';
import type { ReferenceCheck } from '../model/hiring/ReferenceCheck.js';
import { thrown } from '../../test/helpers/thrown.js';
import { offerReadiness } from './offerReadiness.js';

const calendar = createCalendar();
const references: ReferenceCheck = {
  candidateId: 'c-17',
  referees: [
    { id: 'r1', name: 'Jo Smith', requestedOn: '2026-12-07', completedOn: '2026-12-08' },
    { id: 'r2', name: 'Max Roe', requestedOn: '2026-12-07', contactedOn: '2026-12-08' },
  ],
};
const chain: ApprovalChain = {
  candidateId: 'c-17', mode: 'sequential', startedOn: '2026-12-07',
  steps: [
    { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-07' },
    { id: 'finance', approver: 'Finance', purpose: 'budget' },
  ],
};

describe('offerReadiness', () => {
  it('R3.4: blocked while a required reference or an approval is missing, listing both (the documented example)', () => {
    const r = offerReadiness(references, chain, '2026-12-10', { calendar });
    expect(r.status).toBe('blocked');
    expect(r.missing.map((m) => `${m.kind}:${m.id}`)).toEqual(['reference:r2', 'approval:finance']);
    expect(r.missing.map((m) => m.overdue)).toEqual([false, true]);
    expect(r.references.candidateId).toBe('c-17');
    expect(r.approvals.status).toBe('pending');
  });

  it('R3.4: ready exactly when every required reference is completed and every step approved', () => {
    const done: ReferenceCheck = { ...references, referees: [references.referees[0]!, { ...references.referees[1]!, completedOn: '2026-12-09' }] };
    const approved: ApprovalChain = { ...chain, steps: [chain.steps[0]!, { ...chain.steps[1]!, decision: 'approved', decidedOn: '2026-12-09' }] };
    expect(offerReadiness(done, chain, '2026-12-10', { calendar }).missing.map((m) => m.id)).toEqual(['finance']);
    expect(offerReadiness(references, approved, '2026-12-10', { calendar }).missing.map((m) => m.id)).toEqual(['r2']);
    const ready = offerReadiness(done, approved, '2026-12-10', { calendar });
    expect(ready.status).toBe('ready');
    expect(ready.missing).toEqual([]);
  });

  it('R3.4: an optional reference never holds up the offer', () => {
    const optional: ReferenceCheck = { ...references, referees: [references.referees[0]!, { ...references.referees[1]!, required: false }] };
    const approved: ApprovalChain = { ...chain, steps: [chain.steps[0]!, { ...chain.steps[1]!, decision: 'approved', decidedOn: '2026-12-09' }] };
    expect(offerReadiness(optional, approved, '2026-12-10', { calendar }).status).toBe('ready');
  });

  it('R3.4: never ready without a required referee, even with every approval given', () => {
    const approved: ApprovalChain = { ...chain, steps: [chain.steps[0]!, { ...chain.steps[1]!, decision: 'approved', decidedOn: '2026-12-09' }] };
    for (const referees of [[], [{ ...references.referees[0]!, required: false }]]) {
      const r = offerReadiness({ candidateId: 'c-17', referees }, approved, '2026-12-10', { calendar });
      expect(r.status).toBe('blocked');
      expect(r.missing.map((m) => `${m.kind}:${m.id}:${m.status}`)).toEqual(['reference:no-required-referee:no-required-referee']);
      expect(r.references.complete).toBe(false);
    }
  });

  it('R3.4: a reference or approval dated after now does not count as done: InvalidInputError', () => {
    const done: ReferenceCheck = { ...references, referees: [references.referees[0]!, { ...references.referees[1]!, completedOn: '2027-03-01' }] };
    expect(isFollowUpError(thrown(() => offerReadiness(done, chain, '2026-12-10', { calendar })), 'INVALID_INPUT')).toBe(true);
    const approved: ApprovalChain = { ...chain, steps: [chain.steps[0]!, { ...chain.steps[1]!, decision: 'approved', decidedOn: '2027-05-01' }] };
    expect(isFollowUpError(thrown(() => offerReadiness(references, approved, '2026-12-10', { calendar })), 'INVALID_INPUT')).toBe(true);
  });

  it('R3.4: records about two different candidates are an InvalidArgumentError', () => {
    const e = thrown(() => offerReadiness(references, { ...chain, candidateId: 'c-18' }, '2026-12-10', { calendar }));
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as Error).message).toBe('Invalid approvalState.candidateId "c-18": expected the candidate of the reference checks, "c-17".');
  });
});
