// Checks of the planner's and tracker's inputs when they come from plain JavaScript: the fields the
// planner reads, each named by its path in errors. Instants given as `Date` come back as ISO strings.
import { arrayAt, integerAt, isRecord, optionalTextAt, own, recordAt, textAt } from '../_lib/check.js';
import { EMAIL_PATTERN, EMPLOYER_CALENDAR_FIELDS, INTERVIEW_FORMAT_LIST, REGION_PATTERN } from '../_lib/interviewFields.js';
import { editDistance } from '../_lib/editDistance.js';
import { REPLY_OUTCOME_LIST, REQUEST_KIND_LIST } from '../_lib/requestKinds.js';
import { duplicateId } from '../_lib/duplicateId.js';
import { CIVIL_DATE_EXPECTED as CIVIL_DATE, isCivilDate } from '../calendar/epochDay.js';
import { describe, InvalidArgumentError, InvalidInputError } from '../errors.js';
import { instantMs, instantText } from '../calendar/instant.js';
import { timeZoneAt } from '../calendar/zone.js';
import type { Application } from '../model/Application.js';
import type { EmployerRequest, Event } from '../model/Event.js';
import type { Interview } from '../model/Interview.js';
import type { Interviewer } from '../model/Interviewer.js';
import type { Timeline } from '../model/Timeline.js';

/** A timeline's shape (its dates and counts are checked where it is resolved). */
export function timelineInput(value: unknown, path: string): Timeline {
  const t = recordAt(value, path, "a timeline such as { kind: 'date', date: '2026-12-04' } or { kind: 'none' }");
  const kind = own(t, 'kind');
  if (typeof kind !== 'string' || !Object.hasOwn(TIMELINE_FIELDS, kind)) {
    throw new InvalidArgumentError(`${path}.kind`, kind, '"none", "date", "calendar-days", "weeks" or "business-days"');
  }
  optionalTextAt(own(t, 'text'), `${path}.text`);
  return t as unknown as Timeline;
}

/** The fields of each timeline kind besides `kind` and `text`, as `TimelineSchema` has them: a count's most, or `from`. */
const TIMELINE_FIELDS: Readonly<Record<Timeline['kind'], Readonly<Record<string, number>>>> = {
  none: {},
  date: { date: 0 },
  'calendar-days': { days: 3660, from: 0 },
  weeks: { weeks: 520, from: 0 },
  'business-days': { days: 2600, from: 0 },
};

/** A real date at `path`: `YYYY-MM-DD`, as the model's `CivilDateSchema` reads it. */
function civilDateAt(value: unknown, path: string): void {
  if (!isCivilDate(value)) throw new InvalidArgumentError(path, value, CIVIL_DATE);
}

/** Non-empty texts at the `keys` of `record`, as the model's `NonEmptyTextSchema`. */
function nonEmptyAt(record: object, path: string, keys: readonly string[]): void {
  for (const key of keys) textAt(own(record, key), `${path}.${key}`, true);
}

/** An optional text at `path` that `pattern` matches, else {@link InvalidArgumentError}. */
function matchAt(value: unknown, path: string, pattern: RegExp, expected: string): void {
  if (value !== undefined && !(typeof value === 'string' && pattern.test(value))) throw new InvalidArgumentError(path, value, expected);
}

/** A field of a record `known` does not list: a near miss of a missing one is named as such, others refused with the list. */
function unknownField(record: Record<string, unknown>, known: ReadonlySet<string>, path: string, what: string): void {
  for (const key in record) {
    if (known.has(key) || !Object.hasOwn(record, key)) continue;
    noMisspeltField(record, known, path);
    throw new InvalidArgumentError(`${path}.${key}`, record[key], `no field "${key}": the fields of ${what} are ${[...known].join(' ')}`);
  }
}

/**
 * A timeline an event carries, checked as `parseEvent` checks it: its kind, the fields of that kind and no other, a
 * real `date` and `from`, whole counts in range, a text. An interview's timeline is left to the planner, which
 * refuses what it cannot plan with `INVALID_TIMELINE`. @internal
 */
