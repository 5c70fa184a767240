import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import type { InvalidInputError } from '../errors.js';
import { failure, thrown } from '../../test/helpers/thrown.js';
import * as hiring from './index.js';

const calendar = createCalendar();
const criteria = hiring.defineCriteria([{ id: 'a', name: 'A', weight: 1 }]);
const cards = [{ candidateId: 'x', interviewerId: 'i', submittedAt: '2026-12-11T17:00:00Z', ratings: [{ criterionId: 'a', rating: 3 }] }];
const references = { candidateId: 'x', referees: [{ id: 'r1', name: 'Jo', requestedOn: '2026-12-14' }] };
const chain = { candidateId: 'x', mode: 'parallel', startedOn: '2026-12-14', steps: [{ id: 'a', approver: 'A' }] } as const;

/** Every hiring function that takes options: its arguments before the options, and the options it needs (if any). */
const CALLS: Record<string, [args: () => unknown[], needed: object | undefined]> = {
  scoreCandidate: [() => [criteria, cards], undefined],
  scoreCandidates: [() => [criteria, cards], undefined],
  debrief: [() => [criteria, cards], undefined],
  shortlist: [() => [hiring.scoreCandidates(criteria, cards)], { size: 1 }],
  referenceCheck: [() => [references, '2026-12-18'], { calendar }],
  approvals: [() => [chain, '2026-12-18'], { calendar }],
  offerReadiness: [() => [references, chain, '2026-12-18'], { calendar }],
  stagePhrase: [() => ['offer', 'en'], undefined],
};

/** Functions of the entry without an options argument (resolveHiringPolicy takes the policy itself). */
const WITHOUT_OPTIONS = ['defineCriteria', 'candidateFacingStage', 'resolveHiringPolicy', 'isFollowUpError'];

describe('hiring options', () => {
  it('R3: the list covers every function of the entry that takes options', () => {
    const withOptions = Object.entries(hiring)
      .filter(([name, f]) => typeof f === 'function' && /^[a-z]/.test(name) && !WITHOUT_OPTIONS.includes(name))
      .map(([name]) => name);
    expect(withOptions.sort()).toEqual(Object.keys(CALLS).sort());
    // The policy overrides, resolveHiringPolicy's only argument, refuse null the same way.
    expect(failure(() => hiring.resolveHiringPolicy(null as never), 'INVALID_ARGUMENT')).toMatch(/^Invalid policy null: expected an object/);
  });

  it.each(Object.entries(CALLS))('R3: %s refuses null options, as a number or a string, with an InvalidArgumentError; omitted options stay fine', (name, [args, needed]) => {
    const fn = (hiring as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
    for (const bad of [null, 7, 'x']) {
      expect(failure(() => fn(...args(), bad), 'INVALID_ARGUMENT')).toMatch(new RegExp(`^Invalid options ${bad === 'x' ? '"x"' : String(bad)}: expected an object \\{ `));
    }
    expect(() => fn(...args(), needed)).not.toThrow();
    if (needed === undefined) expect(fn(...args())).toEqual(fn(...args(), undefined));
  });

  it('R3.2, R3.4: an optional text (a note, description, purpose or relationship) that is not a text is an issue at its path; left out it is fine', () => {
    const issues = (fn: () => unknown) => (thrown(fn) as InvalidInputError).issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues(() => hiring.defineCriteria([{ id: 'a', name: 'A', weight: 1, description: 7 as never }]))).toEqual([['0.description', 'Invalid description 7: expected a text.']]);
    expect(issues(() => hiring.scoreCandidate(criteria, [{ ...cards[0]!, ratings: [{ criterionId: 'a', rating: 3, note: null as never }] }])))
      .toEqual([['0.ratings.0.note', 'Invalid note null: expected a text.']]);
    expect(issues(() => hiring.approvals({ ...chain, steps: [{ id: 'a', approver: 'A', purpose: ['budget'] as never }] }, '2026-12-18', { calendar })))
      .toEqual([['steps.0.purpose', 'Invalid purpose ["budget"]: expected a text.']]);
    expect(issues(() => hiring.referenceCheck({ candidateId: 'x', referees: [{ ...references.referees[0]!, relationship: {} as never }] }, '2026-12-18', { calendar })))
      .toEqual([['referees.0.relationship', 'Invalid relationship {}: expected a text.']]);
    expect(hiring.scoreCandidate(criteria, [{ ...cards[0]!, ratings: [{ criterionId: 'a', rating: 3, note: undefined }] }]).total).toBe(50);
  });
});
