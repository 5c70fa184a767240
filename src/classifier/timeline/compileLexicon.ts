import { foldText } from '../foldText.js';
import type { CountUnit, PeriodPart, TimelineVocabulary } from '../../languages/timelineVocabulary.js';
import type { Lexicon, RuleKind, TimelineRule } from './types.js';

/**
 * Compiles a {@link TimelineVocabulary} into folded lookup tables and one regular expression per
 * phrase family. The patterns are chains of literal alternatives with bounded, non-nested
 * repetition, so they match in linear time (the ReDoS test feeds each of them worst-case input).
 */
export function compileLexicon(v: TimelineVocabulary): Lexicon {
  const fold = (w: string): string => foldText(w);
  const map = <T>(o: Readonly<Record<string, T>> | undefined): Map<string, T> => new Map(Object.entries(o ?? {}).map(([k, x]) => [fold(k), x]));
  const set = (words: readonly string[]): Set<string> => new Set(words.map(fold));
  // Each word of lists by key ("days": [...]), folded, with its list's key.
  const byList = <K extends string>(lists: { readonly [P in K]?: readonly string[] }): Map<string, K> =>
    new Map((Object.entries(lists) as [K, readonly string[]][]).flatMap(([key, words]) => words.map((w) => [fold(w), key] as const)));
  const cue = (words: readonly string[]): RegExp => new RegExp(`${B0}${alt(words)}`, 'g');
  return {
    language: v.language,
    numericDateOrder: v.numericDateOrder,
    weekdays: map(v.weekdays), months: map(v.months), numbers: map(v.numbers), units: byList<CountUnit>(v.units), countUnits: map(v.countUnits),
    parts: byList<PeriodPart>(v.parts), periodWords: map(v.periodWords), dayWords: map(v.dayWords), nextBusinessDay: set(v.nextBusinessDay), vague: byList(v.vague),
    next: set(v.next.before.concat(v.next.after)),
    afterNext: set(v.afterNext.before.concat(v.afterNext.after)),
    orAfterNext: set(v.afterNext.or),
    verbFinal: v.verbFinal,
    following: set(v.following),
    holidayWords: new Map((['before', 'after', 'in'] as const).flatMap((role) => v.holidays[role].map((w) => [fold(w), role] as const))),
    newYear: set(v.holidays.newYear),
    monthPlurals: set(v.monthPlurals),
    current: set(v.current.before.concat(v.current.after)),
    nextWeekday: set(v.nextWeekday),
    deadlinePrepositions: set(v.deadlinePrepositions),
    countPrepositions: set(v.countPrepositions),
    requestPrepositions: set(v.requestPrepositions),
    durationWords: set(v.durationWords),
    rollingPrepositions: set(v.rollingPrepositions),
    rules: phraseRules(v),
    promise: cue(v.promise),
    request: cue(v.request),
    deadline: cue(v.deadlineWords),
    slot: cue(v.slot),
    absence: cue(v.absence),
    other: cue(v.other),
    // No words: a pattern that never matches (as `alt` makes it).
    subject: cue(v.subjects ?? []),
    noDate: new RegExp(`${B0}${alt(v.noDate)}`),
    ...rangeAndTimePatterns(v),
  };
}

