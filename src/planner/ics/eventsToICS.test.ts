import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../../errors.js';
import { escapeIcsText } from './escapeIcsText.js';
import { foldIcsLine } from './foldIcsLine.js';
import { eventsToICS } from './eventsToICS.js';
import { icsUid } from './icsUid.js';
import type { IcsEvent } from './types.js';

const NOW = '2026-12-01T09:00:00Z';

function parse(text: string): ICAL.Event[] {
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
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
    expect(parsed[1]?.description).toBe('Local time: 2026-12-02 15:30 (America/New_York)');
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
      [[], { domain: 'not a domain' }, 'INVALID_ARGUMENT'],
      [[], { now: 'yesterday' }, 'INVALID_DATE'],
      [[], { now: undefined }, 'INVALID_DATE'],
      [[], { alarmMinutesBefore: 1.5 }, 'INVALID_ARGUMENT'],
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
});

describe('foldIcsLine', () => {
  it('folds at 75 octets and never splits a multi-byte character', () => {
    expect(foldIcsLine(`SUMMARY:${'x'.repeat(80)}`).split('\r\n').map((l) => l.length)).toEqual([75, 14]);
    const folded = foldIcsLine(`SUMMARY:${'é'.repeat(40)}`); // 8 + 80 octets
    const parts = folded.split('\r\n');
    expect(parts.map((p) => Buffer.byteLength(p))).toEqual([74, 15]);
    expect(parts[0]?.endsWith('é')).toBe(true);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = `X:${'a'.repeat(73)}`;
    expect(foldIcsLine(line)).toBe(line);
  });
});
