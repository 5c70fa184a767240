import type { CleanedField } from '../cleanReply.js';
import type { ReplyLanguage } from '../types.js';
import type { TimelineContext } from './calendarContext.js';
import { lastBusiness, weekStartOf } from './calendarContext.js';
import { classifyRole, sentenceAround } from './classifyRole.js';
import type { TimePhraseRole } from './classifyRole.js';
import { resolvePhrase } from './resolvePhrase.js';
import { trimFullStop } from './resolveSourceSpan.js';
import type { Groups, Lexicon, Resolved } from './types.js';
import { daysInMonth, formatEpochDay } from '../../calendar/epochDay.js';

/** At most this many matches per rule and field are weighed, so huge inputs stay linear. */
const MAX_MATCHES_PER_RULE = 32;

/** One phrase found in a field's folded text, before it is reported. */
export interface ScannedPhrase {
  readonly resolved: Resolved;
  readonly role: TimePhraseRole;
  readonly field: CleanedField;
  readonly fieldIndex: number;
  /** Bounds in the field's folded text. */
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly language: ReplyLanguage;
  /** The phrase resolved from another day than the email's, when a `following` word may count from a day named before it. */
  readonly from?: (day: number) => Resolved | null;
}

const OPENERS = new Set([91, 123, 60]); // [ { <
const CLOSERS = new Set([93, 125, 62]); // ] } >

/**
 * "Final interviews are on December 7, and we will decide the following week": a phrase with a `following` word right
 * after a named day (a date or a range, not an estimate) in its sentence counts from that day (the week after December
 * 7's). `kept` is in text order.
 */
function countFromDaysNamed(kept: ScannedPhrase[], text: string): void {
  for (let i = 1; i < kept.length; i++) {
    const p = kept[i]!;
    const before = kept[i - 1]!;
    const kind = before.resolved.kind;
    if (p.from === undefined || (kind !== 'date' && kind !== 'range') || sentenceAround(text, p.start, p.end).before.length < p.start - before.end) continue;
    const resolved = p.from(before.resolved.date);
    if (resolved !== null) kept[i] = { ...p, resolved };
  }
}

/** `ctx` with `day` as its reference day. */
function contextOn(ctx: TimelineContext, day: number): TimelineContext {
  const [refYear = 0, refMonth = 0, refDay = 0] = formatEpochDay(day).split('-').map(Number);
  return { ...ctx, ref: day, refYear, refMonth, refDay };
}

/**
 * Whether a phrase sits inside a template placeholder ("[Monday, 5 June]", "{{date}}", "<date>")
 * or next to one ("by %s"): a sample value there is not a date anyone stated.
 */
function isPlaceholder(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 40; i--) {
    const c = text.charCodeAt(i);
    if (CLOSERS.has(c) || c === 10) break;
    if (OPENERS.has(c)) return true;
  }
  return text.charCodeAt(end) === 37 || (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 37);
}

/**
 * Every time phrase of every field in the given languages, with its role, resolved against the
 * context; overlapping matches keep the longest (then the most confident).
 */
