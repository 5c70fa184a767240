/**
 * Every language the library writes messages in and reads employer replies in, in a fixed order (the order of
 * `CUE_TABLES` and of every per-language list). Each has a folder beside this file, `src/languages/<code>/`, holding
 * all of its words, split by concern (messages, checklists, reflection headings, date words, the reader's words).
 *
 * This list holds codes only: importing it bundles no words of any language.
 *
 * @example
 * ```ts
 * LANGUAGES.includes('de') //=> true
LANGUAGES[0] //=> 'en'
 * ```
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt'] as const;

/** A language with built-in wording: one of {@link LANGUAGES}, as a lower-case ISO 639-1 code. */
export type Language = (typeof LANGUAGES)[number];

/** Whether `value` is one of {@link LANGUAGES}. @internal */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

