import { Memo } from '../_lib/memo.js';
import { isCivilDate } from '../calendar/epochDay.js';
import { InvalidArgumentError, InvalidDateError } from '../errors.js';
import { defineTemplate, type Template } from './defineTemplate.js';
import { formatMessageDate, MESSAGE_SLOT_FORMAT, type FormatMessageDateOptions } from './formatMessageDate.js';
import { DATE_FIELDS, MESSAGE_KINDS, type MessageData, type MessageKind } from './messageData.js';
import type { Language } from '../languages/index.js';
import { MESSAGES, PREP_FORMAT_LABELS, REGIONAL_PHRASES } from '../languages/messages.js';
import { regionalize, regionOf } from './regionalize.js';
import { resolveLocaleAt, type LocaleOptions } from './resolveLocale.js';
import { resolvePrepFormat } from './resolvePrepFormat.js';
import type { AnyTemplateData, RenderedMessage } from './types.js';

/** Options of {@link renderMessage}. */
export interface RenderMessageOptions extends LocaleOptions {
  /**
   * BCP 47 locale of the recipient, e.g. `"de-AT"` (→ `de`). A language without built-in wording
   * (`"it"`) is an error unless `fallback` is given.
   */
  readonly locale: string;
  /** The recipient's IANA zone: required when a date or slot is given as an instant. */
  readonly timeZone?: string | undefined;
  /**
   * How date fields are written.
   * @defaultValue `{ weekday: 'long', month: 'long', day: 'numeric' }` ("Thursday, December 3")
   */
  readonly dateFormat?: FormatMessageDateOptions['dateFormat'];
}

/**
 * Parsed built-in templates, keyed by language and kind: the catalogue never changes. It holds languages × message
 * kinds entries, far below the bound.
 */
const BUILT_IN = new Memo<string, Template<AnyTemplateData>>(256);

function builtIn(language: Language, kind: MessageKind, dateLocale: string): Template<AnyTemplateData> {
  const regions = REGIONAL_PHRASES[language];
  const region = regions === undefined ? undefined : regionOf(dateLocale);
  const pairs = region === undefined ? undefined : regions?.[region];
  const tag = pairs === undefined ? language : `${language}-${region}`;
  return BUILT_IN.get(`${tag}:${kind}`, () => {
    const source = regionalize(MESSAGES[language][kind], pairs);
    return defineTemplate(source, { name: `${kind} (${tag})` }) as Template<AnyTemplateData>;
  });
}

function isKind(kind: unknown): kind is MessageKind {
  return typeof kind === 'string' && (MESSAGE_KINDS as readonly string[]).includes(kind);
}

const DATE_EXPECTED = 'a civil date "YYYY-MM-DD", an ISO 8601 instant with offset, or a Date';
const INSTANT_LIKE = /^\d{4}-\d{2}-\d{2}T/;
/** A list item's marker: `-`, `*`, a bullet (U+2022) or an en dash (U+2013), written as escapes to keep the bundle ASCII. */
const BULLET = /^\s*[-\u2022*\u2013]\s+/;

function formatSlots(slots: unknown, locale: string, options: RenderMessageOptions): string | undefined {
  if (slots === undefined || slots === null) return undefined;
  if (typeof slots === 'string') return slots;
  if (!Array.isArray(slots)) {
    throw new InvalidArgumentError('data.slots', slots, 'an array of ISO 8601 instants, Dates or ready-made strings, one per slot');
  }
  const lines: string[] = [];
  for (const [i, slot] of (slots as readonly unknown[]).entries()) {
    if (slot instanceof Date) {
      lines.push(`- ${formatMessageDate(slot, locale, { timeZone: options.timeZone, dateFormat: MESSAGE_SLOT_FORMAT })}`);
      continue;
    }
    if (typeof slot !== 'string' || slot.trim() === '') {
      throw new InvalidArgumentError(`data.slots.${i}`, slot, 'an ISO 8601 instant with offset, a Date, or a non-empty string');
    }
    const looksLikeInstant = INSTANT_LIKE.test(slot);
    const text = looksLikeInstant
      ? formatMessageDate(slot, locale, { timeZone: options.timeZone, dateFormat: MESSAGE_SLOT_FORMAT })
      : slot.replace(BULLET, '').trim();
    lines.push(`- ${text}`);
  }
  return lines.length === 0 ? undefined : lines.join('\n');
}

