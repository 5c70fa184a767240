import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/runs.js';
import { thrown } from '../../test/helpers/thrown.js';
import { isFollowUpError } from '../errors.js';
import { isCivilDate, MAX_EPOCH_DAY, MIN_EPOCH_DAY, toEpochDay } from './epochDay.js';
import { DAY_MS, parseInstant } from './instant.js';
import type { Instant } from './instant.js';
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

  it('R4.5: a whole-hour offset names its fixed zone (Etc signs inverted)', () => {
    expect(zoneOfOffset('2026-11-24T16:05:00-05:00')).toBe('Etc/GMT+5');
    expect(zoneOfOffset('2026-11-24T16:05:00+09:00')).toBe('Etc/GMT-9');
    expect(zoneOfOffset('2026-11-24T16:05:00+14:00')).toBe('Etc/GMT-14');
    expect(zoneOfOffset('2026-11-24T16:05:00-12:00')).toBe('Etc/GMT+12');
    expect(zoneOfOffset('2026-11-24T16:05:00+00:00')).toBe('UTC');
    expect(zoneOfOffset('2026-11-24T16:05:00Z')).toBe('UTC');
    expect(zoneOfOffset('2026-11-24T16:05:00+15:00')).toBeUndefined();
  });

  it('R4.5: an offset of part of an hour names a zone that has it at that instant, across DST', () => {
    const cases: [Instant, string][] = [
      ['2026-12-04T20:00:00+03:30', 'Asia/Tehran'],
      ['2026-12-04T20:00:00+04:30', 'Asia/Kabul'],
      ['2026-12-04T20:00:00+05:30', 'Asia/Kolkata'],
      ['2026-12-04T20:00:00+05:45', 'Asia/Kathmandu'],
      ['2026-12-04T20:00:00+06:30', 'Asia/Yangon'],
      ['2026-12-04T20:00:00+08:45', 'Australia/Eucla'],
      // Adelaide keeps +09:30 in winter and +10:30 in summer; Darwin +09:30 all year.
      ['2026-07-15T20:00:00+09:30', 'Australia/Darwin'],
      ['2026-01-15T20:00:00+10:30', 'Australia/Adelaide'],
      // Lord Howe Island is +10:30 in winter, when Adelaide is +09:30.
      ['2026-07-15T20:00:00+10:30', 'Australia/Lord_Howe'],
      ['2026-07-15T20:00:00-02:30', 'America/St_Johns'],
      ['2026-01-15T20:00:00-03:30', 'America/St_Johns'],
      ['2026-12-04T20:00:00-09:30', 'Pacific/Marquesas'],
      ['2026-07-15T20:00:00+12:45', 'Pacific/Chatham'],
      ['2026-01-15T20:00:00+13:45', 'Pacific/Chatham'],
    ];
    for (const [instant, zone] of cases) {
      expect(zoneOfOffset(instant), instant).toBe(zone);
      expect(formatInstantInZone(instant, zone), instant).toBe(instant);
    }
    // No zone has these offsets at that instant: St. John's is -03:30 in January, Chatham +13:45.
    expect(zoneOfOffset('2026-01-15T20:00:00-02:30')).toBeUndefined();
    expect(zoneOfOffset('2026-01-15T20:00:00+12:45')).toBeUndefined();
    expect(zoneOfOffset('2026-12-04T20:00:00+05:17')).toBeUndefined();
  });

  const zones = Intl.supportedValuesOf('timeZone');
  test.prop([fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2036, 0, 1) }), fc.constantFrom(...zones)], { numRuns: runs(2000) })(
    'R4.5: an instant written in any zone since 1990 names a zone with the same offset at that instant',
    (ms, zone) => {
      const written = formatInstantInZone(ms, zone);
      const named = zoneOfOffset(written);
      expect(named, written).toBeDefined();
      expect(formatInstantInZone(ms, named!), `${written} in ${named}`).toBe(written);
    },
  );
});

/** The first and the last instant of the supported range, as epoch ms. */
const FIRST_MS = MIN_EPOCH_DAY * DAY_MS;
const LAST_MS = (MAX_EPOCH_DAY + 1) * DAY_MS - 1;

/** Every way to read an instant in a zone: each returns a value or throws. */
const READERS = {
  civilDateInZone: (ms: number, zone: string) => civilDateInZone(ms, zone),
  formatInstantInZone: (ms: number, zone: string) => formatInstantInZone(ms, zone),
  epochDayInZone: (ms: number, zone: string) => epochDayInZone(ms, zone),
  formatInZone: (ms: number, zone: string) => formatInZone(ms, zone),
} as const;

