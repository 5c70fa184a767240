import { describe, expect, it, vi } from 'vitest';
import { isFollowUpError, type UnknownRegionError } from '../errors.js';
import { instanceOf } from './catalog.js';
import { getHolidaysClass } from './loadDateHolidays.js';
import { regionHolidays } from './regionHolidays.js';
import { thrown } from '../../test/helpers/thrown.js';

const dates = (code: string, year: number, options?: Parameters<typeof regionHolidays>[1]) =>
  regionHolidays(code, options).holidaysInYear(year).map((h) => h.date);

describe('regionHolidays', () => {
  it('R4.4: returns one { date, name, type } per day off, as the TSDoc example says', () => {
    expect(regionHolidays('US').holidaysInYear(2026).find((h) => h.date === '2026-11-26'))
      .toEqual({ date: '2026-11-26', name: 'Thanksgiving Day', type: 'public' });
  });

  it('R4.4 trap: dates come from the date field, whose instants fall on the previous UTC day in Europe', () => {
    const Holidays = getHolidaysClass();
    const raw = new Holidays({ country: 'DE' }, { languages: 'en' }).getHolidays(2026).find((h) => h.name === "New Year's Day");
    expect(raw?.start.toISOString().slice(0, 10)).toBe('2025-12-31'); // the trap exists
    expect(dates('DE', 2026)[0]).toBe('2026-01-01');
  });

  it('R4.4 trap: isHoliday(Date) misses a holiday given as a UTC-midnight date; the source does not', () => {
    const Holidays = getHolidaysClass();
    const us = new Holidays({ country: 'US' }, { languages: 'en' });
    // 2026-11-26T00:00Z is still 25 November in New York, so date-holidays answers "no holiday".
    expect(us.isHoliday(new Date('2026-11-26'))).toBe(false);
    expect(dates('US', 2026)).toContain('2026-11-26');
  });

  it('R4.4 trap: a multi-day holiday counts on every day (Eid al-Fitr, three days, in the UAE)', () => {
    const eid = regionHolidays('AE').holidaysInYear(2026).filter((h) => /Eid al-Fitr/.test(h.name ?? ''));
    expect(eid.map((h) => h.date)).toEqual(['2026-03-20', '2026-03-21', '2026-03-22']);
  });

  it('R4.4 trap: spill-over from the previous year: Eswatini\'s Incwala (28 Dec, six days) covers 1–2 January', () => {
    const january = regionHolidays('SZ').holidaysInYear(2026).filter((h) => h.name === 'Incwala Festival' && h.date < '2026-02-01');
    expect(january.map((h) => h.date)).toEqual(['2026-01-01', '2026-01-02']);
    expect(dates('SZ', 2025)).toContain('2025-12-31');
  });

  it('R4.4 trap: part days (24 and 31 December from 14:00 in Germany) are off only with partDays', () => {
    const bank = dates('DE-BY', 2026, { types: ['public', 'bank'] });
    expect(bank).not.toContain('2026-12-24');
    expect(bank).not.toContain('2026-12-31');
    const withPartDays = dates('DE-BY', 2026, { types: ['public', 'bank'], partDays: true });
    expect(withPartDays).toContain('2026-12-24');
    expect(withPartDays).toContain('2026-12-31');
  });

  it('R4.4: types default to public; bank, optional, school and observance can be added', () => {
    expect(dates('US', 2026)).not.toContain('2026-12-24'); // Christmas Eve is "optional" in the data
    expect(dates('US', 2026, { types: ['public', 'optional'] })).toContain('2026-12-24');
    expect(dates('US', 2026, { types: ['observance'] })).toContain('2026-02-14');
    expect(dates('IL', 2025)).not.toContain('2025-12-15'); // Hanukkah is a school holiday
    expect(dates('IL', 2025, { types: ['school'] })).toContain('2025-12-15');
  });

  it('R4.4 trap: date-holidays accepts an unknown subdivision silently; we throw UnknownRegionError with suggestions', () => {
    const Holidays = getHolidaysClass();
    const silent = new Holidays({ country: 'US', state: 'ZZ' }, { languages: 'en' }).getHolidays(2026);
    expect(silent.length).toBeGreaterThan(0); // the national list, no error
    const e = thrown(() => regionHolidays('GB-SCO')) as UnknownRegionError;
    expect(isFollowUpError(e, 'UNKNOWN_REGION')).toBe(true);
    expect(e.suggestions).toEqual(['GB-SCT']);
    expect(e.message).toContain('"GB-SCO"');
    expect(e.message).toContain('"GB-SCT"');
  });

  it('R4.4: an unknown country suggests close codes, and the common alias UK suggests GB', () => {
    expect((thrown(() => regionHolidays('UK')) as UnknownRegionError).suggestions).toEqual(['GB']);
    expect((thrown(() => regionHolidays('QQ')) as UnknownRegionError).code).toBe('UNKNOWN_REGION');
    expect((thrown(() => regionHolidays('DE-BAY')) as UnknownRegionError).suggestions[0]).toBe('DE-BY');
    expect((thrown(() => regionHolidays('US-California')) as UnknownRegionError).suggestions).toEqual(['US-CA']);
    expect((thrown(() => regionHolidays('DE-BY-XYZ')) as UnknownRegionError).suggestions).toContain('DE-BY');
  });

  it('R4.4: codes are case-insensitive and accept "_"; the id uses the canonical code', () => {
    expect(regionHolidays('us_ca').id).toBe('US-CA public');
    expect(regionHolidays('Gb-sct', { types: ['bank', 'public'], partDays: true }).id).toBe('GB-SCT public+bank with part days');
    expect(dates('de-by', 2026)).toEqual(dates('DE-BY', 2026));
    expect(regionHolidays('DE-BY-A').id).toBe('DE-BY-A public');
  });

  it('R4.4: a malformed code or option is an InvalidArgumentError naming the value', () => {
    for (const bad of ['', 'U', 'USA', 'US CA', 'US-', 42, null]) {
      const e = thrown(() => regionHolidays(bad as string));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    }
    expect((thrown(() => regionHolidays('US', { types: ['holiday' as 'public'] })) as Error).message).toContain('"holiday"');
    expect(isFollowUpError(thrown(() => regionHolidays('US', { types: [] })), 'INVALID_ARGUMENT')).toBe(true);
    expect(isFollowUpError(thrown(() => regionHolidays('US', { partDays: 'yes' as unknown as boolean })), 'INVALID_ARGUMENT')).toBe(true);
    expect(isFollowUpError(thrown(() => regionHolidays('US', { typo: 1 } as never)), 'INVALID_ARGUMENT')).toBe(true);
    expect(isFollowUpError(thrown(() => regionHolidays('US').holidaysInYear(2026.5)), 'INVALID_ARGUMENT')).toBe(true);
  });

  it('R4.4: entries are sorted, inside the year, frozen, and cached per (region, types, partDays, year)', () => {
    const a = regionHolidays('FR').holidaysInYear(2026);
    expect(Object.isFrozen(a) && a.every((h) => Object.isFrozen(h))).toBe(true);
    expect(a.every((h) => h.date.startsWith('2026-'))).toBe(true);
    expect([...a].map((h) => h.date)).toEqual([...a].map((h) => h.date).sort());
    expect(regionHolidays('fr').holidaysInYear(2026)).toBe(a);
    expect(regionHolidays('FR', { types: ['public', 'bank'] }).holidaysInYear(2026)).not.toBe(a);
  });

  it('R4.4: building a new year reuses the lists already read (one date-holidays call per new year)', () => {
    // Years no other test reads for NZ (the property tests' years end in 2060), so the counts hold in a worker
    // that other test files share.
    const hd = instanceOf('NZ');
    const spy = vi.spyOn(hd, 'getHolidays');
    regionHolidays('NZ').holidaysInYear(2091); // reads the lists of 2090 and 2091
    expect(spy.mock.calls.map((c) => c[0])).toEqual([2090, 2091]);
    regionHolidays('NZ').holidaysInYear(2092); // only 2092 is new
    regionHolidays('NZ', { types: ['public', 'observance'], partDays: true }).holidaysInYear(2092); // no new list
    expect(spy.mock.calls.map((c) => c[0])).toEqual([2090, 2091, 2092]);
    expect(instanceOf('NZ')).toBe(hd); // one date-holidays instance per region
    spy.mockRestore();
  });
});

describe('regionHolidays: type priority', () => {
  it('R4.4: a holiday listed under two types keeps the higher-priority type (New York Election Day is public)', () => {
    expect(regionHolidays('US-NY').holidaysInYear(2052).find((h) => h.date === '2052-11-05'))
      .toEqual({ date: '2052-11-05', name: 'Election Day', type: 'public' });
  });
});
