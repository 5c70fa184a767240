import { CHECKLISTS } from '../languages/checklists.js';
import type { Language } from '../languages/index.js';
import { LANGUAGES } from '../languages/index.js';
import { PREP_FORMAT_LABELS } from '../languages/messages.js';
import { PREP_FORMATS, type PrepFormat } from './prepFormats.js';

/** Turns per-language data keyed by format into per-format data keyed by language, in the order of both lists. */
function byFormat<T>(perLanguage: Readonly<Record<Language, Readonly<Record<PrepFormat, T>>>>): Record<PrepFormat, Record<Language, T>> {
  return Object.fromEntries(PREP_FORMATS.map((f) => [f, Object.fromEntries(LANGUAGES.map((l) => [l, perLanguage[l][f]]))])) as Record<PrepFormat, Record<Language, T>>;
}

/**
 * Preparation checklists for the next interview round, per announced format and language (R10).
 *
 * The next round often brings senior leaders, skills-based tests, case studies or presentations;
 * each list holds six concrete steps. English items are imperatives; German, French and Spanish
 * items use the infinitive style usual for checklists in those languages. Every format has the
 * same number of items in each language: the lists are translations of one another.
 *
 * @example
 * ```ts
 * prepChecklists['case-study'].en[0] //=> "Practise breaking a business problem into its parts before proposing a solution."
 * ```
 */
export const prepChecklists = /* @__PURE__ */ byFormat<readonly string[]>(CHECKLISTS) as {
  readonly [F in PrepFormat]: { readonly [L in Language]: (typeof CHECKLISTS)[L][F] };
};

/**
 * How each format is named inside a message, per language, for the `format` field of
 * `nextRoundReply` and `nextRoundInvite` (R10). Each label fits the slot its language gives it:
 * after "the" in English, in parentheses in German, French, Spanish and Portuguese, and after
 * "Format:" in every invitation.
 *
 * @example
 * ```ts
 * prepFormatLabels['case-study'].de //=> "Fallstudie"
 * ```
 */
export const prepFormatLabels = /* @__PURE__ */ byFormat<string>(PREP_FORMAT_LABELS) as {
  readonly [F in PrepFormat]: { readonly [L in Language]: (typeof PREP_FORMAT_LABELS)[L][F] };
};
