import { isRecord, own } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { Memo } from '../_lib/memo.js';
import { InvalidArgumentError, InvalidDateError, InvalidInputError } from '../errors.js';
import { timeZoneAt } from '../calendar/zone.js';
import { checkMessageData, MISSING } from './checkMessageData.js';
import type { DataIssue } from './checkMessageData.js';
import { defineTemplate, type Template } from './defineTemplate.js';
import {
  dateFormatAt, MESSAGE_DATE_FORMAT, MESSAGE_DATE_FORMAT_WITH_YEAR, MESSAGE_SLOT_FORMAT, MESSAGE_SLOT_FORMAT_WITH_YEAR, messageDayAt, writeMessageDate,
  type FormatMessageDateOptions, type MessageDay,
} from './formatMessageDate.js';
import { DATE_FIELDS, MESSAGE_KINDS, type MessageData, type MessageKind, type SalaryAmount } from './messageData.js';
import type { Language } from '../languages/index.js';
import { HIRING_STAGE_WORDS, MEDIUM_LABELS, MESSAGES, PREP_FORMAT_LABELS, REGIONAL_PHRASES, SALARY_PERIODS } from '../languages/messages.js';
import { regionOf } from '../languages/spelling.js';
import { regionalize, replacePhrases } from './regionalize.js';
import { resolveLocaleAt, type LocaleOptions, type LocaleTag } from './resolveLocale.js';
import { resolveInterviewMedium, resolvePrepFormat } from './resolvePrepFormat.js';
import type { AnyTemplateData, RenderedMessage } from './types.js';

/** Options of {@link renderMessage}. */
export interface RenderMessageOptions extends LocaleOptions {
  /**
   * BCP 47 locale of the recipient, e.g. `"de-AT"` (→ `de`). A language without built-in wording
   * (`"it"`) is an error unless `fallback` is given.
   */
  readonly locale: LocaleTag;
  /** The recipient's IANA zone: required when a date or slot is given as an instant. */
  readonly timeZone?: string | undefined;
  /**
   * How date fields are written, exactly as given (slots keep their own format).
   * @defaultValue `{ weekday: 'long', month: 'long', day: 'numeric' }` ("Thursday, December 3"), plus
   *   `year: 'numeric'` for a date in another year than the earliest date of the message
   */
  readonly dateFormat?: FormatMessageDateOptions['dateFormat'];
}

/**
 * Parsed built-in templates, keyed by language and kind: the catalogue never changes. It holds languages × message
 * kinds entries, far below the bound.
 */
const BUILT_IN = new Memo<string, Template<AnyTemplateData>>(256);

/** What a region writes differently from its language's pack (`RegionalPhrases`), and the tag naming the wording. */
interface Wording {
  readonly language: Language;
  /** `"pt"`, or `"pt-PT"` when the region has its own forms. */
  readonly tag: string;
  readonly pairs: readonly (readonly [string, string])[] | undefined;
}

function wordingOf(language: Language, dateLocale: string): Wording {
  const regions = REGIONAL_PHRASES[language];
  const region = regions === undefined ? undefined : regionOf(dateLocale);
  const pairs = region === undefined ? undefined : regions?.[region];
  return { language, tag: pairs === undefined ? language : `${language}-${region}`, pairs };
}

function builtIn({ language, tag, pairs }: Wording, kind: MessageKind): Template<AnyTemplateData> {
  return BUILT_IN.get(`${tag}:${kind}`, () => {
    const source = regionalize(MESSAGES[language][kind], pairs);
    return defineTemplate(source, { name: `${kind} (${tag})` }) as Template<AnyTemplateData>;
  });
}

/**
 * A phrase of the pack that a message inserts (a format label, a stage phrase) as the region writes it, like the
 * template around it (`de-CH` "abschliessende Entscheidung"). A caller's own values, such as names, are never changed.
 */
function regional(phrase: string, { pairs }: Wording): string {
  return pairs === undefined ? phrase : replacePhrases(phrase, pairs);
}

