import { describe, expect, it } from 'vitest';
import { defaultWeekend } from '../calendar/defaultWeekend.js';
import type { Calendar } from '../calendar/types.js';
import type { EmployerCalendarData } from '../holidays/calendarForEmployer.js';
import { calendarFromArgs, combineWeekend, parseWeekend } from './calendarFromArgs.js';
import type { FileCalendar } from './calendarFromArgs.js';

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

  describe('on top of the interview\'s employerCalendar (plan, expectations)', () => {
    const file = (calendar: EmployerCalendarData | undefined): FileCalendar => ({ calendar, source: 'iv.json' });
    const offDays = (calendar: Calendar, from: string, to: string): string[] => calendar.explain(from, to).map((d) => `${d.date} ${d.reasons.map((r) => r.kind).join('+')}`);

    it('R4.4: --day-off adds to the interview\'s days off; its region\'s holidays and weekend still count', () => {
      const calendar = calendarFromArgs({ dayOff: ['2026-12-01'] }, file({ region: 'US-NY', daysOff: ['2026-11-30'] }));
      expect(offDays(calendar, '2026-11-26', '2026-12-01')).toEqual(['2026-11-26 holiday', '2026-11-28 weekend', '2026-11-29 weekend', '2026-11-30 day-off', '2026-12-01 day-off']);
    });

    it('R4.4: --weekend adds days to the region\'s weekend when the interview names a region, not only to Saturday–Sunday', () => {
      // Friday is added; Thanksgiving (Thursday) and the Saturday–Sunday weekend stay.
      expect(offDays(calendarFromArgs({ weekend: '5' }, file({ region: 'US-NY' })), '2026-11-26', '2026-11-29'))
        .toEqual(['2026-11-26 holiday', '2026-11-27 weekend', '2026-11-28 weekend', '2026-11-29 weekend']);
      // A region whose weekend is not Saturday–Sunday keeps its own: Israel's Friday–Saturday, plus Thursday.
      expect(calendarFromArgs({ weekend: '4' }, file({ region: 'IL' })).explain('2026-12-07', '2026-12-13').filter((d) => d.reasons.some((r) => r.kind === 'weekend')).map((d) => d.date))
        .toEqual(['2026-12-10', '2026-12-11', '2026-12-12']);
    });

    it('R4.4: --weekend adds days to the interview\'s own weekend, and is the whole weekend only where nothing gives one', () => {
      const weekendDays = (calendar: Calendar): string[] => calendar.explain('2026-12-07', '2026-12-13').map((d) => d.date);
      // Mon 7 … Sun 13 December 2026.
      expect(weekendDays(calendarFromArgs({ weekend: '4' }, file({ weekend: [5, 6], daysOff: [] })))).toEqual(['2026-12-10', '2026-12-11', '2026-12-12']);
      expect(weekendDays(calendarFromArgs({ weekend: '4' }, file({ daysOff: [] })))).toEqual(['2026-12-10']);
      expect(weekendDays(calendarFromArgs({ weekend: '4' }, file(undefined)))).toEqual(['2026-12-10']);
      expect(weekendDays(calendarFromArgs({ weekend: '4' }))).toEqual(['2026-12-10']);
    });

    it('R4.4: --region replaces the interview\'s region and keeps its weekend, days off and make-up days', () => {
      const calendar = calendarFromArgs({ region: 'DE-BY' }, file({ region: 'US-NY', weekend: [5, 6], daysOff: ['2026-11-30'], workingDays: ['2026-12-05'] }));
      // Thanksgiving is no holiday in Bavaria; the interview's Friday–Saturday weekend, day off and make-up Saturday stay.
      expect(calendar.isBusinessDay('2026-11-26')).toBe(true);
      expect(offDays(calendar, '2026-11-26', '2026-12-06')).toEqual(['2026-11-27 weekend', '2026-11-28 weekend', '2026-11-30 day-off', '2026-12-04 weekend']);
      expect(offDays(calendar, '2027-01-06', '2027-01-06')).toEqual(['2027-01-06 holiday']); // Epiphany, a holiday in Bavaria, not in New York
    });

    it('R4.4: without flags, the interview\'s calendar is the calendar', () => {
      expect(calendarFromArgs({}, file({ region: 'US-NY' })).addBusinessDays('2026-11-25', 1)).toBe('2026-11-27');
      expect(calendarFromArgs({}, file(undefined)).addBusinessDays('2026-11-25', 1)).toBe('2026-11-26');
    });

    it('--holiday adds to a calendar without a region, and is a usage error that says to use --day-off when the interview names one', () => {
      expect(calendarFromArgs({ holiday: ['2026-12-01'] }, file({ daysOff: ['2026-11-30'] })).explain('2026-11-30', '2026-12-01').map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01']);
      expect(() => calendarFromArgs({ holiday: ['2026-12-24'] }, file({ region: 'US-NY' }))).toThrow(expect.objectContaining({
        code: 'USAGE', exitCode: 2,
        message: 'the interview\'s employerCalendar has the region US-NY, whose public holidays count: use --day-off for extra days off in it, not --holiday (got --holiday 2026-12-24)',
      }));
    });

    it('names a bad region by where it came from: --region, or the interview\'s field', () => {
      expect(() => calendarFromArgs({ weekend: '5' }, file({ region: 'XX' }))).toThrow(expect.objectContaining({ code: 'UNKNOWN_REGION', message: expect.stringMatching(/^Invalid employerCalendar\.region in iv\.json: unknown region "XX"/) as string }));
      expect(() => calendarFromArgs({ region: 'XX' }, file({ region: 'US' }))).toThrow(expect.objectContaining({ code: 'UNKNOWN_REGION', message: expect.stringMatching(/^Invalid --region: unknown region "XX"/) as string }));
    });
  });
});