export function scanTimePhrases(fields: readonly CleanedField[], folded: readonly string[], lexicons: readonly Lexicon[], ctx: TimelineContext, primary: ReplyLanguage): ScannedPhrase[] {
  const out: ScannedPhrase[] = [];
  fields.forEach((field, fieldIndex) => {
    const text = folded[fieldIndex] ?? '';
    const found: ScannedPhrase[] = [];
    // Whether the text has each word list the rules need (lists are shared between rules, so each is searched once).
    const has = new Map<RegExp, boolean>();
    const holds = (need: RegExp): boolean => {
      let known = has.get(need);
      if (known === undefined) has.set(need, (known = need.test(text)));
      return known;
    };
    for (const lex of lexicons) {
      for (const rule of lex.rules) {
        if (!rule.needs.every(holds)) continue;
        const re = rule.pattern;
        re.lastIndex = 0;
        let match: RegExpExecArray | null;
        let n = 0;
        while (n < MAX_MATCHES_PER_RULE && (match = re.exec(text)) !== null) {
          if (match[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const g = match.groups ?? {};
          const phrase = resolvePhrase(rule.kind, g, lex, ctx);
          if (phrase === null) continue;
          n++;
          const { start, end, resolved } = (rule.kind === 'day-month' || rule.kind === 'month-day') && phrase.kind === 'date'
            ? dayRange(text, match.index, trimFullStop(text, match.index, match.index + match[0].length), g, phrase.date, rule.kind === 'month-day', lex)
            : { start: match.index, end: trimFullStop(text, match.index, match.index + match[0].length), resolved: phrase };
          if (isPlaceholder(text, start, end)) continue;
          // "within 48 hours of receiving the link", "em 7 dias a partir de [data]": counted from another event, no date.
          if ((rule.kind === 'count' || rule.kind === 'count-unit') && resolved.kind !== 'vague' &&
            (lex.eventAfter.test(text.slice(end, end + 60)) || lex.eventBefore.test(sentenceAround(text, start, end).before))) continue;
          // "Referenznummer: 10/25", "118 3/2 street": two bare numbers are a date only with a time next to them, in
          // parentheses ("quarta-feira (30/04)") or in a list of dates ("3/24, 3/25 and 4/1").
          if (rule.kind === 'numeric' && g.prep === undefined && g.year === undefined && g.dyear === undefined && !/[a-z]/.test(text.slice(start, end)) &&
            !lex.timeAfter.test(text.slice(end - 1, end + 40)) && text.charCodeAt(start - 1) !== 40 && !listed(text, start, end, lex)) continue;
          if (rule.kind === 'weekday' && (lex.weekdayRangeAfter.test(text.slice(end, end + 40)) || lex.weekdayRangeBefore.test(`${text.slice(Math.max(0, start - 40), start)}${g.prep === undefined ? '' : `${g.prep} `}`))) continue;
          const relative = resolved.kind === 'vague' || resolved.kind === 'span-days' || resolved.kind === 'span-business-days' || rule.kind === 'count';
          const reading = classifyRole(text, start, end, g.prep, relative, lex, rule.kind === 'day-word' && resolved.kind === 'date' && resolved.date === ctx.ref);
          if (reading === null) continue;
          // A day no word around it gives a role ("vom 20.11.2025", "¡Era el miércoles!") is no date to act on.
          if (reading.role === 'other' && !reading.cue && resolved.kind !== 'vague') continue;
          let confidence = rule.base + (reading.role === 'promise' && reading.cue ? 0.25 : 0) + (reading.deadline ? 0.1 : 0) + (lex.language === primary ? 0.05 : -0.1);
          if (reading.role === 'other') confidence -= 0.2;
          if (resolved.kind === 'vague') confidence = Math.min(confidence, 0.35);
          found.push({
            // An interview "in three days", "in 2 hours" is on a day, not a time limit.
            resolved: reading.role === 'slot' && resolved.count !== undefined
              ? { kind: 'date', date: resolved.hours === undefined ? resolved.date : ctx.dayAfterHours(resolved.hours) }
              : resolved,
            role: reading.role, field, fieldIndex, start, end,
            confidence: Math.max(0.05, Math.min(0.95, Math.round(confidence * 100) / 100)), language: lex.language,
            ...([g.which, g.suffix, g.wn, g.ws].some((w) => lex.following.has(w ?? '')) ? { from: (day: number) => resolvePhrase(rule.kind, g, lex, contextOn(ctx, day)) } : {}),
          });
        }
      }
    }
    // Longest first, then most confident: "by the end of next week" over "next week", "close of business Friday" over "Friday".
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
    const taken = new Uint8Array(text.length + 1);
    const kept: ScannedPhrase[] = [];
    for (const p of found) {
      let free = true;
      for (let i = p.start; i < p.end && free; i++) if (taken[i] === 1) free = false;
      if (!free) continue;
      taken.fill(1, p.start, p.end);
      kept.push(p);
    }
    kept.sort((a, b) => a.start - b.start);
    countFromDaysNamed(kept, text);
    joinAlternatives(kept.map((p) => weekOf(p, text, lexicons, ctx)), text, lexicons, out);
  });
  out.sort((a, b) => a.fieldIndex - b.fieldIndex || a.start - b.start);
  return out;
}

/**
 * A date that ends or starts a range of days of its month: "9–14 June", "du 9 au 14 juin", "vom 9. bis 14. Juni", "del 9
 * al 14 de junio", "between 9 and 14 June" (the first day before the date), "June 9–14", "June 9 to 14" (the last after
 * it). One day alone stays a date.
 */
function dayRange(text: string, start: number, end: number, g: Groups, date: number, monthFirst: boolean, lex: Lexicon): { start: number; end: number; resolved: Resolved } {
  const day = Number(g.day);
  const from = Math.max(0, start - 30);
  // The words before the day number, the phrase's own preposition or article included ("au 14 juin", "a 14 de junho").
  const before = monthFirst ? null : lex.dayRangeBefore.exec(text.slice(from, text.indexOf(g.day ?? '', start)));
  const first = Number(before?.groups?.a ?? before?.groups?.b);
  if (before !== null && first >= 1 && first < day) return { start: from + before.index, end, resolved: { kind: 'range', date, earliest: date - (day - first) } };
  const after = monthFirst ? lex.dayRangeAfter.exec(text.slice(end, end + 20)) : null;
  const last = Number(after?.groups?.d);
  const [y = 0, m = 0] = formatEpochDay(date).split('-').map(Number);
  if (after !== null && last > day && last <= daysInMonth(y, m)) return { start, end: end + after[0].length, resolved: { kind: 'range', date: date + (last - day), earliest: date } };
  return { start, end, resolved: { kind: 'date', date } };
}

/**
 * Days offered as alternatives ("Monday or Tuesday", "today or tomorrow", "3/24, 3/25 and 4/1") in one role are one
 * range, from the first day to the last (R4.1 waits for the last), unless the second brings its own deadline word
 * ("on Monday, and by Friday"). Appends the field's phrases, so joined, to `out`; a phrase that {@link weekOf} widened
 * over the one before replaces it.
 */
function joinAlternatives(phrases: readonly ScannedPhrase[], text: string, lexicons: readonly Lexicon[], out: ScannedPhrase[]): void {
  let last: ScannedPhrase | undefined;
  for (const p of phrases) {
    // A week named by its day takes in the phrase its week word was part of ("during the week" of 14 December).
    if (last !== undefined && p.start < last.end) {
      out[out.length - 1] = last = { ...p, start: Math.min(p.start, last.start) };
      continue;
    }
    const a = last?.resolved;
    const b = p.resolved;
    // The separator in the first phrase's language ("or", "oder", "ou", "o").
    const re = lexicons.find((l) => l.language === last?.language)?.alternatives;
    if (re !== undefined) re.lastIndex = last?.end ?? 0;
    if (last !== undefined && a !== undefined && re !== undefined && last.role === p.role && a.kind !== 'vague' && a.count === undefined &&
      b.kind !== 'vague' && b.count === undefined && re.test(text) && re.lastIndex === p.start) {
      const earliest = Math.min(a.earliest ?? a.date, b.earliest ?? b.date);
      const date = Math.max(a.date, b.date);
      out[out.length - 1] = last = {
        ...last, end: p.end, confidence: Math.min(last.confidence, p.confidence),
        resolved: earliest === date ? { kind: 'date', date } : { kind: 'range', date, earliest },
      };
    } else out.push((last = p));
  }
}

/**
 * A day named as its week ("the week of December 14", "the week starting 25th Nov", "la semaine du 14 décembre", "la
 * semana del 14 de diciembre"): a range from that day to the last business day of its week, its span taking in the
 * week word.
 */
function weekOf(p: ScannedPhrase, text: string, lexicons: readonly Lexicon[], ctx: TimelineContext): ScannedPhrase {
  const lex = lexicons.find((l) => l.language === p.language);
  const from = Math.max(0, p.start - 40);
  const m = p.resolved.kind === 'date' ? lex?.weekBefore.exec(text.slice(from, p.start)) : null;
  if (lex === undefined || m === null || m === undefined || (m.groups?.link === undefined && !lex.weekLink.test(text.slice(p.start, p.end)))) return p;
  const day = p.resolved.date;
  const last = lastBusiness(ctx.days, day, weekStartOf(ctx, day) + 6);
  return { ...p, start: from + m.index, resolved: last <= day || !ctx.days.isBusinessDay(last) ? p.resolved : { kind: 'range', date: last, earliest: day } };
}

/**
 * Whether the phrase at `start`–`end` is in a list of dates: a separator of alternatives (", ", " or ", ", and ") ends
 * right at `start` (it continues a list), or one starts at `end` and two numbers with a slash follow (it opens one).
 */
function listed(text: string, start: number, end: number, lex: Lexicon): boolean {
  const re = lex.alternatives;
  for (let i = start - 2; i >= Math.max(0, start - 12); i--) {
    re.lastIndex = i;
    if (re.test(text) && re.lastIndex === start) return true;
  }
  re.lastIndex = end;
  return re.test(text) && LIST_DATE.test(text.slice(re.lastIndex, re.lastIndex + 6));
}

/** Two numbers with a slash, as the next item of a list of dates ("3/25"). */
const LIST_DATE = /^\d{1,2}\/\d{1,2}(?![\d/])/;
