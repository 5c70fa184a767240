import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { DAY_MS, floorToSecond, formatOffset, formatUtc, formatWall, instantMs, pad2, parseInstant } from './instant.js';

describe('instants', () => {
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

  it('R1.2: the fast parser agrees with parseInstant on the common forms, and defers to it otherwise', () => {
    for (const text of ['2026-12-01T15:30:00-05:00', '2026-12-01T20:30:00Z', '2026-12-01T20:30:00.250+01:00', '2026-12-01T20:30Z']) {
      expect(instantMs(text)).toBe(parseInstant(text));
    }
    let caught: unknown;
    try { instantMs('2026-02-30T10:00:00Z'); } catch (e) { caught = e; }
    expect(isFollowUpError(caught, 'INVALID_DATE')).toBe(true);
  });

  it('0000-02-29 is a real (leap) date outside the supported range, not an impossible one', () => {
    let caught: unknown;
    try { parseInstant('0000-02-29T00:00:00Z'); } catch (e) { caught = e; }
    expect(isFollowUpError(caught, 'DATE_OUT_OF_RANGE')).toBe(true);
  });

  it('writes wall-clock times, UTC instants and offsets', () => {
    expect(formatWall(Date.UTC(2026, 11, 1, 9, 5, 7))).toBe('2026-12-01T09:05:07');
    expect(formatWall(Date.UTC(2026, 11, 1, 9, 5, 7, 40))).toBe('2026-12-01T09:05:07.040');
    expect(formatWall(-1)).toBe('1969-12-31T23:59:59.999');
    expect(formatUtc(Date.UTC(2026, 2, 8, 23))).toBe('2026-03-08T23:00:00Z');
    expect(formatOffset(-300)).toBe('-05:00');
    expect(formatOffset(345)).toBe('+05:45');
    expect(formatOffset(0)).toBe('+00:00');
    expect(pad2(7) + pad2(42)).toBe('0742');
  });

  it('rounds down to whole seconds before 1970 too', () => {
    expect(floorToSecond(1500)).toBe(1000);
    expect(floorToSecond(-500)).toBe(-1000);
    expect(floorToSecond(-1000)).toBe(-1000);
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });
});
