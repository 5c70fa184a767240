import * as z from 'zod';
import { ApplicationSchema } from './Application.js';
import { EmployerCalendarSchema } from './EmployerCalendar.js';
import { EventSchema } from './Event.js';
import { InterviewSchema } from './Interview.js';
import { POLICY_FIELDS } from '../policy.js';
import { PolicySchema } from './Policy.js';
import { ReflectionSchema } from './Reflection.js';
import { CivilDateSchema, InstantSchema, TimeZoneSchema } from './primitives.js';
import { TimelineSchema } from './Timeline.js';

/** A JSON Schema document (draft 2020-12) as plain data. */
export type JsonSchema = { readonly [key: string]: unknown };

/** The names of the schemas {@link jsonSchemas} describes. */
export type JsonSchemaName = 'Interview' | 'Timeline' | 'EmployerCalendar' | 'Policy' | 'Event' | 'Application' | 'Reflection';

/**
 * JSON Schemas (draft 2020-12) of the public schemas, for non-TypeScript consumers. They describe
 * the accepted input: fields with defaults are optional, and each policy field carries its one-line
 * description. Cross-field checks (`endedAt ≥ startedAt`, unique ids, known time zones, event order)
 * are not expressible in JSON Schema and are left to `parseX`. Computed on each call, with a
 * registry local to the call: nothing is registered globally.
 *
 * @example
 * ```ts
 * writeFileSync('interview.schema.json', JSON.stringify(jsonSchemas().Interview, null, 2))
 * ```
 */
export function jsonSchemas(): Record<JsonSchemaName, JsonSchema> {
  const metadata = z.registry<{ description?: string; format?: string; title?: string }>();
  metadata.add(InstantSchema, { format: 'date-time', description: 'ISO 8601 instant with a UTC offset or Z, e.g. 2026-12-01T15:30:00-05:00' });
  metadata.add(CivilDateSchema, { format: 'date', description: 'Civil date YYYY-MM-DD' });
  metadata.add(TimeZoneSchema, { description: 'IANA time zone name, e.g. Europe/Berlin' });
  for (const name of Object.keys(POLICY_FIELDS) as (keyof typeof POLICY_FIELDS)[]) {
    metadata.add(PolicySchema.shape[name], { description: POLICY_FIELDS[name].description });
  }
  const schemas = { Interview: InterviewSchema, Timeline: TimelineSchema, EmployerCalendar: EmployerCalendarSchema, Policy: PolicySchema, Event: EventSchema, Application: ApplicationSchema, Reflection: ReflectionSchema };
  const out = {} as Record<JsonSchemaName, JsonSchema>;
  for (const [name, schema] of Object.entries(schemas) as [JsonSchemaName, z.ZodType][]) {
    out[name] = { ...z.toJSONSchema(schema, { metadata, io: 'input', unrepresentable: 'any', reused: 'inline' }), title: name };
  }
  return out;
}
