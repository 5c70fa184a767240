import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { MAX_EPOCH_DAY, MIN_EPOCH_DAY, addDays, dayOfWeek, fromEpochDay, isCivilDate, toEpochDay } from './epochDay.js';

/** An independent oracle: the platform's own UTC calendar. */
function oracle(day: number): string {
  const d = new Date(day * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear()); // keep years < 100 as they are
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

describe('epoch days', () => {
  it('known values', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toEpochDay('2026-12-04')).toBe(Date.UTC(2026, 11, 4) / 86_400_000);
    expect(fromEpochDay(MIN_EPOCH_DAY)).toBe('0001-01-01');
    expect(fromEpochDay(MAX_EPOCH_DAY)).toBe('9999-12-31');
    expect(dayOfWeek('2026-12-04')).toBe(5);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays(0, -1)).toBe(-1);
  });

  test.prop([fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY })])('fromEpochDay matches the platform calendar and round-trips', (day) => {
    expect(fromEpochDay(day)).toBe(oracle(day));
    expect(toEpochDay(fromEpochDay(day))).toBe(day);
    expect(dayOfWeek(day)).toBe(new Date(day * 86_400_000).getUTCDay());
  });

  test.prop([fc.string({ maxLength: 12 })])('isCivilDate agrees with toEpochDay on any string', (s) => {
    let ok = true;
    try { toEpochDay(s); } catch (e) { ok = false; expect(isFollowUpError(e, 'INVALID_DATE')).toBe(true); }
    expect(isCivilDate(s)).toBe(ok);
  });

  it.each(['2026-02-30', '2026-2-3', '', '2026-02-29', '0000-01-01', '2026-13-01', '2026-00-10', '2026-01-32', '2026/01/01', '+02026-01-01', ' 2026-01-01'])(
    'rejects %j with a typed error naming it',
    (bad) => {
      expect(() => toEpochDay(bad)).toThrow(JSON.stringify(bad));
      expect(isCivilDate(bad)).toBe(false);
    },
  );

  it('accepts 29 February in leap years only', () => {
    expect(isCivilDate('2028-02-29')).toBe(true);
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('2100-02-29')).toBe(false);
  });

  it('fromEpochDay rejects non-integers and out-of-range days', () => {
    expect(() => fromEpochDay(1.5)).toThrow(/1\.5/);
    expect(() => fromEpochDay(MAX_EPOCH_DAY + 1)).toThrow(/outside the supported range/);
    expect(() => addDays('9999-12-31', 1)).toThrow(/supported range/);
    expect(() => addDays('2026-01-01', Number.NaN)).toThrow(/NaN/);
  });
});
