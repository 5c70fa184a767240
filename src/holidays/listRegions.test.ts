import { describe, expect, it } from 'vitest';
import { failure } from '../../test/helpers/thrown.js';
import { listRegions } from './listRegions.js';
import { regionHolidays } from './regionHolidays.js';
import { EmployerCalendarSchema } from '../model/EmployerCalendar.js';

describe('listRegions (R4.4)', () => {
  it('R4.4: every code it lists is a region the model accepts in an interview\'s employerCalendar, in any case', () => {
    const codes = listRegions().flatMap((r) => [r.code, ...r.subdivisions.map((s) => s.code)]);
    expect(codes).toContain('DE-BY-KATH');
    const refused = codes.filter((code) => !EmployerCalendarSchema.safeParse({ region: code }).success);
    expect(refused).toEqual([]);
    for (const code of ['us-ny', 'DE_BY', 'de-by-kath']) expect(EmployerCalendarSchema.safeParse({ region: code }).success, code).toBe(true);
    for (const code of ['USA', 'U', 'US-', 'US--CA', '12', 'US-CA-X-Y']) expect(EmployerCalendarSchema.safeParse({ region: code }).success, code).toBe(false);
  });


  it('R4.4: lists countries with English names and their subdivisions, sorted by code', () => {
    const regions = listRegions();
    const codes = regions.map((r) => r.code);
    expect(codes).toEqual([...codes].sort());
    const us = regions.find((r) => r.code === 'US');
    expect(us?.name).toBe('United States of America');
    expect(us?.subdivisions.find((s) => s.code === 'US-CA')).toEqual({ code: 'US-CA', name: 'California' });
    expect(regions.find((r) => r.code === 'GB')?.subdivisions.map((s) => s.code)).toContain('GB-SCT');
    expect(regions.find((r) => r.code === 'JP')?.subdivisions).toEqual([]);
  });

  it('R4.4: every listed code is accepted by regionHolidays, and the result is frozen and cached', () => {
    const regions = listRegions();
    expect(Object.isFrozen(regions)).toBe(true);
    expect(listRegions()).toBe(regions);
    for (const r of regions) {
      expect(regionHolidays(r.code).id.startsWith(r.code)).toBe(true);
      for (const s of r.subdivisions) expect(regionHolidays(s.code).id.split(' ')[0]).toBe(s.code);
    }
  });

  it('R4.4: { country } lists that country alone, with its subdivisions, in any case', () => {
    const de = listRegions({ country: 'de' });
    expect(de.map((r) => r.code)).toEqual(['DE']);
    expect(de[0]).toBe(listRegions().find((r) => r.code === 'DE'));
    expect(de[0]?.subdivisions.map((s) => s.code)).toContain('DE-BY');
    expect(Object.isFrozen(de)).toBe(true);
    expect(listRegions({ country: undefined })).toBe(listRegions());
  });

  it('R4.4: a country argument of another shape is a typed error saying what to pass, never every country', () => {
    expect(failure(() => listRegions('DE' as never), 'INVALID_ARGUMENT'))
      .toBe('Invalid options "DE": expected an object { country? } (for one country: listRegions({ country: "DE" })).');
    expect(failure(() => listRegions(5 as never), 'INVALID_ARGUMENT')).toBe('Invalid options 5: expected an object { country? }.');
    expect(failure(() => listRegions({ country: 'DE-BY' }), 'INVALID_ARGUMENT')).toMatch(/^Invalid options\.country "DE-BY": expected an ISO 3166-1 country code such as "DE"/);
    expect(failure(() => listRegions({ country: 49 } as never), 'INVALID_ARGUMENT')).toMatch(/^Invalid options\.country 49:/);
    expect(failure(() => listRegions({ contry: 'DE' } as never), 'INVALID_ARGUMENT')).toBe('Invalid options key "contry": expected one of country (did you mean "country"?).');
    expect(failure(() => listRegions({ country: 'ZZ' }), 'UNKNOWN_REGION')).toMatch(/^Unknown region "ZZ"/);
  });
});