/** Whether `stage` is one of the language's built-in stage phrases (`stagePhrase`), rather than the caller's own text. */
function isStagePhrase(stage: unknown, language: Language): stage is string {
  return typeof stage === 'string' && (Object.values(HIRING_STAGE_WORDS[language]) as readonly string[]).includes(stage);
}

function isKind(kind: unknown): kind is MessageKind {
  return typeof kind === 'string' && (MESSAGE_KINDS as readonly string[]).includes(kind);
}

const INSTANT_LIKE = /^\d{4}-\d{2}-\d{2}T/;
/** Looks like a civil date: a slot such as "2026-02-30" is a mistake, not a ready-made line. */
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
/** A list item's marker: `-`, `*`, a bullet (U+2022) or an en dash (U+2013), written as escapes to keep the bundle ASCII. */
const BULLET = /^\s*[-\u2022*\u2013]\s+/;

/** One item of `slots`: a date (an instant, a `Date`, or a civil date, which has no time) or a ready-made line. */
type Slot = { readonly date: MessageDay; readonly timed: boolean } | { readonly line: string };

function readSlots(slots: unknown, timeZone: unknown): string | readonly Slot[] | undefined {
  if (slots === undefined || slots === null || typeof slots === 'string') return slots ?? undefined;
  if (!Array.isArray(slots)) {
    throw new InvalidArgumentError('data.slots', slots, 'an array of ISO 8601 instants, civil dates, Dates or ready-made strings, one per slot');
  }
  return (slots as readonly unknown[]).map((slot, i): Slot => {
    if (slot instanceof Date || (typeof slot === 'string' && INSTANT_LIKE.test(slot))) {
      return { date: messageDayAt(slot, timeZone, `data.slots.${i}`), timed: true };
    }
    if (typeof slot !== 'string' || slot.trim() === '') {
      throw new InvalidArgumentError(`data.slots.${i}`, slot, 'an ISO 8601 instant with offset, a civil date "YYYY-MM-DD", a Date, or a non-empty string');
    }
    const text: string = slot;
    if (DATE_LIKE.test(text)) return { date: messageDayAt(text, timeZone, `data.slots.${i}`), timed: false };
    return { line: text.replace(BULLET, '').trim() };
  });
}

/** One `- ` line per slot, dates written as they stand alone (with the year when `year` is not theirs). */
function writeSlots(slots: string | readonly Slot[] | undefined, locale: string, year: string): string | undefined {
  if (slots === undefined || typeof slots === 'string') return slots;
  const lines = slots.map((slot) => {
    if ('line' in slot) return `- ${slot.line}`;
    const sameYear = slot.date.day.startsWith(year);
    const format = slot.timed ? (sameYear ? MESSAGE_SLOT_FORMAT : MESSAGE_SLOT_FORMAT_WITH_YEAR) : sameYear ? MESSAGE_DATE_FORMAT : MESSAGE_DATE_FORMAT_WITH_YEAR;
    return `- ${writeMessageDate(slot.date, locale, format, false)}`;
  });
  return lines.length === 0 ? undefined : lines.join('\n');
}

/** The date fields given, as days; a blank date (an empty form field) is absent, like any other blank optional value. */
function readDates(prepared: Record<string, unknown>, timeZone: unknown): Map<string, MessageDay> {
  const days = new Map<string, MessageDay>();
  for (const field of DATE_FIELDS) {
    if (!Object.hasOwn(prepared, field)) continue;
    const value = prepared[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      prepared[field] = undefined;
      continue;
    }
    days.set(field, messageDayAt(value, timeZone, `data.${field}`));
  }
  return days;
}

/** The year (`"2026"`) of the earliest of `days`, or `""` when there is none. */
function firstYear(days: Iterable<MessageDay>): string {
  let first: string | undefined;
  for (const { day } of days) if (first === undefined || day < first) first = day;
  return first === undefined ? '' : first.slice(0, 4);
}

/**
 * Every problem of the data in one error (R1, R5, R8–R10): a single wrong value as `Invalid data.role ["R"]: expected
 * a text.` (a date as {@link InvalidDateError}), else an {@link InvalidInputError} listing all of them in the
 * template's order, missing values beside wrong ones. Missing values alone are left to the template, whose
 * `MissingFieldError` lists them.
 */
