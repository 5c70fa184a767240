import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { isFollowUpError } from '../errors.js';
import type { InvalidInputError } from '../errors.js';
import type { ApprovalChain } from '../model/hiring/ApprovalChain.js';
import { failure, thrown } from '../../test/helpers/thrown.js';
import { approvals } from './approvals.js';

const calendar = createCalendar({ holidays: ['2026-12-25'] });

const chain = (mode: ApprovalChain['mode'], steps: ApprovalChain['steps']): ApprovalChain => ({ candidateId: 'c-17', mode, startedOn: '2026-12-07', steps });

describe('approvals', () => {
  it('R3.4: the documented example (manager approved, finance overdue since 2026-12-10)', () => {
    const report = approvals({
      candidateId: 'c-17', mode: 'sequential', startedOn: '2026-12-07',
      steps: [
        { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-07' },
        { id: 'finance', approver: 'Finance', purpose: 'budget' },
      ],
    }, '2026-12-10', { calendar });
    expect(report.status).toBe('pending');
    expect(report.blocking[0]!.id).toBe('finance');
    expect(report.blocking[0]!.overdueOn).toBe('2026-12-10');
  });

  it('R3.4: a misspelt field of a step is an InvalidInputError naming it, not a decision silently ignored', () => {
    const e = thrown(() => approvals(chain('sequential', [{ id: 'mgr', approver: 'Manager', decision: 'approved', decidedon: '2026-12-08' } as never]), '2026-12-11', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['steps.0.decidedon', 'Unknown field "decidedon": expected one of id, approver, purpose, requestedOn, decision, decidedOn, note.']);
  });

  it('R3.4: sequential steps become active one after the other; later ones wait', () => {
    const report = approvals(chain('sequential', [
      { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-08' },
      { id: 'head', approver: 'Department head' },
      { id: 'finance', approver: 'Finance', purpose: 'budget' },
    ]), '2026-12-09', { calendar });
    expect(report.steps).toEqual([
      { id: 'manager', approver: 'Hiring manager', status: 'approved', activeSince: '2026-12-07', decidedOn: '2026-12-08', ageBusinessDays: 0, overdueOn: null, overdue: false },
      { id: 'head', approver: 'Department head', status: 'pending', activeSince: '2026-12-08', decidedOn: null, ageBusinessDays: 0, overdueOn: '2026-12-11', overdue: false },
      { id: 'finance', approver: 'Finance', purpose: 'budget', status: 'waiting', activeSince: null, decidedOn: null, ageBusinessDays: null, overdueOn: null, overdue: false },
    ]);
    expect(report.blocking.map((b) => b.id)).toEqual(['head']);
    expect(report.blocking[0]!.text).toBe('Waiting for Department head since 2026-12-08; due before 2026-12-11.');
  });

  it('R3.4: a pending step is overdue once 2 whole business days have passed (policy default), across holidays', () => {
    // Active Wed 23 Dec: Thu 24 and Mon 28 pass (25 is a holiday), overdue from Tue 29.
    const c: ApprovalChain = { ...chain('parallel', [{ id: 'finance', approver: 'Finance' }]), startedOn: '2026-12-23' };
    expect(approvals(c, '2026-12-28', { calendar }).steps[0]).toMatchObject({ overdue: false, overdueOn: '2026-12-29', ageBusinessDays: 1 });
    expect(approvals(c, '2026-12-29', { calendar }).steps[0]).toMatchObject({ overdue: true, ageBusinessDays: 2 });
    expect(approvals(c, '2026-12-29', { calendar, policy: { approvalStepOverdueBusinessDays: 4 } }).steps[0]!.overdue).toBe(false);
  });

  it('R3.4: parallel steps are all active from startedOn, or from their own requestedOn', () => {
    const report = approvals(chain('parallel', [
      { id: 'head', approver: 'Department head' },
      { id: 'finance', approver: 'Finance', requestedOn: '2026-12-09' },
      { id: 'hr', approver: 'HR', decision: 'approved', decidedOn: '2026-12-08' },
    ]), '2026-12-10', { calendar });
    expect(report.steps.map((s) => [s.id, s.status, s.activeSince, s.overdue])).toEqual([
      ['head', 'pending', '2026-12-07', true],
      ['finance', 'pending', '2026-12-09', false],
      ['hr', 'approved', '2026-12-07', false],
    ]);
    expect(report.blocking.map((b) => [b.id, b.overdue])).toEqual([['head', true], ['finance', false]]);
  });

  it('R3.4: approved when every step is; one rejection ends the chain', () => {
    const ok = approvals(chain('sequential', [
      { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-07' },
      { id: 'finance', approver: 'Finance', decision: 'approved', decidedOn: '2026-12-09' },
    ]), '2026-12-10', { calendar });
    expect(ok.status).toBe('approved');
    expect(ok.blocking).toEqual([]);
    const no = approvals(chain('sequential', [
      { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-07' },
      { id: 'finance', approver: 'Finance', purpose: 'budget', decision: 'rejected', decidedOn: '2026-12-09' },
      { id: 'ceo', approver: 'CEO' },
    ]), '2026-12-10', { calendar });
    expect(no.status).toBe('rejected');
    expect(no.steps[2]!.status).toBe('waiting');
    expect(no.blocking.map((b) => [b.id, b.status, b.text])).toEqual([['finance', 'rejected', 'Finance (budget) rejected the offer on 2026-12-09.']]);
  });

  it('R3.4: inconsistent records are InvalidInputErrors naming the step and field', () => {
    const e = thrown(() => approvals(chain('sequential', [
      { id: 'manager', approver: 'Hiring manager' },
      { id: 'finance', approver: 'Finance', decision: 'approved', decidedOn: '2026-12-09' },
      { id: 'finance', approver: 'CFO', decision: 'approved' },
    ]), '2026-12-10', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['steps.1.decidedOn', 'steps.2.id', 'steps.2.decidedOn']);
    expect(e.issues[0]!.message).toContain('an earlier step of this sequential chain is not approved');
    const early = thrown(() => approvals(chain('parallel', [{ id: 'a', approver: 'A', decision: 'approved', decidedOn: '2026-12-01' }]), '2026-12-10', { calendar }));
    expect((early as Error).message).toContain('before the step became active on 2026-12-07');
    expect(isFollowUpError(thrown(() => approvals(chain('parallel', []), '2026-12-10', { calendar })), 'INVALID_INPUT')).toBe(true);
    // A hole in the list (from plain JavaScript) is a missing step, never an approval nobody gave.
    const hole = thrown(() => approvals(chain('sequential', [, { id: 'ceo', approver: 'CEO', decision: 'approved', decidedOn: '2026-12-08' }] as never), '2026-12-10', { calendar })) as InvalidInputError;
    expect(hole.issues.map((i) => [i.path.join('.'), i.message])[0]).toEqual(['steps.0', expect.stringContaining('got (missing)')]);
  });

  it('R3.4: a sequential step decided before the step ahead of it was approved is an InvalidInputError, whatever its requestedOn', () => {
    const out = { candidateId: 'c', mode: 'sequential', startedOn: '2026-12-14' } as const;
    const e = thrown(() => approvals({ ...out, steps: [
      { id: 'mgr', approver: 'Manager', decision: 'approved', decidedOn: '2026-12-17' },
      { id: 'head', approver: 'Head', requestedOn: '2026-12-14', decision: 'approved', decidedOn: '2026-12-15' },
      { id: 'fin', approver: 'Finance', requestedOn: '2026-12-14', decision: 'approved', decidedOn: '2026-12-14' },
    ] }, '2026-12-18', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues).toEqual([
      { path: ['steps', 1, 'decidedOn'], message: 'decidedOn "2026-12-15" is before the step became active on 2026-12-17 (the day step "mgr" before it was approved): expected the same day or later.' },
      { path: ['steps', 2, 'decidedOn'], message: 'decidedOn "2026-12-14" is before the step became active on 2026-12-15 (the day step "head" before it was approved): expected the same day or later.' },
    ]);
    // Without requestedOn, the same data gives the same error.
    const plain = thrown(() => approvals({ ...out, steps: [
      { id: 'mgr', approver: 'Manager', decision: 'approved', decidedOn: '2026-12-17' },
      { id: 'head', approver: 'Head', decision: 'approved', decidedOn: '2026-12-15' },
    ] }, '2026-12-18', { calendar })) as InvalidInputError;
    expect(plain.issues).toEqual([e.issues[0]]);
  });

  it('R3.4: requestedOn makes a sequential step active later than the approval before it, never earlier; behind an undecided step it waits', () => {
    const report = (requestedOn: string, first: ApprovalChain['steps'][number]) => approvals(chain('sequential', [
      first, { id: 'finance', approver: 'Finance', requestedOn },
    ]), '2026-12-10', { calendar }).steps[1]!;
    const approved = { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-08' } as const;
    expect(report('2026-12-07', approved)).toMatchObject({ status: 'pending', activeSince: '2026-12-08' }); // asked early: active once the manager approved
    expect(report('2026-12-09', approved)).toMatchObject({ status: 'pending', activeSince: '2026-12-09' }); // asked late: active from the request
    expect(report('2026-12-07', { id: 'manager', approver: 'Hiring manager' })).toMatchObject({ status: 'waiting', activeSince: null, overdue: false });
  });

  it('R3.4: a date after now, or a requestedOn before startedOn, is an InvalidInputError naming the field', () => {
    const e = thrown(() => approvals(chain('parallel', [
      { id: 'a', approver: 'A', decision: 'approved', decidedOn: '2027-05-01' },
      { id: 'b', approver: 'B', requestedOn: '2026-11-01' },
      { id: 'c', approver: 'C', requestedOn: '2026-12-16' },
    ]), '2026-12-15', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'steps.0.decidedOn: decidedOn "2027-05-01" is after now (2026-12-15): expected the same day or earlier.',
      'steps.1.requestedOn: requestedOn "2026-11-01" is before the chain\'s startedOn "2026-12-07": expected the same day or later.',
      'steps.2.requestedOn: requestedOn "2026-12-16" is after now (2026-12-15): expected the same day or earlier.',
    ]);
    const late = thrown(() => approvals({ ...chain('parallel', [{ id: 'a', approver: 'A' }]), startedOn: '2026-12-16' }, '2026-12-15', { calendar })) as InvalidInputError;
    expect(late.issues.map((i) => i.path.join('.'))).toEqual(['startedOn']);
  });

  it('R3.4: a bad candidateId, steps, approver, step id or date is reported at its own path, with the value and what is valid', () => {
    const parallel = { candidateId: 'c-17', mode: 'parallel', startedOn: '2026-12-14', steps: [{ id: 'a', approver: 'A' }] } as const;
    expect(failure(() => approvals({ ...parallel, candidateId: {} } as never, '2026-12-18', { calendar }), 'INVALID_ARGUMENT'))
      .toBe('Invalid approvals.candidateId {}: expected a non-empty text.');
    // A blank id is refused as ApprovalChainSchema and scorecards refuse it.
    expect(failure(() => approvals({ ...parallel, candidateId: ' ' }, '2026-12-18', { calendar }), 'INVALID_ARGUMENT'))
      .toBe('Invalid approvals.candidateId " ": expected a non-empty text.');
    expect(failure(() => approvals({ ...parallel, steps: null } as never, '2026-12-18', { calendar }), 'INVALID_ARGUMENT'))
      .toBe('Invalid approvals.steps null: expected an array of approval steps { id, approver, ... }.');
    expect(failure(() => approvals(null as never, '2026-12-18', { calendar }), 'INVALID_ARGUMENT'))
      .toBe('Invalid approvals null: expected an approval chain { candidateId, mode, startedOn, steps: [...] }.');
    const e = thrown(() => approvals({ ...parallel, steps: [{ id: 'a' }, { approver: 'B', decidedon: '2026-12-15' }] } as never, '2026-12-18', { calendar })) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['steps.0.approver', 'Invalid approver (missing): expected a text.'],
      ['steps.1.decidedon', 'Unknown field "decidedon": expected one of id, approver, purpose, requestedOn, decision, decidedOn, note.'],
      ['steps.1.id', 'Invalid id (missing): expected a text.'],
    ]);
    expect(failure(() => approvals({ ...parallel, steps: [{ id: 'a', approver: 'A', decision: 'approved', decidedOn: '15 Dec' }] }, '2026-12-18', { calendar }), 'INVALID_DATE'))
      .toMatch(/^Invalid steps\.0\.decidedOn "15 Dec": expected /);
    expect(failure(() => approvals({ ...parallel, steps: [{ id: 'a', approver: 'A', requestedOn: '2026-12-32' }] }, '2026-12-18', { calendar }), 'INVALID_DATE'))
      .toMatch(/^Invalid steps\.0\.requestedOn "2026-12-32": expected /);
  });

  it('R3.4: an unknown mode or a bad calendar is an InvalidArgumentError', () => {
    const e = thrown(() => approvals(chain('all-at-once' as never, [{ id: 'a', approver: 'A' }]), '2026-12-10', { calendar }));
    expect((e as Error).message).toBe('Invalid approvals.mode "all-at-once": expected "sequential" or "parallel".');
    expect(isFollowUpError(thrown(() => approvals(chain('parallel', [{ id: 'a', approver: 'A' }]), '2026-12-10', { calendar: {} as never })), 'INVALID_ARGUMENT')).toBe(true);
    expect((thrown(() => approvals(chain('parallel', [{ id: 'a', approver: 'A' }]), '2026-12-10', { calendar, polcy: {} } as never)) as Error).message)
      .toBe('Invalid options key "polcy": expected one of calendar, timeZone, policy (did you mean "policy"?).');
  });
});
