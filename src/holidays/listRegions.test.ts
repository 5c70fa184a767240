import { describe, expect, it } from 'vitest';
import { listRegions } from './listRegions.js';
import { regionHolidays } from './regionHolidays.js';

describe('listRegions (R4.4)', () => {
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
