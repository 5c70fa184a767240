import type * as z from 'zod';
import { knownKeys } from '../_lib/knownKeys.js';
import { isRecord, own } from '../_lib/check.js';
import { describe, InvalidArgumentError, InvalidInputError } from '../errors.js';
import type { InputIssue } from '../errors.js';

/** The result of a `safeParseX` function: the parsed value, or the error `parseX` would throw. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: InvalidInputError };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return `a ${describe(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${describe(value)}`;
}

/** zod's type names as the messages word them (the same words the schemas use for their own types). */
const TYPE_WORDS: Readonly<Partial<Record<string, string>>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/**
 * Error messages for issues the schemas do not word themselves: each names the value found and
 * what would be valid. Passed per call, so nothing global is configured.
 */
export function errorMap(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return expected(TYPE_WORDS[issue.expected] ?? issue.expected)(issue);
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `Expected a non-empty text, got ${describe(issue.input)}.`
        : `Expected ${issue.origin === 'array' ? 'a list of' : 'a value'} at least ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : ''}, got ${describe(issue.input)}.`;
    case 'too_big':
      return `Expected at most ${String(issue.maximum)}, got ${describe(issue.input)}.`;
    case 'invalid_value':
      return oneOf('Invalid value', `one of ${issue.values.map((v) => describe(v)).join(', ')}`)(issue);
    case 'invalid_union':
      return issue.input === undefined ? 'Missing required field.' : `Invalid value ${describe(issue.input)}: it matches none of the allowed shapes.`;
    default:
      return undefined;
  }
}

/**
 * An `error` option for a choice among values: "Missing required field: expected …" when the value is absent,
 * "`unknown` value: expected …" otherwise (`oneOf('Unknown interview format', 'one of "phone", …')`).
 */
export function oneOf(unknown: string, choices: string): (issue: { readonly input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? `Missing required field: expected ${choices}.` : `${unknown} ${describe(issue.input)}: expected ${choices}.`);
}

/**
 * An `error` option for a schema's type check: "Missing required field: expected …" when the
 * value is absent, "Expected …, got …" otherwise.
 */
export function expected(what: string): (issue: { readonly input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? `Missing required field: expected ${what}.` : `Expected ${what}, got ${kindOf(issue.input)}.`);
}

/** Converts zod issues to the library's {@link InputIssue}s (path and human message). */
export function toInputIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
}

/** Options of every `parseX` and `safeParseX` function. */
export interface ParseOptions {
  /**
   * What a field the schema does not know does: `'refuse'` reports it as an issue (which catches a misspelt field,
   * `"timline"`); `'drop'` leaves it out of the result, for payloads that carry fields of their own (an ATS's job and
   * record ids). The input is never changed.
   * @defaultValue `'refuse'`
   */
  readonly unknownFields?: 'refuse' | 'drop' | undefined;
  /**
   * What a field whose value is `null` does: `'refuse'` reports it as an issue ("Expected …, got null"); `'absent'`
   * reads it as a field left out, as JSON from ATSs and databases writes an empty field. A required field that is
   * `null` is then reported as missing. Only fields of objects are read so, not items of lists. The input is never
   * changed.
   * @defaultValue `'refuse'`
   */
  readonly nullFields?: 'refuse' | 'absent' | undefined;
}

const OPTIONS = 'an object { unknownFields?: "refuse" | "drop", nullFields?: "refuse" | "absent" }';

/** The checked {@link ParseOptions}. */
function optionsOf(options: unknown): { readonly unknownFields: 'refuse' | 'drop'; readonly nullFields: 'refuse' | 'absent' } {
  if (options === undefined) return { unknownFields: 'refuse', nullFields: 'refuse' };
  if (!isRecord(options)) {
    // `list.map(parseX)` passes each item's index as the options.
    const hint = typeof options === 'number' ? ' (with Array.prototype.map, pass a function: `list.map((x) => parseX(x))`, since map gives each index as a second argument)' : '';
    throw new InvalidArgumentError('options', options, `${OPTIONS}${hint}`);
  }
  knownKeys(options, ['unknownFields', 'nullFields'], 'options key');
  const unknownFields = own(options, 'unknownFields') ?? 'refuse';
  if (unknownFields !== 'refuse' && unknownFields !== 'drop') throw new InvalidArgumentError('options.unknownFields', unknownFields, '"refuse" or "drop"');
  const nullFields = own(options, 'nullFields') ?? 'refuse';
  if (nullFields !== 'refuse' && nullFields !== 'absent') throw new InvalidArgumentError('options.nullFields', nullFields, '"refuse" or "absent"');
  return { unknownFields, nullFields };
}

/** A copy of `value` without the fields of its objects, at any depth, whose value is `null`; other values as they are. */
function withoutNulls(value: unknown, depth = 0): unknown {
  // Deeper than any record of the model: left as it is, for the schema to judge.
  if (depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => withoutNulls(v, depth + 1));
  if (!isRecord(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v, depth + 1);
  return out;
}

/** The value at `path` inside `root`, or `undefined`. */
function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** Most rounds of dropping unknown fields: each round drops those zod reports, which a union may report one level at a time. */
const DROP_ROUNDS = 16;

/**
 * `schema.safeParse` with the library's messages; with `unknownFields: 'drop'`, the fields zod reports as unknown are
 * taken out of a copy of the input and the copy is parsed again, until none is left.
 */
function parse<S extends z.ZodType>(schema: S, input: unknown, options: unknown): z.ZodSafeParseResult<z.output<S>> {
  const { unknownFields, nullFields } = optionsOf(options);
  const source = nullFields === 'absent' ? withoutNulls(input) : input;
  let result = schema.safeParse(source, { error: errorMap });
  let copy: unknown;
  for (let round = 0; unknownFields === 'drop' && !result.success && round < DROP_ROUNDS; round++) {
    const unknown = result.error.issues.filter((i) => i.code === 'unrecognized_keys');
    if (unknown.length === 0) break;
    if (copy === undefined) {
      try {
        copy = structuredClone(source);
      } catch {
        break;
      }
    }
    for (const issue of unknown) {
      const target = at(copy, issue.path);
      if (isRecord(target)) for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
    }
    result = schema.safeParse(copy, { error: errorMap });
  }
  return result as z.ZodSafeParseResult<z.output<S>>;
}

/** Parses with the library's messages; throws {@link InvalidInputError} naming `what`. */
export function parseWith<S extends z.ZodType>(schema: S, what: string, input: unknown, options?: unknown): z.output<S> {
  const r = parse(schema, input, options);
  if (r.success) return r.data;
  throw new InvalidInputError(what, toInputIssues(r.error.issues), { cause: r.error });
}

/** Like {@link parseWith}, returning a {@link SafeParseResult} instead of throwing. */
export function safeParseWith<S extends z.ZodType>(schema: S, what: string, input: unknown, options?: unknown): SafeParseResult<z.output<S>> {
  const r = parse(schema, input, options);
  if (r.success) return { success: true, data: r.data };
  return { success: false, error: new InvalidInputError(what, toInputIssues(r.error.issues), { cause: r.error }) };
}
