import type { TimelineContext } from './calendarContext.js';
import { resolveAbsoluteDate } from './resolveAbsoluteDate.js';
import { resolveCount, resolveCountUnit } from './resolveCount.js';
import { resolveDayWord } from './resolveDayWord.js';
import { resolveHolidays, resolveMonth, resolveMonthPeriod } from './resolveMonthPeriod.js';
import { resolveVague } from './resolveVague.js';
import { resolveCalendarWeek, resolvePeriodWord, resolveWeek } from './resolveWeek.js';
import { resolveWeekday } from './resolveWeekday.js';
import type { Groups, Lexicon, Resolved, RuleKind } from './types.js';

/** Resolves one matched phrase with the resolver of its kind; `null` when it names no day. */
export function resolvePhrase(kind: RuleKind, g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  switch (kind) {
    case 'count':
      return resolveCount(g, lex, ctx);
    case 'count-unit':
      return resolveCountUnit(g, lex, ctx);
    case 'weekday':
      return resolveWeekday(g, lex, ctx);
    case 'week':
      return resolveWeek(g, lex, ctx);
    case 'calendar-week':
      return resolveCalendarWeek(g, lex, ctx);
    case 'period-word':
      return resolvePeriodWord(g, lex, ctx);
    case 'month-period':
      return resolveMonthPeriod(g, lex, ctx);
    case 'month':
      return resolveMonth(g, lex, ctx);
    case 'day-word':
      return resolveDayWord(g, lex, ctx);
    case 'holidays':
      return resolveHolidays(g, lex, ctx);
    case 'vague':
      return resolveVague(g, lex, ctx);
    default:
      return resolveAbsoluteDate(kind, g, lex, ctx);
  }
}
