import type { Calendar, CivilDate } from '../calendar/types.js';
import { daysFromCivil, daysInMonth, formatEpochDay, toEpochDay, weekdayOfEpochDay } from '../calendar/epochDay.js';
import { civilDateInZone, assertTimeZone } from '../calendar/zone.js';
import type { Instant } from '../calendar/zone.js';
import { InvalidArgumentError } from '../errors.js';
import { cleanReply } from './cleanReply.js';
import type { CleanedField } from './cleanReply.js';
import { detectLanguageOfTokens } from './detectLanguage.js';
import { foldText } from './foldText.js';
import { tokenize } from './tokenize.js';
import {
  BUSINESS_UNIT_PATTERN, DAY_AFTER_TOMORROW_PATTERN, DIGITS_PATTERN, HOUR_UNIT_PATTERN, MONTH_UNIT_PATTERN, MONTHS, NEXT_WORD_PATTERN,
  NUMBER_WORDS, PROMISE_PATTERN, SPACES_PATTERN, TIMELINE_RULES, TOMORROW_PATTERN, WEEK_UNIT_PATTERN, ABSENCE_PATTERN,
  DEADLINE_PREPOSITION_PATTERN, REQUEST_PATTERN,
  WEEK_WORD_PATTERN, WEEKDAYS,
} from './timelineRules.js';
import type { TimelineRule } from './timelineRules.js';
import { REPLY_LANGUAGES } from './types.js';
import type { ExtractedTimeline, PromiseKind, ReplyInput, ReplyLanguage } from './types.js';

/** Options of {@link extractTimeline}. */
export interface ExtractTimelineOptions {
  /** When the reply was received (or written): the "now" that "by Friday" is counted from. */
  readonly reference: Instant | Date;
  /** The employer's IANA zone: `reference` is read as a civil date there (R4.5). */
  readonly timeZone: string;
  /**
   * The employer's business-day calendar (R4.4), for "5 business days" and "end of the week".
   * @defaultValue Monday–Friday, no holidays
   */
  readonly calendar?: Calendar;
  /** Read the reply as this language (numeric dates: `en` is month/day, the others day/month). @defaultValue detected */
  readonly language?: ReplyLanguage;
}

/** At most this many candidate phrases are weighed per field, so huge inputs stay linear. */
const MAX_CANDIDATES = 64;
/** Below this many stop words, the detected language is a guess: other languages' phrases are tried too. */
const FEW_STOP_WORDS = 8;
/** At most this many characters of a phrase's sentence are searched for a promise or a request. */
const CONTEXT_BEFORE = 200;
const CONTEXT_AFTER = 120;

/** The text of the phrase's sentence before and after it (bounded, so the search stays linear). */
function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && start - from < CONTEXT_BEFORE && !isBoundary(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT_AFTER && !isBoundary(text.charCodeAt(to))) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

function isBoundary(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 59;
}

interface Days {
  isBusinessDay(day: number): boolean;
  addBusinessDays(day: number, n: number): number;
}

function daysOf(calendar: Calendar | undefined): Days {
  if (calendar !== undefined) {
    return {
      isBusinessDay: (d) => calendar.isBusinessDay(d),
      addBusinessDays: (d, n) => calendar.addBusinessDays(d, n),
    };
  }
  const isBusinessDay = (d: number): boolean => {
    const w = weekdayOfEpochDay(d);
    return w !== 0 && w !== 6;
  };
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

interface Resolved {
  readonly kind: PromiseKind;
  readonly date: number;
  readonly earliest?: number;
  readonly count?: number;
  readonly unit?: 'days' | 'weeks' | 'business-days';
}

interface Context {
  readonly ref: number;
  readonly refYear: number;
  readonly refMonth: number;
  readonly refDay: number;
  readonly days: Days;
  readonly language: ReplyLanguage;
}

const mondayOf = (d: number): number => d - ((weekdayOfEpochDay(d) + 6) % 7);

function firstBusiness(days: Days, from: number, to: number): number {
  for (let d = from; d <= to; d++) if (days.isBusinessDay(d)) return d;
  return from;
}
function lastBusiness(days: Days, from: number, to: number): number {
  for (let d = to; d >= from; d--) if (days.isBusinessDay(d)) return d;
  return to;
}

type Part = 'end' | 'early' | 'mid' | 'late' | 'whole' | 'rest';

const PARTS: Readonly<Record<string, Part>> = {
  end: 'end', close: 'end', eow: 'end', ende: 'end', fin: 'end', finales: 'end', final: 'end', monatsende: 'end',
  wochenende: 'end', 'latter part': 'late', 'second half': 'late', late: 'late',
  beginning: 'early', start: 'early', early: 'early', anfang: 'early', beginn: 'early', debut: 'early',
  principios: 'early', comienzos: 'early', inicios: 'early', inicio: 'early', 'first half': 'early',
  middle: 'mid', mid: 'mid', mitte: 'mid', milieu: 'mid', mi: 'mid', mediados: 'mid',
  later: 'rest', rest: 'rest', laufe: 'rest', courant: 'rest',
};

/** The business days of the week starting on `monday` that `part` names, as [earliest, latest]. */
function weekPart(ctx: Context, monday: number, part: Part): [number, number] {
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
      return [Math.min(last, ctx.ref + 1), last];
    default:
      return [Math.max(first, monday === mondayOf(ctx.ref) ? ctx.ref : first), last];
  }
}