export function eventTimelineInput(value: unknown, path: string): Timeline {
  const t = timelineInput(value, path);
  const fields = TIMELINE_FIELDS[t.kind];
  unknownField(t, new Set(['kind', 'text', ...Object.keys(fields)]), path, `a "${t.kind}" timeline`);
  for (const [key, max] of Object.entries(fields)) {
    const v = own(t, key);
    if (key === 'from') {
      if (v !== undefined) civilDateAt(v, `${path}.from`);
    } else if (max === 0) civilDateAt(v, `${path}.${key}`);
    else integerAt(v, `${path}.${key}`, 0, max, `a whole number of ${t.kind === 'weeks' ? 'weeks' : t.kind.replace('-', ' ')}`);
  }
  return t;
}

const REQUEST_FIELDS: ReadonlySet<string> = new Set(['kind', 'due', 'text', 'implied']);
const KINDS = `one of ${REQUEST_KIND_LIST.map((k) => `"${k}"`).join(', ')}`;

/** One of `list` at `path`, or {@link InvalidArgumentError} listing them. */
function memberAt(value: unknown, path: string, list: readonly string[]): void {
  if (!(list as readonly unknown[]).includes(value)) throw new InvalidArgumentError(path, value, `one of ${list.map((x) => `"${x}"`).join(', ')}`);
}

/** A request kind at `path`. */
const requestKindAt = (value: unknown, path: string): void => memberAt(value, path, REQUEST_KIND_LIST);

/** An array of texts at `path`, as the model's `z.array(z.string())`. */
function textsAt(value: unknown, path: string): void {
  arrayAt(value, path, 'an array of texts').forEach((x, i) => textAt(x, `${path}.${i}`));
}

/** An optional array at `path` whose every item `ok` accepts, else {@link InvalidArgumentError} naming the item. */
function itemsAt(value: unknown, path: string, ok: (item: unknown) => boolean, expected: string): void {
  if (value === undefined) return;
  arrayAt(value, path, 'an array').forEach((x, i) => {
    if (!ok(x)) throw new InvalidArgumentError(`${path}.${i}`, x, expected);
  });
}

/** The `requests` of a reply, each checked as `parseEvent` checks it (`{ kind, due?, text?, implied? }`). */
function requestsInput(value: unknown, path: string): void {
  arrayAt(value, path, 'an array of requests { kind, due?, text?, implied? }').forEach((item, i) => {
    const at = `${path}.${i}`;
    const r = recordAt(item, at, "a request such as { kind: 'send_documents', due: '2026-12-11' }") as Partial<Record<keyof EmployerRequest, unknown>>;
    unknownField(r, REQUEST_FIELDS, at, 'a request');
    requestKindAt(own(r, 'kind'), `${at}.kind`);
    const due = own(r, 'due');
    if (due !== undefined) civilDateAt(due, `${at}.due`);
    optionalTextAt(own(r, 'text'), `${at}.text`);
    const implied = own(r, 'implied');
    if (implied !== undefined && implied !== true) throw new InvalidArgumentError(`${at}.implied`, implied, 'true, or no `implied`');
  });
}

function interviewerInput(value: unknown, path: string): Interviewer {
  const p = recordAt(value, path, 'an interviewer { id, name, points }');
  textAt(own(p, 'id'), `${path}.id`);
  textAt(own(p, 'name'), `${path}.name`);
  const points = own(p, 'points');
  if (points !== undefined) textsAt(points, `${path}.points`);
  optionalTextAt(own(p, 'title'), `${path}.title`);
  optionalTextAt(own(p, 'email'), `${path}.email`);
  return p as unknown as Interviewer;
}

const INTERVIEW_FIELDS: ReadonlySet<string> = new Set(['id', 'company', 'role', 'round', 'format', 'startedAt', 'endedAt', 'candidateTimeZone', 'employerTimeZone', 'employerCalendar', 'interviewers', 'timeline']);
const APPLICATION_FIELDS: ReadonlySet<string> = new Set(['id', 'company', 'role', 'interviews', 'events']);

