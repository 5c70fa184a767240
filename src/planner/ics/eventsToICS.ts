import { arrayAt, optionalTextAt, own, recordAt, textAt } from '../../_lib/check.js';
import { addDays, civilDayAt, formatEpochDay } from '../../calendar/epochDay.js';
import { floorToSecond, formatWall, instantAt, MINUTE_MS } from '../../calendar/instant.js';
import { formatInstantInZone, timeZoneAt } from '../../calendar/zone.js';
import { InvalidArgumentError } from '../../errors.js';
import { escapeIcsText } from './escapeIcsText.js';
import { foldIcsLine } from './foldIcsLine.js';
import { DEFAULT_DOMAIN, icsUid } from './icsUid.js';
import type { IcsEvent, ToIcsOptions } from './types.js';

const DEFAULT_PRODID = '-//interview-followup//toICS//EN';
const DEFAULT_ALARM = 60;
const DEFAULT_ALL_DAY_ALARM = -540;
const DEFAULT_DURATION = 15;

/** `YYYYMMDDTHHMMSSZ` of epoch milliseconds, whole seconds (a fraction is cut, never rounded up). */
function utcStamp(ms: number): string {
  return `${formatWall(floorToSecond(ms)).replace(/[-:]/g, '')}Z`;
}

function duration(minutesBefore: number): string {
  if (minutesBefore === 0) return 'PT0S';
  return minutesBefore > 0 ? `-PT${minutesBefore}M` : `PT${-minutesBefore}M`;
}

function checkMinutes(argument: string, value: unknown, allowNull: boolean, min: number): void {
  if (value === undefined || (allowNull && value === null)) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new InvalidArgumentError(argument, value, `${min === 0 ? 'a non-negative' : 'an'} integer number of minutes${allowNull ? ', or null for none' : ''}`);
  }
}

/**
 * Writes events as an RFC 5545 iCalendar file: CRLF line ends, lines folded at 75 octets without
 * splitting a character, escaped TEXT values, a stable `UID` per event, `DTSTAMP` from `options.now`,
 * all-day events for civil dates and UTC timed events for instants, each with a `VALARM` reminder.
 * Feed it the entries of a plan or of the tracker's next actions through {@link planToIcsEvents} or
 * {@link actionsToIcsEvents} (or pass a plan or an action list directly to {@link toICS}).
 *
 * Timed events are written in UTC (`…Z`), which every client reads without a `VTIMEZONE`; an event's
 * `timeZone` adds the local wall time to its description.
 *
 * @param events - The entries, written in the order given.
 * @param options - `now` (required) and the domain, product id, reminder and duration defaults.
 * @returns The calendar text, ending with CRLF.
 * @throws {@link InvalidArgumentError} for an empty or duplicate `uid`, an event with both or neither
 *   of `date` and `at`, a bad domain, or a non-integer duration or reminder.
 * @throws {@link InvalidDateError} for a bad `date`, `at` or `now`.
 * @throws {@link UnknownTimeZoneError} for an unknown `timeZone`.
 * @example
 * ```ts
 * eventsToICS([{ uid: 'acme/follow-up', title: 'Follow up with Acme', date: '2026-12-08' }],
 *   { now: '2026-12-01T09:00:00Z', domain: 'example.com' })
 * //=> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…DTSTART;VALUE=DATE:20261208\r\n…END:VCALENDAR\r\n"
 * ```
 */
