import { describe, expect, it } from 'vitest';
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
});
