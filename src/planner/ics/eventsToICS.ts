import { arrayAt, isRecord, own, recordAt } from '../../_lib/check.js';
import { knownKeys } from '../../_lib/knownKeys.js';
import { civilDayAt, formatEpochDay, MAX_EPOCH_DAY } from '../../calendar/epochDay.js';
import { END_MS, floorToSecond, formatWall, instantAt, MIN_MS, MINUTE_MS } from '../../calendar/instant.js';
import { formatInZone, timeZoneAt } from '../../calendar/zone.js';
import { DateRangeError, describe, InvalidArgumentError } from '../../errors.js';
import { escapeIcsText } from './escapeIcsText.js';
import { foldIcsLine } from './foldIcsLine.js';
import { icsTextAt, optionalIcsTextAt } from './icsTextAt.js';
import { DEFAULT_DOMAIN, domainAt, icsUid } from './icsUid.js';
import type { IcsEvent, ToIcsOptions } from './types.js';

const DEFAULT_PRODID = '-//interview-followup//toICS//EN';
const DEFAULT_ALARM = 60;
const DEFAULT_ALL_DAY_ALARM = -540;
const DEFAULT_DURATION = 15;
/** The most minutes a duration or a reminder may count: 100 years of 365 days (52,560,000), exact in epoch ms. */
const MAX_MINUTES = 100 * 365 * 24 * 60;

/** `YYYYMMDDTHHMMSSZ` of epoch milliseconds, whole seconds (a fraction is cut, never rounded up). */
function utcStamp(ms: number): string {
  return `${formatWall(floorToSecond(ms)).replace(/[-:]/g, '')}Z`;
}

function duration(minutesBefore: number): string {
  if (minutesBefore === 0) return 'PT0S';
  return minutesBefore > 0 ? `-PT${minutesBefore}M` : `PT${-minutesBefore}M`;
}

/** Checks a whole number of minutes: from 0 for durations, from -100 years for reminders (which may also be `null`). */
function checkMinutes(argument: string, value: unknown, reminder: boolean): void {
  if (value === undefined || (reminder && value === null)) return;
  const min = reminder ? -MAX_MINUTES : 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_MINUTES) {
    throw new InvalidArgumentError(argument, value, `a whole number of minutes from ${min} to ${MAX_MINUTES} (100 years)${reminder ? ', or null for none' : ''}`);
  }
}

/**
 * Where an entry of the calendar came from, for error messages: a plan's or an action's fields
 * rather than the entry made of them. @internal
 */
export interface IcsEntrySource {
  /** The entry's own fields are named under this path, e.g. `events.0`. */
  readonly path: string;
  /** The path and value its `uid` was made of, e.g. `actions.0.id` or `plan.thankYous.1.interviewerId`. */
  readonly uidPath: string;
  readonly uidValue: unknown;
  /** The path of its `date` or `at`, e.g. `plan.ghostedOn`. */
  readonly whenPath: string;
}

/**
 * Writes events as an RFC 5545 iCalendar file: CRLF line ends, lines folded at 75 octets without
 * splitting a character, escaped TEXT values, a stable `UID` per event, `DTSTAMP` from `options.now`,
 * all-day events for civil dates and UTC timed events for instants, each with a `VALARM` reminder.
 * Feed it the entries of a plan or of the tracker's next actions through {@link planToIcsEvents} or
 * {@link actionsToIcsEvents} (or pass a plan or an action list directly to {@link toICS}).
 *
 * Timed events are written in UTC (`…Z`), which every client reads without a `VTIMEZONE`; an event's
 * `timeZone` adds the local wall time and its UTC offset to its description. An event with
 * `anchor: 'end'` ends at its `at` (a deadline) instead of starting there.
 *
 * @param events - The entries, at least one, written in the order given.
 * @param options - `now` (required) and the domain, product id, reminder and duration defaults.
 * @returns The calendar text, ending with CRLF.
 * @example
 * ```ts
 * eventsToICS([{ uid: 'acme/follow-up', title: 'Follow up with Acme', date: '2026-12-08' }],
 *   { now: '2026-12-01T09:00:00Z', domain: 'example.com' })
 * //=> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…DTSTART;VALUE=DATE:20261208\r\n…END:VCALENDAR\r\n"
 * ```
 * @throws {@link InvalidArgumentError} for an empty list, an empty or duplicate `uid`, an event with
 *   both or neither of `date` and `at`, text with a lone surrogate, a bad domain, or a duration or
 *   reminder that is not a whole number of minutes within 100 years.
 * @throws {@link InvalidDateError} for a bad `date`, `at` or `now`.
 * @throws {@link DateRangeError} for an event that would end after 9999-12-31T23:59:59Z (an all-day
 *   event on 9999-12-31 included) or start before 0001-01-01.
 * @throws {@link UnknownTimeZoneError} for an unknown `timeZone`.
 */