/** The regular-expression pieces the phrase rules are built of, each an alternation of the vocabulary's words. */
function fragments(v: TimelineVocabulary) {
  const ambiguous = new Set((v.ambiguousMonths ?? []).map((m) => foldText(m)));
  const ART = alt(v.articles);
  const fullWeekdays = Object.keys(v.weekdays).filter((w) => w.length > 4);
  const shortWeekdays = Object.keys(v.weekdays).filter((w) => w.length <= 4);
  return {
    PREP: alt([...v.deadlinePrepositions, ...v.prepositions]),
    CPREP: alt([...v.countPrepositions, ...v.deadlinePrepositions, ...v.requestPrepositions, ...v.durationWords]),
    ART,
    NEXT_BEFORE: alt([...v.next.before, ...v.current.before]),
    NEXT_AFTER: alt([...v.next.after, ...v.current.after]),
    // Abbreviations ("Fri", "Sat") are also words: read only with a dot, a comma or a day number after them.
    WD: shortWeekdays.length === 0 ? alt(fullWeekdays) : `(?:${alt(fullWeekdays)}|${alt(shortWeekdays)}(?=\\.|,|\\s\\d))`,
    WD_PREFIX: `(?:${alt(Object.keys(v.weekdays))}\\.?,?\\s(?:${ART}\\s)?)`,
    MO: alt(Object.keys(v.months)),
    // After a preposition a month's full name is one even when it is also a word ("in May", "im Mai", "en mayo"); its
    // abbreviations ("mar", "set") are not.
    MO_NAMED: alt(Object.keys(v.months).filter((m) => !ambiguous.has(foldText(m)) || !Object.keys(v.months).some((k) => k !== m && k.startsWith(m)))),
    NUM: `(?:\\d{1,3}|${alt(Object.keys(v.numbers))})`,
    FEW: alt(v.fewWords),
    ABOUT: alt(v.about),
    UNIT: alt(Object.values(v.units).flat()),
    JOIN: alt([...v.rangeJoiners, ...v.orWords, ...v.and]),
    OR: alt(v.orWords),
    PART: alt(partWords(v)),
    LINK: alt([...v.partLinks, ...v.articles]),
    WEEK: alt(v.weekWords),
    MONTH: alt(v.monthWords),
    YEAR_WORD: alt(v.yearWords),
    ORD: alt(v.ordinalSuffixes),
    ALPHA_ORD: alt(v.ordinalSuffixes.filter((s) => /^[a-z]+$/.test(s))),
    YEAR: `(?:,?\\s(?:${alt(v.yearLinks.filter((l) => l !== ','))}\\s)?(?<year>\\d{4}))?`,
    DM_LINK: v.dayMonthLinks.length === 0 ? '' : `(?:${alt(v.dayMonthLinks)}\\s)?`,
    SUFFIX: v.countSuffixes.length === 0 ? '' : `(?:\\s?${alt(v.countSuffixes)})?`,
    INFIX: v.countInfixes === undefined || v.countInfixes.length === 0 ? '' : `(?:${alt(v.countInfixes)}\\s)?`,
    BETWEEN: alt(v.between),
    TIME: alt(v.timeOfDay),
  };
}

