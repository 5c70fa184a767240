/**
 * Every options object of the library refuses a key it does not know, so that a misspelt option (`polcy`, `lang`,
 * `Locale`) is an InvalidArgumentError naming the key, the valid ones and the one meant, never an option silently
 * ignored; a key whose value is `undefined` counts as absent (`{ ...options, policy: undefined }`). Every function
 * export (the reply reader's own aside, see src/classifier) is listed below, with a valid call and the position of its
 * options, or among those without options; a new export without either fails the first test.
 */
import { describe, expect, it } from 'vitest';
import * as calendarEntry from '../src/calendar/index.js';
import * as hiringEntry from '../src/hiring/index.js';
import * as holidaysEntry from '../src/holidays/index.js';
import * as mailEntry from '../src/mail/index.js';
import * as modelEntry from '../src/model/index.js';
import * as plannerEntry from '../src/planner/index.js';
import * as rootEntry from '../src/index.js';
import * as templatesEntry from '../src/templates/index.js';
import { makeApplication, makeInterview } from './arbitraries/tracker.js';
import { failure } from './helpers/thrown.js';

const calendar = calendarEntry.createCalendar();
const NOW = '2026-12-10T09:00:00Z';
const interview = () => ({ ...makeInterview(), timeline: { kind: 'date', date: '2026-12-04' } as const });
const application = () => plannerEntry.applyEvent(makeApplication(), { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' });
const plan = () => plannerEntry.planFollowUp(makeInterview(), { calendar });
const followUp = { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer', interviewDate: '2026-12-03' };
const criteria = hiringEntry.defineCriteria([{ id: 'design', name: 'System design', weight: 1 }]);
const scorecards = () => [{ candidateId: 'c-1', interviewerId: 'lee', submittedAt: '2026-12-11T17:00:00Z', ratings: [{ criterionId: 'design', rating: 4 }] }];
const references = () => ({ candidateId: 'c-1', referees: [{ id: 'r1', name: 'Jo Smith', requestedOn: '2026-12-07' }] });
const chain = () => ({ candidateId: 'c-1', mode: 'sequential', startedOn: '2026-12-07', steps: [{ id: 'manager', approver: 'Hiring manager' }] });
const clock = { calendar, timeZone: 'America/New_York' };
const thankYou = [{ company: 'Acme', role: 'Data Engineer', interviewers: [{ id: 'a', name: 'Ana Ruiz', points: ['data platform'] }] }, { name: 'Ada Lovelace', connection: 'I ran one too' }];

/** Valid data of each parse function of the model, by the name after `parse`. */
const MODEL_DATA: Record<string, () => unknown> = {
  Interview: interview, Application: application, Event: () => ({ type: 'follow-up-sent', at: NOW }), Timeline: () => ({ kind: 'none' }),
  Reflection: () => ({ interviewId: 'r1', writtenAt: NOW, questions: [] }), Policy: () => ({}), HiringPolicy: () => ({}),
  Criteria: () => [{ id: 'design', name: 'System design', weight: 1 }], Scorecard: () => scorecards()[0], ReferenceCheck: references, ApprovalChain: chain,
};

/** A valid call, the index of the options object in it, and a misspelling of one of its keys with the key meant. */
type Case = [args: () => unknown[], at: number, typo: string, meant: string];

const WITH_OPTIONS: Record<string, Case> = {
  regionCalendar: [() => ['DE-BY', { types: ['public'] }], 1, 'type', 'types'],
  regionHolidays: [() => ['DE-BY', { partDays: false }], 1, 'partdays', 'partDays'],
  calendarForEmployer: [() => [{ region: 'US' }, { types: ['public'] }], 1, 'tpyes', 'types'],
  listRegions: [() => [{ country: 'DE' }], 0, 'contry', 'country'],
  resolvePolicy: [() => [{ graceBusinessDays: 2 }], 0, 'graceBusinesDays', 'graceBusinessDays'],
  policyLimits: [() => ['thankYou', { thankYouMaxWords: 100 }], 1, 'thankYouMaxWord', 'thankYouMaxWords'],
  planFollowUp: [() => [interview(), { calendar }], 1, 'polcy', 'policy'],
  earliestFollowUp: [() => [interview(), { calendar }], 1, 'polcy', 'policy'],
  ghostingDate: [() => ['2026-12-08', { calendar }], 1, 'polcy', 'policy'],
  candidateExpectations: [() => [interview(), { calendar }], 1, 'notificationrule', 'notificationRule'],
  thankYouDeadline: [() => ['2026-03-07T18:00:00-05:00', { timeZone: 'America/New_York' }], 1, 'timezone', 'timeZone'],
  resolveTimeline: [() => [{ kind: 'business-days', days: 5 }, { interviewEndedOn: '2026-12-03', calendar }], 1, 'interviewEndedAt', 'interviewEndedOn'],
  reflectionToMarkdown: [() => [{ interviewId: 'r1', writtenAt: NOW, questions: [] }, { locale: 'de' }], 1, 'Locale', 'locale'],
  applyEvent: [() => [application(), { type: 'follow-up-sent', at: NOW }, { policy: {} }], 2, 'polcy', 'policy'],
  insertEvent: [() => [application(), { type: 'follow-up-sent', at: NOW }, { policy: {} }], 2, 'polcy', 'policy'],
  status: [() => [application(), NOW, { calendar }], 2, 'polcy', 'policy'],
  teamView: [() => [application(), NOW, { calendar }], 2, 'polcy', 'policy'],
  nextActions: [() => [application(), NOW, { calendar }], 2, 'polcy', 'policy'],
  summarize: [() => [[application()], NOW, { calendar }], 2, 'polcy', 'policy'],
  toICS: [() => [plan(), { now: NOW }], 1, 'applicationID', 'applicationId'],
  eventsToICS: [() => [[{ uid: 'x', title: 'Follow up', date: '2026-12-08' }], { now: NOW }], 1, 'calendarname', 'calendarName'],
  planToIcsEvents: [() => [plan(), { applicationId: 'acme' }], 1, 'applicationID', 'applicationId'],
  replyEvent: [() => [{ label: 'pending' }, NOW, { note: 'x' }], 2, 'notes', 'note'],
  defineTemplate: [() => [{ subject: 'Hi', body: 'Hello' }, { name: 'note' }], 1, 'nmae', 'name'],
  renderMessage: [() => ['followUp', followUp, { locale: 'de' }], 2, 'dateformat', 'dateFormat'],
  draftThankYouNotes: [() => [...thankYou, { locale: 'de' }], 2, 'Locale', 'locale'],
  draftOfferReply: [() => [{ candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer' }, { calendar, receivedOn: '2026-12-03', locale: 'en' }], 1, 'recievedOn', 'receivedOn'],
  prepChecklist: [() => ['case-study', 'it', { fallback: 'en' }], 2, 'fallBack', 'fallback'],
  checkMessageLimits: [() => [templatesEntry.renderMessage('followUp', followUp, { locale: 'en' }), { maxBodyWords: 200 }], 1, 'maxBodyWord', 'maxBodyWords'],
  formatMessageDate: [() => ['2026-12-03', 'de', { timeZone: 'Europe/Berlin' }], 2, 'timezone', 'timeZone'],
  resolveLocale: [() => ['it', { fallback: 'en' }], 1, 'fallBack', 'fallback'],
  scoreCandidate: [() => [criteria, scorecards(), { interviewers: ['lee'] }], 2, 'interviewer', 'interviewers'],
  scoreCandidates: [() => [criteria, scorecards(), { interviewers: ['lee'] }], 2, 'interviewer', 'interviewers'],
  debrief: [() => [criteria, scorecards(), { interviewers: ['lee'] }], 2, 'interviewer', 'interviewers'],
  shortlist: [() => [hiringEntry.scoreCandidates(criteria, scorecards()), { size: 1 }], 1, 'minscore', 'minScore'],
  referenceCheck: [() => [references(), '2026-12-11', clock], 2, 'timezone', 'timeZone'],
  approvals: [() => [chain(), '2026-12-11', clock], 2, 'polcy', 'policy'],
  offerReadiness: [() => [references(), chain(), '2026-12-11', clock], 3, 'calender', 'calendar'],
  stagePhrase: [() => ['references', 'it', { fallback: 'en' }], 2, 'fallBack', 'fallback'],
  resolveHiringPolicy: [() => [{ strongAtLeast: 80 }], 0, 'strongAtleast', 'strongAtLeast'],
  // The model's parse functions, safe ones included: a mistake in their options is an exception.
  ...Object.fromEntries(Object.entries(MODEL_DATA).flatMap(([what, data]) => [`parse${what}`, `safeParse${what}`].map((n) => [n, [() => [data(), { nullFields: 'absent' }], 1, 'unknownfields', 'unknownFields'] as Case]))),
};

/**
 * createCalendar refuses a key it does not know with the list of its four keys, without a "did you mean" (the
 * calendar is the smallest entry point); tested in src/calendar/createCalendar.test.ts.
 */
const SHORT_LIST = ['createCalendar'];

/** Function exports that take no options object. */
const WITHOUT_OPTIONS = [
  'toEpochDay', 'fromEpochDay', 'isCivilDate', 'dayOfWeek', 'addDays', 'parseInstant', 'civilDateInZone', 'formatInstantInZone',
  'assertTimeZone', 'assertCalendar', 'isCalendar', 'isFollowUpError', 'defaultWeekend', 'getHolidaysClass', 'toTimeline',
  'actionsToIcsEvents', 'icsUid', 'escapeIcsText', 'foldIcsLine', 'countWords', 'escapeHtml', 'defineCriteria', 'candidateFacingStage',
  'jsonSchemas', 'parseEmail', 'parseMailDate', 'splitMbox',
];
/** The reply reader's functions: their options are checked by src/classifier. */
const CLASSIFIER = ['classifyReply', 'cleanReply', 'extractTimeline', 'findTimePhrases'];

const ENTRIES = [rootEntry, calendarEntry, plannerEntry, templatesEntry, hiringEntry, modelEntry, holidaysEntry, mailEntry];
const functions = new Map<string, (...args: unknown[]) => unknown>();
for (const entry of ENTRIES) {
  for (const [name, value] of Object.entries(entry)) {
    if (typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value))) functions.set(name, value as (...args: unknown[]) => unknown);
  }
}

describe('options objects refuse keys they do not know', () => {
  it('lists every function export, with its options or among those without', () => {
    const listed = new Set([...Object.keys(WITH_OPTIONS), ...SHORT_LIST, ...WITHOUT_OPTIONS, ...CLASSIFIER]);
    expect([...functions.keys()].filter((name) => !listed.has(name)).sort()).toEqual([]);
    expect([...listed].filter((name) => !functions.has(name)).sort()).toEqual([]);
  });

  it.each(Object.entries(WITH_OPTIONS))('%s: a misspelt key is an InvalidArgumentError that names it and the key meant', (name, [args, at, typo, meant]) => {
    const fn = functions.get(name)!;
    const call = args();
    expect(() => fn(...call)).not.toThrow();
    if (name.startsWith('safeParse')) expect(fn(...call)).toMatchObject({ success: true });
    call[at] = { ...(call[at] as object), [typo]: 1 };
    const message = failure(() => fn(...call), 'INVALID_ARGUMENT');
    expect(message).toContain(`"${typo}"`);
    expect(message).toContain(`(did you mean "${meant}"?)`);
  });

  it.each(Object.entries(WITH_OPTIONS))('%s: a key whose value is undefined counts as absent', (name, [args, at, typo]) => {
    const fn = functions.get(name)!;
    const call = args();
    call[at] = { ...(call[at] as object), [typo]: undefined };
    expect(() => fn(...call)).not.toThrow();
  });

  it('R4: the mistakes a new user made, each refused with the option meant', () => {
    const { planFollowUp, nextActions, candidateExpectations, toICS } = plannerEntry;
    expect(failure(() => planFollowUp(interview(), { calendar, polcy: { maxFollowUps: 2 } } as never), 'INVALID_ARGUMENT'))
      .toBe('Invalid options key "polcy": expected one of calendar, policy (did you mean "policy"?).');
    expect(failure(() => nextActions(application(), NOW, { calendar, polcy: {} } as never), 'INVALID_ARGUMENT'))
      .toBe('Invalid ctx key "polcy": expected one of calendar, policy (did you mean "policy"?).');
    const rule = { kind: 'calendar-days', days: 14, from: 'last-interview', label: 'Decision' } as const;
    expect(failure(() => candidateExpectations(interview(), { calendar, notificationrule: rule } as never), 'INVALID_ARGUMENT'))
      .toBe('Invalid options key "notificationrule": expected one of calendar, policy, notificationRule (did you mean "notificationRule"?).');
    expect(failure(() => candidateExpectations(interview(), { calendar, notificationRule: { ...rule, lable: 'x' } } as never), 'INVALID_ARGUMENT'))
      .toBe('Invalid options.notificationRule key "lable": expected one of kind, days, from, label (did you mean "label"?).');
    expect(failure(() => toICS(plan(), { now: NOW, applicationID: 'a' } as never), 'INVALID_ARGUMENT')).toMatch(/^Invalid options key "applicationID": .*\(did you mean "applicationId"\?\)\.$/);
  });

  it('R1, R5: and in the messages: lang, Locale, and the nested limits', () => {
    const { renderMessage, draftThankYouNotes } = templatesEntry;
    expect(failure(() => renderMessage('followUp', followUp, { locale: 'de', lang: 'x' } as never), 'INVALID_ARGUMENT'))
      .toBe('Invalid options key "lang": expected one of locale, fallback, timeZone, dateFormat.');
    expect(failure(() => draftThankYouNotes(thankYou[0] as never, thankYou[1] as never, { locale: 'de', Locale: 'fr' } as never), 'INVALID_ARGUMENT'))
      .toMatch(/^Invalid options key "Locale": .*\(did you mean "locale"\?\)\.$/);
    expect(failure(() => draftThankYouNotes(thankYou[0] as never, thankYou[1] as never, { locale: 'en', limits: { maxBodyWord: 9 } } as never), 'INVALID_ARGUMENT'))
      .toMatch(/^Invalid options\.limits key "maxBodyWord": .*\(did you mean "maxBodyWords"\?\)\.$/);
  });
});