/** Dates, slots and name lists written for the locale; everything else passed through as is. */
function prepare(data: object, locale: string, language: Language, options: RenderMessageOptions): AnyTemplateData {
  const prepared: Record<string, unknown> = { ...data };
  for (const field of DATE_FIELDS) {
    if (!Object.hasOwn(prepared, field)) continue;
    const value = prepared[field];
    if (value === undefined || value === null) continue;
    if (!(value instanceof Date) && (typeof value !== 'string' || !(isCivilDate(value) || INSTANT_LIKE.test(value)))) {
      throw new InvalidDateError(value, DATE_EXPECTED, `data.${field}`);
    }
    prepared[field] = formatMessageDate(value, locale, { timeZone: options.timeZone, dateFormat: options.dateFormat });
  }
  // A checklist format key ("case-study") is written in the recipient's language ("Fallstudie").
  const prepFormat = Object.hasOwn(prepared, 'format') ? resolvePrepFormat(prepared['format']) : undefined;
  if (prepFormat !== undefined) prepared['format'] = PREP_FORMAT_LABELS[language][prepFormat];
  if (Object.hasOwn(prepared, 'slots')) prepared['slots'] = formatSlots(prepared['slots'], locale, options);
  const interviewers = prepared['interviewers'];
  if (Object.hasOwn(prepared, 'interviewers') && Array.isArray(interviewers)) {
    const names = (interviewers as readonly unknown[]).map((name, i) => {
      if (typeof name !== 'string' || name.trim() === '') throw new InvalidArgumentError(`data.interviewers.${i}`, name, 'a non-empty string');
      return name;
    });
    prepared['interviewers'] = names.length === 0 ? undefined : new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
  }
  return prepared;
}

/**
 * Renders a built-in message in the recipient's language (R1, R3.5, R5, R8–R10): eight kinds for
 * candidates and five for recruiters, each in every language the library writes (`LANGUAGES`).
 *
 * Dates (`interviewDate`, `decisionDate`, …) are civil dates or instants, written for the locale
 * ("Thursday, December 3" / "Donnerstag, 3. Dezember"); `slots` become one line each.
 *
 * @param kind - One of {@link MESSAGE_KINDS}.
 * @param data - The {@link MessageData} of that kind.
 * @param options - `locale` (required), the recipient's `timeZone`, and a `dateFormat`.
 * @returns `{ subject, text, html, wordCount }`.
 * @throws {@link MissingFieldError} listing every missing required value;
 *   {@link InvalidDateError} for a date that is neither a civil date nor an instant;
 *   {@link InvalidArgumentError} for an unknown kind or locale, a value of the wrong type, a line
 *   break in a subject value, or an instant without `timeZone`.
 * @example
 * ```ts
 * renderMessage('followUp', { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer', interviewDate: '2026-12-03' }, { locale: 'en' }).subject
 * //=> "Following up on my Data Engineer interview"
 * ```
 */
export function renderMessage<K extends MessageKind>(kind: K, data: MessageData<K>, options: RenderMessageOptions): RenderedMessage {
  if (!isKind(kind)) {
    throw new InvalidArgumentError('kind', kind, `one of ${MESSAGE_KINDS.map((k) => `"${k}"`).join(', ')}`);
  }
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options', options, 'an object with at least { locale }');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidArgumentError(`data for "${kind}"`, data, 'an object of message fields');
  }
  const { language, dateLocale } = resolveLocaleAt(options.locale, options, 'options.locale');
  return builtIn(language, kind, dateLocale).render(prepare(data, dateLocale, language, options));
}
