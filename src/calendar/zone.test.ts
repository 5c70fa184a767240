import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { toEpochDay } from './epochDay.js';
import { parseInstant } from './instant.js';
import { assertTimeZone, civilDateInZone, epochDayInZone, formatInstantInZone, formatInZone, zoneOfOffset } from './zone.js';

describe('zones', () => {
  it('gives the civil date on the wall calendar of a zone', () => {
    expect(civilDateInZone('2026-12-04T02:00:00Z', 'America/New_York')).toBe('2026-12-03');
    expect(civilDateInZone('2026-12-04T02:00:00Z', 'Asia/Tokyo')).toBe('2026-12-04');
    // 09:30 UTC on 1 January is 23:30 the same day at UTC+14.
    expect(civilDateInZone('2026-12-31T23:30:00-10:00', 'Pacific/Kiritimati')).toBe('2027-01-01');
    expect(civilDateInZone('2026-12-31T10:30:00Z', 'Pacific/Kiritimati')).toBe('2027-01-01');
  });

  it('writes an instant with the offset in force in the zone, across DST', () => {
    expect(formatInstantInZone('2026-03-08T00:00:00Z', 'America/New_York')).toBe('2026-03-07T19:00:00-05:00');
    expect(formatInstantInZone('2026-03-09T00:00:00Z', 'America/New_York')).toBe('2026-03-08T20:00:00-04:00');
    expect(formatInstantInZone('2026-12-02T20:30:00Z', 'Asia/Kolkata')).toBe('2026-12-03T02:00:00+05:30');
    expect(parseInstant(formatInstantInZone('2026-10-25T00:59:59.5Z', 'Europe/Berlin'))).toBe(Date.UTC(2026, 9, 25, 0, 59, 59, 500));
  });

  it('rejects unknown zones with UnknownTimeZoneError', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(/"Mars\/Olympus"/);
    let caught: unknown;
    try { civilDateInZone('2026-12-04T02:00:00Z', 'Not/AZone'); } catch (e) { caught = e; }
    expect(isFollowUpError(caught, 'UNKNOWN_TIME_ZONE')).toBe(true);
  });

  it('R1.2: instants in the years 0001–0099 keep their offset (not read as 1900–1999)', () => {
    const year50 = parseInstant('0050-01-01T00:00:00Z');
    expect(formatInstantInZone(year50, 'UTC')).toBe('0050-01-01T00:00:00+00:00');
    expect(formatInZone(year50, 'UTC')).toBe('0050-01-01T00:00:00+00:00');
    // Local mean time of New York, -4:56:02: the wall clock to the second, the offset to the minute.
    expect(formatInstantInZone(year50, 'America/New_York')).toBe('0049-12-31T19:03:58-04:56');
    expect(epochDayInZone(year50, 'America/New_York')).toBe(toEpochDay('0049-12-31'));
  });

  it('R4.5: a whole-hour offset names its fixed zone (Etc signs inverted); other offsets name none', () => {
    expect(zoneOfOffset('2026-11-24T16:05:00-05:00')).toBe('Etc/GMT+5');
    expect(zoneOfOffset('2026-11-24T16:05:00+09:00')).toBe('Etc/GMT-9');
    expect(zoneOfOffset('2026-11-24T16:05:00+00:00')).toBe('UTC');
    expect(zoneOfOffset('2026-11-24T16:05:00Z')).toBe('UTC');
    expect(zoneOfOffset('2026-11-24T16:05:00+05:30')).toBeUndefined();
    expect(zoneOfOffset('2026-11-24T16:05:00+15:00')).toBeUndefined();
  });
});
