import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { POLICY_FIELDS } from '../policy.js';
import { InterviewSchema } from './Interview.js';
import { jsonSchemas } from './jsonSchemas.js';
import { CivilDateSchema, InstantSchema, TimeZoneSchema } from './primitives.js';

describe('jsonSchemas', () => {
  it('describes every public schema as draft 2020-12', () => {
    const all = jsonSchemas();
    expect(Object.keys(all).sort()).toEqual(['Application', 'EmployerCalendar', 'Event', 'Interview', 'Policy', 'Reflection', 'Timeline']);
    for (const schema of Object.values(all)) expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('lists the required interview fields and the format enum', () => {
    const interview = jsonSchemas().Interview as { required: string[]; properties: Record<string, { enum?: string[]; format?: string }> };
    expect(interview.required).toEqual(expect.arrayContaining(['id', 'startedAt', 'endedAt', 'employerTimeZone', 'interviewers']));
    expect(interview.required).not.toContain('timeline');
    expect(interview.properties['format']?.enum).toContain('case-study');
    expect(interview.properties['endedAt']?.format).toBe('date-time');
  });

  it('policy fields are optional in the input schema', () => {
    const policy = jsonSchemas().Policy as { required?: string[] };
    expect(policy.required ?? []).toEqual([]);
  });

  it('R1–R11: each policy field carries the one-line description, default and bounds of src/policy.ts', () => {
    const { properties } = jsonSchemas().Policy as { properties: Record<string, { description?: string; default?: unknown; minimum?: number; maximum?: number }> };
    expect(Object.keys(properties)).toEqual(Object.keys(POLICY_FIELDS));
    for (const [name, field] of Object.entries(POLICY_FIELDS)) {
      expect(properties[name]?.description, name).toBe(field.description);
      expect(properties[name]?.default, name).toEqual(field.default);
    }
    expect(properties['graceBusinessDays']).toMatchObject({ type: 'integer', minimum: 0, maximum: 100_000 });
    expect(properties['thankYouWithinHours']).toMatchObject({ type: 'number', exclusiveMinimum: 0, maximum: 8760 });
  });

  it('registers nothing in the global registry and gives the same result on every call', () => {
    jsonSchemas();
    for (const schema of [InstantSchema, CivilDateSchema, TimeZoneSchema, InterviewSchema]) expect(z.globalRegistry.get(schema)).toBeUndefined();
    expect(JSON.stringify(jsonSchemas())).toBe(JSON.stringify(jsonSchemas()));
  });
});
