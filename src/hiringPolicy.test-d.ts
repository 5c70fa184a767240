import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { HiringPolicyInput, HiringPolicySchema } from './model/index.js';
import { DEFAULT_HIRING_POLICY, resolveHiringPolicy } from './hiringPolicy.js';
import type { HiringPolicy, HiringPolicyOverrides } from './hiringPolicy.js';

/** The hiring policy as it was written by hand before it was derived from its descriptor. */
interface WrittenHiringPolicy {
  readonly referenceOverdueBusinessDays: number;
  readonly approvalStepOverdueBusinessDays: number;
  readonly strongAtLeast: number;
  readonly weakBelow: number;
  readonly disagreementSpread: number;
}

describe('HiringPolicy, derived from HIRING_POLICY_FIELDS', () => {
  it('R3.1, R3.4: has exactly the written fields, readonly numbers', () => {
    expectTypeOf<HiringPolicy>().toEqualTypeOf<WrittenHiringPolicy>();
    expectTypeOf<HiringPolicyOverrides>().toEqualTypeOf<{ readonly [K in keyof WrittenHiringPolicy]?: WrittenHiringPolicy[K] | undefined }>();
    // An unset flag passed through keeps the default (exactOptionalPropertyTypes).
    const flag: number | undefined = undefined as number | undefined;
    expectTypeOf(resolveHiringPolicy({ strongAtLeast: flag })).toEqualTypeOf<HiringPolicy>();
    expectTypeOf(DEFAULT_HIRING_POLICY).toEqualTypeOf<HiringPolicy>();
    // @ts-expect-error the defaults are readonly
    DEFAULT_HIRING_POLICY.weakBelow = 40;
    // @ts-expect-error an unknown key
    resolveHiringPolicy({ overdue: 1 });
  });

  it('R3.1, R3.4: HiringPolicySchema parses to HiringPolicy and takes every field as optional input', () => {
    expectTypeOf<z.output<typeof HiringPolicySchema>>().toMatchTypeOf<HiringPolicy>();
    expectTypeOf<HiringPolicy>().toMatchTypeOf<z.output<typeof HiringPolicySchema>>();
    expectTypeOf<HiringPolicyInput['strongAtLeast']>().toEqualTypeOf<number | undefined>();
  });
});
