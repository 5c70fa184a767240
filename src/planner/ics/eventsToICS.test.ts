import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../../errors.js';
import { escapeIcsText } from './escapeIcsText.js';
import { foldIcsLine } from './foldIcsLine.js';
import { eventsToICS } from './eventsToICS.js';
import { icsUid } from './icsUid.js';
import type { IcsEvent } from './types.js';
import { failure } from '../../../test/helpers/thrown.js';

const NOW = '2026-12-01T09:00:00Z';

function parse(text: string): ICAL.Event[] {
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** One valid entry, for the tests of options. */
const ONE: IcsEvent = { uid: 'one', title: 'One', date: '2026-12-08' };

/** The unfolded content lines of a calendar. */
function lines(text: string): string[] {
  return text.replaceAll('\r\n ', '').split('\r\n');
}

const events: IcsEvent[] = [
  { uid: 'acme/round-1/follow-up', title: 'Follow up with Acme, Inc.; Data Engineer', description: 'Earliest day (R4.2).\nBe brief.', date: '2026-12-08' },
  { uid: 'acme/round-1/thank-you/i-2', title: 'Thank-you note to Lee', at: '2026-12-02T15:30:00-05:00', timeZone: 'America/New_York' },
  { uid: 'acme/round-1/leap', title: 'Leap day', date: '2028-02-29' },
  { uid: 'acme/year-end', title: 'Year end', date: '2026-12-31' },
];

describe('eventsToICS', () => {
  it('writes a calendar that ical.js reads back with the same UIDs, summaries and dates', () => {
    const text = eventsToICS(events, { now: NOW, domain: 'example.com' });
    const parsed = parse(text);
    expect(parsed.map((e) => e.uid)).toEqual([
      'acme/round-1/follow-up@example.com',
      'acme/round-1/thank-you/i-2@example.com',
      'acme/round-1/leap@example.com',
      'acme/year-end@example.com',
    ]);
    expect(parsed.map((e) => e.summary)).toEqual(events.map((e) => e.title));
    expect(parsed[0]?.description).toBe('Earliest day (R4.2).\nBe brief.');
    // All-day events: DATE values, DTEND the next day (across month and year ends).
    expect(parsed.map((e) => e.startDate.isDate)).toEqual([true, false, true, true]);
    expect(parsed[0]?.startDate.toString()).toBe('2026-12-08');
    expect(parsed[0]?.endDate.toString()).toBe('2026-12-09');
    expect(parsed[2]?.endDate.toString()).toBe('2028-03-01');
    expect(parsed[3]?.endDate.toString()).toBe('2027-01-01');
    // Timed event: the same instant, in UTC, 15 minutes long by default.
    expect(parsed[1]?.startDate.toUnixTime()).toBe(Date.parse('2026-12-02T20:30:00Z') / 1000);
    expect(parsed[1]?.startDate.zone.tzid).toBe('UTC');
    expect(parsed[1]?.endDate.toUnixTime()).toBe(Date.parse('2026-12-02T20:45:00Z') / 1000);
    expect(parsed[1]?.description).toBe('Local time: 2026-12-02 15:30 -05:00 (America/New_York)');
  });

  it('writes VERSION, PRODID, DTSTAMP from now, and CRLF line ends only', () => {
    const text = eventsToICS(events, { now: '2026-12-01T10:00:00+01:00' });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//interview-followup//toICS//EN\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const stamps = parse(text).map((e) => e.component.getFirstPropertyValue('dtstamp')?.toString());
    expect(stamps).toEqual(Array(4).fill('2026-12-01T09:00:00Z'));
  });

  it('is deterministic: the same events and now give the same bytes', () => {
    expect(eventsToICS(events, { now: NOW })).toBe(eventsToICS(events.map((e) => ({ ...e })), { now: NOW }));
  });

  it('adds a VALARM: 60 minutes before timed events, 09:00 on the day for all-day events, overridable', () => {
    const text = eventsToICS([...events.slice(0, 2), { uid: 'x', title: 'x', date: '2026-12-09', alarmMinutesBefore: null }, { uid: 'y', title: 'y', at: NOW, alarmMinutesBefore: 1440 }], { now: NOW });
    const triggers = parse(text).map((e) => e.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') ?? null);
    expect(triggers.map((t) => (t instanceof ICAL.Duration ? t.toSeconds() : t))).toEqual([9 * 3600, -3600, null, -86400]);
    const action = parse(text)[0]?.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action');
    expect(action).toBe('DISPLAY');
  });

  it('writes no DTEND for a zero-length timed event', () => {
    const text = eventsToICS([{ uid: 'z', title: 'z', at: NOW, durationMinutes: 0 }], { now: NOW });
    expect(text).not.toContain('DTEND');
    expect(text).toContain('DTSTART:20261201T090000Z\r\n');
  });

  it('throws typed errors for bad input, naming the value', () => {
    const bad: [IcsEvent[], object, string][] = [
      [[{ uid: '', title: 't', date: '2026-12-01' }], {}, 'INVALID_ARGUMENT'],
      [[{ uid: 'a', title: 't' }], {}, 'INVALID_ARGUMENT'],
      [[{ uid: 'a', title: 't', date: '2026-12-01', at: NOW }], {}, 'INVALID_ARGUMENT'],
      [[{ uid: 'a', title: 't', date: '2026-12-01' }, { uid: 'a', title: 'u', date: '2026-12-02' }], {}, 'INVALID_ARGUMENT'],
      [[{ uid: 'a', title: 't', date: '2026-02-30' }], {}, 'INVALID_DATE'],
      [[{ uid: 'a', title: 't', at: '2026-12-01T09:00:00' }], {}, 'INVALID_DATE'],
      [[{ uid: 'a', title: 't', at: NOW, timeZone: 'Mars/Olympus' }], {}, 'UNKNOWN_TIME_ZONE'],
      [[{ uid: 'a', title: 't', at: NOW, durationMinutes: -5 }], {}, 'INVALID_ARGUMENT'],
      [[ONE], { domain: 'not a domain' }, 'INVALID_ARGUMENT'],
      [[ONE], { now: 'yesterday' }, 'INVALID_DATE'],
      [[ONE], { now: undefined }, 'INVALID_DATE'],
      [[ONE], { alarmMinutesBefore: 1.5 }, 'INVALID_ARGUMENT'],
    ];
    for (const [input, extra, code] of bad) {
      let caught: unknown;
      try {
        eventsToICS(input, { now: NOW, ...extra } as never);
      } catch (e) {
        caught = e;
      }
      expect(isFollowUpError(caught, code as 'INVALID_ARGUMENT'), `${JSON.stringify(input)} ${JSON.stringify(extra)}`).toBe(true);
    }
    expect(() => eventsToICS([{ uid: 'a', title: 't', date: '2026-02-30' }], { now: NOW })).toThrow(/"2026-02-30"/);
  });
});

describe('eventsToICS: minutes and the ends of the range', () => {
  const at = '2026-12-02T16:00:00Z';

  it('refuses minutes that are not whole numbers within 100 years, naming the field, instead of writing malformed lines', () => {
    const cases: [IcsEvent, object, string][] = [
      [{ uid: 'e', title: 't', at, durationMinutes: 1e21 }, {}, 'Invalid events.0.durationMinutes 1e+21: expected a whole number of minutes from 0 to 52560000 (100 years).'],
      [{ uid: 'e', title: 't', at, durationMinutes: 2 ** 53 - 1 }, {}, 'Invalid events.0.durationMinutes 9007199254740991: expected a whole number of minutes from 0 to 52560000 (100 years).'],
      [{ uid: 'e', title: 't', at, alarmMinutesBefore: 1e21 }, {}, 'Invalid events.0.alarmMinutesBefore 1e+21: expected a whole number of minutes from -52560000 to 52560000 (100 years), or null for none.'],
      [{ uid: 'e', title: 't', at }, { durationMinutes: 52_560_001 }, 'Invalid options.durationMinutes 52560001: expected a whole number of minutes from 0 to 52560000 (100 years).'],
      [{ uid: 'e', title: 't', at }, { alarmMinutesBefore: -1e21 }, 'Invalid options.alarmMinutesBefore -1e+21: expected a whole number of minutes from -52560000 to 52560000 (100 years), or null for none.'],
      [{ uid: 'e', title: 't', date: '2026-12-08' }, { allDayAlarmMinutesBefore: 1e21 }, 'Invalid options.allDayAlarmMinutesBefore 1e+21: expected a whole number of minutes from -52560000 to 52560000 (100 years), or null for none.'],
    ];
    for (const [event, extra, message] of cases) expect(failure(() => eventsToICS([event], { now: NOW, ...extra }), 'INVALID_ARGUMENT')).toBe(message);
    // The largest values are written as plain numbers.
    const text = eventsToICS([{ uid: 'e', title: 't', at, durationMinutes: 52_560_000, alarmMinutesBefore: -52_560_000 }], { now: NOW });
    expect(lines(text)).toContain('DTEND:21261108T160000Z');
    expect(lines(text)).toContain('TRIGGER:PT52560000M');
  });

  it('an entry that would end after 9999-12-31T23:59:59Z is a DateRangeError naming its instant and duration', () => {
    const late = '9999-12-31T23:50:00Z';
    expect(failure(() => eventsToICS([{ uid: 'e', title: 'late', at: late }], { now: NOW }), 'DATE_OUT_OF_RANGE'))
      .toBe('Invalid events.0.at "9999-12-31T23:50:00Z" with the default duration of 15 minutes: the entry would end after 9999-12-31T23:59:59Z, the last instant a calendar file can hold; expected an earlier instant or a shorter duration.');
    expect(failure(() => eventsToICS([{ uid: 'e', title: 'late', at: late, durationMinutes: 10 }], { now: NOW }), 'DATE_OUT_OF_RANGE'))
      .toMatch(/^Invalid events\.0\.at "9999-12-31T23:50:00Z" with events\.0\.durationMinutes 10: the entry would end after 9999-12-31T23:59:59Z/);
    expect(failure(() => eventsToICS([ONE, { uid: 'e', title: 'late', at: late }], { now: NOW, durationMinutes: 60 }), 'DATE_OUT_OF_RANGE'))
      .toMatch(/^Invalid events\.1\.at "9999-12-31T23:50:00Z" with options\.durationMinutes 60: /);
    // Up to the last second is fine, and so is a point in time.
    expect(lines(eventsToICS([{ uid: 'e', title: 'late', at: '9999-12-31T23:44:59Z' }], { now: NOW }))).toContain('DTEND:99991231T235959Z');
    expect(lines(eventsToICS([{ uid: 'e', title: 'late', at: '9999-12-31T23:59:59Z', durationMinutes: 0 }], { now: NOW }))).toContain('DTSTART:99991231T235959Z');
  });

  it('an all-day entry on 9999-12-31 is a DateRangeError naming its date (its exclusive end would be 10000-01-01)', () => {
    expect(failure(() => eventsToICS([ONE, { uid: 'e', title: 'last', date: '9999-12-31' }], { now: NOW }), 'DATE_OUT_OF_RANGE'))
      .toBe('Invalid events.1.date "9999-12-31": an all-day entry ends at the start of the next day, and 10000-01-01 is past the last date a calendar file can hold; expected a date up to 9999-12-30.');
    expect(lines(eventsToICS([{ uid: 'e', title: 'last', date: '9999-12-30' }], { now: NOW }))).toContain('DTEND;VALUE=DATE:99991231');
  });

  it('the local time in a zone where the date has already left the range names the entry', () => {
    expect(failure(() => eventsToICS([{ uid: 'e', title: 'late', at: '9999-12-31T12:00:00Z', durationMinutes: 0, timeZone: 'Pacific/Kiritimati' }], { now: NOW }), 'DATE_OUT_OF_RANGE'))
      .toMatch(/^Invalid events\.0\.at: "9999-12-31T12:00:00Z" falls on 10000-01-01 in Pacific\/Kiritimati/);
  });
});

describe('eventsToICS: an entry that ends at its instant (a deadline)', () => {
  const deadline = '2026-12-02T16:00:00Z';

  it("with anchor 'end' the block comes before the instant, and the reminder counts back from the instant", () => {
    const text = eventsToICS([
      { uid: 'd', title: 'Deadline', at: deadline, anchor: 'end' },
      { uid: 'p', title: 'Point', at: deadline, anchor: 'end', durationMinutes: 0 },
      { uid: 's', title: 'Short reminder', at: deadline, anchor: 'end', alarmMinutesBefore: 5 },
      { uid: 'n', title: 'No reminder', at: deadline, anchor: 'end', alarmMinutesBefore: null },
    ], { now: NOW });
    const parsed = parse(text);
    const deadlineS = Date.parse(deadline) / 1000;
    expect(parsed.map((e) => e.startDate.toUnixTime() - deadlineS)).toEqual([-900, 0, -900, -900]);
    expect(parsed.map((e) => (e.component.hasProperty('dtend') ? e.endDate.toUnixTime() - deadlineS : null))).toEqual([0, null, 0, 0]);
    // A reminder relative to the start, as every client reads it: 60 and 5 minutes before the deadline.
    const triggers = parsed.map((e) => e.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') ?? null);
    expect(triggers.map((t) => (t instanceof ICAL.Duration ? t.toSeconds() : t))).toEqual([-2700, -3600, 600, null]);
    expect(lines(text).filter((l) => l.startsWith('TRIGGER'))).toEqual(['TRIGGER:-PT45M', 'TRIGGER:-PT60M', 'TRIGGER:PT10M']);
  });

  it("refuses an anchor other than 'start' and 'end', and a block that would start before 0001-01-01", () => {
    expect(failure(() => eventsToICS([{ uid: 'd', title: 'D', at: deadline, anchor: 'middle' as never }], { now: NOW }), 'INVALID_ARGUMENT'))
      .toBe('Invalid events.0.anchor "middle": expected "start" (the entry starts at `at`) or "end" (it ends at `at`, a deadline).');
    expect(failure(() => eventsToICS([{ uid: 'd', title: 'D', at: '0001-01-01T00:10:00Z', anchor: 'end' }], { now: NOW }), 'DATE_OUT_OF_RANGE'))
      .toBe('Invalid events.0.at "0001-01-01T00:10:00Z" with the default duration of 15 minutes: the entry would start before 0001-01-01T00:00:00Z, the first supported instant; expected a later instant or a shorter duration.');
  });
});

describe('eventsToICS: the list, the local time and the names in errors', () => {
  it('refuses an empty list: a calendar file must hold at least one entry (RFC 5545 §3.6)', () => {
    expect(failure(() => eventsToICS([], { now: NOW }), 'INVALID_ARGUMENT'))
      .toBe('Invalid events []: expected at least one entry: the list is empty, so there is nothing to export (a calendar file must hold at least one entry).');
  });

  it('writes the UTC offset with the local time, which tells the two 01:30s apart when clocks go back', () => {
    const zone = 'America/New_York';
    const parsed = parse(eventsToICS([
      { uid: 'a', title: 'First 01:30', at: '2026-11-01T05:30:00Z', timeZone: zone },
      { uid: 'b', title: 'Second 01:30', at: '2026-11-01T06:30:00Z', timeZone: zone, description: 'Notes' },
    ], { now: NOW }));
    expect(parsed.map((e) => e.description)).toEqual([
      'Local time: 2026-11-01 01:30 -04:00 (America/New_York)',
      'Notes\n\nLocal time: 2026-11-01 01:30 -05:00 (America/New_York)',
    ]);
  });

  it('names the option or the field of the entry in its errors', () => {
    expect(failure(() => eventsToICS([ONE], { now: NOW, domain: 'a b' }), 'INVALID_ARGUMENT')).toMatch(/^Invalid options\.domain "a b": expected a host name/);
    expect(failure(() => eventsToICS([ONE, { uid: '', title: 't', date: '2026-12-01' }], { now: NOW }), 'INVALID_ARGUMENT'))
      .toBe('Invalid events.1.uid "": expected a non-empty text.');
  });

  it('refuses text that is not well-formed UTF-16 (a lone surrogate), which would collide with other text once encoded', () => {
    const lone = 'a\uD800';
    const cases: [IcsEvent, object, string][] = [
      [{ ...ONE, uid: lone }, {}, 'events.0.uid'],
      [{ ...ONE, title: lone }, {}, 'events.0.title'],
      [{ ...ONE, description: `\uDC00${lone}` }, {}, 'events.0.description'],
      [{ ...ONE, categories: ['R4', lone] }, {}, 'events.0.categories.1'],
      [ONE, { calendarName: lone }, 'options.calendarName'],
      [ONE, { prodId: lone }, 'options.prodId'],
    ];
    for (const [event, extra, path] of cases) {
      expect(failure(() => eventsToICS([event], { now: NOW, ...extra }), 'INVALID_ARGUMENT')).toMatch(
        new RegExp(`^Invalid ${path.replaceAll('.', '\\.')} .*: expected a text of whole characters: a lone surrogate \\(U\\+D800 to U\\+DFFF without its pair\\)`),
      );
    }
    // Without the check both uids became "a%EF%BF%BD": one entry would replace the other on import.
    expect(() => eventsToICS([{ ...ONE, uid: 'a\uD800' }, { ...ONE, uid: 'a\uDBFF' }], { now: NOW })).toThrow(/events\.0\.uid/);
    expect(failure(() => escapeIcsText(lone), 'INVALID_ARGUMENT')).toMatch(/^Invalid text "a\\ud800": expected a text of whole characters/);
    expect(failure(() => icsUid(lone), 'INVALID_ARGUMENT')).toMatch(/^Invalid id "a\\ud800": expected a text of whole characters/);
  });
});

describe('icsUid', () => {
  it('is stable and keeps distinct ids distinct', () => {
    expect(icsUid('acme 1/follow-up', 'example.com')).toBe('acme%201/follow-up@example.com');
    expect(icsUid('a%20b', 'example.com')).toBe('a%2520b@example.com');
    expect(icsUid('é')).toBe('%C3%A9@interview-followup.invalid');
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeIcsText('tab\tkept\u0007bell')).toBe('tab\tkeptbell');
  });

  it('writes the Unicode line and paragraph separators and NEL as line breaks, and drops the other C1 controls', () => {
    expect(escapeIcsText('a\u2028b\u2029c\u0085d')).toBe('a\\nb\\nc\\nd');
    expect(escapeIcsText('x\u0080\u0084\u0086\u009fy\u00a0z')).toBe('xy\u00a0z');
    // node-ical drops a line holding a raw U+2028; written as \n, both parsers read the line break.
    const text = eventsToICS([{ uid: 'e', title: 'one\u2028two\u0085three\u0090', date: '2026-12-08' }], { now: NOW });
    expect(parse(text)[0]?.summary).toBe('one\ntwo\nthree');
  });
});

describe('foldIcsLine', () => {
  it('folds at 75 octets and never splits a multi-byte character', () => {
    expect(foldIcsLine(`SUMMARY:${'x'.repeat(80)}`).split('\r\n').map((l) => l.length)).toEqual([75, 14]);
    const folded = foldIcsLine(`SUMMARY:${'é'.repeat(40)}`); // 8 + 80 octets
    const parts = folded.split('\r\n');
    expect(parts.map((p) => Buffer.byteLength(p))).toEqual([74, 15]);
    expect(parts[0]?.endsWith('é')).toBe(true);
  });

  it('refuses a line holding CR or LF, which would end the content line and start another property', () => {
    for (const line of ['SUMMARY:a\r\nb', 'SUMMARY:a\nDTSTART:20261201', 'SUMMARY:a\r']) {
      expect(failure(() => foldIcsLine(line), 'INVALID_ARGUMENT')).toMatch(/^Invalid line ".*": expected one content line without CR or LF/);
    }
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = `X:${'a'.repeat(73)}`;
    expect(foldIcsLine(line)).toBe(line);
  });
});
