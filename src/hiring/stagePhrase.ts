import type { LocaleOptions, MessageLocale } from '../templates/resolveLocale.js';
import { resolveLocale } from '../templates/resolveLocale.js';
import { describe, InvalidArgumentError } from '../errors.js';
import { HIRING_STAGES } from './candidateFacingStage.js';
import type { HiringStage } from './types.js';

/**
 * How each {@link HiringStage} is named to a candidate, in every message language (R3.5): short
 * noun phrases that complete the `statusUpdate` line "Our process is currently at this step: …".
 * Plain data; the wording is neutral and says nothing about the outcome.
 *
 * @example
 * ```ts
 * HIRING_STAGE_PHRASES.de.references //=> "Einholung von Referenzen"
 * ```
 */
export const HIRING_STAGE_PHRASES: Readonly<Record<MessageLocale, Readonly<Record<HiringStage, string>>>> = Object.freeze({
  en: Object.freeze({
    debrief: 'interview team debrief',
    evaluation: 'evaluation against our criteria',
    shortlist: 'shortlisting of candidates',
    references: 'reference checks',
    approvals: 'internal approvals',
    offer: 'final decision',
  }),
  de: Object.freeze({
    debrief: 'Abstimmung im Interviewteam',
    evaluation: 'Bewertung anhand unserer Kriterien',
    shortlist: 'Auswahl der engeren Kandidatenliste',
    references: 'Einholung von Referenzen',
    approvals: 'interne Freigaben',
    offer: 'abschließende Entscheidung',
  }),
  fr: Object.freeze({
    debrief: 'mise en commun au sein de l’équipe d’entretien',
    evaluation: 'évaluation selon nos critères',
    shortlist: 'établissement de la liste restreinte',
    references: 'vérification des références',
    approvals: 'validations internes',
    offer: 'décision finale',
  }),
  es: Object.freeze({
    debrief: 'puesta en común del equipo de entrevistas',
    evaluation: 'evaluación según nuestros criterios',
    shortlist: 'preselección de candidaturas',
    references: 'comprobación de referencias',
    approvals: 'aprobaciones internas',
    offer: 'decisión final',
  }),
});

/**
 * The phrase naming `stage` to a candidate in `locale` (R3.5), for the `stage` field of the
 * `statusUpdate` message. Languages other than en, de, fr and es fall back to English, as
 * `renderMessage` does.
 *
 * @param stage - From {@link candidateFacingStage}.
 * @param locale - A BCP 47 tag such as `"en"` or `"de-AT"`; one without built-in wording throws
 *   unless `options.fallback` is given.
 * @param options - `fallback`: the language for a locale without built-in wording.
 * @throws {@link InvalidArgumentError} for an unknown stage or a malformed locale.
 * @example
 * ```ts
 * stagePhrase('references', 'fr-CA') //=> "vérification des références"
 * ```
 */
export function stagePhrase(stage: HiringStage, locale: string, options?: LocaleOptions): string {
  if (!HIRING_STAGES.includes(stage)) throw new InvalidArgumentError('stage', stage, `one of ${HIRING_STAGES.map((s) => describe(s)).join(', ')}`);
  return HIRING_STAGE_PHRASES[resolveLocale(locale, options).language][stage];
}
