import { MAX_EPOCH_DAY, toEpochDay } from '../../calendar/epochDay.js';
import { calendarAt } from '../../calendar/assertCalendar.js';
import { instantAt } from '../../calendar/instant.js';
import type { Instant } from '../../calendar/instant.js';
import type { Calendar } from '../../calendar/types.js';
import { civilDateInZone, timeZoneAt } from '../../calendar/zone.js';
import { isRecord } from '../../_lib/check.js';
import { InvalidArgumentError } from '../../errors.js';
import { cleanReply } from '../cleanReply.js';
import type { CleanedField } from '../cleanReply.js';
import { detectLanguageOfTokens } from '../detectLanguage.js';
import { foldField } from '../foldText.js';
import { tokenize } from '../tokenize.js';
import { REPLY_LANGUAGES } from '../types.js';
import type { ReplyInput, ReplyLanguage } from '../types.js';
import { businessDaysOf, weekStartIn } from './calendarContext.js';
import type { TimelineContext } from './calendarContext.js';
import { timelineLexicons } from './lexicons.js';
import { scanTimePhrases } from './scanTimePhrases.js';
import type { ScannedPhrase } from './scanTimePhrases.js';

/** Options of {@link extractTimeline} and {@link findTimePhrases}. */
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

/** The option keys of {@link extractTimeline}, {@link findTimePhrases} and {@link classifyReply}. */
const OPTION_KEYS = ['reference', 'timeZone', 'calendar', 'language'];

/**
 * Refuses an option key other than {@link OPTION_KEYS} (set to anything but `undefined`), as the planner does
 * (src/_lib/knownKeys.ts), so that a misspelt `calender` is an error rather than a calendar silently dropped. Its "did
 * you mean" is the key of the same first three letters: the planner's edit distance would cost the size-limited
 * classifier entry some 250 bytes.
 */
export function checkOptionKeys(options: object): void {
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key) && (options as Readonly<Record<string, unknown>>)[key] !== undefined) {
      const near = OPTION_KEYS.find((k) => k.startsWith(key.slice(0, 3).toLowerCase()));
      throw new InvalidArgumentError('options key', key, `one of ${OPTION_KEYS.join(', ')}${near === undefined ? '' : ` (did you mean "${near}"?)`}`);
    }
  }
}

/** Throws unless `calendar` is absent or a Calendar (shared by the timeline reader and {@link classifyReply}). */
export function checkCalendarOption(calendar: unknown): asserts calendar is Calendar | undefined {
  if (calendar !== undefined) calendarAt(calendar, 'options.calendar', ['addBusinessDays', 'isBusinessDay']);
}

/** Throws unless `language` is absent or one of {@link REPLY_LANGUAGES} (shared by the timeline reader and {@link classifyReply}). */
export function checkLanguageOption(language: ReplyLanguage | undefined): void {
  if (language !== undefined && !REPLY_LANGUAGES.includes(language)) {
    throw new InvalidArgumentError('options.language', language, `one of ${REPLY_LANGUAGES.map((l) => `"${l}"`).join(', ')}`);
  }
}

/** Below this many stop words, the detected language is a guess: other languages' phrases are tried too. */
const FEW_STOP_WORDS = 8;

/** A reply already cleaned and folded (by the reply reader), so that reading its time phrases does not clean it again. */
export interface CleanedReply {
  readonly fields: readonly CleanedField[];
  readonly folded: readonly string[];
}

/**
 * Validates the options, cleans the reply (unless `cleaned` gives it so) and scans it: the shared first half of
 * {@link extractTimeline} and {@link findTimePhrases}.
 */
export function scanReply(input: ReplyInput, options: ExtractTimelineOptions, cleaned?: CleanedReply): { phrases: ScannedPhrase[]; ref: number; language: ReplyLanguage } {
  if (!isRecord(options)) throw new InvalidArgumentError('options', options, 'an object { reference, timeZone, calendar? }');
  checkOptionKeys(options);
  timeZoneAt(options.timeZone, 'options.timeZone');
  // Parsed once: the reference's day, and the day some hours after it ("the interview is in 2 hours").
  const at = instantAt(options.reference, 'options.reference');
  const refDate = civilDateInZone(at, options.timeZone);
  const calendar = options.calendar;
  checkCalendarOption(calendar);
  checkLanguageOption(options.language);
  const fields = cleaned?.fields ?? cleanReply(input);
  const folded = cleaned?.folded ?? fields.map((f) => foldField(f.text));
  const detected = options.language === undefined
    ? detectLanguageOfTokens(folded.map((t) => tokenize(t, 3000)), fields[0]?.field === 'subject' ? 1 : 0)
    : { language: options.language, sure: true, stopWords: Infinity };
  const language = detected.language;
  const ref = toEpochDay(refDate);
  const [y, m, d] = refDate.split('-').map(Number) as [number, number, number];
  // The week's first day is asked of the calendar only when a phrase names a week.
  let weekStart: number | undefined;
  const ctx: TimelineContext = {
    ref, refYear: y, refMonth: m, refDay: d, days: businessDaysOf(calendar), language,
    dayAfterHours: (hours) => toEpochDay(civilDateInZone(at + hours * 3_600_000, options.timeZone)),
    get weekStart() {
      return (weekStart ??= weekStartIn(calendar, ref));
    },
  };
  const lexicons = timelineLexicons();
  const own = lexicons.get(language);
  const all = [...lexicons.values()];
  let phrases = scanTimePhrases(fields, folded, detected.sure && own !== undefined ? [own] : all, ctx, language);
  // Nothing in the detected language: a short or mixed-language reply may use another's phrases.
  if (phrases.length === 0 && detected.sure && detected.stopWords < FEW_STOP_WORDS) phrases = scanTimePhrases(fields, folded, all, ctx, language);
  // A day past 9999-12-31 ("within two weeks" written on December 31, 9999) is none the library can name.
  return { phrases: phrases.filter((p) => p.resolved.date <= MAX_EPOCH_DAY), ref, language };
}