describe('zones at the ends of the range (0001-01-01..9999-12-31)', () => {
  it('R4.4: an instant still on 0000-12-31 in the zone is a DateRangeError, not read as year 1 (1 BC has an era)', () => {
    // New York keeps local mean time, -4:56:02, before 1883: 03:00 UTC is 22:03:58 the day before, in 1 BC.
    for (const read of Object.values(READERS)) {
      const e = thrown(() => read(parseInstant('0001-01-01T03:00:00Z'), 'America/New_York'));
      expect(isFollowUpError(e, 'DATE_OUT_OF_RANGE')).toBe(true);
      expect((e as Error).message).toContain('0000-12-31 in America/New_York');
    }
    const e = thrown(() => civilDateInZone('0001-01-01T03:00:00Z', 'America/New_York'));
    expect((e as Error).message).toBe('Instant "0001-01-01T03:00:00Z" falls on 0000-12-31 in America/New_York, outside the supported range: expected an instant whose date and time there are from 0001-01-01 to 9999-12-31.');
    // Five hours later it is 0001-01-01 there, with the offset of local mean time.
    expect(civilDateInZone('0001-01-01T05:00:00Z', 'America/New_York')).toBe('0001-01-01');
    expect(formatInstantInZone('0001-01-01T05:00:00Z', 'America/New_York')).toBe('0001-01-01T00:03:58-04:56');
    expect(epochDayInZone(parseInstant('0001-01-01T05:00:00Z'), 'America/New_York')).toBe(MIN_EPOCH_DAY);
  });

  it('R1.2: an instant already on 10000-01-01 in the zone is a DateRangeError, never a five-digit year', () => {
    for (const read of Object.values(READERS)) {
      const e = thrown(() => read(parseInstant('9999-12-31T12:00:00Z'), 'Pacific/Kiritimati'));
      expect(isFollowUpError(e, 'DATE_OUT_OF_RANGE')).toBe(true);
      expect((e as Error).message).toContain('10000-01-01 in Pacific/Kiritimati');
    }
    expect(formatInstantInZone('9999-12-31T09:59:59Z', 'Pacific/Kiritimati')).toBe('9999-12-31T23:59:59+14:00');
    expect(formatInZone(LAST_MS, 'UTC')).toBe('9999-12-31T23:59:59.999+00:00');
    expect(civilDateInZone(LAST_MS, 'Pacific/Pago_Pago')).toBe('9999-12-31');
  });

  it('R1.2: a local mean time offset rounded to the minute may not make the text name an instant before 0001-01-01', () => {
    // Tokyo keeps +9:18:59 then, written +09:19: the text of 00:00:00.5Z would name 23:59:59.5Z the day before.
    const e = thrown(() => formatInstantInZone('0001-01-01T00:00:00.500Z', 'Asia/Tokyo'));
    expect(isFollowUpError(e, 'DATE_OUT_OF_RANGE')).toBe(true);
    expect((e as Error).message).toContain('is written 0001-01-01T09:18:59.500+09:19 in Asia/Tokyo');
    expect(formatInstantInZone('0001-01-01T00:00:01Z', 'Asia/Tokyo')).toBe('0001-01-01T09:19:00+09:19');
  });

  it('R4.4: the error names the path it is given', () => {
    const e = thrown(() => formatInZone(parseInstant('9999-12-31T12:00:00Z'), 'Pacific/Kiritimati', 'thank-you deadline'));
    expect((e as Error).message).toMatch(/^Invalid thank-you deadline: "9999-12-31T12:00:00Z" falls on 10000-01-01 in Pacific\/Kiritimati/);
  });

  // Fixed offsets give an oracle; the others (local mean time at year 1, DST rules forever at 9999)
  // must at least agree with each other and write well-formed, in-range values.
  const FIXED: Readonly<Record<string, number>> = { 'UTC': 0, 'Etc/GMT+12': -12, 'Etc/GMT-14': 14 };
  const ZONES = [
    ...Object.keys(FIXED), 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Pacific/Apia',
    'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Tokyo', 'Europe/Berlin',
  ];
  const nearAnEnd = fc.oneof(
    fc.integer({ min: FIRST_MS, max: FIRST_MS + 60_000 }),
    fc.integer({ min: FIRST_MS, max: FIRST_MS + 2 * DAY_MS }),
    fc.integer({ min: LAST_MS - 2 * DAY_MS, max: LAST_MS }),
  );
  const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{3})?([+-])(\d{2}):(\d{2})$/;

  test.prop([nearAnEnd, fc.constantFrom(...ZONES)], { numRuns: runs(300) })(
    'R1.2, R4.4: near either end, every reader returns an in-range, well-formed value or throws DateRangeError, and they agree',
    (ms, zone) => {
      const results = Object.entries(READERS).map(([name, read]) => {
        try {
          return { name, value: read(ms, zone) as string | number };
        } catch (e) {
          expect(isFollowUpError(e, 'DATE_OUT_OF_RANGE'), `${name}(${ms}, ${zone}) threw ${String(e)}`).toBe(true);
          return { name, value: undefined };
        }
      });
      const threw = results.filter((r) => r.value === undefined).map((r) => r.name);
      const [date, written, day, cached] = results.map((r) => r.value) as [string | undefined, string | undefined, number | undefined, string | undefined];
      // The civil readers agree, and so do the writers; a writer throws alone only where a local mean time
      // offset rounded to the minute would name an instant before the range (its first 30 s).
      expect(date === undefined, threw.join()).toBe(day === undefined);
      expect(written === undefined, threw.join()).toBe(cached === undefined);
      if (date === undefined) expect(written, threw.join()).toBeUndefined();
      else if (written === undefined) expect(ms - FIRST_MS).toBeLessThan(30_000);
      const offsetHours = FIXED[zone];
      if (offsetHours !== undefined) {
        const local = ms + offsetHours * 3_600_000;
        expect(threw.length === results.length).toBe(local < FIRST_MS || local > LAST_MS);
        expect(threw.length === 0).toBe(local >= FIRST_MS && local <= LAST_MS);
      }
      if (date === undefined || day === undefined) return;
      expect(isCivilDate(date)).toBe(true);
      expect(toEpochDay(date)).toBe(day);
      if (written === undefined || cached === undefined) return;
      for (const text of [written, cached]) {
        const m = INSTANT.exec(text);
        expect(m, text).not.toBeNull();
        expect(`${m?.[1]}-${m?.[2]}-${m?.[3]}`).toBe(date);
        expect(Number(m?.[5]) * 60 + Number(m?.[6])).toBeLessThanOrEqual(15 * 60);
        // The wall time is exact to the second; a local mean time offset is written to the minute.
        expect(Math.abs(parseInstant(text) - ms)).toBeLessThan(60_000);
      }
      expect(cached).toBe(written);
    },
  );
});
