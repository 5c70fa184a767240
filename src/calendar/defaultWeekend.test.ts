import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { defaultWeekend } from './defaultWeekend.js';
import { DEFAULT_WEEKEND, WEEKENDS } from './weekends.js';

describe('defaultWeekend (R4.4)', () => {
  it('R4.4: Friday–Saturday in Israel and Saudi Arabia today, Friday only in Iran', () => {
    expect(defaultWeekend('IL')).toEqual([5, 6]);
    expect(defaultWeekend('SA')).toEqual([{ days: [4, 5] }, { since: '2013-06-29', days: [5, 6] }]);
    expect(defaultWeekend('IR')).toEqual([5]);
  });

  it('R4.4: Friday–Saturday in Sudan and Yemen', () => {
    expect(defaultWeekend('SD')).toEqual([5, 6]);
    expect(defaultWeekend('YE')).toEqual([5, 6]);
  });

  it('R4.4: the UAE weekend is a dated list ending in Saturday–Sunday from 2022-01-01', () => {
    expect(defaultWeekend('AE')).toEqual([{ days: [4, 5] }, { since: '2006-09-01', days: [5, 6] }, { since: '2022-01-01', days: [6, 0] }]);
  });

  it('R4.4: a subdivision row wins over the country; other subdivisions inherit the country row', () => {
    expect(defaultWeekend('MY-02')).toEqual([5, 6]);
    expect(defaultWeekend('MY-10')).toEqual([6, 0]);
    expect(defaultWeekend('IL-JM')).toEqual([5, 6]);
  });

  it('R4.4: Saturday–Sunday for regions not in the table; case and "_" do not matter', () => {
    expect(defaultWeekend('US-CA')).toEqual([6, 0]);
    expect(defaultWeekend('US-CA')).toBe(DEFAULT_WEEKEND);
    expect(defaultWeekend('de_by')).toEqual([6, 0]);
    expect(defaultWeekend('il')).toEqual([5, 6]);
  });

  it('R4.4: a malformed code is an InvalidArgumentError', () => {
    let e: unknown;
    try { defaultWeekend('Israel'); } catch (x) { e = x; }
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
  });

  it('R4.4: every table row is frozen, cites a source, and lists valid weekdays in date order', () => {
    expect(Object.isFrozen(WEEKENDS)).toBe(true);
    const regions = WEEKENDS.map((r) => r.region);
    expect(new Set(regions).size).toBe(regions.length);
    for (const row of WEEKENDS) {
      expect(Object.isFrozen(row) && Object.isFrozen(row.weekend)).toBe(true);
      expect(row.source).toMatch(/\(.+\)/);
      const periods = typeof row.weekend[0] === 'number' ? [{ days: row.weekend as number[] }] : (row.weekend as { since?: string; days: number[] }[]);
      for (const p of periods) for (const d of p.days) expect(d >= 0 && d <= 6).toBe(true);
      const since = periods.map((p) => p.since).filter((s) => s !== undefined);
      expect(since).toEqual([...since].sort());
    }
  });
});
