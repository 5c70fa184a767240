import { describe, expect, it } from 'vitest';
import { isFollowUpError } from './errors.js';
import { thrown } from '../test/helpers/thrown.js';
import { DEFAULT_HIRING_POLICY, resolveHiringPolicy } from './hiringPolicy.js';

describe('hiring policy', () => {
  it('R3.1, R3.4: the documented defaults', () => {
    expect(DEFAULT_HIRING_POLICY).toEqual({ referenceOverdueBusinessDays: 3, approvalStepOverdueBusinessDays: 2, strongAtLeast: 75, weakBelow: 50, disagreementSpread: 0.5 });
    expect(Object.isFrozen(DEFAULT_HIRING_POLICY)).toBe(true);
    expect(resolveHiringPolicy()).toBe(DEFAULT_HIRING_POLICY);
  });

  it('R3.1, R3.4: overrides replace only the keys given', () => {
    expect(resolveHiringPolicy({ strongAtLeast: 80 })).toEqual({ ...DEFAULT_HIRING_POLICY, strongAtLeast: 80 });
    expect(resolveHiringPolicy({ strongAtLeast: 80, weakBelow: undefined })).toEqual({ ...DEFAULT_HIRING_POLICY, strongAtLeast: 80 });
  });

  it('R3.1, R3.4: out-of-range values and unknown keys are InvalidArgumentErrors naming the value', () => {
    const cases: [object, string][] = [
      [{ approvalStepOverdueBusinessDays: 1.5 }, 'Invalid policy.approvalStepOverdueBusinessDays 1.5: expected a whole number of business days from 0 to 1000.'],
      [{ strongAtLeast: 120 }, 'Invalid policy.strongAtLeast 120: expected a number from 0 to 100 (the 0–100 score scale).'],
      [{ disagreementSpread: 0 }, 'Invalid policy.disagreementSpread 0: expected a fraction of the rating scale greater than 0 and at most 1.'],
      [{ strongAtLeast: 40 }, 'Invalid policy.weakBelow 50: expected a value at most strongAtLeast (40), so no criterion is both strong and weak.'],
      [{ overdue: 1 }, 'Invalid policy key "overdue": expected one of referenceOverdueBusinessDays, approvalStepOverdueBusinessDays, strongAtLeast, weakBelow, disagreementSpread.'],
    ];
    for (const [overrides, message] of cases) {
      const e = thrown(() => resolveHiringPolicy(overrides as never));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
      expect((e as Error).message).toBe(message);
    }
    expect(isFollowUpError(thrown(() => resolveHiringPolicy([] as never)), 'INVALID_ARGUMENT')).toBe(true);
  });

  it('R3.1: null is not a spread (it no longer falls back to the default)', () => {
    expect((thrown(() => resolveHiringPolicy({ disagreementSpread: null } as never)) as Error).message)
      .toBe('Invalid policy.disagreementSpread null: expected a fraction of the rating scale greater than 0 and at most 1.');
  });
});
