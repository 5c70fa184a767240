import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { PolicyInput, PolicySchema } from './model/index.js';
import { DEFAULT_POLICY, resolvePolicy } from './policy.js';
import type { NoTimelineWindow, Policy, PolicyOverrides } from './policy.js';

/** The policy as it was written by hand before it was derived from its descriptor. */
interface WrittenPolicy {
  readonly graceBusinessDays: number;
  readonly noTimelineWindow: NoTimelineWindow;
  readonly maxFollowUps: number;
  readonly ghostedAfterBusinessDays: number;
  readonly thankYouWithinHours: number;
  readonly thankYouMaxWords: number;
  readonly thankYouSubjectMaxChars: number;
  readonly followUpMaxWords: number;
  readonly offerDecisionBusinessDays: number;
  readonly minOtherActiveApplications: number;
}

describe('Policy, derived from POLICY_FIELDS', () => {
  it('R1–R11: has exactly the written fields, readonly, numbers and the R4.3 window', () => {
    expectTypeOf<Policy>().toEqualTypeOf<WrittenPolicy>();
    expectTypeOf<Policy['noTimelineWindow']>().toEqualTypeOf<NoTimelineWindow>();
    expectTypeOf(DEFAULT_POLICY).toEqualTypeOf<Policy>();
    // @ts-expect-error the defaults are readonly
    DEFAULT_POLICY.graceBusinessDays = 2;
  });

  it('R4.3: overrides take any subset, the window in part', () => {
    expectTypeOf<PolicyOverrides>().toEqualTypeOf<{
      readonly [K in keyof WrittenPolicy]?:
        | (K extends 'noTimelineWindow' ? { readonly from?: number | undefined; readonly to?: number | undefined } : WrittenPolicy[K])
        | undefined;
    }>();
    // An unset flag passed through keeps the default (exactOptionalPropertyTypes).
    const flag: number | undefined = undefined as number | undefined;
    expectTypeOf(resolvePolicy({ graceBusinessDays: flag, noTimelineWindow: { from: flag } })).toEqualTypeOf<Policy>();
    expectTypeOf(resolvePolicy({ noTimelineWindow: { to: 12 } })).toEqualTypeOf<Policy>();
    // @ts-expect-error an unknown key
    resolvePolicy({ ghostedAfter: 5 });
    // @ts-expect-error a count is a number
    resolvePolicy({ maxFollowUps: '2' });
  });

  it('PolicySchema parses to Policy and accepts every field as optional input', () => {
    expectTypeOf<z.output<typeof PolicySchema>>().toMatchTypeOf<Policy>();
    expectTypeOf<Policy>().toMatchTypeOf<z.output<typeof PolicySchema>>();
    expectTypeOf<PolicyInput['noTimelineWindow']>().toEqualTypeOf<{ from?: number | undefined; to?: number | undefined } | undefined>();
    expectTypeOf<PolicyInput['graceBusinessDays']>().toEqualTypeOf<number | undefined>();
  });
});
