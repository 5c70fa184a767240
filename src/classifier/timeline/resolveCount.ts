import type { CountUnit } from '../../languages/timelineVocabulary.js';
import { monthAfter } from './calendarContext.js';
import type { TimelineContext } from './calendarContext.js';
import { daysFromCivil, daysInMonth } from '../../calendar/epochDay.js';
import { resolveVagueUnit } from './resolveVague.js';
import type { Groups, Lexicon, Resolved } from './types.js';

const DIGITS = /^\d+$/;

function countOf(word: string | undefined, lex: Lexicon): number {
  if (word === undefined) return Number.NaN;
  return DIGITS.test(word) ? Number(word) : (lex.numbers.get(word.replace(/\s+/g, ' ')) ?? Number.NaN);
}

/** The day `n` units after the reference. */
function after(ctx: TimelineContext, unit: CountUnit, n: number): number {
  switch (unit) {
    case 'business-days':
      return ctx.days.addBusinessDays(ctx.ref, n);
    case 'weeks':
      return ctx.ref + 7 * n;
    case 'months': {
      const [y, m] = monthAfter(ctx, n);
      return daysFromCivil(y, m, Math.min(ctx.refDay, daysInMonth(y, m)));
    }
    case 'hours':
      return ctx.ref + Math.max(1, Math.ceil(n / 24));
    case 'business-hours':
      return ctx.days.addBusinessDays(ctx.ref, Math.max(1, Math.ceil(n / 24)));
    default:
      return ctx.ref + n;
  }
}

/**
 * A count of days, weeks or months after a preposition, or before words naming the email ("two weeks from today", "dos
 * semanas después de hoy"): "within two weeks", "in 14 Tagen", "in etwa einer Woche", "dans les 5 jours ouvrés", "en un
 * plazo de dos semanas"; a count range ("1–3 weeks", "one to three days", "a day or two", "entre 2 y 3 semanas") is a
 * `range`; a count that gives no number ("a few days", "quelques jours") is `vague`.
 */
export function resolveCount(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  if (g.prep === undefined && g.between === undefined && g.self === undefined) return null;
  const unit = lex.units.get(g.unit ?? '');
  if (unit === undefined) return null;
  // "the test takes 4 hours", "la llamada dura 1 hora": after a duration verb only days and weeks are a wait.
  if (g.prep !== undefined && lex.durationWords.has(g.prep) && unit !== 'days' && unit !== 'business-days' && unit !== 'weeks') return null;
  if (g.few !== undefined) return resolveVagueUnit(unit === 'weeks' || unit === 'months' ? 'weeks' : 'days', ctx);
  // "the next week or two": the next one is one.
  const n = lex.next.has(g.num ?? '') ? 1 : countOf(g.num, lex);
  if (!(n > 0 && n <= 366)) return null;
  // "pour 14h", "até às 15h": under a day, the one-letter hour is a time of day, not a duration ("dans les 48h").
  if (unit === 'hours' && n < 24 && g.unit?.length === 1) return null;
  const upto = g.upto ?? g.orNum;
  // Several months ("over the next six months", "in a couple of months") is a probation, a programme or a hope, not a
  // day to act on; "within a month" is.
  if (unit === 'months' && n >= 2 && upto === undefined) return null;
  if (upto !== undefined) {
    const m = countOf(upto, lex);
    if (!(m > n && m <= 366)) return null;
    return { kind: 'range', date: after(ctx, unit, m), earliest: after(ctx, unit, n) };
  }
  return spanOf(unit, n, ctx);
}

/** "n units" from the reference: a span of days or business days, or a date for months. */
export function spanOf(unit: CountUnit, n: number, ctx: TimelineContext): Resolved {
  switch (unit) {
    case 'business-days':
      return { kind: 'span-business-days', date: after(ctx, unit, n), count: n, unit: 'business-days' };
    case 'weeks':
      return { kind: 'span-days', date: after(ctx, unit, n), count: 7 * n, unit: 'weeks' };
    case 'months':
      return { kind: 'date', date: after(ctx, unit, n) };
    case 'hours': {
      const d = Math.max(1, Math.ceil(n / 24));
      return { kind: 'span-days', date: ctx.ref + d, count: d, unit: 'days', hours: n };
    }
    case 'business-hours': {
      // "sous 48 heures ouvrées", "72 horas hábiles": whole business days, rounded up.
      const d = Math.max(1, Math.ceil(n / 24));
      return { kind: 'span-business-days', date: after(ctx, 'business-days', d), count: d, unit: 'business-days' };
    }
    default:
      return { kind: 'span-days', date: ctx.ref + n, count: n, unit: 'days' };
  }
}

/** A word that is a count and a unit at once: "within a fortnight", "sous huitaine", "dans la quinzaine". */
export function resolveCountUnit(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const cu = lex.countUnits.get(g.cu ?? '');
  if (cu === undefined || g.prep === undefined) return null;
  const [count, unit] = cu;
  const times = g.num === undefined ? 1 : countOf(g.num, lex);
  if (!(times >= 1 && times <= 12)) return null;
  const n = count * times;
  return unit === 'days' && n % 7 === 0 ? { kind: 'span-days', date: ctx.ref + n, count: n, unit: 'weeks' } : spanOf(unit, n, ctx);
}
