import type { Language } from './index.js';
import { REGIONAL_SPELLING } from './messages.js';

/** The region subtag of a canonical BCP 47 tag (`"pt-PT"` → `"PT"`), or `undefined`. */
export function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).region;
  } catch {
    return undefined;
  }
}

/**
 * A built-in phrase shown on its own (a stage phrase, a checklist item) spelt as `locale`'s region spells `language`,
 * as the messages are: `de-CH` "abschliessende Entscheidung" (see {@link REGIONAL_SPELLING}).
 */
export function spelledFor(phrase: string, language: Language, locale: string): string {
  let spelt = phrase;
  for (const [from, to] of REGIONAL_SPELLING[language]?.[regionOf(locale) ?? ''] ?? []) spelt = spelt.replaceAll(from, to);
  return spelt;
}
