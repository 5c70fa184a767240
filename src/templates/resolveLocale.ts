import { InvalidArgumentError } from '../errors.js';

/** The languages every built-in message and checklist exists in. */
export const MESSAGE_LOCALES = ['en', 'de', 'fr', 'es'] as const;

/** One of the {@link MESSAGE_LOCALES}. */
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

/** The outcome of {@link resolveLocale}. */
export interface ResolvedLocale {
  /** The catalogue language used. */
  readonly language: MessageLocale;
  /** The locale dates are written in: the requested one when its language is available, else `"en"`. */
  readonly dateLocale: string;
}

// Memo of resolved tags (bounded): the answer for a tag never changes.
const resolved = new Map<string, ResolvedLocale>();

function isMessageLocale(tag: string): tag is MessageLocale {
  return (MESSAGE_LOCALES as readonly string[]).includes(tag);
}

/**
 * Picks the catalogue language for a BCP 47 locale, dropping subtags from the end
 * (`de-AT` → `de`) and falling back to English.
 *
 * @throws {@link InvalidArgumentError} if `locale` is not a well-formed BCP 47 tag.
 * @example
 * ```ts
 * resolveLocale('de-AT') //=> { language: 'de', dateLocale: 'de-AT' }
 * resolveLocale('ja-JP') //=> { language: 'en', dateLocale: 'en' }
 * ```
 */
export function resolveLocale(locale: string): ResolvedLocale {
  const known = typeof locale === 'string' ? resolved.get(locale) : undefined;
  if (known !== undefined) return known;
  let canonical: string | undefined;
  try {
    canonical = typeof locale === 'string' ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined) {
    throw new InvalidArgumentError('locale', locale, 'a BCP 47 language tag such as "en", "de-AT", "fr-CA" or "es-MX"');
  }
  let result: ResolvedLocale = { language: 'en', dateLocale: 'en' };
  const parts = canonical.toLowerCase().split('-');
  for (let n = parts.length; n > 0; n--) {
    const tag = parts.slice(0, n).join('-');
    if (isMessageLocale(tag)) {
      result = { language: tag, dateLocale: canonical };
      break;
    }
  }
  result = Object.freeze(result);
  if (resolved.size < 1000) resolved.set(locale, result);
  return result;
}
