import { Memo } from '../_lib/memo.js';
import { optionsAt, own, recordAt } from '../_lib/check.js';
import { isCivilDate, toEpochDay } from '../calendar/epochDay.js';
import { DAY_MS, parseInstant } from '../calendar/instant.js';
import { timeZoneAt } from '../calendar/zone.js';
import { describe, InvalidArgumentError, InvalidDateError } from '../errors.js';
import { DATE_WORDS } from '../languages/dates.js';
import { isLanguage } from '../languages/index.js';
import type { DateWords } from '../languages/types.js';
import { regionOf } from './regionalize.js';
import type { MessageDate } from './messageData.js';

/** Options of {@link formatMessageDate}. */
export interface FormatMessageDateOptions {
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

interface Formatter {
  readonly format: Intl.DateTimeFormat;
  /** How the language writes the first of a month named by a word ("1er" in French), or `null` to keep Intl's. */
  readonly firstOfMonth: string | null;
}

/** The date words of a resolved locale's language (`fr-CA` → French), or `null` for one without a pack. */
function firstOfMonthIn(locale: string): string | null {
  const language = locale.split('-')[0];
  if (!isLanguage(language)) return null;
  const words: DateWords = DATE_WORDS[language];
  const region = words.regions === undefined ? undefined : regionOf(locale);
  const regional = region === undefined ? undefined : words.regions?.[region];
  return regional === undefined ? words.firstOfMonth : regional.firstOfMonth;
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
  return { format, firstOfMonth: firstOfMonthIn(format.resolvedOptions().locale) };
}

/** The first of a month named by a word, as its language writes it: French "lundi 1er février", not "lundi 1 février". */
function write(f: Formatter, ms: number): string {
  const first = f.firstOfMonth;
  if (first === null) return f.format.format(ms);
  const parts = f.format.formatToParts(ms);
  const wordMonth = parts.some((p) => p.type === 'month' && !/^\d+$/.test(p.value));
  return parts.map((p) => (p.type === 'day' && wordMonth && (p.value === '1' || p.value === '01') ? first : p.value)).join('');
}
const INSTANT_LIKE = /^\d{4}-\d{2}-\d{2}T/;

/**
 * Writes a message date for a locale with `Intl.DateTimeFormat` ("Thursday, December 3"). A civil
 * date is written as that calendar day whatever the zone; an instant as the day (and, with a time
 * format, the time) it falls on in `timeZone`.
 *
 * @param value - A civil date `YYYY-MM-DD`, an ISO 8601 instant with offset, or a `Date` (an instant).
 * @param locale - A BCP 47 tag, e.g. `"de-AT"`.
 * @param options - The recipient's `timeZone` (required for instants) and the `dateFormat`.
 * @throws {@link InvalidDateError} for anything else; {@link InvalidArgumentError} for an instant
 *   without `timeZone`; {@link UnknownTimeZoneError} for an unknown zone.
 * @example
 * ```ts
 * formatMessageDate('2026-12-03', 'de') //=> "Donnerstag, 3. Dezember"
 * ```
 */
export function formatMessageDate(value: MessageDate, locale: string, options: FormatMessageDateOptions = {}): string {
  const opts = optionsAt(options, 'options', 'an object { timeZone?, dateFormat? }');
  const dateFormat = own(opts, 'dateFormat');
  const format = dateFormat === undefined ? MESSAGE_DATE_FORMAT : (recordAt(dateFormat, 'options.dateFormat', 'Intl.DateTimeFormat options such as { month: "long", day: "numeric" }') as Intl.DateTimeFormatOptions);
  if (isCivilDate(value)) {
    return write(formatter(locale, 'UTC', format), toEpochDay(value) * DAY_MS);
  }
  if (!(value instanceof Date) && (typeof value !== 'string' || !INSTANT_LIKE.test(value))) {
    throw new InvalidDateError(value, 'a civil date "YYYY-MM-DD", an ISO 8601 instant with offset such as "2026-12-03T15:00:00+01:00", or a Date');
  }
  const ms = parseInstant(value);
  const timeZone = own(opts, 'timeZone');
  if (timeZone === undefined) {
    throw new InvalidArgumentError('options.timeZone', timeZone, `the recipient's IANA time zone, needed to write the instant ${describe(value)} as a local date`);
  }
  return write(formatter(locale, timeZoneAt(timeZone, 'options.timeZone'), format), ms);
}