/**
 * Refuses a field that is not one of `known` but is within two letters of one the record lacks: a misspelt field
 * (`timline`) would otherwise be ignored, and the plan made without it. Other fields of the caller's own are left alone.
 */
function noMisspeltField(record: Record<string, unknown>, known: ReadonlySet<string>, path: string): void {
  for (const key in record) {
    if (known.has(key) || key.length < 4 || !Object.hasOwn(record, key)) continue;
    const near = [...known].find((k) => !Object.hasOwn(record, k) && editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
    if (near !== undefined) throw new InvalidArgumentError(`${path}.${key}`, record[key], `the field "${near}" (a field named "${key}" would be ignored)`);
  }
}

/**
 * The fields of an interview the planner reads, checked; instants given as `Date` are returned as
 * ISO 8601 strings. @internal
 */
export function interviewInput(value: unknown, path = 'interview'): Interview {
  const v = recordAt(value, path, 'an Interview object { id, company, role, round, startedAt, endedAt, candidateTimeZone, employerTimeZone, interviewers } (see parseInterview)');
  noMisspeltField(v, INTERVIEW_FIELDS, path);
  textAt(own(v, 'id'), `${path}.id`);
  textAt(own(v, 'company'), `${path}.company`);
  textAt(own(v, 'role'), `${path}.role`);
  integerAt(own(v, 'round'), `${path}.round`, 1, 1000, 'a whole round number');
  optionalTextAt(own(v, 'format'), `${path}.format`);
  const startedAt = instantText(own(v, 'startedAt'), `${path}.startedAt`);
  const endedAt = instantText(own(v, 'endedAt'), `${path}.endedAt`);
  timeZoneAt(own(v, 'candidateTimeZone'), `${path}.candidateTimeZone`);
  timeZoneAt(own(v, 'employerTimeZone'), `${path}.employerTimeZone`);
  const interviewers = arrayAt(own(v, 'interviewers'), `${path}.interviewers`, 'an array of interviewers { id, name, points }')
    .map((p, i) => interviewerInput(p, `${path}.interviewers.${i}`));
  // As parseInterview: two interviewers with one id would get one thank-you action, both cleared by one note (R1.1).
  uniqueIds(interviewers, 'interviewers', 'interviewer', path);
  const timeline = own(v, 'timeline');
  if (timeline !== undefined) timelineInput(timeline, `${path}.timeline`);
  if (startedAt === own(v, 'startedAt') && endedAt === own(v, 'endedAt')) return v as unknown as Interview;
  return { ...(v as unknown as Interview), startedAt, endedAt };
}

const INTERVIEWER_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'email', 'title', 'points']);
/** A day off as the model has it: a date, `{ date, name? }` or `{ from, to, name? }`. */
function isDayOff(d: unknown): boolean {
  if (isCivilDate(d)) return true;
  if (!isRecord(d) || typeof (d['name'] ?? '') !== 'string') return false;
  const dates = 'date' in d ? ['date'] : ['from', 'to'];
  return Object.keys(d).every((k) => k === 'name' || dates.includes(k)) && dates.every((k) => isCivilDate(d[k]));
}

/** An employer calendar as the model has it (R4.4); the calendar built from it checks the rest. */
function employerCalendarInput(value: unknown, path: string): void {
  const c = recordAt(value, path, `an employer calendar { ${EMPLOYER_CALENDAR_FIELDS.join('?, ')}? }`);
  unknownField(c, new Set(EMPLOYER_CALENDAR_FIELDS), path, 'an employer calendar');
  matchAt(own(c, 'region'), `${path}.region`, REGION_PATTERN, 'an ISO 3166 code such as "US" or "DE-BY"');
  itemsAt(own(c, 'weekend'), `${path}.weekend`, (d) => [0, 1, 2, 3, 4, 5, 6].includes(d as number), 'a weekday number from 0 (Sunday) to 6 (Saturday)');
  itemsAt(own(c, 'daysOff'), `${path}.daysOff`, isDayOff, '"YYYY-MM-DD", { date, name? } or { from, to, name? }');
  itemsAt(own(c, 'workingDays'), `${path}.workingDays`, isCivilDate, CIVIL_DATE);
}

