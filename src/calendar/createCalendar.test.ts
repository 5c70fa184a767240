import { addBusinessDays as dateFnsAddBusinessDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { createCalendar } from './createCalendar.js';
import { toEpochDay } from './epochDay.js';
import type { HolidaySource } from './types.js';

const plain = createCalendar();

describe('createCalendar: R4.4 weekends', () => {
  it('R4.4: defaults to a Saturday–Sunday weekend', () => {
    expect(plain.isBusinessDay('2026-11-27')).toBe(true); // Friday
    expect(plain.isBusinessDay('2026-11-28')).toBe(false); // Saturday
    expect(plain.isBusinessDay('2026-11-29')).toBe(false); // Sunday
    expect(plain.isBusinessDay('2026-11-30')).toBe(true); // Monday
  });

  it('R4.4: an employer weekend of Friday–Saturday (not always Sat–Sun)', () => {
    const gulf = createCalendar({ weekend: [5, 6] });
    expect(gulf.isBusinessDay('2026-11-27')).toBe(false); // Friday
    expect(gulf.isBusinessDay('2026-11-29')).toBe(true); // Sunday
    expect(gulf.addBusinessDays('2026-11-26', 1)).toBe('2026-11-29'); // Thursday + 1 = Sunday
  });

  it('R4.4: a weekend that changed on a given date (UAE moved to Sat–Sun on 2022-01-01)', () => {
    const uae = createCalendar({ weekend: [{ days: [5, 6] }, { since: '2022-01-01', days: [6, 0] }] });
    expect(uae.isBusinessDay('2021-12-31')).toBe(false); // Friday, old weekend
    expect(uae.isBusinessDay('2021-12-26')).toBe(true); // Sunday, old weekend
    expect(uae.isBusinessDay('2022-01-02')).toBe(false); // Sunday, new weekend
    expect(uae.isBusinessDay('2022-01-07')).toBe(true); // Friday, new weekend
    // Thursday 2021-12-30 + 1: Friday 31 and Saturday 1 are off (old then new weekend), Sunday 2 is off too.
    expect(uae.addBusinessDays('2021-12-30', 1)).toBe('2022-01-03');
  });

  it('R4.4: a one-day weekend and an empty weekend', () => {
    expect(createCalendar({ weekend: [0] }).addBusinessDays('2026-11-27', 1)).toBe('2026-11-28');
    expect(createCalendar({ weekend: [] }).addBusinessDays('2026-11-27', 3)).toBe('2026-11-30');
  });

  it('R4.4: a first weekend period with "since" keeps Sat–Sun before it', () => {
    const cal = createCalendar({ weekend: [{ since: '2026-01-01', days: [5] }] });
    expect(cal.isBusinessDay('2025-12-27')).toBe(false); // Saturday before the change
    expect(cal.isBusinessDay('2026-01-03')).toBe(true); // Saturday after it
  });
});

describe('createCalendar: R4.4 holidays, company days off and make-up days', () => {
  const cal = createCalendar({
    holidays: [{ date: '2026-12-25', name: 'Christmas Day', type: 'public' }, '2026-12-26'],
    daysOff: [{ from: '2026-12-28', to: '2026-12-30', name: 'Year-end closure' }, '2026-12-31'],
    workingDays: ['2026-12-30'],
  });

  it('R4.4: holidays and company days off are skipped', () => {
    expect(cal.addBusinessDays('2026-12-24', 1)).toBe('2026-12-30'); // 25 holiday, 26–27 weekend, 28–29 closed, 30 make-up day
    expect(cal.addBusinessDays('2026-12-30', 1)).toBe('2027-01-01');
  });

  it('R4.4: make-up working days override weekends, holidays and days off', () => {
    expect(cal.isBusinessDay('2026-12-30')).toBe(true);
    const saturdayShift = createCalendar({ holidays: ['2026-10-05'], workingDays: ['2026-10-10', '2026-10-05'] });
    expect(saturdayShift.isBusinessDay('2026-10-10')).toBe(true); // a Saturday
    expect(saturdayShift.isBusinessDay('2026-10-05')).toBe(true); // a holiday, yet listed as working
  });

  it('R4.4: a holiday on a weekend removes nothing by itself (observed days come from the data)', () => {
    const sundayHoliday = createCalendar({ holidays: ['2026-11-29'] }); // a Sunday
    expect(sundayHoliday.addBusinessDays('2026-11-27', 1)).toBe(plain.addBusinessDays('2026-11-27', 1));
    expect(sundayHoliday.businessDaysBetween('2026-11-23', '2026-12-07')).toBe(10);
  });

  it('R4.4: explain() gives every non-business day in the range with its reasons', () => {
    expect(cal.explain('2026-12-24', '2026-12-31')).toEqual([
      { date: '2026-12-25', reasons: [{ kind: 'holiday', name: 'Christmas Day', type: 'public' }] },
      { date: '2026-12-26', reasons: [{ kind: 'weekend', weekday: 6 }, { kind: 'holiday', name: 'Public holiday', type: 'public' }] },
      { date: '2026-12-27', reasons: [{ kind: 'weekend', weekday: 0 }] },
      { date: '2026-12-28', reasons: [{ kind: 'day-off', name: 'Year-end closure' }] },
      { date: '2026-12-29', reasons: [{ kind: 'day-off', name: 'Year-end closure' }] },
      { date: '2026-12-31', reasons: [{ kind: 'day-off', name: 'Company day off' }] },
    ]);
    expect(cal.explain('2026-12-31', '2026-12-24')).toEqual(cal.explain('2026-12-24', '2026-12-31'));
    expect(cal.explain('2026-12-23', '2026-12-23')).toEqual([]);
  });

  it('asks a holiday source once per year, and only for the years it needs', () => {
    const asked: number[] = [];
    const source: HolidaySource = {
      id: 'test',
      holidaysInYear: (year) => { asked.push(year); return year === 2026 ? [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2027-01-01' }] : []; },
    };
    const c = createCalendar({ holidays: source });
    expect(c.addBusinessDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(c.addBusinessDays('2026-12-24', 2)).toBe('2026-12-29');
    expect(asked).toEqual([2026]);
    expect(c.isBusinessDay('2027-01-01')).toBe(true); // an entry outside the asked year is ignored
    expect(asked).toEqual([2026, 2027]);
  });
});

describe('createCalendar: addBusinessDays semantics (numpy busday_offset, Excel WORKDAY)', () => {
  it('the start never counts: Saturday + 1 = Monday, Saturday − 1 = Friday', () => {
    expect(plain.addBusinessDays('2026-11-28', 1)).toBe('2026-11-30');
    expect(plain.addBusinessDays('2026-11-28', -1)).toBe('2026-11-27');
    expect(plain.subBusinessDays('2026-11-28', 1)).toBe('2026-11-27');
  });

  it('n = 0 returns the date unchanged, even on a weekend', () => {
    expect(plain.addBusinessDays('2026-11-28', 0)).toBe('2026-11-28');
    expect(plain.addBusinessDays(toEpochDay('2026-11-28'), 0)).toBe(toEpochDay('2026-11-28'));
  });

  it('next/previous are strictly after/before', () => {
    expect(plain.nextBusinessDay('2026-11-27')).toBe('2026-11-30');
    expect(plain.previousBusinessDay('2026-11-30')).toBe('2026-11-27');
    expect(plain.nextBusinessDay('2026-11-25')).toBe('2026-11-26');
  });

  it('crosses year ends and many years', () => {
    expect(plain.addBusinessDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(plain.addBusinessDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(plain.addBusinessDays('2026-01-01', 261 * 4)).toBe(plain.addBusinessDays('2026-01-01', 1044));
    expect(plain.businessDaysBetween('2026-01-01', '2030-01-01')).toBe(261 + 261 + 260 + 261);
    expect(plain.addBusinessDays('2000-02-28', 1)).toBe('2000-02-29'); // leap day in a 400-year
    expect(plain.addBusinessDays('2100-02-26', 1)).toBe('2100-03-01'); // 2100 is not a leap year
  });

  it('returns the kind it was given', () => {
    expect(typeof plain.addBusinessDays('2026-11-25', 3)).toBe('string');
    expect(plain.addBusinessDays(toEpochDay('2026-11-25'), 3)).toBe(toEpochDay('2026-11-30'));
  });

  it('agrees with date-fns addBusinessDays on weekday starts without holidays', () => {
    for (const [start, n] of [['2026-11-25', 3], ['2026-11-27', 1], ['2026-11-30', -1], ['2026-12-31', 10], ['2026-01-05', -7]] as const) {
      const [y, m, d] = start.split('-').map(Number) as [number, number, number];
      const expected = dateFnsAddBusinessDays(new Date(y, m - 1, d), n);
      const iso = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`;
      expect(plain.addBusinessDays(start, n)).toBe(iso);
    }
  });
});

describe('createCalendar: businessDaysBetween semantics (numpy >= 1.25 busday_count)', () => {
  it('counts [from, to) forwards', () => {
    expect(plain.businessDaysBetween('2026-11-23', '2026-11-30')).toBe(5); // Mon..Sun
    expect(plain.businessDaysBetween('2026-11-28', '2026-11-30')).toBe(0); // Sat, Sun
    expect(plain.businessDaysBetween('2026-11-25', '2026-11-25')).toBe(0);
  });

  it('counts −(to, from] backwards', () => {
    expect(plain.businessDaysBetween('2026-11-30', '2026-11-23')).toBe(-5); // (Mon 23, Mon 30] = Tue..Fri + Mon
    expect(plain.businessDaysBetween('2026-11-29', '2026-11-27')).toBe(0); // (Fri, Sun] holds only weekend days
  });
});

describe('createCalendar: bad input raises typed errors that name the value', () => {
  const cases: [string, () => unknown, string, string][] = [
    ['impossible date', () => plain.addBusinessDays('2026-02-30', 1), 'INVALID_DATE', '"2026-02-30"'],
    ['unpadded date', () => plain.isBusinessDay('2026-2-3'), 'INVALID_DATE', '"2026-2-3"'],
    ['empty string', () => plain.nextBusinessDay(''), 'INVALID_DATE', '""'],
    ['non-integer epoch day', () => plain.isBusinessDay(1.5), 'INVALID_DATE', '1.5'],
    ['NaN epoch day', () => plain.isBusinessDay(Number.NaN), 'INVALID_DATE', 'NaN'],
    ['epoch day out of range', () => plain.isBusinessDay(3_000_000), 'DATE_OUT_OF_RANGE', '3000000'],
    ['non-integer n', () => plain.addBusinessDays('2026-11-25', 1.5), 'INVALID_ARGUMENT', '1.5'],
    ['NaN n', () => plain.addBusinessDays('2026-11-25', Number.NaN), 'INVALID_ARGUMENT', 'NaN'],
    ['infinite n', () => plain.addBusinessDays('2026-11-25', Number.POSITIVE_INFINITY), 'INVALID_ARGUMENT', 'Infinity'],
    ['result past 9999-12-31', () => plain.addBusinessDays('9999-12-31', 1), 'DATE_OUT_OF_RANGE', '9999-12-31'],
    ['result before 0001-01-01', () => plain.addBusinessDays('0001-01-01', -1), 'DATE_OUT_OF_RANGE', '0001-01-01'],
    ['unknown option', () => createCalendar({ weekends: [5, 6] } as never), 'INVALID_ARGUMENT', '"weekends"'],
    ['weekday out of range', () => createCalendar({ weekend: [7 as never] }), 'INVALID_ARGUMENT', '7'],
    ['bad holiday date', () => createCalendar({ holidays: ['2026-13-01'] }), 'INVALID_ARGUMENT', '"2026-13-01"'],
    // A bad number names its argument, as a bad string does.
    ['NaN as the end of a count', () => createCalendar().businessDaysBetween('2026-01-01', Number.NaN), 'INVALID_DATE', 'Invalid date NaN: expected a civil date "YYYY-MM-DD" between 0001-01-01 and 9999-12-31, or an integer epoch day (argument "to")'],
    ['a Date as a holiday', () => createCalendar({ holidays: [new Date('2026-12-25T00:00:00Z') as never] }), 'INVALID_ARGUMENT', 'holidays[0] Date(2026-12-25T00:00:00.000Z): expected a civil date "YYYY-MM-DD" or { date, name?, type? }'],
    ['a holiday entry without its date', () => createCalendar({ holidays: [{ name: 'Founders Day' } as never] }), 'INVALID_ARGUMENT', 'Invalid holidays[0].date (missing): expected'],
    ['an array as options', () => createCalendar([] as never), 'INVALID_ARGUMENT', 'calendar options []: expected an object'],
    ['a Date as options', () => createCalendar(new Date(0) as never), 'INVALID_ARGUMENT', 'calendar options Date(1970-01-01T00:00:00.000Z)'],
    ['reversed day-off range', () => createCalendar({ daysOff: [{ from: '2026-12-31', to: '2026-12-24' }] }), 'INVALID_ARGUMENT', '2026-12-31'],
    // One shape or the other: the `from` of a single day was ignored, and so was a misspelt `too`.
    ['a day off with both a date and a range', () => createCalendar({ daysOff: [{ date: '2026-01-05', from: '2026-01-06' } as never] }), 'INVALID_ARGUMENT', 'Invalid daysOff[0].from "2026-01-06": expected no other field beside "date" and "name"'],
    ['a misspelt field of a day-off range', () => createCalendar({ daysOff: [{ from: '2026-01-05', too: '2026-01-06' } as never] }), 'INVALID_ARGUMENT', 'Invalid daysOff[0].too "2026-01-06"'],
    ['unordered weekend periods', () => createCalendar({ weekend: [{ days: [0] }, { since: '2026-01-01', days: [6] }, { since: '2025-01-01', days: [5] }] }), 'INVALID_ARGUMENT', '"2025-01-01"'],
    ['all seven days off', () => createCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] }), 'INVALID_CALENDAR', 'seven days'],
    ['bad holiday source output', () => createCalendar({ holidays: { id: 'broken', holidaysInYear: () => [{ date: '26-12-25' }] } }).isBusinessDay('2026-12-25'), 'INVALID_CALENDAR', '"broken"'],
  ];
  it.each(cases)('%s', (_name, call, code, fragment) => {
    let caught: unknown;
    try { call(); } catch (e) { caught = e; }
    expect(isFollowUpError(caught, code as never)).toBe(true);
    expect((caught as Error).message).toContain(fragment);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(plain)).toBe(true);
  });
});

describe('createCalendar: a calendar with no business days left (R4.4)', () => {
  it('R4.4: answers at once with InvalidCalendarError, not after building every year to 9999 or 0001', () => {
    const cases: [string, () => unknown, RegExp][] = [
      // A closure that never ends.
      ['closure', () => createCalendar({ daysOff: [{ from: '2026-01-01', to: '9999-12-31' }] }).addBusinessDays('2026-06-01', 1), /^No business day in the 100 years after 2026-06-01/],
      // A seven-day weekend with one make-up day: nothing before it.
      ['weekend', () => createCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6], workingDays: ['2026-06-01'] }).subBusinessDays('2026-06-01', 1), /^No business day in the 100 years before 2026-06-01/],
    ];
    for (const [name, run, message] of cases) {
      let e: unknown;
      try { run(); } catch (x) { e = x; }
      expect(isFollowUpError(e, 'INVALID_CALENDAR'), `${name}: ${String(e)}`).toBe(true);
      expect((e as Error).message, name).toMatch(message);
    }
    // Far counts in a calendar that has business days still reach them.
    const plain = createCalendar();
    expect(plain.businessDaysBetween('2026-06-01', plain.addBusinessDays('2026-06-01', 200_000))).toBe(200_000);
    expect(createCalendar({ daysOff: [{ from: '2026-01-01', to: '2099-12-31' }] }).addBusinessDays('2026-06-01', 1)).toBe('2100-01-01');
  });
});

describe('options from plain JavaScript', () => {
  it('R4.4: a key whose value is undefined counts as absent; one with a value is refused with the list of keys', () => {
    expect(createCalendar({ weekend: [5, 6], weeknd: undefined } as never).isBusinessDay('2026-12-06')).toBe(true);
    expect(() => createCalendar({ weeknd: [5, 6] } as never)).toThrow('Invalid calendar option "weeknd": expected one of weekend, holidays, daysOff, workingDays.');
  });
});