function monthPart(ctx: Context, year: number, month: number, part: Part): [number, number] {
  const first = daysFromCivil(year, month, 1);
  const last = daysFromCivil(year, month, daysInMonth(year, month));
  switch (part) {
    case 'end':
      return [lastBusiness(ctx.days, first, last), lastBusiness(ctx.days, first, last)];
    case 'early':
      return [first, first + 9];
    case 'mid':
      return [first + 10, first + 19];
    case 'late':
      return [first + 20, last];
    default:
      return [first, last];
  }
}

/** The year that makes month/day the next such date: "by January 10" written in December is next year. */
function rollYear(ctx: Context, month: number, day: number, year: string | undefined): number | null {
  if (year !== undefined) {
    const y = Number(year.length === 2 ? `20${year}` : year);
    return day <= daysInMonth(y, month) ? daysFromCivil(y, month, day) : null;
  }
  for (const y of [ctx.refYear, ctx.refYear + 1]) {
    if (day > daysInMonth(y, month)) continue;
    const d = daysFromCivil(y, month, day);
    // A date up to two weeks back is kept (a promise about a day that just passed); older means next year.
    if (d >= ctx.ref - 14) return d;
  }
  return null;
}

function nextWeekday(ctx: Context, weekday: number, which: string | undefined): number {
  const w = weekdayOfEpochDay(ctx.ref);
  // English "next Friday" is next week's Friday; "nächsten Freitag", "vendredi prochain", "el próximo viernes" the coming one.
  if (which === 'next') {
    return mondayOf(ctx.ref) + 7 + ((weekday + 6) % 7);
  }
  // "by Friday" on a Friday is a week later: a promise is never for the day it is written.
  const ahead = (weekday - w + 7) % 7;
  return ctx.ref + (ahead === 0 ? 7 : ahead);
}

function isNextWord(word: string | undefined): boolean {
  return word !== undefined && NEXT_WORD_PATTERN.test(word);
}

