/**
 * Any value from a plain JavaScript caller gives a result or a typed error (isFollowUpError), never
 * a raw TypeError or RangeError, and never a result with `Invalid Date`, `NaN`, `undefined` or
 * `[object Object]` written into it. Every function export of every entry point (the CLI aside) is
 * listed below with a valid call; a new export without one fails the first test. `parseEmail`, the
 * one that returns a promise, has a test of its own at the end.
 *
 * Three ways in, per function: every argument from `fc.anything()`; one field anywhere in the valid
 * call replaced (by anything, or by a key such as `__proto__`, a `Date`, `NaN`, `null`); one field
 * removed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as calendarEntry from '../../src/calendar/index.js';
import * as classifierEntry from '../../src/classifier/index.js';
import * as hiringEntry from '../../src/hiring/index.js';
import * as holidaysEntry from '../../src/holidays/index.js';
import * as mailEntry from '../../src/mail/index.js';
import * as rootEntry from '../../src/index.js';
import * as modelEntry from '../../src/model/index.js';
import * as plannerEntry from '../../src/planner/index.js';
import * as templatesEntry from '../../src/templates/index.js';
import { isFollowUpError } from '../../src/errors.js';
import { makeApplication, makeInterview } from '../arbitraries/tracker.js';
import { runs } from '../helpers/runs.js';

const calendar = calendarEntry.createCalendar({ holidays: ['2026-12-25'] });
const interview = () => ({ ...makeInterview(), timeline: { kind: 'date', date: '2026-12-04', text: 'by Friday' } });
const NOW = '2026-12-10T09:00:00Z';
const criteriaInput = () => [
  { id: 'design', name: 'System design', weight: 3 },
  { id: 'team', name: 'Team fit', weight: 1, kind: 'fit', scale: 3 },
];
const criteria = hiringEntry.defineCriteria(criteriaInput() as never);
const scorecards = () => [
  { candidateId: 'c-1', interviewerId: 'lee', submittedAt: '2026-12-11T17:00:00Z', ratings: [{ criterionId: 'design', rating: 4 }, { criterionId: 'team', rating: 2, note: 'quiet' }] },
  { candidateId: 'c-2', interviewerId: 'ana', submittedAt: '2026-12-11T18:00:00+01:00', ratings: [{ criterionId: 'design', rating: 3 }, { criterionId: 'team', rating: 3 }] },
];
const references = () => ({
  candidateId: 'c-1',
  referees: [
    { id: 'r1', name: 'Jo Smith', relationship: 'former manager', requestedOn: '2026-12-07', completedOn: '2026-12-09' },
    { id: 'r2', name: 'Max Roe', requestedOn: '2026-12-07T09:00:00-05:00', contactedOn: '2026-12-08' },
  ],
});
const chain = () => ({
  candidateId: 'c-1', mode: 'sequential', startedOn: '2026-12-07',
  steps: [
    { id: 'manager', approver: 'Hiring manager', decision: 'approved', decidedOn: '2026-12-08' },
    { id: 'finance', approver: 'Finance', purpose: 'budget' },
  ],
});
const clock = () => ({ calendar, timeZone: 'America/New_York' });
const application = () => {
  const app = makeApplication();
  return plannerEntry.applyEvent(app, { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' } as never);
};
const plan = () => plannerEntry.planFollowUp(interview() as never, { calendar });
const message = () => templatesEntry.renderMessage('followUp', { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer', interviewDate: '2026-12-03' }, { locale: 'en' });
const reflection = () => ({ interviewId: 'r1', writtenAt: '2026-12-01T18:00:00Z', questions: [{ question: 'Why us?', answer: 'The product.', improvement: 'Shorter' }], cultureTakeaways: ['calm'], notes: 'n' });

/** A valid call of every function export: the arguments, built afresh for each run. */
const CALLS: Record<string, () => unknown[]> = {
  // calendar
  createCalendar: () => [{ weekend: [5, 6], holidays: ['2026-12-25'], daysOff: [{ from: '2026-12-28', to: '2026-12-31', name: 'Closure' }] }],
  toEpochDay: () => ['2026-12-04'],
  fromEpochDay: () => [20_000],
  isCivilDate: () => ['2026-12-04'],
  dayOfWeek: () => ['2026-12-04'],
  addDays: () => ['2026-12-04', 3],
  parseInstant: () => ['2026-12-01T15:30:00-05:00'],
  civilDateInZone: () => ['2026-12-04T02:00:00Z', 'America/New_York'],
  formatInstantInZone: () => ['2026-12-02T20:30:00Z', 'America/New_York'],
  assertTimeZone: () => ['Europe/Berlin'],
  assertCalendar: () => [calendar, 'options.calendar'],
  isCalendar: () => [calendar],
  isFollowUpError: () => [new Error('x'), 'INVALID_DATE'],
  // classifier
  classifyReply: () => [
    { subject: 'Your offer', text: 'We are pleased to offer you the role. Please sign the contract by Friday, December 11.' },
    { reference: '2026-12-04T09:00:00+01:00', timeZone: 'Europe/Berlin', calendar },
  ],
  cleanReply: () => [{ subject: 'Re: interview', text: 'Thanks, we will be in touch by Friday.\n\nOn Mon, Ana wrote:\n> quoted' }],
  extractTimeline: () => ['We will get back to you by the end of next week.', { reference: '2026-12-01T09:00:00-05:00', timeZone: 'America/New_York', calendar, language: 'en' }],
  findTimePhrases: () => ['Please reply by Friday; we will decide within two weeks.', { reference: '2026-12-01T09:00:00-05:00', timeZone: 'America/New_York', calendar }],
  replyEvent: () => [
    { label: 'offer', requests: [{ kind: 'sign_offer', due: '2026-12-11', span: { field: 'text', start: 0, end: 22, text: 'please sign the contract' } }] },
    '2026-12-04T09:00:00+01:00',
    { text: 'We are pleased…', timeline: { kind: 'date', date: '2026-12-11', text: 'by Friday' }, note: 'call back' },
  ],
  toTimeline: () => [{ kind: 'span-days', date: '2026-12-15', count: 14, unit: 'weeks', from: '2026-12-01', span: { field: 'text', start: 3, end: 19, text: 'within two weeks' }, confidence: 0.9, phrase: 'within two weeks', language: 'en' }],
  // mail
  parseMailDate: () => ['Tue, 24 Nov 2026 16:05:00 -0500'],
  splitMbox: () => [new TextEncoder().encode('From a@x Tue Nov 24 16:05:00 2026\nSubject: One\n\nHi\n')],
  // holidays
  defaultWeekend: () => ['AE'],
  regionCalendar: () => ['US-CA', { types: ['public'], weekend: [0, 6], daysOff: ['2026-12-24'] }],
  regionHolidays: () => ['DE-BY', { types: ['public', 'bank'], partDays: true }],
  listRegions: () => [{ country: 'DE' }],
  calendarForEmployer: () => [{ region: 'US', weekend: [0, 6], workingDays: ['2026-12-26'], daysOff: [{ date: '2026-12-31', name: 'Closure' }] }, { types: ['public'] }],
  getHolidaysClass: () => [],
  // policy
  resolvePolicy: () => [{ graceBusinessDays: 2, noTimelineWindow: { from: 5, to: 8 } }],
  // planner
  planFollowUp: () => [interview(), { calendar, policy: { ghostedAfterBusinessDays: 5 } }],
  earliestFollowUp: () => [interview(), { calendar }],
  thankYouDeadline: () => ['2026-03-07T18:00:00-05:00', { timeZone: 'America/New_York', policy: { thankYouWithinHours: 12 } }],
  ghostingDate: () => ['2026-12-08', { calendar }],
  resolveTimeline: () => [{ kind: 'business-days', days: 5, from: '2026-12-03' }, { interviewEndedOn: '2026-12-03', calendar }],
  candidateExpectations: () => [interview(), { calendar, notificationRule: { kind: 'calendar-days', days: 14, from: 'last-interview', label: 'Decision within 14 days' } }],
  reflectionToMarkdown: () => [reflection(), { interview: { company: 'Acme', role: 'Engineer', round: 1 }, locale: 'de-AT' }],
  applyEvent: () => [application(), { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' }, { policy: { maxFollowUps: 2 } }],
  insertEvent: () => [application(), { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' }, { policy: { maxFollowUps: 2 } }],
  status: () => [application(), NOW, { calendar }],
  teamView: () => [application(), NOW, { calendar }],
  nextActions: () => [application(), NOW, { calendar, policy: { graceBusinessDays: 1 } }],
  summarize: () => [[application()], NOW, { calendar: () => calendar }],
  toICS: () => [plan(), { now: NOW, domain: 'example.com', calendarName: 'Jobs', alarmMinutesBefore: 30 }],
  eventsToICS: () => [[{ uid: 'acme/follow-up', title: 'Follow up', date: '2026-12-08' }, { uid: 'acme/thanks', title: 'Thanks', at: '2026-12-02T16:00:00Z', timeZone: 'Europe/Berlin', description: 'Notes' }], { now: NOW, domain: 'example.com' }],
  planToIcsEvents: () => [plan()],
  actionsToIcsEvents: () => [plannerEntry.nextActions(application(), NOW, { calendar })],
  icsUid: () => ['acme/follow-up', 'example.com'],
  escapeIcsText: () => ['a, b; c\nd'],
  foldIcsLine: () => ['SUMMARY:' + 'x'.repeat(100)],
  // templates
  defineTemplate: () => [{ subject: 'Thanks, {{name}}', body: 'Hello {{name}},\n\n{{#topic}}About {{topic}}.{{/topic}} {{sign|Best}}' }, { name: 'note' }],
  renderMessage: () => ['followUp', { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer', interviewDate: '2026-12-03' }, { locale: 'de-AT', timeZone: 'Europe/Vienna' }],
  draftThankYouNotes: () => [
    { company: 'Acme', role: 'Data Engineer', interviewers: [{ id: 'a', name: 'Ana Ruiz', points: ['data platform'] }, { id: 'b', name: 'Tom Li', points: ['on-call'] }] },
    { name: 'Ada Lovelace', connection: 'I ran a similar platform' },
    { locale: 'en', connections: { b: 'I was on call too' }, limits: { maxBodyWords: 200 } },
  ],
  draftOfferReply: () => [{ candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer' }, { calendar, receivedOn: '2026-12-03', locale: 'fr' }],
  prepChecklist: () => ['case-study', 'es'],
  checkMessageLimits: () => [message(), { maxBodyWords: 10, maxSubjectChars: 10 }],
  policyLimits: () => ['thankYou', { thankYouMaxWords: 100 }],
  formatMessageDate: () => ['2026-12-03T15:00:00Z', 'de', { timeZone: 'Europe/Berlin' }],
  resolveLocale: () => ['de-AT'],
  countWords: () => ['Hello, world'],
  escapeHtml: () => ['<b>"Tom" & Jerry</b>'],
  // hiring
  defineCriteria: () => [criteriaInput()],
  scoreCandidate: () => [criteria, scorecards().slice(0, 1), { interviewers: ['lee', 'kim'] }],
  scoreCandidates: () => [criteria, scorecards(), { interviewers: ['lee', 'ana'] }],
  debrief: () => [criteria, scorecards(), { interviewers: ['lee', 'ana', 'kim'] }],
  shortlist: () => [hiringEntry.scoreCandidates(criteria, scorecards() as never), { size: 1, minScore: 10, tieBreak: 'candidateId' }],
  referenceCheck: () => [references(), '2026-12-11', clock()],
  approvals: () => [chain(), '2026-12-11T10:00:00-05:00', clock()],
  offerReadiness: () => [references(), chain(), '2026-12-11', clock()],
  candidateFacingStage: () => [{ shortlisted: true, references: { complete: false } }],
  stagePhrase: () => ['references', 'fr-CA'],
  resolveHiringPolicy: () => [{ referenceOverdueBusinessDays: 4 }],
  // model
  jsonSchemas: () => [],
  parseInterview: () => [interview()],
  safeParseInterview: () => [interview()],
  parseApplication: () => [application()],
  safeParseApplication: () => [application()],
  parseEvent: () => [{ type: 'reply-received', at: NOW, outcome: 'next_round' }],
  safeParseEvent: () => [{ type: 'follow-up-sent', at: NOW }],
  parsePolicy: () => [{ graceBusinessDays: 2 }],
  safeParsePolicy: () => [{ maxFollowUps: 1 }],
  parseHiringPolicy: () => [{ strongAtLeast: 80, disagreementSpread: 0.25 }],
  safeParseHiringPolicy: () => [{ referenceOverdueBusinessDays: 4 }],
  parseTimeline: () => [{ kind: 'weeks', weeks: 2, text: 'two weeks' }],
  safeParseTimeline: () => [{ kind: 'none' }],
  parseReflection: () => [reflection()],
  safeParseReflection: () => [reflection()],
  parseCriteria: () => [criteriaInput()],
  safeParseCriteria: () => [criteriaInput()],
  parseScorecard: () => [scorecards()[0]],
  safeParseScorecard: () => [scorecards()[1]],
  parseReferenceCheck: () => [references()],
  safeParseReferenceCheck: () => [references()],
  parseApprovalChain: () => [chain()],
  safeParseApprovalChain: () => [chain()],
};

/** Methods of returned objects that a caller calls with their own values. */
const METHODS: Record<string, () => unknown[]> = {
  isBusinessDay: () => ['2026-12-04'],
  addBusinessDays: () => ['2026-12-04', 3],
  subBusinessDays: () => [20_000, 2],
  nextBusinessDay: () => ['2026-12-24'],
  previousBusinessDay: () => ['2026-12-26'],
  businessDaysBetween: () => ['2026-12-01', '2026-12-31'],
  explain: () => ['2026-12-20', '2026-12-31'],
};

const ENTRIES = {
  root: rootEntry, calendar: calendarEntry, planner: plannerEntry, templates: templatesEntry, hiring: hiringEntry, model: modelEntry,
  holidays: holidaysEntry, classifier: classifierEntry, mail: mailEntry,
};
/** Functions whose results are read lazily: called and read to the end. */
const LAZY: Record<string, (fn: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown> = {
  splitMbox: (fn) => (...args) => [...(fn(...args) as Iterable<unknown>)],
};

function isClass(f: unknown): boolean {
  return typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));
}

/** Every function export of an entry point, by name (the same function re-exported counts once). */
const functions = new Map<string, (...args: unknown[]) => unknown>();
for (const entry of Object.values(ENTRIES)) {
  for (const [name, value] of Object.entries(entry)) {
    if (typeof value === 'function' && !isClass(value) && name !== 'parseEmail') {
      const fn = value as (...args: unknown[]) => unknown;
      functions.set(name, LAZY[name]?.(fn) ?? fn);
    }
  }
}
const regionCal = holidaysEntry.regionCalendar('DE-BY');
const template = templatesEntry.defineTemplate({ subject: 'Hi {{name}}', body: '{{#topic}}About {{topic}}.{{/topic}} {{sign|Best}}' });
const targets: [string, (...args: unknown[]) => unknown, () => unknown[]][] = [
  ...[...functions].map(([name, fn]): [string, (...args: unknown[]) => unknown, () => unknown[]] => [name, fn, CALLS[name] ?? (() => [])]),
  // regionCalendar() returns the same Calendar as createCalendar() over a holiday source; asking it
  // for years far away is slow by nature (date-holidays computes each year), so it is called once here.
  ...Object.entries(METHODS).map(([name, args]): [string, (...args: unknown[]) => unknown, () => unknown[]] => (
    [`createCalendar().${name}`, (...a) => (calendar[name as 'explain'] as (...x: unknown[]) => unknown)(...a), args]
  )),
  ['regionCalendar().addBusinessDays', (d, n) => regionCal.addBusinessDays(d as string, n as number), () => ['2026-12-23', 3]],
  ['regionHolidays().holidaysInYear', (y) => holidaysEntry.regionHolidays('US').holidaysInYear(y as number), () => [2026]],
  ['defineTemplate().render', (d) => template.render(d as never), () => [{ name: 'Ada', topic: 'pipelines' }]],
];

// Values a caller gets wrong in practice, mixed into fc.anything().
const TRAPS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '', ' ', 'pt', 'Invalid', '2026-02-30', '2026-12-01T25:00:00Z'];
const trapArb = fc.oneof(
  fc.constantFrom<unknown>(...TRAPS, null, undefined, Number.NaN, Infinity, -0, -1, 1.5, 2 ** 53, [], [null], {}, true),
  fc.constant(null).map(() => Object.create(null) as unknown),
  fc.constant(null).map(() => new Date(Number.NaN)),
  fc.constant(null).map(() => new Date(Date.UTC(2026, 11, 4, 15))),
  fc.constant(null).map(() => ({ toString: 1, valueOf: 'x' })),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": 1}}') as unknown),
);
const anyArb = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true, maxDepth: 3 }) },
  { weight: 2, arbitrary: trapArb },
);

/** Paths to every field of a valid call (objects and arrays that are plain data, not calendars or templates). */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && !Object.values(value).some((v) => typeof v === 'function')) {
    for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...prefix, key], out);
  }
  return out;
}

