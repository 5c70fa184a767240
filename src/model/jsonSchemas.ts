import * as z from 'zod';
import { ApplicationSchema } from './Application.js';
import { EmployerCalendarSchema } from './EmployerCalendar.js';
import { EventSchema } from './Event.js';
import { InterviewSchema } from './Interview.js';
import { POLICY_FIELDS } from '../policy.js';
import { PolicySchema } from './Policy.js';
import { ReflectionSchema } from './Reflection.js';
import { CivilDateSchema, InstantSchema, NonEmptyTextSchema, TimeZoneSchema } from './primitives.js';
import { TimelineSchema } from './Timeline.js';
import { ApprovalChainSchema } from './hiring/ApprovalChain.js';
import { CriteriaInputSchema } from './hiring/Criterion.js';
import { HiringDateSchema } from './hiring/HiringDate.js';
import { HiringPolicySchema } from './hiring/HiringPolicy.js';
import { ReferenceCheckSchema } from './hiring/ReferenceCheck.js';
import { ScorecardSchema } from './hiring/Scorecard.js';
import { HIRING_POLICY_FIELDS } from '../hiringPolicy.js';

/** An instant as `parseInstant` reads it, less the length of each month and the ends of the supported years. */
const INSTANT_PATTERN = '^(?!0000)\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$';

/** A civil date as `parseX` reads it, less the length of each month (checked with `format: "date"`). */
const CIVIL_PATTERN = '^(?!0000)\\d{4}-\\d{2}-\\d{2}$';

/** What each record is, as the schemas' top-level description. */
const DESCRIPTIONS: Record<JsonSchemaName, string> = {
  Interview: 'One interview round: when it took place, in which time zones, with whom, and the timeline the employer gave.',
  Timeline: 'What the employer said about when the candidate will hear back.',
  EmployerCalendar: "The employer's region and its own days off and working days.",
  Policy: 'Overrides of the follow-up policy; every field is optional and has a default.',
  Event: 'One entry of an application\'s event log.',
  Application: 'One job application: its interviews and its event log, in time order.',
  Reflection: 'The notes a candidate writes after an interview.',
  Scorecard: "One interviewer's ratings of one candidate against the predetermined criteria.",
  Criteria: 'The predetermined criteria candidates are scored against, with their weights.',
  ReferenceCheck: "A candidate's referees and where each reference stands.",
  ApprovalChain: 'The approvals an offer needs, in order or in parallel, and the decisions taken.',
  HiringPolicy: "Overrides of the hiring team's policy; every field is optional and has a default.",
};

/** A JSON Schema document (draft 2020-12) as plain data. */
export type JsonSchema = { readonly [key: string]: unknown };

/** The names of the schemas {@link jsonSchemas} describes. */
export type JsonSchemaName =
  | 'Interview' | 'Timeline' | 'EmployerCalendar' | 'Policy' | 'Event' | 'Application' | 'Reflection'
  | 'Scorecard' | 'Criteria' | 'ReferenceCheck' | 'ApprovalChain' | 'HiringPolicy';

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
  const metadata = z.registry<{ description?: string; format?: string; pattern?: string; title?: string }>();
  // The instants parseX reads, written as a pattern: ISO 8601 with seconds optional, which the format "date-time"
  // (RFC 3339) would refuse, and with the ranges of each number, which it would not check in full.
  metadata.add(InstantSchema, { pattern: INSTANT_PATTERN, description: 'ISO 8601 instant with a UTC offset or Z, e.g. 2026-12-01T15:30:00-05:00 (a real date, years 0001 to 9999)' });
  metadata.add(CivilDateSchema, { format: 'date', pattern: CIVIL_PATTERN, description: 'Civil date YYYY-MM-DD, a real date from 0001-01-01 to 9999-12-31' });
  metadata.add(TimeZoneSchema, { description: 'IANA time zone name, e.g. Europe/Berlin' });
  metadata.add(NonEmptyTextSchema, { pattern: '\\S', description: 'Text that is not blank' });
  metadata.add(HiringDateSchema, { pattern: `${CIVIL_PATTERN}|${INSTANT_PATTERN}`, description: 'A civil date YYYY-MM-DD, or an ISO 8601 instant with a UTC offset or Z' });
  for (const name of Object.keys(HIRING_POLICY_FIELDS) as (keyof typeof HIRING_POLICY_FIELDS)[]) {
    metadata.add(HiringPolicySchema.shape[name], { description: HIRING_POLICY_FIELDS[name].description });
  }
  for (const name of Object.keys(POLICY_FIELDS) as (keyof typeof POLICY_FIELDS)[]) {
    metadata.add(PolicySchema.shape[name], { description: POLICY_FIELDS[name].description });
  }
  const schemas = {
    Interview: InterviewSchema, Timeline: TimelineSchema, EmployerCalendar: EmployerCalendarSchema, Policy: PolicySchema, Event: EventSchema,
    Application: ApplicationSchema, Reflection: ReflectionSchema, Scorecard: ScorecardSchema, Criteria: CriteriaInputSchema,
    ReferenceCheck: ReferenceCheckSchema, ApprovalChain: ApprovalChainSchema, HiringPolicy: HiringPolicySchema,
  };
  const out = {} as Record<JsonSchemaName, JsonSchema>;
  for (const [name, schema] of Object.entries(schemas) as [JsonSchemaName, z.ZodType][]) {
    out[name] = { ...z.toJSONSchema(schema, { metadata, io: 'input', unrepresentable: 'any', reused: 'inline' }), title: name, description: DESCRIPTIONS[name] };
  }
  return out;
}
