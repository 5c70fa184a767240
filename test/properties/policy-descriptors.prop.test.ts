/**
 * Each policy is described once (src/policy.ts, src/hiringPolicy.ts); its zod-free checks (`resolvePolicy`,
 * `resolveHiringPolicy`) and its zod schema (`PolicySchema`, `HiringPolicySchema`) are derived from the description
 * by different code. For any partial policy a caller may pass, both accept it or both reject it naming the same field
 * in the same words, and an accepted policy is the input with the defaults filling exactly the missing fields.
 */
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, isFollowUpError } from '../../src/errors.js';
import type { PolicyField } from '../../src/_lib/policyFields.js';
import { DEFAULT_HIRING_POLICY, HIRING_POLICY_FIELDS, resolveHiringPolicy } from '../../src/hiringPolicy.js';
import type { SafeParseResult } from '../../src/model/parseWith.js';
import { safeParseHiringPolicy } from '../../src/model/hiring/HiringPolicy.js';
import { safeParsePolicy } from '../../src/model/Policy.js';
import { DEFAULT_POLICY, POLICY_FIELDS, resolvePolicy } from '../../src/policy.js';
import { policyInputArb } from '../arbitraries/policy.js';
import { runs } from '../helpers/runs.js';

type Values = Readonly<Record<string, unknown>>;

interface Case {
  readonly name: string;
  readonly fields: Readonly<Record<string, PolicyField>>;
  readonly defaults: Values;
  readonly resolve: (input: unknown) => Values;
  readonly safeParse: (input: unknown) => SafeParseResult<Values>;
}

const CASES: readonly Case[] = [
  { name: 'R1–R11 policy', fields: POLICY_FIELDS, defaults: DEFAULT_POLICY, resolve: (i) => resolvePolicy(i as never), safeParse: safeParsePolicy },
  { name: 'R3 hiring policy', fields: HIRING_POLICY_FIELDS, defaults: DEFAULT_HIRING_POLICY, resolve: (i) => resolveHiringPolicy(i as never), safeParse: safeParseHiringPolicy },
];

/**
 * The field an error of the zod-free checks names, as a zod issue path: `policy.noTimelineWindow.from` →
 * `noTimelineWindow.from`; an unknown key is an issue of the object that holds it (`policy key` → the root).
 */
function fieldOf(argument: string): string {
  return argument.replace(/ key$/, '').replace(/^policy\.?/, '');
}

/** What the input becomes with the defaults filling exactly its missing fields (a window in part). */
function filled(fields: Case['fields'], defaults: Values, input: Values): Values {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    const given = input[name];
    if (given === undefined) out[name] = defaults[name];
    else if (field.kind === 'window') {
      const window = given as { from?: number; to?: number };
      const fallback = defaults[name] as { from: number; to: number };
      out[name] = { from: window.from ?? fallback.from, to: window.to ?? fallback.to };
    } else out[name] = given;
  }
  return out;
}

function attempt(resolve: () => Values): { ok: true; value: Values } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: resolve() };
  } catch (error) {
    return { ok: false, error };
  }
}

describe.each(CASES)('$name: the zod schema and the zod-free checks are one policy', ({ fields, defaults, resolve, safeParse }) => {
  it('both accept or both reject, naming the same field in the same words; defaults fill exactly the missing fields', () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(policyInputArb(fields), (input) => {
        const hand = attempt(() => resolve(input));
        const zod = safeParse(input);
        expect(hand.ok).toBe(zod.success);
        if (hand.ok && zod.success) {
          seen.accepted++;
          expect(Object.keys(hand.value)).toEqual(Object.keys(fields));
          expect(zod.data).toEqual(hand.value);
          expect(hand.value).toEqual(filled(fields, defaults, input as Values));
        } else if (!hand.ok && !zod.success) {
          seen.rejected++;
          expect(isFollowUpError(hand.error, 'INVALID_ARGUMENT')).toBe(true);
          const { argument, message } = hand.error as InvalidArgumentError;
          const field = fieldOf(argument);
          const issues = zod.error.issues.filter((i) => i.path.join('.') === field);
          expect(issues.length, `${message} / ${zod.error.message}`).toBeGreaterThan(0);
          // A bad value (not an unknown key, not a non-object policy) is worded alike: "…: expected <valid values>."
          if (!argument.endsWith('key') && argument !== 'policy') {
            const expected = message.slice(message.indexOf(': expected '));
            expect(issues.map((i) => i.message.slice(i.message.indexOf(': expected '))), `${message} / ${zod.error.message}`).toContain(expected);
          }
        }
      }),
      { numRuns: runs(400) },
    );
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
  });

  it('the defaults are valid, and both give them for {} and for undefined fields', () => {
    expect(resolve({})).toEqual(defaults);
    expect(resolve({ ...defaults })).toEqual(defaults);
    expect(resolve(Object.fromEntries(Object.keys(fields).map((k) => [k, undefined])))).toEqual(defaults);
    const parsed = safeParse({});
    expect(parsed.success && parsed.data).toEqual(defaults);
  });
});
