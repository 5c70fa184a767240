import { Memo } from '../_lib/memo.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { optionsAt, own, recordAt } from '../_lib/check.js';
import { isCivilDate, toEpochDay } from '../calendar/epochDay.js';
import { DAY_MS, instantAt } from '../calendar/instant.js';
import type { CivilDate } from '../calendar/types.js';
import { civilDateInZone, timeZoneAt } from '../calendar/zone.js';
import { describe, InvalidArgumentError, InvalidDateError } from '../errors.js';
import { DATE_WORDS } from '../languages/dates.js';
import { isLanguage } from '../languages/index.js';
import type { DateWords } from '../languages/types.js';
import { regionOf } from '../languages/spelling.js';
import { resolveLocaleAt, type LocaleOptions, type LocaleTag } from './resolveLocale.js';
import type { MessageDate, MessageDateWords } from './messageData.js';

/** Options of {@link formatMessageDate}. */
export interface FormatMessageDateOptions extends LocaleOptions {
  /** IANA zone of the recipient: needed for instants; civil dates ignore it. */
  readonly timeZone?: string | undefined;
  /**
   * How the date is written.
   * @defaultValue `{ weekday: 'long', month: 'long', day: 'numeric' }` ("Thursday, December 3")
   */
  readonly dateFormat?: Omit<Intl.DateTimeFormatOptions, 'timeZone'> | undefined;
}

/** The default way message dates are written: "Thursday, December 3" / "Donnerstag, 3. Dezember". */
export const MESSAGE_DATE_FORMAT: Readonly<Intl.DateTimeFormatOptions> = Object.freeze({ weekday: 'long', month: 'long', day: 'numeric' });

/** Interview slots: the date as above, plus the time and the zone's short name. */
export const MESSAGE_SLOT_FORMAT: Readonly<Intl.DateTimeFormatOptions> = Object.freeze({
  weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
});

/** {@link MESSAGE_DATE_FORMAT} with the year: for a date in another year than the earliest date of its message. @internal */
export const MESSAGE_DATE_FORMAT_WITH_YEAR: Readonly<Intl.DateTimeFormatOptions> = Object.freeze({ ...MESSAGE_DATE_FORMAT, year: 'numeric' });

/** {@link MESSAGE_SLOT_FORMAT} with the year, as above. @internal */
export const MESSAGE_SLOT_FORMAT_WITH_YEAR: Readonly<Intl.DateTimeFormatOptions> = Object.freeze({ ...MESSAGE_SLOT_FORMAT, year: 'numeric' });

interface Formatter {
  readonly format: Intl.DateTimeFormat;
  /** How the language writes the first of a month named by a word ("1er" in French), or `null` to keep Intl's. */
  readonly firstOfMonth: string | null;
  /** Whether a date inside a sentence, and one standing alone, keep the comma after the weekday (`MessageDateWords`). */
  readonly weekdayComma: { readonly inSentence: boolean; readonly standingAlone: boolean; readonly onlyBeforeMonth: boolean };
}

/** The date words of a resolved locale's language (`fr-CA` → French); a language without a pack keeps Intl's forms. */
function wordsIn(locale: string): Omit<Formatter, 'format'> {
  const language = locale.split('-')[0];
  if (!isLanguage(language)) return { firstOfMonth: null, weekdayComma: { inSentence: true, standingAlone: true, onlyBeforeMonth: false } };
  const words: DateWords & MessageDateWords = DATE_WORDS[language];
  const region = words.regions === undefined ? undefined : regionOf(locale);
  const regional = region === undefined ? undefined : words.regions?.[region];
  return {
    firstOfMonth: regional === undefined ? words.firstOfMonth : regional.firstOfMonth,
    weekdayComma: {
      inSentence: words.weekdayCommaInSentence, standingAlone: words.weekdayCommaStandingAlone, onlyBeforeMonth: words.weekdayCommaOnlyBeforeMonth,
    },
  };
}

