import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toEpochDay } from '../../src/calendar/epochDay.js';
import { formatWall, instantMs, parseInstant } from '../../src/calendar/instant.js';
import { civilDateInZone, epochDayInZone, formatInstantInZone, formatInZone } from '../../src/calendar/zone.js';
import { instantMsArb, isoWithOffset, offsetArb, zoneArb } from '../arbitraries/model.js';

/** Strings that look like instants, valid or not, to compare the fast parser with parseInstant. */
const instantTextArb = fc.oneof(
  fc.tuple(instantMsArb, offsetArb).map(([ms, off]) => isoWithOffset(ms, off)),
  fc.tuple(instantMsArb, offsetArb).map(([ms, off]) => isoWithOffset(ms, off).replace(/\+00:00$/, 'Z')),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('Z', '+05:30', '-24:00', '+00:60', 'z', '')).map(
    ([y, mo, d, h, mi, s, z]) => `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}${z}`,
  ),
);

function outcome(f: () => number): number | string {
  try {
    return f();
  } catch (e) {
    return (e as { code?: string }).code ?? 'thrown';
  }
}

describe('R1.2/R4.4 zone arithmetic fast paths agree with the calendar module', () => {
  test.prop([instantTextArb])('instantMs equals parseInstant, errors included', (text) => {
    expect(outcome(() => instantMs(text))).toEqual(outcome(() => parseInstant(text)));
  });

  test.prop([instantMsArb, zoneArb])('formatInZone equals formatInstantInZone', (ms, zone) => {
    expect(formatInZone(ms, zone)).toBe(formatInstantInZone(ms, zone));
  });

  test.prop([instantMsArb, zoneArb])('epochDayInZone equals civilDateInZone', (ms, zone) => {
    expect(epochDayInZone(ms, zone)).toBe(toEpochDay(civilDateInZone(ms, zone)));
  });

  test.prop([instantMsArb])('formatWall equals toISOString without the zone', (ms) => {
    expect(`${formatWall(ms)}Z`).toBe(new Date(ms).toISOString().replace('.000Z', 'Z'));
  });

  test.prop([fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/St_Johns'), fc.integer({ min: -180, max: 180 })])(
    'every minute around a DST change formats like formatInstantInZone',
    (zone, minute) => {
      const changes: Record<string, number> = {
        'America/New_York': Date.UTC(2026, 2, 8, 7), 'Europe/Berlin': Date.UTC(2026, 9, 25, 1),
        'Australia/Lord_Howe': Date.UTC(2026, 3, 4, 15), 'America/St_Johns': Date.UTC(2026, 10, 1, 5, 30),
      };
      const ms = (changes[zone] ?? 0) + minute * 60_000;
      expect(formatInZone(ms, zone)).toBe(formatInstantInZone(ms, zone));
      expect(epochDayInZone(ms, zone)).toBe(toEpochDay(civilDateInZone(ms, zone)));
    },
  );
});