function throwDataIssues(issues: readonly DataIssue[], kind: MessageKind): void {
  if (issues.every((i) => i.problem === MISSING)) return;
  const [first] = issues;
  if (issues.length === 1 && first!.error !== undefined) throw first!.error;
  if (issues.length === 1 && first!.expected !== undefined) throw new InvalidArgumentError(first!.path, first!.value, first!.expected);
  throw new InvalidInputError(`data for "${kind}"`, issues.map((i) => ({ path: i.path.split('.'), message: i.problem })));
}

/**
 * The data as the template reads it: each field checked for its shape, dates and slots written for the locale (with
 * the year only for a date in another year than the message's earliest, unless `dateFormat` says how to write them),
 * a checklist format key in the language and a built-in stage phrase as the region writes them, a list of names
 * joined for the locale, a number salary written for the locale.
 */
function prepare(kind: MessageKind, data: object, template: Template<AnyTemplateData>, locale: string, wording: Wording, options: RenderMessageOptions): AnyTemplateData {
  const { language } = wording;
  throwDataIssues(checkMessageData(data, template.fields, template.required, kind), kind);
  const prepared: Record<string, unknown> = { ...data };
  const timeZone = own(options, 'timeZone');
  const dateFormat = dateFormatAt(own(options, 'dateFormat'));
  const days = readDates(prepared, timeZone);
  const slots = Object.hasOwn(prepared, 'slots') ? readSlots(prepared['slots'], timeZone) : undefined;
  const slotDays = typeof slots === 'object' ? slots.flatMap((s) => ('date' in s ? [s.date] : [])) : [];
  const year = firstYear([...days.values(), ...slotDays]);
  for (const [field, day] of days) {
    const format = dateFormat ?? (day.day.startsWith(year) ? MESSAGE_DATE_FORMAT : MESSAGE_DATE_FORMAT_WITH_YEAR);
    prepared[field] = writeMessageDate(day, locale, format, true);
  }
  if (Object.hasOwn(prepared, 'slots')) prepared['slots'] = writeSlots(slots, locale, year);
  // A checklist format key ("case-study") is written in the recipient's language ("Fallstudie"); so is the way a round
  // is held ("video": "Videogespräch"), which has the general checklist but its own name.
  if (Object.hasOwn(prepared, 'format')) {
    const medium = resolveInterviewMedium(prepared['format']);
    const prepFormat = medium === undefined ? resolvePrepFormat(prepared['format']) : undefined;
    if (medium !== undefined) prepared['format'] = regional(MEDIUM_LABELS[language][medium], wording);
    else if (prepFormat !== undefined) prepared['format'] = regional(PREP_FORMAT_LABELS[language][prepFormat], wording);
  }
  // A stage key ("approvals", as candidateFacingStage gives it) is written as the language's phrase, as a format key is.
  const stage = prepared['stage'];
  const stages: Readonly<Record<string, string>> = HIRING_STAGE_WORDS[language];
  if (typeof stage === 'string' && Object.hasOwn(stages, stage)) prepared['stage'] = regional(stages[stage]!, wording);
  else if (isStagePhrase(stage, language)) prepared['stage'] = regional(stage, wording);
  const interviewers = prepared['interviewers'];
  if (Object.hasOwn(prepared, 'interviewers') && Array.isArray(interviewers)) {
    const names = (interviewers as readonly unknown[]).map((name, i) => {
      if (typeof name !== 'string' || name.trim() === '') throw new InvalidArgumentError(`data.interviewers.${i}`, name, 'a non-empty string');
      return name;
    });
    // The full locale: `en-GB` writes "Anna, Tom and Zoë", `en` and `en-US` "Anna, Tom, and Zoë".
    prepared['interviewers'] = names.length === 0 ? undefined : new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  }
  const salary = prepared['salary'];
  if (typeof salary === 'number') prepared['salary'] = new Intl.NumberFormat(locale).format(salary);
  else if (typeof salary === 'object' && salary !== null) {
    // Checked by checkMessageData: a finite amount, a currency Intl knows, a known period or none.
    const { amount, currency, period } = salary as SalaryAmount;
    const written = new Intl.NumberFormat(locale, { style: 'currency', currency, ...(Number.isInteger(amount) ? { maximumFractionDigits: 0 } : {}) }).format(amount);
    prepared['salary'] = period === undefined ? written : `${written} ${regional(SALARY_PERIODS[language][period], wording)}`;
  }
  return prepared;
}

