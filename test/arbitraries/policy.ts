/**
 * fast-check generators of policy overrides as a caller may pass them, read off a policy descriptor
 * (src/_lib/policyFields.ts): each field absent, `undefined`, valid (bounds included) or invalid (out of range, not
 * whole, not finite, of another type), windows whole or in part, now and then an unknown key or no object at all.
 */
import { fc } from '@fast-check/vitest';
import { windowEnd } from '../../src/_lib/policyFields.js';
import type { NumericField, PolicyField, WindowField } from '../../src/_lib/policyFields.js';

const OTHER_TYPES = ['1', null, true, [], {}, Number.NaN, Infinity, -Infinity] as const;

/** Values of a numeric field inside its bounds, the bounds included. */
function validNumberArb(field: NumericField): fc.Arbitrary<number> {
  const exclusive = field.kind === 'number' && field.minExclusive === true;
  const inside = field.kind === 'integer'
    ? fc.integer({ min: field.min, max: field.max })
    : fc.double({ min: field.min, max: field.max, noNaN: true }).filter((v) => !exclusive || v > field.min);
  return fc.oneof(inside, fc.constant(field.max), ...(exclusive ? [] : [fc.constant(field.min)]));
}

/** Values a numeric field rejects. */
function invalidNumberArb(field: NumericField): fc.Arbitrary<unknown> {
  const step = field.kind === 'integer' ? 1 : 0.001;
  const edges: unknown[] = [field.min - step, field.max + step, ...OTHER_TYPES];
  if (field.kind === 'integer') edges.push(field.min + 0.5);
  if (field.kind === 'number' && field.minExclusive === true) edges.push(field.min);
  return fc.constantFrom(...edges);
}

function numberArb(field: NumericField): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: validNumberArb(field) },
    { weight: 1, arbitrary: invalidNumberArb(field) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function windowArb(field: WindowField): fc.Arbitrary<unknown> {
  const end = (key: 'from' | 'to'): fc.Arbitrary<unknown> => numberArb(windowEnd(field, key));
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ from: end('from'), to: end('to') }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.record({ from: end('from'), form: fc.integer() }, { requiredKeys: ['form'] }) },
    { weight: 1, arbitrary: fc.constantFrom(5, 'soon', null, [7, 10]) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** A random partial policy (or something else a caller might pass) for the descriptor `fields`. */
export function policyInputArb(fields: Readonly<Record<string, PolicyField>>): fc.Arbitrary<unknown> {
  const model = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.kind === 'window' ? windowArb(field) : numberArb(field)]));
  const partial = fc.record(model, { requiredKeys: [] });
  return fc.oneof(
    { weight: 12, arbitrary: partial },
    { weight: 1, arbitrary: fc.tuple(partial, fc.constantFrom('other', 'maxFollowUp', 'constructor', 'strongAtleast')).map(([p, key]) => ({ ...p, [key]: 1 })) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 5, 'strict', [], [{ maxFollowUps: 1 }]) },
  );
}
