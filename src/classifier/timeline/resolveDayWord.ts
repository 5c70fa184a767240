import type { TimelineContext } from './calendarContext.js';
import type { Groups, Lexicon, Resolved } from './types.js';

/**
 * A day named relative to today: "tomorrow", "this evening", "end of day", "morgen", "demain", "mañana"; "the next
 * business day" is counted in the calendar.
 */
export function resolveDayWord(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  if (g.not !== undefined) return null;
  if (lex.nextBusinessDay.has(g.day ?? '')) return { kind: 'date', date: ctx.days.addBusinessDays(ctx.ref, 1) };
  const offset = lex.dayWords.get(g.day ?? '');
  return offset === undefined ? null : { kind: 'date', date: ctx.ref + offset };
}
