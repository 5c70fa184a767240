import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { expect } from 'vitest';
import { eventsToICS } from '../../src/planner/ics/eventsToICS.js';
import type { IcsEvent } from '../../src/planner/ics/types.js';

const DAY = 86_400_000;
/** Civil dates from 1900 to 2199 (an oracle from Date's UTC calendar, not the library's). */
const civilDate = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2199, 11, 30) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
/** Whole-second instants, written with a random offset. */
const instant = fc
  .tuple(fc.integer({ min: Date.UTC(1971, 0, 1) / 1000, max: Date.UTC(2199, 0, 1) / 1000 }), fc.integer({ min: -12 * 4, max: 14 * 4 }))
  .map(([s, q]) => {
    const offsetMin = q * 15;
    const local = new Date(s * 1000 + offsetMin * 60_000).toISOString().slice(0, 19);
    const sign = offsetMin < 0 ? '-' : '+';
    const abs = Math.abs(offsetMin);
    return { ms: s * 1000, text: `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}` };
  });

const entry = fc.record({
  uid: fc.string({ minLength: 1, maxLength: 20 }),
  title: fc.string({ maxLength: 40 }),
  when: fc.oneof(civilDate.map((date) => ({ date })), instant.map((i) => ({ at: i.text, ms: i.ms }))),
});

test.prop([fc.uniqueArray(entry, { selector: (e) => e.uid, minLength: 1, maxLength: 12 })])(
  'ical.js reads back every entry with its UID and its date or instant',
  (entries) => {
    const events: IcsEvent[] = entries.map((e) => ('date' in e.when ? { uid: e.uid, title: e.title, date: e.when.date } : { uid: e.uid, title: e.title, at: e.when.at }));
    const parsed = new ICAL.Component(ICAL.parse(eventsToICS(events, { now: '2026-12-01T09:00:00Z', domain: 'example.com' })))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(parsed).toHaveLength(entries.length);
    parsed.forEach((p, i) => {
      const e = entries[i]!;
      expect(p.uid.endsWith('@example.com')).toBe(true);
      expect(decodeURIComponent(p.uid.slice(0, -'@example.com'.length))).toBe(e.uid);
      if ('date' in e.when) {
        expect(p.startDate.isDate).toBe(true);
        expect(p.startDate.toString()).toBe(e.when.date);
        expect(p.endDate.toString()).toBe(new Date(Date.parse(`${e.when.date}T00:00:00Z`) + DAY).toISOString().slice(0, 10));
      } else {
        expect(p.startDate.isDate).toBe(false);
        expect(p.startDate.toUnixTime() * 1000).toBe(e.when.ms);
      }
    });
  },
);
