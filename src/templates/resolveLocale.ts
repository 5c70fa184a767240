import { Memo } from '../_lib/memo.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { optionsAt } from '../_lib/check.js';
import { InvalidArgumentError } from '../errors.js';
import { isLanguage, LANGUAGES, type Language } from '../languages/index.js';

/**
 * The languages every built-in message and checklist exists in: the same list as {@link LANGUAGES}, under the name
 * the templates have always used.
 *
 * @example
 * ```ts
 * MESSAGE_LOCALES.includes('de') //=> true
 * ```
 */
export const MESSAGE_LOCALES = LANGUAGES;

/** One of the {@link MESSAGE_LOCALES}: the same type as {@link Language}. */
export type MessageLocale = Language;

/**
 * A BCP 47 locale as every function that takes a `locale` accepts it: one of the {@link MESSAGE_LOCALES} (which
 * editors offer as completions), a regional tag of one such as `"de-AT"` or `"pt-BR"`, or, with a `fallback`, a tag
 * without built-in wording such as `"it"`. Any string is accepted by the type; a tag without built-in wording and
 * no `fallback` throws when the function runs.
 */
export type LocaleTag = MessageLocale | (string & {});

/** The outcome of {@link resolveLocale}. */
export interface ResolvedLocale {
  /** The catalogue language used. */
  readonly language: MessageLocale;
  /** The locale dates are written in: the requested one when its language is available, else the fallback. */
  readonly dateLocale: string;
}

/** How a locale with no built-in wording is handled; shared by every function that takes a `locale`. */
export interface LocaleOptions {
  /**
   * The language to use when `locale` has no built-in wording (e.g. `"it"` or `"ja-JP"`). Without
   * it, such a locale is an error that lists the supported languages: a message is never silently
   * written in another language.
   * @defaultValue `undefined` (an unsupported locale throws {@link InvalidArgumentError})
   */
  readonly fallback?: MessageLocale | undefined;
}

/** The built-in language of each tag asked for: the answer for a tag never changes. */
const RESOLVED = new Memo<string, ResolvedLocale | null>(1000);

const SUPPORTED = `a locale whose language has built-in wording: ${MESSAGE_LOCALES.map((l) => `"${l}"`).join(', ')} (regional tags such as "de-AT" or "es-MX" included)`;

const WELL_FORMED = 'a BCP 47 language tag such as "en", "de-AT", "fr-CA" or "es-MX"';

/** The built-in language of a BCP 47 tag, or `null` when there is none. */
function languageOf(locale: unknown, argument: string): ResolvedLocale | null {
  if (typeof locale !== 'string') throw new InvalidArgumentError(argument, locale, WELL_FORMED);
  return RESOLVED.get(locale, (tag) => builtInLanguage(tag, argument));
}

function builtInLanguage(locale: string, argument: string): ResolvedLocale | null {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0];
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined) throw new InvalidArgumentError(argument, locale, WELL_FORMED);
  const parts = canonical.toLowerCase().split('-');
  for (let n = parts.length; n > 0; n--) {
    const tag = parts.slice(0, n).join('-');
    if (isLanguage(tag)) return Object.freeze({ language: tag, dateLocale: canonical });
  }
  return null;
}

/**
 * Picks the catalogue language for a BCP 47 locale, dropping subtags from the end
 * (`de-AT` → `de`). A locale with no built-in wording is an error naming the supported languages,
 * unless `options.fallback` names the language to use instead.
 *
 * @param locale - A BCP 47 tag such as `"de-AT"`.
 * @param options - `fallback`: the language for a locale with no built-in wording.
 * @throws {@link InvalidArgumentError} if `locale` is not a well-formed BCP 47 tag, or has no
 * built-in wording and no `fallback` is given, or `fallback` is not one of {@link MESSAGE_LOCALES}.
 * @example
 * ```ts
 * resolveLocale('de-AT') //=> { language: 'de', dateLocale: 'de-AT' }
 * resolveLocale('ja-JP', { fallback: 'en' }) //=> { language: 'en', dateLocale: 'en' }
 * resolveLocale('it') // throws InvalidArgumentError: … expected a locale whose language has built-in wording: "en", "de", …
 * ```
 */
export function resolveLocale(locale: LocaleTag, options?: LocaleOptions): ResolvedLocale {
  knownKeys(optionsAt(options, 'options', 'an object { fallback? }'), ['fallback'], 'options key');
  return resolveLocaleAt(locale, options, 'locale');
}

/** {@link resolveLocale}, naming the argument (e.g. `"options.locale"`) in errors. @internal */
export function resolveLocaleAt(locale: unknown, options: LocaleOptions | undefined, argument: string): ResolvedLocale {
  const fallback: unknown = typeof options === 'object' && options !== null && Object.hasOwn(options, 'fallback') ? options.fallback : undefined;
  if (fallback !== undefined && !isLanguage(fallback)) {
    throw new InvalidArgumentError(argument.replace(/locale$/, 'fallback'), fallback, `one of ${MESSAGE_LOCALES.map((l) => `"${l}"`).join(', ')}`);
  }
  const result = languageOf(locale, argument);
  if (result !== null) return result;
  if (fallback === undefined) {
    throw new InvalidArgumentError(argument, locale, `${SUPPORTED}; pass { fallback: "en" } to write it in another language`);
  }
  return { language: fallback, dateLocale: fallback };
}
