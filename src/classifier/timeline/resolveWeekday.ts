import { weekdayOfEpochDay } from '../../calendar/epochDay.js';
import { mondayOf } from './calendarContext.js';
import type { TimelineContext } from './calendarContext.js';
import type { Groups, Lexicon, Resolved } from './types.js';

/**
 * A weekday: "by Friday", "close of business Friday", "bis Freitag", "vendredi prochain",
 * "el próximo lunes". The next such day after the reference ("by Friday" written on a Friday is a
 * week later); English "next Friday" is next week's Friday, the other languages' the coming one.
 */
export function resolveWeekday(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const weekday = lex.weekdays.get(g.wd ?? '');
  if (weekday === undefined) return null;
  const which = g.which;
  if (which !== undefined && lex.next.has(which) && lex.nextWeekday === 'next-week') {
    return { kind: 'date', date: mondayOf(ctx.ref) + 7 + ((weekday + 6) % 7) };
  }
  const ahead = (weekday - weekdayOfEpochDay(ctx.ref) + 7) % 7;
  return { kind: 'date', date: ctx.ref + (ahead === 0 ? 7 : ahead) };
}
