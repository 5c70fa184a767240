import { describe, expect, it } from 'vitest';
import { defaultWeekend } from '../calendar/defaultWeekend.js';
import { calendarFromArgs, combineWeekend, parseWeekend } from './calendarFromArgs.js';

describe('calendarFromArgs', () => {
  it('R4.4: --weekend adds days to the weekend of every period of a region whose weekend changed', () => {
    expect(combineWeekend([6, 0], [5])).toEqual([6, 0, 5]);
    expect(combineWeekend([5, 6], [6])).toEqual([5, 6]);
    const ae = combineWeekend(defaultWeekend('AE'), [3]);
    expect(ae).toEqual([{ days: [4, 5, 3] }, { since: '2006-09-01', days: [5, 6, 3] }, { since: '2022-01-01', days: [6, 0, 3] }]);
  });

  it('R4.4: in the United Arab Emirates, an added Wednesday and the 2026 Saturday–Sunday weekend both count', () => {
    // Tuesday 2026-12-08 + 1: Wednesday is added, Thursday is the next business day.
    expect(calendarFromArgs({ region: 'AE', weekend: '3' }).addBusinessDays('2026-12-08', 1)).toBe('2026-12-10');
    expect(calendarFromArgs({ region: 'AE' }).addBusinessDays('2026-12-08', 1)).toBe('2026-12-09');
  });

  it('parses weekday lists and names the bad part', () => {
    expect(parseWeekend('5, 6')).toEqual([5, 6]);
    expect(parseWeekend('')).toEqual([]);
    expect(() => parseWeekend('5,,6')).toThrow(/--weekend day ""/);
    expect(() => parseWeekend('sat')).toThrow(/--weekend day "sat"/);
  });

  it('--holiday with --region is an error that says to use --day-off', () => {
    expect(() => calendarFromArgs({ region: 'US', holiday: ['2026-12-24'] })).toThrow(/use --day-off/);
  });
});
