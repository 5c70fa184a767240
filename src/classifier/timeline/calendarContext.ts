import type { Calendar } from '../../calendar/types.js';
import { daysFromCivil, daysInMonth, weekdayOfEpochDay } from '../../calendar/epochDay.js';
import { DEFAULT_WEEKEND } from '../../calendar/weekends.js';
import type { PeriodPart } from '../../languages/timelineVocabulary.js';
import type { ReplyLanguage } from '../types.js';

/** Business days as the resolvers need them. */
export interface BusinessDays {
  isBusinessDay(day: number): boolean;
  addBusinessDays(day: number, n: number): number;
}

/** What every resolver counts from: the reference day (an epoch day in the employer's zone) and the calendar. */
export interface TimelineContext {
  readonly ref: number;
  readonly refYear: number;
  readonly refMonth: number;
  readonly refDay: number;
  readonly days: BusinessDays;
  /** The reply's language: it decides how numeric dates read. */
  readonly language: ReplyLanguage;
  /** The civil day, in the zone, `hours` after the reference instant ("the interview is in 2 hours"). */
  readonly dayAfterHours: (hours: number) => number;
  /** The weekday a week starts on (1, Monday, unless the calendar's weekend ends on another day: Sunday after Friday–Saturday). */
  readonly weekStart: number;
}

/** The calendar's business days, or without one every day outside the default weekend (Monday–Friday). */
export function businessDaysOf(calendar: Calendar | undefined): BusinessDays {
  if (calendar !== undefined) {
    return { isBusinessDay: (d) => calendar.isBusinessDay(d), addBusinessDays: (d, n) => calendar.addBusinessDays(d, n) };
  }
  const isBusinessDay = (d: number): boolean => !DEFAULT_WEEKEND.includes(weekdayOfEpochDay(d));
  return {
    isBusinessDay,
    addBusinessDays: (d, n) => {
      let day = d;
      let left = Math.abs(n);
      const step = n < 0 ? -1 : 1;
      while (left > 0) {
        day += step;
        if (isBusinessDay(day)) left--;
      }
      return day;
    },
  };
}

export const mondayOf = (d: number): number => d - ((weekdayOfEpochDay(d) + 6) % 7);

/** The first day of the week of `d` (a week starts on {@link TimelineContext.weekStart}). */
export const weekStartOf = (ctx: TimelineContext, d: number): number => d - ((weekdayOfEpochDay(d) - ctx.weekStart + 7) % 7);

/**
 * The weekday a week starts on in `calendar`: the day after its weekend, in the fortnight around `ref` (Sunday after a
 * Friday–Saturday weekend); Monday without a calendar, or when that day is one of several.
 */
export function weekStartIn(calendar: Calendar | undefined, ref: number): number {
  if (typeof calendar?.explain !== 'function') return 1;
  const weekend = new Set<number>();
  for (const day of calendar.explain(ref - 7, ref + 6)) {
    for (const reason of day.reasons) if (reason.kind === 'weekend') weekend.add(reason.weekday);
  }
  const starts = [1, 2, 3, 4, 5, 6, 0].filter((w) => !weekend.has(w) && weekend.has((w + 6) % 7));
  return starts.length === 1 ? starts[0]! : 1;
}

function firstBusiness(days: BusinessDays, from: number, to: number): number {
  for (let d = from; d <= to; d++) if (days.isBusinessDay(d)) return d;
  return from;
}

/** The last business day from `from` to `to` (epoch days, both included); `to` when none is. */
export function lastBusiness(days: BusinessDays, from: number, to: number): number {
  for (let d = to; d >= from; d--) if (days.isBusinessDay(d)) return d;
  return to;
}

/** The business days of the week starting on `monday` that `part` names, as [earliest, latest]; `undefined` is the whole week. */
export function weekPart(ctx: TimelineContext, monday: number, part: PeriodPart | undefined): [number, number] {
  const first = firstBusiness(ctx.days, monday, monday + 6);
  const last = lastBusiness(ctx.days, monday, monday + 6);
  const biz: number[] = [];
  for (let d = first; d <= last; d++) if (ctx.days.isBusinessDay(d)) biz.push(d);
  const at = (i: number): number => biz[Math.max(0, Math.min(biz.length - 1, i))] ?? first;
  switch (part) {
    case 'end':
      return [last, last];
    case 'early':
      return [first, at(1)];
    case 'mid':
      return [at(1), at(biz.length - 2)];
    case 'late':
      return [at(biz.length - 2), last];
    case 'rest':
      return [Math.min(last, Math.max(first, ctx.ref + 1)), last];
    default:
      return [Math.max(first, monday === weekStartOf(ctx, ctx.ref) ? ctx.ref : first), last];
  }
}

/** The days of a month that `part` names: early 1–10, mid 11–20, late 21–end, end = its last business day. */
export function monthPart(ctx: TimelineContext, year: number, month: number, part: PeriodPart | undefined): [number, number] {
  const first = daysFromCivil(year, month, 1);
  const last = daysFromCivil(year, month, daysInMonth(year, month));
  switch (part) {
    case 'end': {
      const d = lastBusiness(ctx.days, first, last);
      return [d, d];
    }
    case 'early':
      return [first, first + 9];
    case 'mid':
      return [first + 10, first + 19];
    case 'late':
      return [first + 20, last];
    case 'rest':
      return [Math.min(last, Math.max(first, ctx.ref + 1)), last];
    default:
      return [first, last];
  }
}

/** The month `offset` months after the reference month, as [year, month]. */
export function monthAfter(ctx: TimelineContext, offset: number): [number, number] {
  const m0 = ctx.refMonth - 1 + offset;
  return [ctx.refYear + Math.floor(m0 / 12), (m0 % 12) + 1];
}

/** Days back within which a day and month written without a year is the day that has passed, not next year's. */
export const RECENTLY_PASSED = 60;

/**
 * The year of a day and month written without one: the next such day ("by January 10" written in December is next
 * year's), unless the last one is at most {@link RECENTLY_PASSED} days back: then that day, which has passed ("we had
 * hoped to decide by December 11" written on December 30 is not next December's; "by December 28" written on January 3
 * is last year's). A day that has passed promises nothing now (extractTimeline reads only days from the reference on).
 */
export function rollYear(ctx: TimelineContext, month: number, day: number, year: string | undefined): number | null {
  if (year !== undefined) {
    const y = Number(year.length === 2 ? `20${year}` : year);
    return day <= daysInMonth(y, month) ? daysFromCivil(y, month, day) : null;
  }
  let last: number | undefined;
  let next: number | undefined;
  for (let y = ctx.refYear - 1; y <= ctx.refYear + 1; y++) {
    if (day > daysInMonth(y, month)) continue;
    const d = daysFromCivil(y, month, day);
    if (d < ctx.ref) last = d;
    else next ??= d;
  }
  return last !== undefined && ctx.ref - last <= RECENTLY_PASSED ? last : next ?? null;
}

/** A [earliest, latest] pair as a result: one day is a `date`, more a `range`. */
export function dayOrRange(earliest: number, latest: number): { kind: 'date'; date: number } | { kind: 'range'; date: number; earliest: number } {
  return earliest === latest ? { kind: 'date', date: latest } : { kind: 'range', date: latest, earliest };
}
