// A policy is written once, as a table of its fields (kind, bounds, default, rule id, one line in plain words).
// Everything else is derived from that table: the defaults object and the zod-free checks (here), the zod schema
// (src/model/policySchema.ts) and the table in the docs (scripts/policy-docs.ts).
import { describe, InvalidArgumentError } from '../errors.js';
import { knownKeys } from './knownKeys.js';

/** A rule id of docs/rules.md, such as `R4.2`. */
export type RuleId = `R${number}`;

interface FieldBase {
  /** The rule the setting belongs to. */
  readonly rule: RuleId;
  /** One line in plain words, for the docs table and the JSON Schema. */
  readonly description: string;
  /** The smallest valid value (or the bound it must exceed, with `minExclusive`). */
  readonly min: number;
  /** The largest valid value. */
  readonly max: number;
  /** What the values count, in the plural (`'business days'`), when they count something. */
  readonly unit?: string;
}

interface NumericBase<Key extends string> extends FieldBase {
  readonly default: number;
  /** What the value is, when not "a whole number" or "a number" (`'a fraction of the rating scale'`). */
  readonly noun?: string;
  /** Said after the range, e.g. `'(the 0–100 score scale)'`. */
  readonly note?: string;
  /** Another field of the same policy this one may not exceed, and why. */
  readonly atMost?: { readonly field: Key; readonly reason: string };
}

/** A whole number from `min` to `max`. */
export interface IntegerField<Key extends string = string> extends NumericBase<Key> {
  readonly kind: 'integer';
}

/** A finite number from `min` (above it with `minExclusive`) to `max`. */
export interface NumberField<Key extends string = string> extends NumericBase<Key> {
  readonly kind: 'number';
  readonly minExclusive?: boolean;
}

/** A `{ from, to }` pair of whole numbers from `min` to `max`, `from` at most `to`; overridable in part. */
export interface WindowField extends FieldBase {
  readonly kind: 'window';
  readonly default: { readonly from: number; readonly to: number };
}

export type NumericField<Key extends string = string> = IntegerField<Key> | NumberField<Key>;
export type PolicyField<Key extends string = string> = NumericField<Key> | WindowField;

/** A policy descriptor: one field per setting, `atMost` naming another field of the same table. */
export type FieldTable<D> = { readonly [K in keyof D]: PolicyField<Extract<keyof D, string>> };

/** The value a field holds. */
type FieldValue<F> = F extends { readonly kind: 'window' } ? { readonly from: number; readonly to: number } : number;

/** A complete policy: one value per field of the descriptor `D`. */
export type PolicyValues<D> = { readonly [K in keyof D]: FieldValue<D[K]> };

/** What a window's `from` must not exceed. */
export const WINDOW_ORDER = 'a window whose "from" is at most its "to"';

/** The values a numeric field accepts, as said after "expected": `'a whole number of business days from 0 to 1000'`. */
export function expectedOf(field: NumericField): string {
  const noun = field.noun ?? (field.kind === 'integer' ? 'a whole number' : 'a number');
  const what = field.unit === undefined ? noun : `${noun} of ${field.unit}`;
  const range = field.kind === 'number' && field.minExclusive === true
    ? `greater than ${field.min} and at most ${field.max}`
    : `from ${field.min} to ${field.max}`;
  return field.note === undefined ? `${what} ${range}` : `${what} ${range} ${field.note}`;
}

/** What a window field accepts as a whole. */
export function expectedWindow(field: WindowField): string {
  return field.unit === undefined ? 'an object { from, to }' : `an object { from, to } of ${field.unit}`;
}

/** The integer field each end of a window is. */
export function windowEnd(field: WindowField, end: 'from' | 'to'): IntegerField {
  const { rule, description, min, max, unit } = field;
  return { kind: 'integer', rule, description, min, max, default: field.default[end], ...(unit === undefined ? {} : { unit }) };
}

/** What a field with `atMost` accepts, given the other field's value. */
export function expectedAtMost(atMost: { readonly field: string; readonly reason: string }, limit: number): string {
  return `a value at most ${atMost.field} (${describe(limit)}), ${atMost.reason}`;
}

/** Whether `value` is valid for a numeric field. */
export function isValidNumber(field: NumericField, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value > field.max) return false;
  if (field.kind === 'integer' && !Number.isInteger(value)) return false;
  return field.kind === 'number' && field.minExclusive === true ? value > field.min : value >= field.min;
}

/** The defaults of a descriptor, frozen (windows too). */
export function defaultsOf<D extends FieldTable<D>>(fields: D): PolicyValues<D> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries<PolicyField>(fields)) {
    out[name] = field.kind === 'window' ? Object.freeze({ from: field.default.from, to: field.default.to }) : field.default;
  }
  return Object.freeze(out) as PolicyValues<D>;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkNumber(path: string, field: NumericField, value: unknown): number {
  if (!isValidNumber(field, value)) throw new InvalidArgumentError(path, value, expectedOf(field));
  return value;
}

function checkWindow(path: string, field: WindowField, value: unknown): { readonly from: number; readonly to: number } {
  if (!isRecord(value)) throw new InvalidArgumentError(path, value, expectedWindow(field));
  knownKeys(value, ['from', 'to'], `${path} key`);
  const end = (key: 'from' | 'to'): number => (value[key] === undefined ? field.default[key] : checkNumber(`${path}.${key}`, windowEnd(field, key), value[key]));
  const window = { from: end('from'), to: end('to') };
  if (window.from > window.to) throw new InvalidArgumentError(path, window, WINDOW_ORDER);
  return window;
}

/**
 * The policy in force: `defaults` with `overrides` applied, every value checked against its field, in the
 * descriptor's order. Throws {@link InvalidArgumentError} naming the field path (`policy.noTimelineWindow.from`),
 * the value and what is valid; `expectedObject` says what `overrides` itself should be.
 */
export function resolveFields<D extends FieldTable<D>>(fields: D, defaults: PolicyValues<D>, overrides: unknown, expectedObject: string): PolicyValues<D> {
  if (overrides === undefined || overrides === defaults) return defaults;
  if (!isRecord(overrides)) throw new InvalidArgumentError('policy', overrides, expectedObject);
  const entries = Object.entries<PolicyField>(fields);
  knownKeys(overrides, Object.keys(fields), 'policy key');
  const out: Record<string, unknown> = {};
  for (const [name, field] of entries) {
    const value = overrides[name];
    const fallback = (defaults as Readonly<Record<string, unknown>>)[name];
    if (value === undefined) out[name] = fallback;
    else out[name] = field.kind === 'window' ? checkWindow(`policy.${name}`, field, value) : checkNumber(`policy.${name}`, field, value);
  }
  for (const [name, field] of entries) {
    if (field.kind === 'window' || field.atMost === undefined) continue;
    const limit = out[field.atMost.field] as number;
    if ((out[name] as number) > limit) throw new InvalidArgumentError(`policy.${name}`, out[name], expectedAtMost(field.atMost, limit));
  }
  return out as PolicyValues<D>;
}