/**
 * Formatters keyed by (locale, zone, options) (src/_lib/memo.ts): pure, since a formatter is immutable.
 * Recipients' locales, zones and formats are few; 512 combinations bound the memory whatever the input.
 */
const FORMATTERS = new Memo<string, Formatter>(512);

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Formatter {
  if (typeof locale !== 'string') throw new InvalidArgumentError('locale', locale, 'a BCP 47 language tag such as "en", "de-AT" or "fr-CA"');
  const key = `${locale}\u0000${timeZone}\u0000${options === MESSAGE_DATE_FORMAT ? '' : JSON.stringify(options)}`;
  return FORMATTERS.get(key, () => newFormatter(locale, timeZone, options));
}

function newFormatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Formatter {
  let format: Intl.DateTimeFormat;
  try {
    if (Intl.getCanonicalLocales(locale).length !== 1) throw new RangeError(locale);
  } catch {
    throw new InvalidArgumentError('locale', locale, 'a BCP 47 language tag such as "en", "de-AT" or "fr-CA"');
  }
  try {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    throw new InvalidArgumentError('options.dateFormat', options, 'Intl.DateTimeFormat options such as { weekday: "long", month: "long", day: "numeric" }');
  }
  return { format, ...wordsIn(format.resolvedOptions().locale) };
}

/** The literal Intl writes between the weekday and the rest of the date (", " in Spanish). */
const WEEKDAY_COMMA = /^,\s*$/;

/** Intl's text, without a comma between the weekday and anything but the month ("Friday 1 January 2027"). */
function withoutCommaBeforeDay(f: Formatter, ms: number): string {
  const text = f.format.format(ms);
  const parts = f.format.formatToParts(ms);
  const at = parts.findIndex((p) => p.type === 'weekday');
  const weekday = parts[at];
  const comma = parts[at + 1];
  if (weekday === undefined || comma === undefined || !WEEKDAY_COMMA.test(comma.value) || parts[at + 2]?.type === 'month') return text;
  return text.replace(`${weekday.value}${comma.value}`, `${weekday.value} `);
}

/**
 * The date as its language writes it: the first of a month named by a word as the language writes it (French "lundi
 * 1er février", not "lundi 1 février"), and without the comma after the weekday where the language drops it: inside a
 * sentence (Spanish "el jueves 3 de diciembre"), or everywhere (French "vendredi 1er janvier 2027", even for `fr-CH`),
 * or before the day (English "Friday 1 January 2027", even where Intl's `en-GB` data writes "Friday, 1 January 2027").
 */
function write(f: Formatter, ms: number, inSentence: boolean): string {
  const first = f.firstOfMonth;
  const dropComma = !(inSentence ? f.weekdayComma.inSentence : f.weekdayComma.standingAlone);
  if (first === null && !dropComma) return f.weekdayComma.onlyBeforeMonth ? withoutCommaBeforeDay(f, ms) : f.format.format(ms);
  const parts = f.format.formatToParts(ms);
  const wordMonth = first !== null && parts.some((p) => p.type === 'month' && !/^\d+$/.test(p.value));
  return parts
    .map((p, i) => {
      if (wordMonth && p.type === 'day' && (p.value === '1' || p.value === '01')) return first;
      if (dropComma && p.type === 'literal' && parts[i - 1]?.type === 'weekday' && WEEKDAY_COMMA.test(p.value)) return ' ';
      return p.value;
    })
    .join('');
}

const INSTANT_LIKE = /^\d{4}-\d{2}-\d{2}T/;
/** What a message date may be, for errors. @internal */
export const DATE_EXPECTED = 'a civil date "YYYY-MM-DD", an ISO 8601 instant with offset such as "2026-12-03T15:00:00+01:00", or a Date';

/** A message date as the instant to write and the zone to write it in, with the calendar day it names there. @internal */
export interface MessageDay {
  readonly ms: number;
  readonly timeZone: string;
  readonly day: CivilDate;
}

