// Checks of the planner's and tracker's inputs when they come from plain JavaScript: the fields the
// planner reads, each named by its path in errors. Instants given as `Date` come back as ISO strings.
import { arrayAt, integerAt, optionalTextAt, own, recordAt, textAt } from '../_lib/check.js';
import { editDistance } from '../_lib/editDistance.js';
import { REPLY_OUTCOME_LIST } from '../_lib/requestKinds.js';
import { duplicateId } from '../_lib/duplicateId.js';
import { isCivilDate } from '../calendar/epochDay.js';
import { describe, InvalidArgumentError, InvalidInputError } from '../errors.js';
import { instantMs, instantText } from '../calendar/instant.js';
import { timeZoneAt } from '../calendar/zone.js';
import type { Application } from '../model/Application.js';
import type { Event } from '../model/Event.js';
import type { Interview } from '../model/Interview.js';
import type { Interviewer } from '../model/Interviewer.js';
import type { Timeline } from '../model/Timeline.js';

const TIMELINE_KINDS: ReadonlySet<string> = new Set(['none', 'date', 'calendar-days', 'weeks', 'business-days']);

/** A timeline's shape (its dates and counts are checked where it is resolved). */
export function timelineInput(value: unknown, path: string): Timeline {
  const t = recordAt(value, path, "a timeline such as { kind: 'date', date: '2026-12-04' } or { kind: 'none' }");
  const kind = own(t, 'kind');
  if (typeof kind !== 'string' || !TIMELINE_KINDS.has(kind)) {
    throw new InvalidArgumentError(`${path}.kind`, kind, '"none", "date", "calendar-days", "weeks" or "business-days"');
  }
  optionalTextAt(own(t, 'text'), `${path}.text`);
  return t as unknown as Timeline;
}

function interviewerInput(value: unknown, path: string): Interviewer {
  const p = recordAt(value, path, 'an interviewer { id, name, points }');
  textAt(own(p, 'id'), `${path}.id`);
  textAt(own(p, 'name'), `${path}.name`);
  const points = own(p, 'points');
  if (points !== undefined) arrayAt(points, `${path}.points`, 'an array of texts').forEach((x, i) => textAt(x, `${path}.points.${i}`));
  optionalTextAt(own(p, 'title'), `${path}.title`);
  optionalTextAt(own(p, 'email'), `${path}.email`);
  return p as unknown as Interviewer;
}

/**
 * The fields of an interview the planner reads, checked; instants given as `Date` are returned as
 * ISO 8601 strings. @internal
 */
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
  const fields = fieldSets.get(type)!;
  for (const key in e) {
    if (fields.has(key) || !Object.hasOwn(e, key)) continue;
    // A near miss of a field the event lacks is named as such; any other field is refused with the list.
    noMisspeltField(e, fields, path);
    throw new InvalidArgumentError(`${path}.${key}`, e[key], `no field "${key}": the fields of "${type}" are ${[...fields].join(' ')}`);
  }
}

/**
 * The fields of an event the tracker reads, checked; `at` (and `startsAt`) given as `Date` are
 * returned as ISO 8601 strings. @internal
 */
export function eventInput(value: unknown, path = 'event'): Event {
  const e = recordAt(value, path, "an Event object such as { type: 'follow-up-sent', at: '2026-12-10T09:00:00Z' }");
  const type = own(e, 'type');
  if (typeof type !== 'string' || !Object.hasOwn(EVENT_FIELDS, type)) {
    throw new InvalidArgumentError(`${path}.type`, type, `one of ${Object.keys(EVENT_FIELDS).map((t) => `"${t}"`).join(', ')}`);
  }
  eventFields(e, type as Event['type'], path);
  const at = instantText(own(e, 'at'), `${path}.at`);
  const changes: Record<string, unknown> = {};
  if (at !== own(e, 'at')) changes['at'] = at;
  for (const key of ['note', 'interviewId', 'text', 'reason', 'salary']) optionalTextAt(own(e, key), `${path}.${key}`);
  if (type === 'thank-you-sent') textAt(own(e, 'interviewerId'), `${path}.interviewerId`);
  const outcome = own(e, 'outcome');
  if (type === 'reply-received' && !(REPLY_OUTCOME_LIST as readonly unknown[]).includes(outcome)) {
    throw new InvalidArgumentError(`${path}.outcome`, outcome, `one of ${REPLY_OUTCOME_LIST.map((o) => `"${o}"`).join(', ')}`);
  }
  for (const key of ['startDate', 'responseDeadline']) {
    const date = own(e, key);
    if (date !== undefined && !isCivilDate(date)) throw new InvalidArgumentError(`${path}.${key}`, date, 'a real calendar date written "YYYY-MM-DD"');
  }
  const timeline = own(e, 'timeline');
  if (type === 'timeline-updated' || timeline !== undefined) timelineInput(timeline, `${path}.timeline`);
  if (type === 'next-round-scheduled') {
    const interview = own(e, 'interview');
    if (interview !== undefined) {
      const checked = interviewInput(interview, `${path}.interview`);
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
