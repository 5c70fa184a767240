import { fc } from '@fast-check/vitest';
import { formatEpochDay, toEpochDay, weekdayOfEpochDay } from '../../src/calendar/epochDay.js';
import type { CalendarOptions, CivilDate, HolidayEntry, HolidaySource, Weekday } from '../../src/calendar/types.js';

/** 2018-01-01 .. 2032-12-31: random calendars put their data here; random starts stay inside 2020..2030. */
export const DATA_FROM = toEpochDay('2018-01-01');
export const DATA_TO = toEpochDay('2032-12-31');
export const START_FROM = toEpochDay('2020-01-01');
export const START_TO = toEpochDay('2030-12-31');

export const epochDayArb = fc.integer({ min: START_FROM, max: START_TO });
export const civilDateArb = epochDayArb.map(formatEpochDay);
const dataDayArb = fc.integer({ min: DATA_FROM, max: DATA_TO });

/** A weekend of 0 to 5 days (never so many that business days become rare). */
export const weekendDaysArb = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }).map((d) => d as Weekday[]);

export interface RandomCalendar {
  readonly options: CalendarOptions;
  /** The naive oracle: whether an epoch day is a business day, from the raw options. */
  readonly isBusiness: (day: number) => boolean;
  /** The oracle's reasons a non-working-override day is off, by kind, in the order explain() reports them. */
  readonly reasonKinds: (day: number) => string[];
}

export const calendarArb: fc.Arbitrary<RandomCalendar> = fc
  .record({
    weekend: fc.oneof(
      weekendDaysArb.map((days) => ({ fixed: days, periods: undefined })),
      fc.uniqueArray(dataDayArb, { minLength: 1, maxLength: 3 }).chain((sinces) =>
        fc.array(weekendDaysArb, { minLength: sinces.length + 1, maxLength: sinces.length + 1 }).map((daysList) => ({
          fixed: undefined,
          periods: [{ days: daysList[0]! }, ...[...sinces].sort((a, b) => a - b).map((s, i) => ({ since: formatEpochDay(s), days: daysList[i + 1]! }))],
        })),
      ),
    ),
    holidays: fc.uniqueArray(dataDayArb, { maxLength: 80 }),
    holidaysAsSource: fc.boolean(),
    daysOff: fc.array(fc.tuple(dataDayArb, fc.integer({ min: 0, max: 6 })), { maxLength: 5 }),
    workingDays: fc.uniqueArray(dataDayArb, { maxLength: 10 }),
  })
  .map(({ weekend, holidays, holidaysAsSource, daysOff, workingDays }) => {
    const entries: HolidayEntry[] = holidays.map((d) => ({ date: formatEpochDay(d), name: `Holiday ${d}`, type: 'public' }));
    const source: HolidaySource = {
      id: 'random',
      holidaysInYear: (year) => entries.filter((e) => e.date.startsWith(`${year}-`)),
    };
    const options: CalendarOptions = {
      weekend: weekend.fixed ?? weekend.periods!,
      holidays: holidaysAsSource ? source : entries,
      daysOff: daysOff.map(([from, len]) => ({ from: formatEpochDay(from), to: formatEpochDay(from + len), name: 'Closure' })),
      workingDays: workingDays.map(formatEpochDay),
    };
    const holidaySet = new Set(holidays);
    const working = new Set(workingDays);
    const periodStarts = weekend.periods?.map((p) => ('since' in p && p.since !== undefined ? toEpochDay(p.since as CivilDate) : -Infinity));
    const weekendAt = (day: number): readonly number[] => {
      if (weekend.fixed) return weekend.fixed;
      let days: readonly number[] = weekend.periods![0]!.days;
      weekend.periods!.forEach((p, i) => { if (periodStarts![i]! <= day) days = p.days; });
      return days;
    };
    const isBusiness = (day: number): boolean => {
      if (working.has(day)) return true;
      if (weekendAt(day).includes(weekdayOfEpochDay(day))) return false;
      if (holidaySet.has(day)) return false;
      if (daysOff.some(([from, len]) => day >= from && day <= from + len)) return false;
      return true;
    };
    const reasonKinds = (day: number): string[] => {
      if (working.has(day)) return [];
      const kinds: string[] = [];
      if (weekendAt(day).includes(weekdayOfEpochDay(day))) kinds.push('weekend');
      if (holidaySet.has(day)) kinds.push('holiday');
      for (const [from, len] of daysOff) if (day >= from && day <= from + len) kinds.push('day-off');
      return kinds;
    };
    return { options, isBusiness, reasonKinds };
  });

/** Naive oracle for addBusinessDays: step one day at a time. */
export function naiveAdd(isBusiness: (d: number) => boolean, start: number, n: number): number {
  let day = start;
  let left = Math.abs(n);
  const step = n > 0 ? 1 : -1;
  while (left > 0) {
    day += step;
    if (isBusiness(day)) left--;
  }
  return day;
}

/** Naive oracle for businessDaysBetween (numpy busday_count semantics). */
export function naiveBetween(isBusiness: (d: number) => boolean, from: number, to: number): number {
  let count = 0;
  if (from <= to) { for (let d = from; d < to; d++) if (isBusiness(d)) count++; return count; }
  for (let d = to + 1; d <= from; d++) if (isBusiness(d)) count++;
  return -count;
}