/** A copy of `root` with the field at `path` replaced (or deleted when `value` is the DELETE marker). */
const DELETE = Symbol('delete');
function replaced(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value === DELETE ? undefined : value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && value === DELETE) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(head as number, 1);
    else delete copy[head];
  } else {
    Object.defineProperty(copy, head, { value: replaced(copy[head], rest, value), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Every string in a value, keys included, to tell echoed input from text the library made up. */
function stringsIn(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' || value === undefined || value === null) out.push(String(value));
  else if (value instanceof Date) out.push(Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString());
  else if (typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    if (value instanceof Map || value instanceof Set) out.push('[object Object]');
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'string') out.push(key);
      try {
        stringsIn((value as Record<string | symbol, unknown>)[key], out, seen);
      } catch {
        // a getter that throws: nothing to collect
      }
    }
    // Boxed values and objects with their own toString are written as such by String().
    out.push('[object Object]');
  }
  return out;
}

const MADE_UP = ['Invalid Date', 'NaN', 'undefined', '[object Object]'];

/** Problems in a result: invalid dates, NaN, or words that come from a failed lookup or conversion. */
function badOutput(result: unknown, inputText: string): string | undefined {
  const seen = new Set<unknown>();
  const walk = (v: unknown, at: string, depth: number): string | undefined => {
    if (depth > 12) return undefined;
    if (typeof v === 'number' && Number.isNaN(v)) return `${at} is NaN`;
    if (v instanceof Date && Number.isNaN(v.getTime())) return `${at} is an Invalid Date`;
    if (typeof v === 'string') {
      const word = MADE_UP.find((w) => v.includes(w) && !inputText.includes(w));
      return word === undefined ? undefined : `${at} contains "${word}": ${JSON.stringify(v.slice(0, 200))}`;
    }
    // An error returned by safeParseX describes the bad input in words, "got undefined" included.
    if (typeof v === 'object' && v !== null && !seen.has(v) && !(v instanceof Error)) {
      seen.add(v);
      for (const [k, x] of Object.entries(v)) {
        const bad = walk(x, `${at}.${k}`, depth + 1);
        if (bad !== undefined) return bad;
      }
    }
    return undefined;
  };
  return walk(result, 'result', 0);
}

/** Calls `fn`; a problem is described as a string, a pass is undefined. */
function check(fn: (...args: unknown[]) => unknown, args: unknown[]): string | undefined {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (e) {
    if (isFollowUpError(e)) {
      const m = (e as Error).message;
      const word = ['undefined: expected', '[object Object]'].find((w) => m.startsWith(w));
      if (word !== undefined) return `error message without a field name: ${m}`;
      // A value left out is "Missing <path>", never "Invalid <path> undefined".
      if (/\bundefined\b/.test(m) && !stringsIn(args).some((t) => t.includes('undefined'))) return `error message that shows "undefined": ${m}`;
      return undefined;
    }
    return `threw ${(e as Error)?.name}: ${(e as Error)?.message}\n${(e as Error)?.stack?.split('\n').slice(0, 6).join('\n')}`;
  }
  if (result instanceof Promise) return 'returned a Promise';
  // Lazily computed results (a calendar, a template): exercise one method too.
  return badOutput(result, stringsIn(args).join('\n'));
}

const show = (args: unknown[]): string => {
  try {
    return JSON.stringify(args, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v === undefined ? '<undefined>' : v)).slice(0, 400);
  } catch {
    return '<unprintable>';
  }
};