export function eventsToICS(events: readonly IcsEvent[], options: Omit<ToIcsOptions, 'applicationId'>): string {
  const list = arrayAt(events, 'events', 'an array of { uid, title, date | at }');
  if (isRecord(options)) refuseApplicationId(own(options, 'applicationId'));
  return writeCalendar(list, 'events', options);
}

/** `options.applicationId` is for plans: other entries carry their ids already. @internal */
export function refuseApplicationId(value: unknown): void {
  if (value !== undefined) {
    throw new InvalidArgumentError('options.applicationId', value, 'no value: it names the application of a plan, and actions from nextActions and entries of your own carry their ids already');
  }
}

/**
 * The calendar text of `list` (called `listPath` in errors), its entries' fields named by `sources`
 * when they come from a plan or actions. @internal
 */
export function writeCalendar(list: readonly unknown[], listPath: string, options: unknown, sources?: readonly IcsEntrySource[]): string {
  const opts = recordAt(options, 'options', 'an object with at least `now`, an ISO 8601 instant');
  // applicationId is refused by the callers that take no plan, with a message of its own.
  knownKeys(opts, ['now', 'domain', 'applicationId', 'prodId', 'calendarName', 'alarmMinutesBefore', 'allDayAlarmMinutesBefore', 'durationMinutes'], 'options key');
  const stamp = utcStamp(instantAt(own(opts, 'now'), 'options.now'));
  const domain = domainAt(own(opts, 'domain') ?? DEFAULT_DOMAIN, 'options.domain');
  checkMinutes('options.alarmMinutesBefore', own(opts, 'alarmMinutesBefore'), true);
  checkMinutes('options.allDayAlarmMinutesBefore', own(opts, 'allDayAlarmMinutesBefore'), true);
  checkMinutes('options.durationMinutes', own(opts, 'durationMinutes'), false);
  const prodId = optionalIcsTextAt(own(opts, 'prodId'), 'options.prodId');
  const calendarName = optionalIcsTextAt(own(opts, 'calendarName'), 'options.calendarName');
  if (list.length === 0) {
    throw new InvalidArgumentError(listPath, list, 'at least one entry: the list is empty, so there is nothing to export (a calendar file must hold at least one entry)');
  }
  const o = opts as unknown as ToIcsOptions;
  const defaults: EventDefaults = {
    stamp,
    alarm: o.alarmMinutesBefore === undefined ? DEFAULT_ALARM : o.alarmMinutesBefore,
    allDayAlarm: o.allDayAlarmMinutesBefore === undefined ? DEFAULT_ALL_DAY_ALARM : o.allDayAlarmMinutesBefore,
    duration: o.durationMinutes ?? DEFAULT_DURATION,
    durationFrom: o.durationMinutes === undefined ? undefined : 'options.durationMinutes',
  };

  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeIcsText(prodId ?? DEFAULT_PRODID)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendarName !== undefined) {
    lines.push(`NAME:${escapeIcsText(calendarName)}`, `X-WR-CALNAME:${escapeIcsText(calendarName)}`);
  }
  const seen = new Set<string>();
  for (const [i, value] of list.entries()) {
    const source = sources?.[i];
    const path = source?.path ?? `${listPath}.${i}`;
    const event = checkEvent(value, path);
    const uid = icsUid(event.uid, domain);
    if (seen.has(uid)) {
      throw new InvalidArgumentError(source?.uidPath ?? `${path}.uid`, source === undefined ? event.uid : source.uidValue, 'an id used by only one entry of the calendar (entries with the same UID replace each other on import)');
    }
    seen.add(uid);
    lines.push(...eventLines(event, uid, path, source?.whenPath, defaults));
  }
  lines.push('END:VCALENDAR');
  let out = '';
  for (const line of lines) out += `${foldIcsLine(line)}\r\n`;
  return out;
}

/** What an event without its own values gets, and the calendar's `DTSTAMP`. */
interface EventDefaults {
  readonly stamp: string;
  readonly alarm: number | null;
  readonly allDayAlarm: number | null;
  readonly duration: number;
  /** `options.durationMinutes` when the duration was given there, for error messages. */
  readonly durationFrom: string | undefined;
}

