import { hiringStages as deStages, messages as de, mediumLabels as deMedia, salaryPeriods as dePeriods, prepFormatLabels as deFormats, regional as deRegional, regionalSpelling as deSpelling } from './de/messages.js';
import { hiringStages as enStages, messages as en, mediumLabels as enMedia, salaryPeriods as enPeriods, prepFormatLabels as enFormats } from './en/messages.js';
import { hiringStages as esStages, messages as es, mediumLabels as esMedia, salaryPeriods as esPeriods, prepFormatLabels as esFormats } from './es/messages.js';
import { hiringStages as frStages, messages as fr, mediumLabels as frMedia, salaryPeriods as frPeriods, prepFormatLabels as frFormats, regional as frRegional } from './fr/messages.js';
import { hiringStages as ptStages, messages as pt, mediumLabels as ptMedia, salaryPeriods as ptPeriods, prepFormatLabels as ptFormats, regional as ptRegional } from './pt/messages.js';
import type { Language } from './index.js';
import type { HiringStagePhrases, InterviewMediumLabels, MessageTexts, SalaryPeriodWords, PrepFormatLabels, RegionalPhrases } from './types.js';

/*
 * The words inside messages, by language: what `renderMessage` and `stagePhrase` read. Data only; each constant is
 * imported on its own, so a bundle that names hiring stages holds no message texts.
 */

/** The 13 built-in messages of every language (R1, R3.5, R5, R8–R10). */
export const MESSAGES = { en, de, fr, es, pt } as const satisfies Record<Language, MessageTexts>;

/** How every language names each checklist format inside a message (R10). */
export const PREP_FORMAT_LABELS = { en: enFormats, de: deFormats, fr: frFormats, es: esFormats, pt: ptFormats } as const satisfies Record<Language, PrepFormatLabels>;

/** How every language names a round held by phone, by video or on site (R10). */
export const MEDIUM_LABELS = { en: enMedia, de: deMedia, fr: frMedia, es: esMedia, pt: ptMedia } as const satisfies Record<Language, InterviewMediumLabels>;

/** How every language writes a salary's period (R8). */
export const SALARY_PERIODS = { en: enPeriods, de: dePeriods, fr: frPeriods, es: esPeriods, pt: ptPeriods } as const satisfies Record<Language, SalaryPeriodWords>;

/** How every language names each step of the hiring process to a candidate (R3.5). */
export const HIRING_STAGE_WORDS = { en: enStages, de: deStages, fr: frStages, es: esStages, pt: ptStages } as const satisfies Record<Language, HiringStagePhrases>;

/** The regional forms of the languages that have them (see {@link RegionalPhrases}): a pack's optional `regional`. */
export const REGIONAL_PHRASES: { readonly [L in Language]?: RegionalPhrases } = { de: deRegional, fr: frRegional, pt: ptRegional };

/**
 * The one-letter spelling rules of the regional forms (Swiss German "ss" for "ß"), apart from the phrase tables: the
 * built-in phrases shown on their own (`stagePhrase`, `prepChecklist`) follow them, and carry no phrase that a regional
 * form replaces (a test checks it), so a bundle of them holds no message tables.
 */
export const REGIONAL_SPELLING: { readonly [L in Language]?: RegionalPhrases } = { de: deSpelling };
