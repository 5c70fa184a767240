import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { HIRING_POLICY_FIELDS } from '../hiringPolicy.js';
import { POLICY_FIELDS } from '../policy.js';
import { parseReferenceCheck } from './hiring/ReferenceCheck.js';
import { parseScorecard, safeParseScorecard } from './hiring/Scorecard.js';
import { InterviewSchema, parseInterview, safeParseInterview } from './Interview.js';
import { jsonSchemas } from './jsonSchemas.js';
import { CivilDateSchema, InstantSchema, TimeZoneSchema } from './primitives.js';

// ajv-formats is a CommonJS module whose default export is the plugin function.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

describe('jsonSchemas', () => {
  it('describes every public schema as draft 2020-12', () => {
    const all = jsonSchemas();
    expect(Object.keys(all).sort()).toEqual([
      'Application', 'ApprovalChain', 'Criteria', 'EmployerCalendar', 'Event', 'HiringPolicy', 'Interview', 'Policy', 'ReferenceCheck', 'Reflection',
      'Scorecard', 'Timeline',
    ]);
    for (const schema of Object.values(all)) expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('lists the required interview fields and the format enum', () => {
    const interview = jsonSchemas().Interview as { required: string[]; properties: Record<string, { enum?: string[]; format?: string }> };
    expect(interview.required).toEqual(expect.arrayContaining(['id', 'startedAt', 'endedAt', 'employerTimeZone', 'interviewers']));
    expect(interview.required).not.toContain('timeline');
    expect(interview.properties['format']?.enum).toContain('case-study');
    expect(interview.properties['endedAt']?.format).toBeUndefined();
    expect(interview.properties['endedAt']).toMatchObject({ type: 'string', pattern: expect.any(String) });
  });

  it('every schema compiles under Ajv in strict mode (draft 2020-12, with ajv-formats for "date")', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const [name, schema] of Object.entries(jsonSchemas())) expect(() => ajv.compile(schema), name).not.toThrow();
  });

  it('what parseX returns validates against the schema, and the schema refuses what parseX refuses for the checks it can express', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const interview = ajv.compile(jsonSchemas().Interview);
    const valid = {
      id: 'r1', company: 'Acme', role: 'Data Engineer', round: 1, format: 'video',
      startedAt: '2026-12-01T10:00Z', endedAt: '2026-12-01T11:00:00.5-05:00',
      candidateTimeZone: 'America/New_York', employerTimeZone: 'America/New_York',
      interviewers: [{ id: 'lee', name: 'Lee Park', points: [] }], timeline: { kind: 'date', date: '2026-12-04' },
    };
    expect(interview(parseInterview(valid)), JSON.stringify(interview.errors)).toBe(true);
    for (const [field, value] of [
      ['id', ''], ['company', '   '], ['startedAt', '2026-12-01t10:00:00z'], ['startedAt', '2026-12-01T10:00:00+0100'],
      ['startedAt', '2026-12-01T24:00:00Z'], ['startedAt', '0000-06-01T00:00:00Z'], ['endedAt', '2026-12-01 11:00:00Z'],
      ['timeline', { kind: 'date', date: '0000-01-01' }], ['timeline', { kind: 'date', date: '2026-02-30' }],
    ] as const) {
      const bad = { ...valid, [field]: value };
      expect(safeParseInterview(bad).success, `${field} ${JSON.stringify(value)}`).toBe(false);
      expect(interview(bad), `${field} ${JSON.stringify(value)}`).toBe(false);
    }
  });

  it('R3: the hiring team\'s records validate as their parsers read them: dates as a civil date or an instant', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const scorecard = ajv.compile(jsonSchemas().Scorecard);
    const references = ajv.compile(jsonSchemas().ReferenceCheck);
    const card = { candidateId: 'amy', interviewerId: 'lee', submittedAt: '2026-12-02T16:00Z', ratings: [{ criterionId: 'design', rating: 4, note: 'clear' }] };
    expect(scorecard(parseScorecard(card)), JSON.stringify(scorecard.errors)).toBe(true);
    for (const bad of [{ ...card, ratings: [] }, { ...card, candidateId: ' ' }, { ...card, submittedAt: '2026-12-02' }, { ...card, ratings: [{ criterionId: 'design', rating: 1.5 }] }]) {
      expect(safeParseScorecard(bad).success, JSON.stringify(bad)).toBe(false);
      expect(scorecard(bad), JSON.stringify(bad)).toBe(false);
    }
    const check = { candidateId: 'amy', referees: [{ id: 'r1', name: 'Ada', requestedOn: '2026-12-07', completedOn: '2026-12-09T10:00:00+01:00' }] };
    expect(references(parseReferenceCheck(check)), JSON.stringify(references.errors)).toBe(true);
    expect(references({ ...check, referees: [{ ...check.referees[0], requestedOn: '7 Dec 2026' }] })).toBe(false);
    const { properties } = jsonSchemas().HiringPolicy as { properties: Record<string, { description?: string }> };
    expect(Object.keys(properties)).toEqual(Object.keys(HIRING_POLICY_FIELDS));
    for (const [name, field] of Object.entries(HIRING_POLICY_FIELDS)) expect(properties[name]?.description, name).toBe(field.description);
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