function resolve(rule: TimelineRule, g: Readonly<Record<string, string | undefined>>, ctx: Context): Resolved | null {
  switch (rule.kind) {
    case 'span': {
      const unitWord = g.unit ?? '';
      let n: number;
      if (unitWord === 'huitaine') return { kind: 'span-days', date: ctx.ref + 7, count: 7, unit: 'weeks' };
      if (unitWord === 'quinzaine') return { kind: 'span-days', date: ctx.ref + 14, count: 14, unit: 'weeks' };
      if (g.num === undefined) n = 1;
      else n = DIGITS_PATTERN.test(g.num) ? Number(g.num) : (NUMBER_WORDS[g.num.replace(SPACES_PATTERN, ' ')] ?? Number.NaN);
      if (Number.isNaN(n)) {
        const weeks = WEEK_UNIT_PATTERN.test(unitWord);
        const date = weeks ? ctx.ref + 14 : ctx.days.addBusinessDays(ctx.ref, 3);
        return { kind: 'vague', date };
      }
      if (n <= 0 || n > 366) return null;
      if (g.upto !== undefined) {
        // "within 7-10 days": a range from the first count to the second (R4.1 waits for the last day).
        const upto = Number(g.upto);
        if (!(upto > n && upto <= 366)) return null;
        const span = (k: number): number => (BUSINESS_UNIT_PATTERN.test(unitWord) ? ctx.days.addBusinessDays(ctx.ref, k) : ctx.ref + (WEEK_UNIT_PATTERN.test(unitWord) ? 7 * k : k));
        if (MONTH_UNIT_PATTERN.test(unitWord) || HOUR_UNIT_PATTERN.test(unitWord)) return null;
        return { kind: 'range', date: span(upto), earliest: span(n) };
      }
      if (BUSINESS_UNIT_PATTERN.test(unitWord)) {
        return { kind: 'span-business-days', date: ctx.days.addBusinessDays(ctx.ref, n), count: n, unit: 'business-days' };
      }
      if (WEEK_UNIT_PATTERN.test(unitWord)) return { kind: 'span-days', date: ctx.ref + 7 * n, count: 7 * n, unit: 'weeks' };
      if (MONTH_UNIT_PATTERN.test(unitWord)) {
        const m0 = ctx.refMonth - 1 + n;
        const y = ctx.refYear + Math.floor(m0 / 12);
        const m = (m0 % 12) + 1;
        return { kind: 'date', date: daysFromCivil(y, m, Math.min(ctx.refDay, daysInMonth(y, m))) };
      }
      if (HOUR_UNIT_PATTERN.test(unitWord)) {
        const d = Math.max(1, Math.ceil(n / 24));
        return { kind: 'span-days', date: ctx.ref + d, count: d, unit: 'days' };
      }
      return { kind: 'span-days', date: ctx.ref + n, count: n, unit: 'days' };
    }
    case 'weekday': {
      const wd = WEEKDAYS[g.wd ?? ''];
      if (wd === undefined) return null;
      const which = g.which ?? g.suffix;
      return { kind: 'date', date: nextWeekday(ctx, wd, which) };
    }
    case 'week': {
      const part = g.part === undefined ? 'whole' : (PARTS[g.part.replace(SPACES_PATTERN, ' ')] ?? 'whole');
      const which = g.which ?? g.suffix;
      const det = g.det;
      const next = isNextWord(which);
      const thisWeek = !next && (which !== undefined || det !== undefined || part !== 'whole' || g.unit === 'wochenende');
      if (!next && !thisWeek) return null;
      if (!next && part === 'whole' && which === undefined && det === 'la' && g.unit === 'semaine') return null;
      if (which === 'the' && part === 'whole') return null;
      const monday = mondayOf(ctx.ref) + (next ? 7 : 0);
      const [earliest, latest] = weekPart(ctx, monday, g.unit === 'wochenende' ? 'end' : part);
      if (latest < ctx.ref) return null;
      return earliest === latest ? { kind: 'date', date: latest } : { kind: 'range', date: latest, earliest };
    }
    case 'calendar-week': {
      const kw = Number(g.num);
      if (kw < 1 || kw > 53) return null;
      // ISO week 1 contains January 4th.
      let year = ctx.refYear;
      const mondayOfWeek = (y: number): number => mondayOf(daysFromCivil(y, 1, 4)) + 7 * (kw - 1);
      if (mondayOfWeek(year) + 6 < ctx.ref - 14) year++;
      const monday = mondayOfWeek(year);
      const [earliest, latest] = weekPart(ctx, monday, g.prep === 'bis ende' ? 'end' : 'whole');
      return earliest === latest ? { kind: 'date', date: latest } : { kind: 'range', date: latest, earliest };
    }
    case 'month-part': {
      const part = PARTS[g.part ?? ''] ?? 'whole';
      let year = ctx.refYear;
      let month = ctx.refMonth;
      if (g.month !== undefined) {
        const m = MONTHS[g.month];
        if (m === undefined) return null;
        month = m;
        if (daysFromCivil(year, month, daysInMonth(year, month)) < ctx.ref - 14) year++;
      } else if (isNextWord(g.which) || g.which === 'nachsten' || g.which === 'kommenden' || g.which === 'proximo') {
        month++;
        if (month > 12) {
          month = 1;
          year++;
        }
      }
      const [earliest, latest] = monthPart(ctx, year, month, part);
      return earliest === latest ? { kind: 'date', date: latest } : { kind: 'range', date: latest, earliest };
    }
    case 'month-day':
    case 'day-month': {
      const month = MONTHS[g.month ?? ''];
      const day = g.day === '1er' ? 1 : Number(g.day);
      if (month === undefined || !(day >= 1 && day <= 31)) return null;
      const d = rollYear(ctx, month, day, g.year);
      return d === null ? null : { kind: 'date', date: d };
    }
    case 'ordinal': {
      const day = Number(g.day);
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
      if (day > daysInMonth(y, m)) return null;
      return { kind: 'date', date: daysFromCivil(y, m, day) };
    }
    case 'numeric':
    case 'iso': {
      const a = Number(g.a);
      const b = Number(g.b);
      let month: number;
      let day: number;
      if (rule.kind === 'iso') [month, day] = [a, b];
      else if (ctx.language === 'en' && rule.language === 'en') [month, day] = a > 12 ? [b, a] : [a, b];
      else [day, month] = [a, b];
      if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
      const d = rollYear(ctx, month, day, g.year);
      return d === null ? null : { kind: 'date', date: d };
    }
    case 'relative': {
      const rel = (g.rel ?? '').replace(SPACES_PATTERN, ' ');
      if (TOMORROW_PATTERN.test(rel)) return { kind: 'date', date: ctx.ref + 1 };
      if (DAY_AFTER_TOMORROW_PATTERN.test(rel)) return { kind: 'date', date: ctx.ref + 2 };
      return { kind: 'date', date: ctx.ref };
    }
    case 'vague': {
      const rel = g.rel ?? '';
      const weeks = WEEK_WORD_PATTERN.test(rel);
      return { kind: 'vague', date: weeks ? ctx.ref + 14 : ctx.days.addBusinessDays(ctx.ref, 3) };
    }
    default:
      return null;
  }
}