describe('every public function, given anything', () => {
  it('has a valid call listed for every function export', () => {
    expect([...functions.keys()].filter((name) => !(name in CALLS)).sort()).toEqual([]);
    expect(Object.keys(CALLS).filter((name) => !functions.has(name)).sort()).toEqual([]);
  });

  it('accepts each listed valid call', () => {
    for (const [name, fn, args] of targets) {
      const problem = check(fn, args());
      expect(problem === undefined ? 'ok' : `${name}: ${problem}`).toBe('ok');
      // A valid call does not throw at all.
      expect(() => fn(...args()), name).not.toThrow();
    }
  });

  for (const [name, fn, valid] of targets) {
    const arity = Math.max(valid().length, fn.length, 1);
    test.prop([fc.array(anyArb, { minLength: 0, maxLength: arity + 1 })], { numRuns: runs(25) })(
      `${name}: every argument anything → a result or a typed error`,
      (args) => {
        const problem = check(fn, args);
        expect(problem === undefined ? 'ok' : `${problem}\nargs: ${show(args)}`).toBe('ok');
      },
    );

    test.prop([fc.nat(), anyArb, fc.integer({ min: 0, max: 5 })], { numRuns: runs(60) })(
      `${name}: one field of a valid call replaced or removed → a result or a typed error`,
      (pick, value, mode) => {
        const args = valid();
        const paths = pathsOf(args).slice(1);
        if (paths.length === 0) return;
        const path = paths[pick % paths.length]!;
        const mutated = replaced(args, path, mode === 0 ? DELETE : value) as unknown[];
        const problem = check(fn, mutated);
        expect(problem === undefined ? 'ok' : `${problem}\nat ${path.join('.')}\nargs: ${show(mutated)}`).toBe('ok');
      },
    );
  }
});

