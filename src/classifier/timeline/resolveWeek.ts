import { daysFromCivil } from '../../calendar/epochDay.js';
import { dayOrRange, mondayOf, monthPart, weekPart, weekStartOf } from './calendarContext.js';
import type { TimelineContext } from './calendarContext.js';
import type { Groups, Lexicon, Resolved } from './types.js';

/**
 * A week or part of one: "next week" (Monday–Friday of the next week, a range), "end of next
 * week", "early next week", "later this week", "within the week" (this week), "over the next week"
 * (the next seven days, a range), "within the next week" (a span of seven days), "the week after next", "übernächste
 * Woche" (the week after next week), "next week or the week after" (to the end of the week after).
 */
export function resolveWeek(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const part = g.part === undefined ? undefined : lex.parts.get(g.part.replace(/\s+/g, ' '));
  const which = g.which ?? g.suffix;
  // "next week or the week after", "nächste oder übernächste Woche": from next week to the end of the week after.
  const or = lex.orAfterNext.has(g.suffix ?? g.which ?? '');
  const afterNext = which !== undefined && lex.afterNext.has(which);
  const next = or || afterNext || (which !== undefined && lex.next.has(which));
  const current = which !== undefined && lex.current.has(which);
  const prep = g.prep;
  if (next && !afterNext && !or && part === undefined && prep !== undefined) {
    if (lex.rollingPrepositions.has(prep)) return { kind: 'range', date: ctx.ref + 7, earliest: ctx.ref + 1 };
    if (lex.countPrepositions.has(prep) && lex.deadlinePrepositions.has(prep)) return { kind: 'span-days', date: ctx.ref + 7, count: 7, unit: 'weeks' };
  }
  if (!next && !current) {
    // "the week" alone names no week; "within the week", "end of the week", "im Laufe der Woche" name this one.
    const thisWeek = part !== undefined || (prep !== undefined && (lex.deadlinePrepositions.has(prep) || lex.countPrepositions.has(prep)));
    if (!thisWeek) return null;
  }
  const start = weekStartOf(ctx, ctx.ref) + (afterNext ? 14 : next ? 7 : 0);
  const [earliest] = weekPart(ctx, start, part);
  const latest = weekPart(ctx, or ? start + 7 : start, part)[1];
  return latest < ctx.ref ? null : dayOrRange(earliest, latest);
}

/** "KW 49", "bis Ende KW 49": the business days of that ISO week (week 1 contains January 4th). */
export function resolveCalendarWeek(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const kw = Number(g.num);
  if (!(kw >= 1 && kw <= 53)) return null;
  let year = ctx.refYear;
  const mondayOfWeek = (y: number): number => mondayOf(daysFromCivil(y, 1, 4)) + 7 * (kw - 1);
  if (mondayOfWeek(year) + 6 < ctx.ref - 14) year++;
  const part = g.part === undefined ? undefined : lex.parts.get(g.part);
  const [earliest, latest] = weekPart(ctx, mondayOfWeek(year), part);
  return dayOrRange(earliest, latest);
}

/** One word naming part of this week, month or year: "EOW", "Monatsende", "bis zum Wochenende", "year-end". */
export function resolvePeriodWord(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const period = lex.periodWords.get(g.period ?? '');
  if (period === undefined) return null;
  const [unit, part] = period;
  const [earliest, latest] = unit === 'week' ? weekPart(ctx, weekStartOf(ctx, ctx.ref), part) : monthPart(ctx, ctx.refYear, unit === 'year' ? 12 : ctx.refMonth, part);
  return latest < ctx.ref ? null : dayOrRange(earliest, latest);
}