/**
 * The interview a `next-round-scheduled` event carries, checked as `parseEvent` checks it: besides what the planner
 * reads, no unknown field, non-empty ids and names, a known format, an end not before the start, interviewers' e-mail
 * addresses and points, the employer calendar and the timeline (R10).
 */
function eventInterviewInput(value: unknown, path: string): Interview {
  const v = interviewInput(value, path);
  unknownField(v, INTERVIEW_FIELDS, path, 'an interview');
  nonEmptyAt(v, path, ['id', 'company', 'role']);
  memberAt(v.format, `${path}.format`, INTERVIEW_FORMAT_LIST);
  if (instantMs(v.endedAt) < instantMs(v.startedAt)) throw new InvalidArgumentError(`${path}.endedAt`, v.endedAt, `an instant at or after startedAt ${describe(v.startedAt)}`);
  v.interviewers.forEach((p, i) => {
    const at = `${path}.interviewers.${i}`;
    unknownField(p, INTERVIEWER_FIELDS, at, 'an interviewer');
    nonEmptyAt(p, at, ['id', 'name']);
    textsAt(p.points, `${at}.points`);
    matchAt(p.email, `${at}.email`, EMAIL_PATTERN, 'an e-mail address');
  });
  if (v.employerCalendar !== undefined) employerCalendarInput(v.employerCalendar, `${path}.employerCalendar`);
  if (v.timeline !== undefined) eventTimelineInput(v.timeline, `${path}.timeline`);
  return v;
}

/**
 * Refuses a repeated id among `items` (the `field` of the record at `path`) as the model's schemas do, with the same
 * message: `Invalid interview: - interviewers.1.id: Duplicate interviewer id "lee": each interviewer needs a unique id.`
 */
function uniqueIds(items: readonly { readonly id: string }[], field: string, what: string, path: string): void {
  const seen = new Set<string>();
  items.forEach(({ id }, i) => {
    if (seen.has(id)) throw new InvalidInputError(path, [{ path: [field, i, 'id'], message: duplicateId(what)(id) }]);
    seen.add(id);
  });
}

/**
 * The fields of each event type besides `type`, `at` and `note`, as the model's `EventSchema` has them: a field of
 * another name would be ignored, or make the saved application fail `parseApplication`.
 */
const EVENT_FIELDS: Readonly<Record<Event['type'], string>> = {
  'interview-held': 'interviewId',
  'thank-you-sent': 'interviewId interviewerId',
  'follow-up-sent': 'interviewId',
  'request-answered': 'kinds',
  'reply-received': 'outcome text timeline requests',
  'timeline-updated': 'timeline',
  'next-round-scheduled': 'interview startsAt',
  'offer-received': 'salary benefits startDate responseDeadline',
  'offer-accepted': '',
  'offer-declined': 'reason',
  rejected: 'text',
  withdrawn: 'reason',
};

/** The fields of each event type as sets, made on first use. */
let fieldSets: Map<string, ReadonlySet<string>> | undefined;

/** Every field of an event of `type`, misspelt ones named as such (`timline`), others refused with the list. */
function eventFields(e: Record<string, unknown>, type: Event['type'], path: string): void {
  fieldSets ??= new Map(Object.entries(EVENT_FIELDS).map(([t, f]) => [t, new Set(['type', 'at', 'note', ...f.split(' ')])]));
  unknownField(e, fieldSets.get(type)!, path, `"${type}"`);
}

/**
 * The fields of an event the tracker reads, checked; `at` (and `startsAt`) given as `Date` are
 * returned as ISO 8601 strings. @internal
 */
