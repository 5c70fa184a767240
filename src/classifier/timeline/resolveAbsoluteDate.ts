import { daysFromCivil, daysInMonth } from '../../calendar/epochDay.js';
import { rollYear } from './calendarContext.js';
import type { TimelineContext } from './calendarContext.js';
import type { Groups, Lexicon, Resolved } from './types.js';

/**
 * A calendar date: "December 4th", "4. Dezember", "le 4 décembre", "4 de diciembre de 2026",
 * "12/4", "4.12.", "2026-12-04", "the 15th". Without a year, the next such date, or the last one when it is at most
 * 60 days back (rollYear).
 */
export function resolveAbsoluteDate(kind: 'month-day' | 'day-month' | 'numeric' | 'iso' | 'ordinal', g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  let month: number | undefined;
  let day: number;
  let year = g.year;
  switch (kind) {
    case 'month-day':
    case 'day-month':
      month = lex.months.get(g.month ?? '');
      day = Number(g.day);
      break;
    case 'iso':
      month = Number(g.a);
      day = Number(g.b);
      break;
    case 'numeric': {
      if (g.a === undefined) {
        // "4.12." and "4.12.2026" are always day.month.
        day = Number(g.da);
        month = Number(g.db);
        year = g.dyear;
        break;
      }
      const a = Number(g.a);
      const b = Number(g.b);
      const monthFirst = lex.numericDateOrder === 'month-day' && ctx.language === lex.language;
      [month, day] = monthFirst ? (a > 12 ? [b, a] : [a, b]) : b > 12 ? [a, b] : [b, a];
      break;
    }
    default: {
      // "by the 15th": this month, or the next one when the 15th has passed.
      day = Number(g.day);
      if (!(day >= 1 && day <= 31)) return null;
      let y = ctx.refYear;
      let m = ctx.refMonth;
      if (day < ctx.refDay) {
        m++;
        if (m > 12) {
          m = 1;
          y++;
        }
      }
      return day > daysInMonth(y, m) ? null : { kind: 'date', date: daysFromCivil(y, m, day) };
    }
  }
  if (month === undefined || !(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = rollYear(ctx, month, day, year);
  return d === null ? null : { kind: 'date', date: d };
}
