import * as z from 'zod';
import { describe } from '../errors.js';
import { expectedAtMost, expectedOf, expectedWindow, windowEnd, WINDOW_ORDER } from '../_lib/policyFields.js';
import type { FieldTable, NumericField, PolicyField, WindowField } from '../_lib/policyFields.js';

/** The zod type of a field: optional, with its default (written out rather than named, so the docs show it). */
type FieldSchema<F> = F extends { readonly kind: 'window' }
  ? z.ZodDefault<z.ZodObject<{ from: z.ZodDefault<z.ZodNumber>; to: z.ZodDefault<z.ZodNumber> }, z.core.$strict>>
  : z.ZodDefault<z.ZodNumber>;

/** "Invalid <path> <value>: expected <what>." for every issue of one field, as the zod-free checks say it. */
const invalid = (path: string, what: string) => (issue: { readonly input?: unknown }): string => `Invalid ${path} ${describe(issue.input)}: expected ${what}.`;

function numberSchema(path: string, field: NumericField): z.ZodNumber {
  const error = invalid(path, expectedOf(field));
  const number = field.kind === 'integer' ? z.number({ error }).int({ error }) : z.number({ error });
  const bounded = field.kind === 'number' && field.minExclusive === true ? number.gt(field.min, { error }) : number.min(field.min, { error });
  return bounded.max(field.max, { error });
}

function windowSchema(name: string, field: WindowField): FieldSchema<WindowField> {
  const whole = invalid(name, expectedWindow(field));
  const end = (key: 'from' | 'to') => numberSchema(`${name}.${key}`, windowEnd(field, key)).default(field.default[key]);
  return z
    .strictObject({ from: end('from'), to: end('to') }, { error: (issue) => (issue.code === 'invalid_type' ? whole(issue) : undefined) })
    .refine((w) => w.from <= w.to, { error: invalid(name, WINDOW_ORDER) })
    .default({ ...field.default });
}

/**
 * The zod schema of a policy descriptor (src/_lib/policyFields.ts): the same checks as `resolveFields`, with the
 * same wording, every issue at the path of its field; parsing `{}` gives the defaults. (The result type is written
 * out rather than named, so the docs show the schema's fields.)
 */
export function policySchema<D extends FieldTable<D>>(fields: D): z.ZodObject<{ -readonly [K in keyof D]: FieldSchema<D[K]> }, z.core.$strict> {
  const entries = Object.entries<PolicyField>(fields);
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of entries) {
    shape[name] = field.kind === 'window' ? windowSchema(name, field) : numberSchema(name, field).default(field.default);
  }
  let schema = z.strictObject(shape);
  for (const [name, field] of entries) {
    const atMost = field.kind === 'window' ? undefined : field.atMost;
    if (atMost === undefined) continue;
    schema = schema.refine((p) => (p[name] as number) <= (p[atMost.field] as number), {
      path: [name],
      error: (issue) => {
        const p = issue.input as Readonly<Record<string, number>>;
        return `Invalid ${name} ${describe(p[name])}: expected ${expectedAtMost(atMost, p[atMost.field]!)}.`;
      },
    });
  }
  return schema as unknown as z.ZodObject<{ -readonly [K in keyof D]: FieldSchema<D[K]> }, z.core.$strict>;
}