/** One rule per phrase family, in the order they are tried. */
function phraseRules(v: TimelineVocabulary): TimelineRule[] {
  const { PREP, CPREP, ART, NEXT_BEFORE, NEXT_AFTER, WD, WD_PREFIX, MO, MO_NAMED, NUM, FEW, ABOUT, UNIT, JOIN, OR, PART, LINK, WEEK, MONTH, YEAR_WORD, ORD, ALPHA_ORD, YEAR, DM_LINK, SUFFIX, INFIX, BETWEEN, TIME } = fragments(v);
  const rules: TimelineRule[] = [];
  // What each rule cannot match without (see TimelineRule.needs): a digit, or one word of a list, found anywhere.
  const need = (words: string): RegExp => new RegExp(words);
  const DIGIT = need('\\d');
  const MONTHS = need(MO);
  const needs: Partial<Record<RuleKind, readonly RegExp[]>> = {
    'count': [need(UNIT)],
    'count-unit': [need(alt(Object.keys(v.countUnits ?? {})))],
    'day-month': [DIGIT, MONTHS],
    'month-day': [DIGIT, MONTHS],
    'numeric': [DIGIT],
    'iso': [DIGIT],
    'ordinal': [DIGIT],
    'weekday': [need(alt(Object.keys(v.weekdays)))],
    'week': [need(WEEK)],
    'calendar-week': [DIGIT, need(alt(v.calendarWeekWords))],
    'period-word': [need(alt(Object.keys(v.periodWords ?? {})))],
    'month-period': [need(alt([...partWords(v), ...v.monthWords, ...v.yearWords]))],
    'month': [need(MO_NAMED)],
    'day-word': [need(alt([...v.notDayWords, ...Object.keys(v.dayWords), ...v.nextBusinessDay]))],
    'holidays': [need(alt([...v.holidays.christmas, ...v.holidays.newYear]))],
    'vague': [need(alt(vagueWords(v)))],
  };
  const rule = (kind: RuleKind, base: number, source: string): void => {
    rules.push({ id: `${v.language}.${kind}`, language: v.language, kind, base, pattern: new RegExp(`${B0}${source}${B1}`, 'g'), needs: needs[kind] ?? [] });
  };
  const prep = `(?:(?<prep>${PREP})\\s)?`;
  const art = `(?:${ART}\\s)?`;
  rule('count', 0.6,
    `(?:(?<prep>${CPREP})\\s)?${art}(?:(?<which>${NEXT_BEFORE})\\s)?${INFIX}(?:(?<between>${BETWEEN})\\s)?(?:${ABOUT}\\s|~\\s?)?(?:(?<few>${FEW})|(?<num>${NUM}|${NEXT_BEFORE}(?=\\s${UNIT}\\s${OR}\\s${NUM}))(?:\\s\\(\\d{1,3}\\))?(?:(?:\\s?[-–—/]\\s?|\\s${JOIN}\\s)(?<upto>${NUM}))?)(?:\\s|(?<=\\d))${INFIX}(?<unit>${UNIT})(?:\\s${OR}\\s(?<orNum>${NUM}))?${SUFFIX}(?:\\s(?<self>${alt(v.eventAnchors)}\\s${alt(v.selfAnchors)}))?`);
  if (Object.keys(v.countUnits ?? {}).length > 0) rule('count-unit', 0.6, `(?<prep>${CPREP})\\s${art}(?:(?<num>${NUM})\\s)?(?<cu>${alt(Object.keys(v.countUnits ?? {}))})`);
  rule('day-month', 0.6,
    `${prep}${art}${WD_PREFIX}?(?<day>\\d{1,2})(?:${ORD})?\\.?\\s?${DM_LINK}(?<month>${MO})\\.?${YEAR}`);
  rule('month-day', 0.6, `${prep}${WD_PREFIX}?(?<month>${MO})\\.?\\s(?:${ART}\\s)?(?<day>\\d{1,2})(?:${ORD})?(?![0-9:])${YEAR}`);
  rule('numeric', 0.55, `${prep}${art}${WD_PREFIX}?(?:(?<a>\\d{1,2})\\/(?<b>\\d{1,2})(?:\\/(?<year>\\d{4}|\\d{2}))?(?![0-9/])|(?<da>\\d{1,2})\\.(?<db>\\d{1,2})\\.(?<dyear>\\d{4}|\\d{2})?(?![0-9]))`);
  rule('iso', 0.6, `${prep}(?<year>\\d{4})-(?<a>\\d{2})-(?<b>\\d{2})`);
  if (ALPHA_ORD !== '(?:)') rule('ordinal', 0.5, `${prep}${ART}\\s(?<day>\\d{1,2})${ALPHA_ORD}(?!\\s(?:${DM_LINK}${MO}|${alt(v.ordinalNouns)}${B1}))`);
  // A phrase that names no day stops a weekday too: Portuguese "a segunda etapa" is the second stage, not Monday.
  const notWeekday = v.notDayWords.length === 0 ? '' : `(?!${alt(v.notDayWords)}${B1})`;
  // A day number after the weekday ("Friday the 11th", "vendredi 11", "Freitag, den 11.") names the day; not one that a
  // month, a time of day or another number follows ("Friday 11 December", "vendredi 14h", "Monday 9 to 5").
  const DOM = `(?:,?\\s(?:${alt([...v.articles, ...v.weekdayDayLinks])}\\s)?(?<dom>\\d{1,2})(?:${ORD})?(?![0-9]|[:.h/]\\d|\\.?\\s?(?:${DM_LINK}${MO}|${TIME}${B1}|${JOIN}\\s?\\d|[-–]\\s?\\d)))?`;
  // A weekday of next week: "Friday next week", "Donnerstag kommender Woche", "jeudi de la semaine prochaine"; and one
  // offered before such a day ("Thursday or Friday next week"), `wo`.
  const NEXT_WEEK = `,?\\s(?:${LINK}\\s)?(?:(?<wn>${alt(v.next.before)})\\s${WEEK}|${WEEK}\\s(?<ws>${alt(v.next.after)}))`;
  const OR_NEXT_WEEK = `(?:(?=\\s${OR}\\s${art}${WD}${NEXT_WEEK.replace(/<w.>/g, ':')})(?<wo>)|)`;
  rule('weekday', 0.5, `${prep}${art}(?:(?<which>${NEXT_BEFORE})\\s)?${notWeekday}(?<wd>${WD})(?:\\s(?<suffix>${NEXT_AFTER}))?(?:${NEXT_WEEK})?${OR_NEXT_WEEK}${DOM}`);
  rule('week', 0.5,
    `(?:(?<prep>${alt([...v.deadlinePrepositions, ...v.prepositions, ...v.countPrepositions, ...v.rollingPrepositions])})\\s)?${art}(?:(?<part>${PART})[\\s-](?:${LINK}\\s)?)?(?:${ART}\\s)?(?:(?<which>${alt([...v.next.before, ...v.current.before, ...v.afterNext.before, ...v.afterNext.or])})\\s)?(?<unit>${WEEK})(?!\\s\\d)(?:\\s(?<suffix>${alt([...v.next.after, ...v.current.after, ...v.afterNext.after, ...v.afterNext.or])}))?`);
  if (v.calendarWeekWords.length > 0) {
    rule('calendar-week', 0.55, `${prep}${art}(?:(?<part>${PART})\\s(?:${LINK}\\s)?)?(?:${alt(v.calendarWeekWords)})\\s?(?<num>\\d{1,2})`);
  }
  if (Object.keys(v.periodWords ?? {}).length > 0) rule('period-word', 0.55, `${prep}${art}(?<period>${alt(Object.keys(v.periodWords ?? {}))})`);
  rule('month-period', 0.5,
    `(?:(?<prep>${alt([...v.deadlinePrepositions, ...v.prepositions, ...v.countPrepositions, ...v.rollingPrepositions])})\\s)?${art}(?:(?<part>${PART})[\\s-](?:${LINK}\\s)?)?(?:(?<which>${NEXT_BEFORE})\\s)?(?:(?<unit>${MONTH})|(?<yr>${YEAR_WORD})|(?<month>${MO}))(?:\\s(?<suffix>${NEXT_AFTER}))?${YEAR}`);
  rule('month', 0.45, `(?<prep>${alt(v.prepositions)})\\s(?:${ART}\\s)?(?:${MONTH}\\s(?:${LINK}\\s)?)?(?<month>${MO_NAMED})${YEAR}(?!\\s\\d)`);
  const notDay = v.notDayWords.length === 0 ? '' : `(?<not>${alt(v.notDayWords)})|`;
  rule('day-word', 0.5, `(?:${notDay}${prep}${art}(?<day>${alt([...Object.keys(v.dayWords), ...v.nextBusinessDay])}))`);
  const { holidays: H } = v;
  rule('holidays', 0.45, `(?<prep>${alt([...H.before, ...H.after, ...H.in])})\\s${art}(?<season>${alt([...H.christmas, ...H.newYear])})`);
  rule('vague', 0.25, `(?<vague>${alt(vagueWords(v))})`);
  return rules;
}

