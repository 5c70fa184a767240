import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { runs } from '../helpers/runs.js';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { isFollowUpError } from '../../src/errors.js';
import { parseEvent } from '../../src/model/Event.js';
import { candidateExpectations } from '../../src/planner/candidateExpectations.js';
import { eventsToICS } from '../../src/planner/ics/eventsToICS.js';
import { toICS } from '../../src/planner/ics/toICS.js';
import { planFollowUp } from '../../src/planner/planFollowUp.js';
import { reflectionToMarkdown } from '../../src/planner/reflectionToMarkdown.js';
import { thankYouDeadline } from '../../src/planner/thankYouDeadline.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { insertEvent } from '../../src/planner/tracker/insertEvent.js';
import { nextActions } from '../../src/planner/tracker/nextActions.js';
import { replyEvent } from '../../src/planner/tracker/replyEvent.js';
import { status } from '../../src/planner/tracker/status.js';
import { makeApplication, makeInterview } from '../arbitraries/tracker.js';

/*
 * Under exactOptionalPropertyTypes the types accept `| undefined` on optional inputs (`{ subject: msg.subject, text }`),
 * so the runtime must read such a property as absent: for every optional field of these inputs and options, any set of
 * them written out as `undefined` gives the same result as leaving them out (or the same typed error).
 */

const calendar = createCalendar();
const NOW = '2026-12-10T09:00:00Z';
const held = () => applyEvent(makeApplication(), { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' });
const reply = 'Hi Sam, we would like to invite you to a second interview. Please send your availability by Thursday. Best, Jane';
const plan = () => planFollowUp(makeInterview(), { calendar });

/** `base` with each of `keys` written out as `undefined`. */
const withUndefined = <T extends object>(base: T, keys: readonly string[]): T => ({ ...base, ...Object.fromEntries(keys.map((k) => [k, undefined])) });

interface Case {
  /** The optional fields that may be written out as `undefined`, each named `<where>.<field>`. */
  readonly keys: readonly string[];
  readonly run: (undefs: (where: string) => string[]) => unknown;
}

const CASES: Record<string, Case> = {
  classifyReply: {
    keys: ['input.subject', 'input.html', 'input.autoReply', 'options.language', 'options.calendar'],
    run: (u) => classifyReply(withUndefined({ text: reply }, u('input')), withUndefined({ reference: '2026-12-07T09:00:00-05:00', timeZone: 'America/New_York' }, u('options'))),
  },
  replyEvent: {
    keys: ['source.requests', 'extra.text', 'extra.timeline', 'extra.note'],
    run: (u) => replyEvent(withUndefined({ label: 'next_round' as const }, u('source')), '2026-12-07T09:00:00-05:00', withUndefined({}, u('extra'))),
  },
  applyEvent: {
    keys: ['event.note', 'event.text', 'event.timeline', 'event.requests', 'options.policy'],
    run: (u) => applyEvent(held(), withUndefined({ type: 'reply-received', at: '2026-12-07T09:00:00-05:00', outcome: 'pending' as const }, u('event')), withUndefined({}, u('options'))),
  },
  insertEvent: {
    keys: ['event.note', 'event.kinds', 'options.policy'],
    run: (u) => insertEvent(held(), withUndefined({ type: 'request-answered' as const, at: '2026-12-07T09:00:00-05:00' }, u('event')), withUndefined({}, u('options'))),
  },
  nextActions: {
    keys: ['ctx.policy'],
    run: (u) => [nextActions(held(), NOW, withUndefined({ calendar }, u('ctx'))), status(held(), NOW, withUndefined({ calendar }, u('ctx')))],
  },
  parseEvent: {
    keys: ['event.note', 'event.kinds'],
    run: (u) => parseEvent(withUndefined({ type: 'request-answered', at: NOW }, u('event'))),
  },
  planFollowUp: {
    keys: ['options.policy', 'interview.timeline'],
    run: (u) => [
      planFollowUp(withUndefined(makeInterview(), u('interview')), withUndefined({ calendar }, u('options'))),
      candidateExpectations(withUndefined(makeInterview(), u('interview')), withUndefined({ calendar, notificationRule: undefined }, u('options'))),
      thankYouDeadline('2026-12-01T11:00:00-05:00', withUndefined({ timeZone: 'America/New_York' }, u('options'))),
    ],
  },
  reflectionToMarkdown: {
    keys: ['options.locale', 'options.interview', 'options.fallback', 'reflection.notes'],
    run: (u) => reflectionToMarkdown(
      withUndefined({ interviewId: 'r1', writtenAt: '2026-12-01T18:00:00Z', questions: [{ question: 'Why us?' }] }, u('reflection')),
      withUndefined({}, u('options')),
    ),
  },
  toICS: {
    keys: ['options.domain', 'options.applicationId', 'options.prodId', 'options.calendarName', 'options.alarmMinutesBefore', 'options.allDayAlarmMinutesBefore', 'options.durationMinutes'],
    run: (u) => toICS(plan(), withUndefined({ now: NOW }, u('options'))),
  },
  eventsToICS: {
    keys: ['entry.description', 'entry.at', 'entry.anchor', 'entry.timeZone', 'entry.durationMinutes', 'entry.alarmMinutesBefore', 'entry.categories', 'options.domain', 'options.applicationId'],
    run: (u) => eventsToICS([withUndefined({ uid: 'acme/follow-up', title: 'Follow up', date: '2026-12-08' }, u('entry'))], withUndefined({ now: NOW }, u('options'))),
  },
};

/** The result of `f`, or the code and message of the typed error it throws (a raw error fails the test). */
function outcome(f: () => unknown): unknown {
  try {
    return { result: f() };
  } catch (e) {
    expect(isFollowUpError(e), String(e)).toBe(true);
    return { error: (e as Error).message };
  }
}

const caseArb = fc.constantFrom(...Object.keys(CASES)).chain((name) => fc.tuple(fc.constant(name), fc.subarray([...CASES[name]!.keys], { minLength: 1 })));

test.prop([caseArb], { numRuns: runs(120) })('an optional field written out as undefined is read as absent', ([name, keys]) => {
  const c = CASES[name]!;
  const of = (chosen: readonly string[]) => (where: string) => chosen.filter((k) => k.startsWith(`${where}.`)).map((k) => k.slice(where.length + 1));
  const absent = outcome(() => c.run(of([])));
  expect(absent).toHaveProperty('result');
  expect(outcome(() => c.run(of(keys)))).toEqual(absent);
});
