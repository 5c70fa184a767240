import { daysFromCivil, daysInMonth } from '../../calendar/epochDay.js';
import { dayOrRange, monthAfter, monthPart } from './calendarContext.js';
import type { TimelineContext } from './calendarContext.js';
import type { Groups, Lexicon, Resolved } from './types.js';

/** The year of a named month: this year, or next year when the month ended more than two weeks ago. */
function yearOfMonth(ctx: TimelineContext, month: number, year: string | undefined): number {
  if (year !== undefined) return Number(year);
  return daysFromCivil(ctx.refYear, month, daysInMonth(ctx.refYear, month)) < ctx.ref - 14 ? ctx.refYear + 1 : ctx.refYear;
}

/**
 * Part of a month: "early January" (days 1–10), "mid-March" (11–20), "late May" (21–end), "end of
 * June" and "end of the month" (the last business day), "Anfang nächsten Monats", "fin juin",
 * "a mediados de marzo"; the end of a year ("by the end of the year", "Ende des Jahres", "fin de l'année"), its last business
 * day (other parts of a year name no day). A month word with "next" or "this" and no part is that whole month (a
 * range): "next month", "le mois prochain", "im nächsten Monat", "el mes que viene". "This month" alone gives none (it
 * says as often when the employer does something, "we are finishing interviews this month", as when news comes), nor
 * does a count's preposition before it ("within the next month", "in the next month": thirty days, or the calendar
 * month?).
 */
export function resolveMonthPeriod(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const part = g.part === undefined ? undefined : lex.parts.get(g.part.replace(/\s+/g, ' '));
  if (g.part !== undefined && part === undefined) return null;
  if (part === undefined) {
    const which = g.which ?? g.suffix;
    if (g.unit === undefined || which === undefined || !lex.next.has(which) || (g.prep !== undefined && lex.countPrepositions.has(g.prep))) return null;
  }
  let year: number;
  let month: number;
  if (g.yr !== undefined) {
    if (part !== 'end') return null;
    const which = g.which ?? g.suffix;
    year = ctx.refYear + (which !== undefined && lex.next.has(which) ? 1 : 0);
    month = 12;
  } else if (g.month !== undefined) {
    const m = lex.months.get(g.month);
    if (m === undefined) return null;
    month = m;
    year = yearOfMonth(ctx, month, g.year);
  } else {
    const which = g.which ?? g.suffix;
    [year, month] = monthAfter(ctx, which !== undefined && lex.next.has(which) ? 1 : 0);
  }
  const [earliest, latest] = monthPart(ctx, year, month, part);
  return dayOrRange(earliest, latest);
}

/** A whole month after a preposition: "in January", "im Januar", "en janvier", "en enero" (a range). */
export function resolveMonth(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const month = lex.months.get(g.month ?? '');
  if (month === undefined) return null;
  const year = yearOfMonth(ctx, month, g.year);
  const [earliest, latest] = monthPart(ctx, year, month, undefined);
  return dayOrRange(earliest, latest);
}
