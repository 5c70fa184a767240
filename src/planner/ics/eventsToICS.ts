import { addDays, formatEpochDay, toEpochDay } from '../../calendar/epochDay.js';
import { formatInstantInZone, parseInstant } from '../../calendar/zone.js';
import { InvalidArgumentError, InvalidDateError } from '../../errors.js';
import { escapeIcsText } from './escapeIcsText.js';
import { foldIcsLine } from './foldIcsLine.js';
import { DEFAULT_DOMAIN, icsUid } from './icsUid.js';
import type { IcsEvent, ToIcsOptions } from './types.js';

const DEFAULT_PRODID = '-//interview-followup//toICS//EN';
const DEFAULT_ALARM = 60;
const DEFAULT_ALL_DAY_ALARM = -540;
const DEFAULT_DURATION = 15;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYYMMDDTHHMMSSZ` of epoch milliseconds, whole seconds (a fraction is cut, never rounded up). */
function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
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
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options', options, 'an object with at least `now`, an ISO 8601 instant');
  }
  if (options.now === undefined) throw new InvalidDateError(options.now, 'options.now: an ISO 8601 instant with offset (the DTSTAMP)');
  const stamp = utcStamp(parseInstant(options.now));
  const domain = options.domain ?? DEFAULT_DOMAIN;
  icsUid('x', domain);
  checkMinutes('alarmMinutesBefore', options.alarmMinutesBefore, true, Number.NEGATIVE_INFINITY);
  checkMinutes('allDayAlarmMinutesBefore', options.allDayAlarmMinutesBefore, true, Number.NEGATIVE_INFINITY);
  checkMinutes('durationMinutes', options.durationMinutes, false, 0);
  const defaultAlarm = options.alarmMinutesBefore === undefined ? DEFAULT_ALARM : options.alarmMinutesBefore;
  const defaultAllDayAlarm = options.allDayAlarmMinutesBefore === undefined ? DEFAULT_ALL_DAY_ALARM : options.allDayAlarmMinutesBefore;
  const defaultDuration = options.durationMinutes ?? DEFAULT_DURATION;

  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeIcsText(options.prodId ?? DEFAULT_PRODID)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName !== undefined) {
    lines.push(`NAME:${escapeIcsText(options.calendarName)}`, `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`);
  }
  const seen = new Set<string>();
  for (const event of events) {
    if (typeof event !== 'object' || event === null || typeof event.title !== 'string') {
      throw new InvalidArgumentError('event', event, 'an object with a string `uid` and `title`');
    }
    const uid = icsUid(event.uid, domain);
    if (seen.has(uid)) throw new InvalidArgumentError('uid', event.uid, 'a uid used by only one event of the calendar');
    seen.add(uid);
    if ((event.date === undefined) === (event.at === undefined)) {
      throw new InvalidArgumentError(`event "${event.uid}"`, event, 'exactly one of `date` (all-day) and `at` (timed)');
    }
    checkMinutes(`alarmMinutesBefore of "${event.uid}"`, event.alarmMinutesBefore, true, Number.NEGATIVE_INFINITY);
    checkMinutes(`durationMinutes of "${event.uid}"`, event.durationMinutes, false, 0);
    lines.push('BEGIN:VEVENT', `UID:${escapeIcsText(uid)}`, `DTSTAMP:${stamp}`);
    let alarm: number | null;
    let description = event.description;
    if (event.date !== undefined) {
      const day = toEpochDay(event.date);
      const end = addDays(day, 1);
      lines.push(`DTSTART;VALUE=DATE:${event.date.replaceAll('-', '')}`, `DTEND;VALUE=DATE:${compact(end)}`, 'TRANSP:TRANSPARENT');
      alarm = event.alarmMinutesBefore === undefined ? defaultAllDayAlarm : event.alarmMinutesBefore;
    } else {
      const at = event.at as string;
      const ms = parseInstant(at);
      lines.push(`DTSTART:${utcStamp(ms)}`);
      const minutes = event.durationMinutes ?? defaultDuration;
      if (minutes > 0) lines.push(`DTEND:${utcStamp(ms + minutes * 60_000)}`);
      if (event.timeZone !== undefined) {
        const local = formatInstantInZone(ms, event.timeZone);
        const wall = `Local time: ${local.slice(0, 10)} ${local.slice(11, 16)} (${event.timeZone})`;
        description = description === undefined ? wall : `${description}\n\n${wall}`;
      }
      alarm = event.alarmMinutesBefore === undefined ? defaultAlarm : event.alarmMinutesBefore;
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
  }
  lines.push('END:VCALENDAR');
  let out = '';
  for (const line of lines) out += `${foldIcsLine(line)}\r\n`;
  return out;
}

function compact(epochDay: number): string {
  return formatEpochDay(epochDay).replaceAll('-', '');
}
