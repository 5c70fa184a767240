import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { assertTimeZone, civilDateInZone, formatInstantInZone, parseInstant } from './zone.js';

describe('instants and zones', () => {
  it('parses ISO 8601 instants with an offset', () => {
    expect(parseInstant('2026-12-01T15:30:00-05:00')).toBe(Date.UTC(2026, 11, 1, 20, 30));
    expect(parseInstant('2026-12-01T20:30Z')).toBe(Date.UTC(2026, 11, 1, 20, 30));
    expect(parseInstant('2026-12-01T20:30:00.250Z')).toBe(Date.UTC(2026, 11, 1, 20, 30, 0, 250));
  });

  it.each(['2026-12-01T15:30:00', '2026-12-01', '2026-02-30T10:00:00Z', '2026-12-01T24:00:00Z', 'yesterday', ''])('rejects %j (no offset, or not a real time)', (bad) => {
    let caught: unknown;
    try { parseInstant(bad); } catch (e) { caught = e; }
    expect(isFollowUpError(caught, 'INVALID_DATE')).toBe(true);
    expect((caught as Error).message).toContain(JSON.stringify(bad));
  });

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
});