/**
 * A civil date (the day itself, in any zone) or an instant (the day it falls on in `timeZone`) as a {@link MessageDay};
 * `path` names the value in errors (e.g. `"data.startDate"`). @internal
 */
export function messageDayAt(value: unknown, timeZone: unknown, path: string | undefined): MessageDay {
  if (isCivilDate(value)) return { ms: toEpochDay(value) * DAY_MS, timeZone: 'UTC', day: value };
  if (!(value instanceof Date) && (typeof value !== 'string' || !INSTANT_LIKE.test(value))) {
    throw new InvalidDateError(value, DATE_EXPECTED, path);
  }
  const ms = instantAt(value, path);
  if (timeZone === undefined) {
    throw new InvalidArgumentError('options.timeZone', timeZone, `the recipient's IANA time zone, needed to write the instant ${describe(value)} as a local date`);
  }
  const zone = timeZoneAt(timeZone, 'options.timeZone');
  return { ms, timeZone: zone, day: civilDateInZone(ms, zone) };
}

/** A date of a message written for `locale` (already resolved); `inSentence` for a date inside running text. @internal */
export function writeMessageDate(date: MessageDay, locale: string, format: Intl.DateTimeFormatOptions, inSentence: boolean): string {
  return write(formatter(locale, date.timeZone, format), date.ms, inSentence);
}

/** The `dateFormat` option, checked to be an object, or `undefined`. @internal */
export function dateFormatAt(value: unknown): Intl.DateTimeFormatOptions | undefined {
  if (value === undefined) return undefined;
  return recordAt(value, 'options.dateFormat', 'Intl.DateTimeFormat options such as { month: "long", day: "numeric" }') as Intl.DateTimeFormatOptions;
}

/**
 * Writes a message date for a locale with `Intl.DateTimeFormat` ("Thursday, December 3"). A civil
 * date is written as that calendar day whatever the zone; an instant as the day (and, with a time
 * format, the time) it falls on in `timeZone`. The date is written as it stands alone (Spanish
 * "jueves, 3 de diciembre"); `renderMessage` writes the dates inside its sentences, and adds the year
 * to a date in another year than the message's earliest date.
 *
 * @param value - A civil date `YYYY-MM-DD`, an ISO 8601 instant with offset, or a `Date` (an instant).
 * @param locale - A BCP 47 tag whose language has built-in wording, e.g. `"de-AT"`; another one needs `fallback`.
 * @param options - The recipient's `timeZone` (required for instants), the `dateFormat`, and a `fallback` language.
 * @throws {@link InvalidDateError} for anything else; {@link InvalidArgumentError} for an instant
 *   without `timeZone`, or a locale that is malformed or has no built-in wording (without `fallback`),
 *   as `renderMessage` does; {@link UnknownTimeZoneError} for an unknown zone.
 * @example
 * ```ts
 * formatMessageDate('2026-12-03', 'de') //=> "Donnerstag, 3. Dezember"
 * ```
 */
export function formatMessageDate(value: MessageDate, locale: LocaleTag, options: FormatMessageDateOptions = {}): string {
  const opts = optionsAt(options, 'options', 'an object { timeZone?, dateFormat?, fallback? }');
  knownKeys(opts, ['timeZone', 'dateFormat', 'fallback'], 'options key');
  // Checked up front, as renderMessage does: a wrong zone is wrong whether or not the date has a time.
  if (own(opts, 'timeZone') !== undefined) timeZoneAt(own(opts, 'timeZone'), 'options.timeZone');
  const { dateLocale } = resolveLocaleAt(locale, opts, 'locale');
  const format = dateFormatAt(own(opts, 'dateFormat')) ?? MESSAGE_DATE_FORMAT;
  return writeMessageDate(messageDayAt(value, own(opts, 'timeZone'), undefined), dateLocale, format, false);
}
