import { describe, expect, it } from 'vitest';
import { DEFAULT_HIRING_POLICY, resolveHiringPolicy } from '../../hiringPolicy.js';
import { thrown } from '../../../test/helpers/thrown.js';
import { HiringPolicySchema, parseHiringPolicy, safeParseHiringPolicy } from './HiringPolicy.js';

describe('HiringPolicySchema', () => {
  it('R3.1, R3.4: fills the same defaults as DEFAULT_HIRING_POLICY', () => {
    expect(parseHiringPolicy({})).toEqual(DEFAULT_HIRING_POLICY);
    expect(HiringPolicySchema.parse({}).strongAtLeast).toBe(75);
    expect(parseHiringPolicy({ referenceOverdueBusinessDays: 5 })).toEqual({ ...DEFAULT_HIRING_POLICY, referenceOverdueBusinessDays: 5 });
  });

  it('R3.1: weakBelow above strongAtLeast is an issue at weakBelow, worded as resolveHiringPolicy words it', () => {
    const r = safeParseHiringPolicy({ weakBelow: 90 });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues).toEqual([{ path: ['weakBelow'], message: 'Invalid weakBelow 90: expected a value at most strongAtLeast (75), so no criterion is both strong and weak.' }]);
    expect((thrown(() => resolveHiringPolicy({ weakBelow: 90 })) as Error).message)
      .toBe('Invalid policy.weakBelow 90: expected a value at most strongAtLeast (75), so no criterion is both strong and weak.');
  });

  it('R3.1, R3.4: lists every bad value and unknown key with its path', () => {
    const r = safeParseHiringPolicy({ approvalStepOverdueBusinessDays: 1.5, disagreementSpread: 0, overdue: 1 });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['approvalStepOverdueBusinessDays', 'Invalid approvalStepOverdueBusinessDays 1.5: expected a whole number of business days from 0 to 1000.'],
      ['disagreementSpread', 'Invalid disagreementSpread 0: expected a fraction of the rating scale greater than 0 and at most 1.'],
      ['', 'Unknown field "overdue": check the spelling, or remove it.'],
    ]);
  });
});
