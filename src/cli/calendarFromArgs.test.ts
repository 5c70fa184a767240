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
    expect(() => parseWeekend('5,,6')).toThrow(/--weekend day ""/);
    expect(() => parseWeekend('sat')).toThrow(/--weekend day "sat"/);
    // Digits only, as <n> takes them: Number() would read these as 1.
    for (const part of ['1.0', '0x1', '1e0', '+1']) expect(() => parseWeekend(part), part).toThrow(`Invalid --weekend day "${part}"`);
  });

  it('refuses an empty --weekend, as it refuses the empty day of "5,,6", instead of reading it as no weekend', () => {
    for (const text of ['', ' ']) {
      expect(() => parseWeekend(text), JSON.stringify(text)).toThrow(expect.objectContaining({
        code: 'INVALID_ARGUMENT', argument: '--weekend', value: text,
        message: `Invalid --weekend ${JSON.stringify(text)}: expected comma-separated weekday numbers from 0 (Sunday) to 6 (Saturday), e.g. "5,6".`,
      }));
    }
  });

  it('--holiday with --region is a usage error that says to use --day-off', () => {
    expect(() => calendarFromArgs({ region: 'US', holiday: ['2026-12-24'] })).toThrow(/use --day-off/);
    // The conflict is reported before any value is checked.
    expect(() => calendarFromArgs({ region: 'US', holiday: ['2026-02-30'] })).toThrow(expect.objectContaining({ code: 'USAGE', exitCode: 2 }));
  });

  it('names the flag of a bad date, not the library\'s option', () => {
    expect(() => calendarFromArgs({ holiday: ['2026-12-24', '2026-02-30'] })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: '--holiday', value: '2026-02-30' }));
    expect(() => calendarFromArgs({ region: 'US', dayOff: ['24.12.2026'] })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: '--day-off', value: '24.12.2026' }));
  });
});