export function eventInput(value: unknown, path = 'event'): Event {
  const e = recordAt(value, path, "an Event object such as { type: 'follow-up-sent', at: '2026-12-10T09:00:00Z' }");
  const type = own(e, 'type');
  memberAt(type, `${path}.type`, Object.keys(EVENT_FIELDS));
  eventFields(e, type as Event['type'], path);
  const at = instantText(own(e, 'at'), `${path}.at`);
  const changes: Record<string, unknown> = {};
  if (at !== own(e, 'at')) changes['at'] = at;
  // An id names an interview or an interviewer: blank, it names none (as parseEvent says, not "unknown id").
  for (const key of ['note', 'interviewId', 'text', 'reason', 'salary']) optionalTextAt(own(e, key), `${path}.${key}`, key === 'interviewId');
  if (type === 'thank-you-sent') textAt(own(e, 'interviewerId'), `${path}.interviewerId`, true);
  if (type === 'reply-received') memberAt(own(e, 'outcome'), `${path}.outcome`, REPLY_OUTCOME_LIST);
  if (own(e, 'benefits') !== undefined) textsAt(own(e, 'benefits'), `${path}.benefits`);
  for (const key of ['startDate', 'responseDeadline']) {
    const date = own(e, key);
    if (date !== undefined) civilDateAt(date, `${path}.${key}`);
  }
  const timeline = own(e, 'timeline');
  if (type === 'timeline-updated' || timeline !== undefined) eventTimelineInput(timeline, `${path}.timeline`);
  const requests = own(e, 'requests');
  if (requests !== undefined) requestsInput(requests, `${path}.requests`);
  const kinds = own(e, 'kinds');
  if (kinds !== undefined) {
    const list = arrayAt(kinds, `${path}.kinds`, `a non-empty array of request kinds, each ${KINDS}; or no \`kinds\` for every open request`);
    if (list.length === 0) throw new InvalidArgumentError(`${path}.kinds`, kinds, 'at least one request kind; or no `kinds` for every open request');
    list.forEach((k, i) => requestKindAt(k, `${path}.kinds.${i}`));
  }
  if (type === 'next-round-scheduled') {
    const interview = own(e, 'interview');
    if (interview !== undefined) {
      const checked = eventInterviewInput(interview, `${path}.interview`);
      if (checked !== interview) changes['interview'] = checked;
    }
    const startsAt = own(e, 'startsAt');
    if (startsAt !== undefined) {
      const text = instantText(startsAt, `${path}.startsAt`);
      if (text !== startsAt) changes['startsAt'] = text;
    }
  }
  return (Object.keys(changes).length === 0 ? e : { ...e, ...changes }) as unknown as Event;
}

/**
 * An application's interviews and events, checked (see {@link interviewInput}, {@link eventInput});
 * the same object when nothing needed converting. @internal
 */
export function applicationInput(value: unknown, path = 'application'): Application {
  const a = recordAt(value, path, 'an Application object { id, company, role, interviews, events } (see parseApplication)');
  noMisspeltField(a, APPLICATION_FIELDS, path);
  textAt(own(a, 'id'), `${path}.id`);
  textAt(own(a, 'company'), `${path}.company`);
  textAt(own(a, 'role'), `${path}.role`);
  const interviews = arrayAt(own(a, 'interviews'), `${path}.interviews`, 'an array of interviews');
  const events = arrayAt(own(a, 'events'), `${path}.events`, 'an array of events');
  const checkedInterviews = interviews.map((x, i) => interviewInput(x, `${path}.interviews.${i}`));
  const checkedEvents = events.map((x, i) => eventInput(x, `${path}.events.${i}`));
  // The cross-field checks of parseApplication: unique interview ids, and a log in time order (append-only).
  uniqueIds(checkedInterviews, 'interviews', 'interview', path);
  let previous = Number.NEGATIVE_INFINITY;
  checkedEvents.forEach((event, i) => {
    const t = instantMs(event.at);
    if (t < previous) {
      throw new InvalidInputError(path, [{
        path: ['events', i, 'at'],
        message: `Event ${i} (${event.type}) at ${describe(event.at)} is earlier than the event before it: the log is append-only, in time order.`,
      }]);
    }
    previous = t;
  });
  const same = checkedInterviews.every((x, i) => x === interviews[i]) && checkedEvents.every((x, i) => x === events[i]);
  return (same ? a : { ...a, interviews: checkedInterviews, events: checkedEvents }) as unknown as Application;
}