interface Candidate {
  readonly resolved: Resolved;
  readonly field: CleanedField;
  readonly fieldIndex: number;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly language: ReplyLanguage;
}

/**
 * Finds what the employer promised about when the candidate will hear back, and resolves it to a
 * civil date or range in the employer's zone (R4.5): "by Friday", "by the end of next week",
 * "within two weeks", "in the next 5 business days", "early next week" (a range), "by December
 * 4th", "in a few days" (vague), in English, German, French and Spanish.
 *
 * Weekdays and dates are the next ones after `reference` ("by Friday" written on a Friday is a
 * week later; "by January 10" written in December is next year); business days come from
 * `calendar` (Monday–Friday without one). A phrase counts when it reads as a deadline ("by",
 * "within", "bis", "d'ici", "antes del") or sits next to a promise ("we will let you know").
 *
 * @param input - The reply, as for {@link classifyReply}.
 * @param options - `reference` (when it was received), `timeZone`, and optionally `calendar`, `language`.
 * @returns The best-supported promise, or `null` when there is none.
 * @throws {@link InvalidArgumentError} for a bad input, options object or calendar;
 * {@link InvalidDateError} for a bad `reference`; {@link UnknownTimeZoneError} for a bad `timeZone`.
 * @example
 * ```ts
 * extractTimeline('We will get back to you by the end of next week.', {
 *   reference: '2026-11-25T10:00:00+01:00', timeZone: 'Europe/Berlin',
 * })?.date //=> "2026-12-04"
 * ```
 */
