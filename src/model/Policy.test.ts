import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { DEFAULT_POLICY, resolvePolicy } from '../policy.js';
import { thrown } from '../../test/helpers/thrown.js';
import { parsePolicy, safeParsePolicy } from './Policy.js';

describe('DEFAULT_POLICY', () => {
  it('holds every policy default listed in docs/rules.md', () => {
    expect(DEFAULT_POLICY).toEqual({
      graceBusinessDays: 1, // R4.2
      noTimelineWindow: { from: 7, to: 10 }, // R4.3
      maxFollowUps: 1, // R11.3
      ghostedAfterBusinessDays: 10, // R11.2
      thankYouWithinHours: 24, // R1.2
      thankYouMaxWords: 150, // R1.4
      thankYouSubjectMaxChars: 60, // R1.4
      followUpMaxWords: 120, // R5
      offerDecisionBusinessDays: 2, // R8.3
      minOtherActiveApplications: 2, // R6
    });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.noTimelineWindow)).toBe(true);
  });
});

describe('resolvePolicy', () => {
  it('returns the defaults without overrides', () => {
    expect(resolvePolicy()).toBe(DEFAULT_POLICY);
    expect(resolvePolicy({})).toEqual(DEFAULT_POLICY);
  });

  it('R4.3: merges part of the window', () => {
    expect(resolvePolicy({ noTimelineWindow: { to: 12 } }).noTimelineWindow).toEqual({ from: 7, to: 12 });
  });

  it('R4.3: a field or window end given as undefined keeps its default', () => {
    expect(resolvePolicy({ graceBusinessDays: undefined, noTimelineWindow: { from: undefined, to: 12 } })).toEqual({
      ...DEFAULT_POLICY,
      noTimelineWindow: { from: 7, to: 12 },
    });
    expect(resolvePolicy({ noTimelineWindow: undefined })).toEqual(DEFAULT_POLICY);
  });

  it('R11.3: maxFollowUps may be raised by the caller', () => {
    expect(resolvePolicy({ maxFollowUps: 2 }).maxFollowUps).toBe(2);
  });

  it('throws InvalidArgumentError naming the key and value', () => {
    const cases: [unknown, RegExp][] = [
      [{ graceBusinessDays: -1 }, /policy\.graceBusinessDays -1/],
      [{ graceBusinessDays: 1.5 }, /policy\.graceBusinessDays 1\.5/],
      [{ noTimelineWindow: { from: 10, to: 7 } }, /"from" is at most its "to"/],
      [{ thankYouWithinHours: 0 }, /thankYouWithinHours 0/],
      [{ ghostedAfter: 5 }, /policy key "ghostedAfter"/],
      ['strict', /policy "strict"/],
    ];
    for (const [input, message] of cases) {
      let error: unknown;
      try {
        resolvePolicy(input as never);
      } catch (e) {
        error = e;
      }
      expect(isFollowUpError(error, 'INVALID_ARGUMENT')).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('R4.3: an unknown key inside the window is rejected, as PolicySchema rejects it', () => {
    const e = thrown(() => resolvePolicy({ noTimelineWindow: { form: 3 } } as never));
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as Error).message).toBe('Invalid policy.noTimelineWindow key "form": expected one of from, to (did you mean "from"?).');
    expect(safeParsePolicy({ noTimelineWindow: { form: 3 } }).success).toBe(false);
  });

  it('does not mutate the overrides', () => {
    const overrides = Object.freeze({ noTimelineWindow: Object.freeze({ from: 3 }) });
    expect(resolvePolicy(overrides).noTimelineWindow).toEqual({ from: 3, to: 10 });
  });
});

describe('PolicySchema', () => {
  it('fills the same defaults as DEFAULT_POLICY', () => {
    expect(parsePolicy({})).toEqual(DEFAULT_POLICY);
  });

  it('rejects what resolvePolicy rejects, with paths', () => {
    const r = safeParsePolicy({ maxFollowUps: -1, noTimelineWindow: { from: 9, to: 8 }, other: 1 });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['', 'maxFollowUps', 'noTimelineWindow']);
  });

  it('R4.3, R11.3: words a bad value as resolvePolicy does, naming the field, the value and the valid values', () => {
    const r = safeParsePolicy({ maxFollowUps: 1.5, noTimelineWindow: { from: 0 } });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues.map((i) => i.message)).toEqual([
        'Invalid noTimelineWindow.from 0: expected a whole number of business days from 1 to 100000.',
        'Invalid maxFollowUps 1.5: expected a whole number of follow-ups from 0 to 100000.',
      ]);
    }
    expect(thrown(() => resolvePolicy({ maxFollowUps: 1.5 }))).toHaveProperty('message', 'Invalid policy.maxFollowUps 1.5: expected a whole number of follow-ups from 0 to 100000.');
  });
});
