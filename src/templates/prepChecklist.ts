import { InvalidArgumentError } from '../errors.js';
import { CHECKLISTS } from '../languages/checklists.js';
import { PREP_FORMATS, type PrepFormat } from './prepFormats.js';
import { spelledFor } from '../languages/spelling.js';
import { resolveLocale, type LocaleOptions, type LocaleTag } from './resolveLocale.js';
import { PREP_FORMAT_ALIASES, resolvePrepFormat } from './resolvePrepFormat.js';

/** A format {@link prepChecklist} knows: its own list names, or an interview-model format. */
export type PrepChecklistFormat = PrepFormat | 'assessment' | 'phone' | 'video' | 'onsite';

/**
 * The preparation checklist for the next interview round, by its announced format (R10):
 * executive meetings, skills assessments, case studies, presentations, panels, technical rounds,
 * or a general list. Spaces and case are ignored (`"Case Study"` is `case-study`).
 *
 * @param format - A {@link PrepChecklistFormat}.
 * @param locale - BCP 47 locale, e.g. `de-AT` (→ `de`); one without built-in wording throws unless
 *   `options.fallback` is given.
 * @param options - `fallback`: the language for a locale without built-in wording.
 * @returns A new array of short checklist items in the locale's language, as its region writes it (`de-CH`: "ss" for
 *   "ß").
 * @throws {@link InvalidArgumentError} for an unknown format or a malformed locale.
 * @example
 * ```ts
 * prepChecklist('case-study', 'en')[0] //=> "Practise breaking a business problem into its parts before proposing a solution."
 * ```
 */
export function prepChecklist(format: PrepChecklistFormat, locale: LocaleTag, options?: LocaleOptions): string[] {
  const resolved = resolvePrepFormat(format);
  if (resolved === undefined) {
    const known = [...PREP_FORMATS, ...Object.keys(PREP_FORMAT_ALIASES)].map((f) => `"${f}"`).join(', ');
    throw new InvalidArgumentError('format', format, `one of ${known}`);
  }
  const { language, dateLocale } = resolveLocale(locale, options);
  return CHECKLISTS[language][resolved].map((item) => spelledFor(item, language, dateLocale));
}