/** The fields of one event checked for callers without types (its `date` or `at` is read when written). */
function checkEvent(value: unknown, path: string): IcsEvent {
  const event = recordAt(value, path, 'an object { uid, title, date | at }') as unknown as IcsEvent;
  icsTextAt(own(event, 'title'), `${path}.title`);
  optionalIcsTextAt(own(event, 'description'), `${path}.description`);
  icsTextAt(own(event, 'uid'), `${path}.uid`, true);
  if ((own(event, 'date') === undefined) === (own(event, 'at') === undefined)) {
    throw new InvalidArgumentError(path, event, 'exactly one of `date` (all-day) and `at` (timed)');
  }
  const anchor = own(event, 'anchor');
  if (anchor !== undefined && anchor !== 'start' && anchor !== 'end') {
    throw new InvalidArgumentError(`${path}.anchor`, anchor, '"start" (the entry starts at `at`) or "end" (it ends at `at`, a deadline)');
  }
  checkMinutes(`${path}.alarmMinutesBefore`, own(event, 'alarmMinutesBefore'), true);
  checkMinutes(`${path}.durationMinutes`, own(event, 'durationMinutes'), false);
  const categories = own(event, 'categories');
  if (categories !== undefined) arrayAt(categories, `${path}.categories`, 'an array of texts').forEach((c, j) => icsTextAt(c, `${path}.categories.${j}`));
  if (own(event, 'timeZone') !== undefined) timeZoneAt(own(event, 'timeZone'), `${path}.timeZone`);
  return event;
}

/** The `VEVENT` of one event: all-day on its `date`, or timed at its `at`, with its alarm. */
function eventLines(event: IcsEvent, uid: string, path: string, whenPath: string | undefined, defaults: EventDefaults): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeIcsText(uid)}`, `DTSTAMP:${defaults.stamp}`];
  let alarm: number | null;
  let description = event.description;
  if (event.date !== undefined) {
    const datePath = whenPath ?? `${path}.date`;
    const day = civilDayAt(event.date, datePath);
    if (day >= MAX_EPOCH_DAY) {
      throw new DateRangeError(event.date, `Invalid ${datePath} ${describe(event.date)}: an all-day entry ends at the start of the next day, and 10000-01-01 is past the last date a calendar file can hold; expected a date up to 9999-12-30.`);
    }
    lines.push(`DTSTART;VALUE=DATE:${compact(day)}`, `DTEND;VALUE=DATE:${compact(day + 1)}`, 'TRANSP:TRANSPARENT');
    alarm = event.alarmMinutesBefore === undefined ? defaults.allDayAlarm : event.alarmMinutesBefore;
  } else {
    const atPath = whenPath ?? `${path}.at`;
    const ms = instantAt(event.at, atPath);
    const minutes = event.durationMinutes ?? defaults.duration;
    const end = event.anchor === 'end';
    const start = end ? ms - minutes * MINUTE_MS : ms;
    const finish = end ? ms : ms + minutes * MINUTE_MS;
    if (start < MIN_MS || finish >= END_MS) {
      throw outOfRange(event.at, atPath, event.durationMinutes === undefined ? defaults.durationFrom : `${path}.durationMinutes`, minutes, start < MIN_MS);
    }
    lines.push(`DTSTART:${utcStamp(start)}`);
    if (minutes > 0) lines.push(`DTEND:${utcStamp(finish)}`);
    if (event.timeZone !== undefined) {
      const local = formatInZone(ms, event.timeZone, atPath);
      const wall = `Local time: ${local.slice(0, 10)} ${local.slice(11, 16)} ${local.slice(-6)} (${event.timeZone})`;
      description = description === undefined ? wall : `${description}\n\n${wall}`;
    }
    alarm = event.alarmMinutesBefore === undefined ? defaults.alarm : event.alarmMinutesBefore;
    // Minutes before `at`, written relative to the start, which every client reads, rather than with RELATED=END.
    if (alarm !== null && end) alarm -= minutes;
  }
  lines.push(`SUMMARY:${escapeIcsText(event.title)}`);
  if (description !== undefined) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  if (event.categories !== undefined && event.categories.length > 0) {
    lines.push(`CATEGORIES:${event.categories.map(escapeIcsText).join(',')}`);
  }
  if (alarm !== null) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(event.title)}`, `TRIGGER:${duration(alarm)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The {@link DateRangeError} of a timed entry whose block would leave 0001-01-01T00:00:00Z..9999-12-31T23:59:59Z. */
function outOfRange(at: unknown, atPath: string, durationPath: string | undefined, minutes: number, early: boolean): DateRangeError {
  const length = durationPath === undefined ? `the default duration of ${minutes} minutes` : `${durationPath} ${minutes}`;
  const where = early
    ? 'start before 0001-01-01T00:00:00Z, the first supported instant; expected a later instant or a shorter duration'
    : 'end after 9999-12-31T23:59:59Z, the last instant a calendar file can hold; expected an earlier instant or a shorter duration';
  return new DateRangeError(at, `Invalid ${atPath} ${describe(at)} with ${length}: the entry would ${where}.`);
}

function compact(epochDay: number): string {
  return formatEpochDay(epochDay).replaceAll('-', '');
}
