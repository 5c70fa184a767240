import { daysFromCivil, daysInMonth } from '../../calendar/epochDay.js';
import { dayOrRange, lastBusiness, monthAfter, monthPart } from './calendarContext.js';
import type { TimelineContext } from './calendarContext.js';
import { spanOf } from './resolveCount.js';
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
    if (g.unit === undefined || which === undefined || !lex.next.has(which)) return null;
    const prep = g.prep?.replace(/\s+/g, ' ');
    if (prep !== undefined && lex.countPrepositions.has(prep)) {
      // "dans les prochains mois": months, a hope rather than a day.
      if (`${prep} ${which}`.split(' ').some((w) => lex.monthPlurals.has(w))) return null;
      // A count's preposition makes the next month a month from the reference: "within the next month" is a month, as
      // "within a month" is; "over the next month", "in the next month" the days until then.
      const month = spanOf('months', 1, ctx);
      if (lex.deadlinePrepositions.has(prep)) return month;
      return lex.rollingPrepositions.has(prep) ? { kind: 'range', date: month.date, earliest: ctx.ref + 1 } : null;
    }
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

/**
 * The year-end holidays, in mail written in November or December: "before Christmas" and "vor den Feiertagen" are the
 * last business day before 25 December, "before the new year" the last of December; "after the holidays", "in the new
 * year", "nach Weihnachten", "après les fêtes", "después de las fiestas" are early January (days 1–10, a range).
 * Earlier in the year "the holidays" may be others (Easter, the summer), and "in the holidays" names no day.
 */
export function resolveHolidays(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const role = lex.holidayWords.get((g.prep ?? '').replace(/\s+/g, ' '));
  const newYear = lex.newYear.has((g.season ?? '').replace(/\s+/g, ' '));
  if (ctx.refMonth < 11 || role === undefined || (role === 'in' && !newYear)) return null;
  if (role === 'before') {
    const end = daysFromCivil(ctx.refYear, 12, newYear ? 31 : 24);
    return end > ctx.ref ? { kind: 'date', date: lastBusiness(ctx.days, ctx.ref + 1, end) } : null;
  }
  const [earliest, latest] = monthPart(ctx, ctx.refYear + 1, 1, 'early');
  return dayOrRange(earliest, latest);
}