// safeParseX promises a result, never an exception, whatever its data (its options aside).
describe('safeParseX, given any data', () => {
  const safe = (Object.entries(modelEntry) as [string, unknown][])
    .filter((e): e is [string, (...args: unknown[]) => unknown] => e[0].startsWith('safeParse') && typeof e[1] === 'function');

  it('covers every safeParse export of the model', () => {
    expect(safe.map(([name]) => name).sort()).toEqual(Object.keys(CALLS).filter((n) => n.startsWith('safeParse')).sort());
  });

  for (const [name, fn] of safe) {
    test.prop([fc.nat(), anyArb, fc.integer({ min: 0, max: 5 })], { numRuns: runs(60) })(
      `${name}: one field of valid data replaced or removed, or anything at all → { success } and no exception`,
      (pick, value, mode) => {
        const data = CALLS[name]!()[0];
        const paths = pathsOf(data);
        const mutated = mode === 5 ? value : replaced(data, paths[pick % paths.length]!, mode === 0 ? DELETE : value);
        let result: unknown;
        expect(() => { result = fn(mutated); }, show([mutated])).not.toThrow();
        expect(typeof (result as { success?: unknown }).success).toBe('boolean');
      },
    );
  }
});

describe('parseEmail, given anything', () => {
  test.prop([fc.array(anyArb, { minLength: 0, maxLength: 3 })], { numRuns: runs(25) })(
    'every argument anything → a message or a typed error, never a raw one',
    async (args) => {
      let problem: string | undefined;
      try {
        problem = badOutput(await (mailEntry.parseEmail as (...a: unknown[]) => Promise<unknown>)(...args), stringsIn(args).join('\n'));
      } catch (e) {
        if (!isFollowUpError(e)) problem = `threw ${(e as Error)?.name}: ${(e as Error)?.message}`;
      }
      expect(problem === undefined ? 'ok' : `${problem}\nargs: ${show(args)}`).toBe('ok');
    },
  );
});
