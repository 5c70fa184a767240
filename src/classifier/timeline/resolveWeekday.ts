import { daysFromCivil, daysInMonth, weekdayOfEpochDay } from '../../calendar/epochDay.js';
import { monthAfter, weekStartOf } from './calendarContext.js';
import type { TimelineContext } from './calendarContext.js';
import type { Groups, Lexicon, Resolved } from './types.js';

/**
 * A weekday: "by Friday", "close of business Friday", "bis Freitag", "vendredi prochain",
 * "el próximo lunes". The next such day after the reference ("by Friday" written on a Friday is a
 * week later); English "next Friday" is next week's Friday, the other languages' (and English "this coming Friday") the
 * coming one; "Friday next week", "Freitag kommender Woche", "vendredi de la semaine prochaine" next week's, and so is
 * the first day of "Thursday or Friday next week".
 * With a day number ("Friday the 11th", "le vendredi 11"), the day of that number that falls on that weekday, this
 * month or the next (the 11th is this month's unless it has passed); when neither is, the number wins, as "the 11th"
 * alone reads. A day of this month that has passed and falls on that weekday is that day ("by Friday the 20th" written
 * on the 25th names a day gone by, which promises nothing now), not a Friday the 20th months away.
 */
export function resolveWeekday(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const weekday = lex.weekdays.get(g.wd ?? '');
  if (weekday === undefined) return null;
  if (g.dom !== undefined) {
    const dom = Number(g.dom);
    const start = dom < ctx.refDay ? 1 : 0;
    let first: number | undefined;
    for (let i = 0; i < start + 2; i++) {
      const [year, month] = monthAfter(ctx, i);
      if (!(dom >= 1 && dom <= daysInMonth(year, month))) continue;
      const date = daysFromCivil(year, month, dom);
      if (weekdayOfEpochDay(date) === weekday) return { kind: 'date', date };
      if (i >= start) first ??= date;
    }
    return first === undefined ? null : { kind: 'date', date: first };
  }
  if (lex.nextWeekday.has(g.which ?? '') || (g.wn ?? g.ws ?? g.wo) !== undefined) {
    return { kind: 'date', date: weekStartOf(ctx, ctx.ref) + 7 + ((weekday - ctx.weekStart + 7) % 7) };
  }
  const ahead = (weekday - weekdayOfEpochDay(ctx.ref) + 7) % 7;
  return { kind: 'date', date: ctx.ref + (ahead === 0 ? 7 : ahead) };
}
