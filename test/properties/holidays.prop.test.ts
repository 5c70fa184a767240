import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays } from '../../src/calendar/epochDay.js';
import { expandHoliday } from '../../src/holidays/expandHoliday.js';
import { getHolidaysClass } from '../../src/holidays/loadDateHolidays.js';
import { regionCalendar, regionHolidays } from '../../src/holidays/index.js';
import { holidayTypes, holidayYear, rawHoliday, regionCode, regionSpelling } from '../arbitraries/holidays.js';
import { runs } from '../helpers/runs.js';

const Holidays = getHolidaysClass();
// Each run builds a date-holidays instance and a year of holidays: a budget in runs, not in time.
const opts = { numRuns: runs(60) };

/** Naive oracle straight from date-holidays: every (date, name) a list's entries cover in `year`, by whole days. */
function oracle(code: string, year: number, types: readonly string[]): Set<string> {
  const [country = '', state, region] = code.split('-');
  const where: { country: string; state?: string; region?: string } = { country };
  if (state !== undefined) where.state = state;
  if (region !== undefined) where.region = region;
  const hd = new Holidays(where, { languages: 'en' });
  const out = new Set<string>();
  for (const y of [year - 1, year]) {
    for (const h of hd.getHolidays(y, 'en')) {
      if (!types.includes(h.type) || h.date.slice(11, 19) !== '00:00:00') continue;
      // Whole days only: an hour of slack for a daylight-saving change inside the holiday.
      const days = Math.floor((h.end.getTime() - h.start.getTime() + 3_600_000) / 86_400_000);
      for (let k = 0; k < days; k++) {
        const d = addDays(h.date.slice(0, 10), k);
        if (d.startsWith(`${year}-`)) out.add(`${d}|${h.name}`);
      }
    }
  }
  return out;
}

describe('regionHolidays properties (R4.4)', () => {
  test.prop([regionCode, holidayYear, holidayTypes], opts)('R4.4: whole-day holidays equal a day-by-day oracle over date-holidays\' own lists', (code, year, types) => {
    const got = new Set(regionHolidays(code, { types }).holidaysInYear(year).map((h) => `${h.date}|${h.name}`));
    expect(got).toEqual(oracle(code, year, types));
  });

  test.prop([regionCode, holidayYear, holidayTypes], opts)('R4.4: entries are in the year, sorted, of the chosen types; part days only add days', (code, year, types) => {
    const whole = regionHolidays(code, { types }).holidaysInYear(year);
    const withParts = regionHolidays(code, { types, partDays: true }).holidaysInYear(year);
    for (const h of withParts) {
      expect(h.date.startsWith(`${year}-`)).toBe(true);
      expect(types).toContain(h.type);
    }
    const dates = withParts.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    const all = new Set(withParts.map((h) => `${h.date}|${h.name}`));
    for (const h of whole) expect(all.has(`${h.date}|${h.name}`)).toBe(true);
  });

  test.prop([regionCode, holidayYear, holidayTypes, holidayTypes], opts)('R4.4: adding types never removes a day off', (code, year, a, b) => {
    const union = [...new Set([...a, ...b])];
    const more = new Set(regionHolidays(code, { types: union }).holidaysInYear(year).map((h) => h.date));
    for (const h of regionHolidays(code, { types: a }).holidaysInYear(year)) expect(more.has(h.date)).toBe(true);
  });

  test.prop([regionSpelling, holidayYear], opts)('R4.4: lower case and "_" spellings give the same holidays as the canonical code', ({ code, spelled }, year) => {
    expect(regionHolidays(spelled).holidaysInYear(year)).toEqual(regionHolidays(code).holidaysInYear(year));
  });

  test.prop([regionCode, holidayYear], opts)('R4.4: no holiday of a region calendar is a business day', (code, year) => {
    const calendar = regionCalendar(code);
    for (const h of regionHolidays(code).holidaysInYear(year)) expect(calendar.isBusinessDay(h.date)).toBe(false);
  });
});

describe('expandHoliday properties (R4.4)', () => {
  test.prop([rawHoliday])('R4.4: days start at the date field, are consecutive, and whole days are within the nominal span', (raw) => {
    const days = expandHoliday(raw);
    if (days.length === 0) return;
    const first = raw.civil;
    days.forEach((d, i) => {
      expect(d.date >= first).toBe(true);
      if (i > 0) expect(d.date).toBe(addDays(days[i - 1]!.date, 1));
    });
    const nominalEnd = raw.startHour + raw.nominalHours;
    const wholeDays = days.filter((d) => !d.partDay).length;
    expect(wholeDays).toBeLessThanOrEqual(Math.ceil(raw.nominalHours / 24));
    expect(days.length).toBeLessThanOrEqual(Math.ceil(nominalEnd / 24) + 1);
    if (raw.startHour === 0 && raw.nominalHours % 24 === 0) {
      expect(days.map((d) => d.partDay)).toEqual(Array(raw.nominalHours / 24).fill(false));
      expect(days[0]!.date).toBe(first);
    }
  });

  test.prop([rawHoliday, fc.integer({ min: -12, max: 14 })])('R4.4: the result does not depend on the zone of the start and end instants', (raw, shift) => {
    const moved = { ...raw, start: new Date(raw.start.getTime() + shift * 3_600_000), end: new Date(raw.end.getTime() + shift * 3_600_000) };
    expect(expandHoliday(moved)).toEqual(expandHoliday(raw));
  });
});
