import { LANGUAGES } from '../languages/index.js';
import { HIRING_STAGE_WORDS } from '../languages/messages.js';
import type { LocaleOptions, LocaleTag, MessageLocale } from '../templates/resolveLocale.js';
import { spelledFor } from '../languages/spelling.js';
import { resolveLocale } from '../templates/resolveLocale.js';
import { describe, InvalidArgumentError } from '../errors.js';
import { HIRING_STAGES } from './candidateFacingStage.js';
import { hiringOptions } from './hiringOptions.js';
import type { HiringStage } from './types.js';

/** Freezes each language's phrases and the table itself, as plain data. */
function freezeByLanguage(words: typeof HIRING_STAGE_WORDS): Readonly<Record<MessageLocale, Readonly<Record<HiringStage, string>>>> {
  return Object.freeze(Object.fromEntries(LANGUAGES.map((l) => [l, Object.freeze({ ...words[l] })]))) as Readonly<Record<MessageLocale, Readonly<Record<HiringStage, string>>>>;
}

/**
 * How each {@link HiringStage} is named to a candidate, in every message language (R3.5): short
 * noun phrases that complete the `statusUpdate` line "We are currently at this stage: …".
 * Plain data from the language packs; the wording is neutral and says nothing about the outcome.
 *
 * @example
 * ```ts
 * HIRING_STAGE_PHRASES.de.references //=> "Einholung von Referenzen"
 * ```
 */
export const HIRING_STAGE_PHRASES: Readonly<Record<MessageLocale, Readonly<Record<HiringStage, string>>>> = /* @__PURE__ */ freezeByLanguage(HIRING_STAGE_WORDS);

/**
 * The phrase naming `stage` to a candidate in `locale` (R3.5), for the `stage` field of the
 * `statusUpdate` message, as the locale's region writes it (`de-CH`: "ss" for "ß").
 *
 * @param stage - From {@link candidateFacingStage}.
 * @param locale - A BCP 47 tag such as `"en"` or `"de-AT"`; one without built-in wording throws
 *   unless `options.fallback` is given.
 * @param options - `fallback`: the language for a locale without built-in wording.
 * @throws {@link InvalidArgumentError} for an unknown stage, a malformed locale, a locale without
 *   built-in wording when no `fallback` is given, or options that are not `{ fallback? }`.
 * @example
 * ```ts
 * stagePhrase('references', 'fr-CA') //=> "vérification des références"
 * ```
 */
export function stagePhrase(stage: HiringStage, locale: LocaleTag, options?: LocaleOptions): string {
  if (!HIRING_STAGES.includes(stage)) throw new InvalidArgumentError('stage', stage, `one of ${HIRING_STAGES.map((s) => describe(s)).join(', ')}`);
  const o = hiringOptions(options, ['fallback']) as LocaleOptions;
  const { language, dateLocale } = resolveLocale(locale, o);
  return spelledFor(HIRING_STAGE_PHRASES[language][stage], language, dateLocale);
}