/** The keys of {@link RenderMessageOptions}, which the drafts' options extend. @internal */
export const RENDER_OPTION_KEYS: readonly string[] = ['locale', 'fallback', 'timeZone', 'dateFormat'];

/**
 * Renders a built-in message in the recipient's language (R1, R3.5, R5, R8–R10): eight kinds for
 * candidates and five for recruiters, each in every language the library writes (`LANGUAGES`).
 *
 * Dates (`interviewDate`, `decisionDate`, …) are civil dates or instants, written for the locale
 * ("Thursday, December 3" / "Donnerstag, 3. Dezember") as they read inside a sentence (Spanish "el
 * jueves 3 de diciembre"), with the year only when it differs from that of the message's earliest
 * date ("Monday, January 3, 2028" in an offer of December 2026); `slots` become one line each. A
 * value ending with `.`, `!`, `?` or `…` ("Acme Inc.") takes the place of the sentence's full stop.
 * Every field is checked for its type, so a plain-JavaScript mistake (`askFeedback: "false"`,
 * `recipient: "Bob"`) is an error naming its path rather than a message that reads wrong.
 *
 * @example
 * ```ts
 * renderMessage('followUp', { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer', interviewDate: '2026-12-03' }, { locale: 'en' }).subject
 * //=> "Following up on my Data Engineer interview"
 * ```
 * @param kind - One of {@link MESSAGE_KINDS}.
 * @param data - The {@link MessageData} of that kind.
 * @param options - `locale` (required), the recipient's `timeZone`, and a `dateFormat`.
 * @returns `{ subject, text, html, wordCount }`.
 * @throws {@link MissingFieldError} listing every missing required value;
 *   {@link InvalidDateError} for a date that is neither a civil date nor an instant;
 *   {@link InvalidArgumentError} for an unknown kind or locale, a value of the wrong type (a flag
 *   such as `askFeedback` that is not `true` or `false`, a text that is not a string, a person that
 *   is not an object), a line break in a subject value, an instant without `timeZone`, or an option
 *   of another name (`lang`); {@link UnknownTimeZoneError} for a `timeZone` that is not an IANA zone,
 *   whether or not the data has a time to write in it.
 */
export function renderMessage<K extends MessageKind>(kind: K, data: MessageData<K>, options: RenderMessageOptions): RenderedMessage {
  if (isKind(kind) && isRecord(options)) knownKeys(options, RENDER_OPTION_KEYS, 'options key');
  return renderBuiltIn(kind, data, options);
}

/** {@link renderMessage} without the check of the options' keys, for the drafts, whose options have more. @internal */
export function renderBuiltIn<K extends MessageKind>(kind: K, data: MessageData<K>, options: RenderMessageOptions): RenderedMessage {
  if (!isKind(kind)) {
    throw new InvalidArgumentError('kind', kind, `one of ${MESSAGE_KINDS.map((k) => `"${k}"`).join(', ')}`);
  }
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options', options, 'an object with at least { locale }');
  }
  // Checked up front: a zone that is wrong is wrong whether or not this message has a time to write in it.
  const timeZone = own(options, 'timeZone');
  if (timeZone !== undefined) timeZoneAt(timeZone, 'options.timeZone');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidArgumentError(`data for "${kind}"`, data, 'an object of message fields');
  }
  const { language, dateLocale } = resolveLocaleAt(options.locale, options, 'options.locale');
  const wording = wordingOf(language, dateLocale);
  const template = builtIn(wording, kind);
  return template.render(prepare(kind, data, template, dateLocale, wording, options));
}