/** The patterns around a weekday range ("Monday to Wednesday") and a time of day next to a date. */
function rangeAndTimePatterns(v: TimelineVocabulary): Pick<Lexicon, 'alternatives' | 'weekBefore' | 'weekLink' | 'weekdayRangeAfter' | 'weekdayRangeBefore' | 'dayRangeBefore' | 'dayRangeAfter' | 'timeAfter' | 'timeBefore' | 'eventAfter' | 'eventBefore'> {
  const ART = alt(v.articles);
  const TIME = alt(v.timeOfDay);
  const JOIN = alt([...v.rangeJoiners, ...v.weekdayRangeJoiners]);
  const DAY = `\\d{1,2})(?:${alt(v.ordinalSuffixes)})?\\.?`;
  return {
    dayRangeBefore: new RegExp(`(?<![\\d/.:])(?:${alt(v.between)}\\s(?:${ART}\\s)?(?<b>${DAY}\\s(?:${alt(v.and)})(?:\\s${ART})?|(?<a>${DAY}\\s?(?:${JOIN}))\\s?$`),
    dayRangeAfter: new RegExp(`^\\s?(?:${JOIN}|${alt(v.and)})\\s?(?<d>\\d{1,2})(?:${alt(v.ordinalSuffixes)})?(?![\\d/:]|\\.\\d|\\s?(?:${TIME})${B1})`),
    alternatives: new RegExp(`(?:,?\\s(?:${alt([...v.orWords, ...v.and])})\\s|,\\s)(?!${alt(v.deadlinePrepositions)}\\s)`, 'y'),
    weekBefore: new RegExp(`${B0}${alt(v.weekWords)}\\s(?:(?<link>${alt(v.weekOf)})\\s)?$`),
    weekLink: new RegExp(`^${alt(v.weekOf)}\\s`),
    weekdayRangeAfter: new RegExp(`^\\s(?:${JOIN})\\s(?:${ART}\\s)?${alt(Object.keys(v.weekdays))}${B1}`),
    weekdayRangeBefore: new RegExp(`${B0}${alt(Object.keys(v.weekdays))}\\s(?:${JOIN})\\s(?:${ART}\\s)?$`),
    timeAfter: new RegExp(`^(?:\\d\\)|[^]),?\\s(?:(?:(?:[a-z]{1,4}|@)\\s){0,2}\\d{1,2}(?:[:.h]\\d{2}|\\s?${TIME}${B1})|(?:[a-z]{1,4}\\s){1,2}[[{|<%$])`),
    eventBefore: new RegExp(`(?:^|\\d\\.\\s)\\W*(?:${alt(v.eventAnchors)})${B1}(?!\\s(?:${alt(v.selfAnchors)})${B1})[^–—;:]*$`),
    eventAfter: new RegExp(`^,?\\s(?:(?:${alt(v.eventAnchors)})${v.verbFinal ? '(?=\\s)' : B1}(?!\\s(?:${alt(v.selfAnchors)})${B1})|(?:${alt(v.rateWords)})${B1})`),
    timeBefore: new RegExp(`\\d{1,2}(?:[:h]\\d{2}|\\s?${TIME})(?:\\s[a-z]{1,4}){0,2},?\\s$`),
  };
}

/** The period words of every part. */
const partWords = (v: TimelineVocabulary): string[] => Object.values(v.parts).flat();

/** The vague phrases of every unit. */
const vagueWords = (v: TimelineVocabulary): string[] => [...v.vague.days, ...v.vague.weeks];

/** Letters and digits of folded text: a word boundary is where one of them meets something else. */
const W = 'a-z0-9\\u00df-\\u024f';
const B0 = `(?<![${W}])`;
const B1 = `(?![${W}])`;

/** An alternation of folded, escaped words, longest first; spaces match one space. No words match nothing. */
function alt(words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  const folded = [...new Set(words.map((w) => foldText(w)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${folded.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/ /g, '\\s')).join('|')})`;
}