export function eventsToICS(events: readonly IcsEvent[], options: ToIcsOptions): string {
  const list = arrayAt(events, 'events', 'an array of { uid, title, date | at }');
  const opts = recordAt(options, 'options', 'an object with at least `now`, an ISO 8601 instant');
  const stamp = utcStamp(instantAt(own(opts, 'now'), 'options.now'));
  const domain = own(opts, 'domain') ?? DEFAULT_DOMAIN;
  icsUid('x', domain as string);
  checkMinutes('options.alarmMinutesBefore', own(opts, 'alarmMinutesBefore'), true, Number.NEGATIVE_INFINITY);
  checkMinutes('options.allDayAlarmMinutesBefore', own(opts, 'allDayAlarmMinutesBefore'), true, Number.NEGATIVE_INFINITY);
  checkMinutes('options.durationMinutes', own(opts, 'durationMinutes'), false, 0);
  const prodId = optionalTextAt(own(opts, 'prodId'), 'options.prodId');
  const calendarName = optionalTextAt(own(opts, 'calendarName'), 'options.calendarName');
  const defaults: EventDefaults = {
    stamp,
    alarm: options.alarmMinutesBefore === undefined ? DEFAULT_ALARM : options.alarmMinutesBefore,
    allDayAlarm: options.allDayAlarmMinutesBefore === undefined ? DEFAULT_ALL_DAY_ALARM : options.allDayAlarmMinutesBefore,
    duration: options.durationMinutes ?? DEFAULT_DURATION,
  };

  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeIcsText(prodId ?? DEFAULT_PRODID)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendarName !== undefined) {
    lines.push(`NAME:${escapeIcsText(calendarName)}`, `X-WR-CALNAME:${escapeIcsText(calendarName)}`);
  }
  const seen = new Set<string>();
  for (const [i, value] of list.entries()) {
    const path = `events.${i}`;
    const event = checkEvent(value, path);
    const uid = icsUid(event.uid, domain as string);
    if (seen.has(uid)) throw new InvalidArgumentError(`${path}.uid`, event.uid, 'a uid used by only one event of the calendar');
    seen.add(uid);
    lines.push(...eventLines(event, uid, path, defaults));
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
}

/** The fields of one event checked for callers without types (its `date` or `at` is read when written). */
function checkEvent(value: unknown, path: string): IcsEvent {
  const event = recordAt(value, path, 'an object { uid, title, date | at }') as unknown as IcsEvent;
  textAt(own(event, 'title'), `${path}.title`);
  optionalTextAt(own(event, 'description'), `${path}.description`);
  textAt(own(event, 'uid'), `${path}.uid`);
  return event;
}

/** The `VEVENT` of one event: all-day on its `date`, or timed at its `at`, with its alarm. */
function eventLines(event: IcsEvent, uid: string, path: string, defaults: EventDefaults): string[] {
  if ((own(event, 'date') === undefined) === (own(event, 'at') === undefined)) {
    throw new InvalidArgumentError(path, event, 'exactly one of `date` (all-day) and `at` (timed)');
  }
  checkMinutes(`${path}.alarmMinutesBefore`, own(event, 'alarmMinutesBefore'), true, Number.NEGATIVE_INFINITY);
  checkMinutes(`${path}.durationMinutes`, own(event, 'durationMinutes'), false, 0);
  const categories = own(event, 'categories');
  if (categories !== undefined) arrayAt(categories, `${path}.categories`, 'an array of texts').forEach((c, j) => textAt(c, `${path}.categories.${j}`));
  if (own(event, 'timeZone') !== undefined) timeZoneAt(own(event, 'timeZone'), `${path}.timeZone`);
  const lines = ['BEGIN:VEVENT', `UID:${escapeIcsText(uid)}`, `DTSTAMP:${defaults.stamp}`];
  let alarm: number | null;
  let description = event.description;
  if (event.date !== undefined) {
    const day = civilDayAt(event.date, `${path}.date`);
    const end = addDays(day, 1);
    lines.push(`DTSTART;VALUE=DATE:${compact(day)}`, `DTEND;VALUE=DATE:${compact(end)}`, 'TRANSP:TRANSPARENT');
    alarm = event.alarmMinutesBefore === undefined ? defaults.allDayAlarm : event.alarmMinutesBefore;
  } else {
    const ms = instantAt(event.at, `${path}.at`);
    lines.push(`DTSTART:${utcStamp(ms)}`);
    const minutes = event.durationMinutes ?? defaults.duration;
    if (minutes > 0) lines.push(`DTEND:${utcStamp(ms + minutes * MINUTE_MS)}`);
    if (event.timeZone !== undefined) {
      const local = formatInstantInZone(ms, event.timeZone);
      const wall = `Local time: ${local.slice(0, 10)} ${local.slice(11, 16)} (${event.timeZone})`;
      description = description === undefined ? wall : `${description}\n\n${wall}`;
    }
    alarm = event.alarmMinutesBefore === undefined ? defaults.alarm : event.alarmMinutesBefore;
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

function compact(epochDay: number): string {
  return formatEpochDay(epochDay).replaceAll('-', '');
}