export function extractTimeline(input: ReplyInput, options: ExtractTimelineOptions): ExtractedTimeline | null {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options', options, 'an object { reference, timeZone, calendar? }');
  }
  assertTimeZone(options.timeZone);
  const refDate = civilDateInZone(options.reference, options.timeZone);
  const calendar = options.calendar;
  if (calendar !== undefined && (typeof calendar !== 'object' || calendar === null || typeof calendar.addBusinessDays !== 'function' || typeof calendar.isBusinessDay !== 'function')) {
    throw new InvalidArgumentError('options.calendar', calendar, 'a Calendar from createCalendar()');
  }
  if (options.language !== undefined && !REPLY_LANGUAGES.includes(options.language)) {
    throw new InvalidArgumentError('options.language', options.language, `one of ${REPLY_LANGUAGES.map((l) => `"${l}"`).join(', ')}`);
  }
  const fields = cleanReply(input);
  const folded = fields.map((f) => foldText(f.text));
  const detected = options.language === undefined ? detectLanguageOfTokens(folded.map((t) => tokenize(t, 3000))) : { language: options.language, sure: true, stopWords: Number.POSITIVE_INFINITY };
  const language = detected.language;
  const ref = toEpochDay(refDate);
  const [y, m, d] = refDate.split('-').map(Number) as [number, number, number];
  const ctx: Context = { ref, refYear: y, refMonth: m, refDay: d, days: daysOf(calendar), language };

  const collect = (allRules: boolean): Candidate[] => {
  const candidates: Candidate[] = [];
  fields.forEach((field, fieldIndex) => {
    const text = folded[fieldIndex] ?? '';
    let found = 0;
    for (const rule of TIMELINE_RULES) {
      if (!allRules && rule.language !== language && rule.kind !== 'iso') continue;
      const re = new RegExp(rule.pattern.source, rule.pattern.flags);
      let match: RegExpExecArray | null;
      while (found < MAX_CANDIDATES && (match = re.exec(text)) !== null) {
        if (match[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        found++;
        const g = match.groups ?? {};
        const resolved = resolve(rule, g, ctx);
        if (resolved === null || resolved.date < ref) continue;
        const start = match.index;
        let end = start + match[0].length;
        // "Friday." — the optional dot belongs to abbreviations ("Fri.", "Dec."), not to full names.
        if (text.charCodeAt(end - 1) === 46 && end - start > 5 && !isAbbreviationBefore(text, end - 1)) end--;
        const { before, after } = sentenceAround(text, start, end);
        if (REQUEST_PATTERN.test(before)) continue;
        const promise = PROMISE_PATTERN.test(before) || PROMISE_PATTERN.test(after);
        if (!promise && (ABSENCE_PATTERN.test(before) || ABSENCE_PATTERN.test(after))) continue;
        const deadline = g.prep !== undefined && DEADLINE_PREPOSITION_PATTERN.test(g.prep) && rule.kind !== 'relative';
        if (!promise && !deadline) continue;
        if ((rule.kind === 'vague' || rule.kind === 'relative') && !promise) continue;
        let confidence = rule.base + (promise ? 0.25 : 0) + (deadline ? 0.1 : 0) + (rule.language === language ? 0.05 : -0.1);
        if (resolved.kind === 'vague') confidence = Math.min(confidence, 0.35);
        candidates.push({ resolved, field, fieldIndex, start, end, confidence: Math.min(0.95, Math.round(confidence * 100) / 100), language: rule.language });
      }
    }
  });
  return candidates;
  };
  let candidates = collect(!detected.sure);
  // Nothing in the detected language: a short or mixed-language reply may use another's phrases.
  if (candidates.length === 0 && detected.sure && detected.stopWords < FEW_STOP_WORDS) candidates = collect(true);
  if (candidates.length === 0) return null;
  // The most confident promise wins; then the longer phrase ("by the end of next week" over "next week"); then the earlier one.
  candidates.sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.fieldIndex - b.fieldIndex || a.start - b.start);
  const best = candidates[0] as Candidate;
  return toResult(best, ref);
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && text.charCodeAt(k - 1) >= 97 && text.charCodeAt(k - 1) <= 122) k--;
  return dot - k <= 4;
}

function toResult(c: Candidate, ref: number): ExtractedTimeline {
  const f = c.field;
  const start = f.starts[c.start] ?? 0;
  const end = Math.max(start, f.ends[c.end - 1] ?? start);
  const r = c.resolved;
  const date: CivilDate = formatEpochDay(r.date);
  return {
    kind: r.kind,
    date,
    ...(r.kind === 'range' && r.earliest !== undefined ? { earliest: formatEpochDay(r.earliest), latest: date } : {}),
    ...(r.count !== undefined ? { count: r.count, from: formatEpochDay(ref) } : {}),
    ...(r.unit !== undefined ? { unit: r.unit } : {}),
    span: { field: f.field, start, end, text: f.original.slice(start, end) },
    confidence: c.confidence,
    phrase: f.text.slice(c.start, c.end),
    language: c.language,
  };
}
