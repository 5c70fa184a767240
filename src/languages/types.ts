import type { EveryReplyWords, LexiconWords } from '../classifier/cues/types.js';
import type { HiringStage } from '../hiring/types.js';
import type { MessageKind } from '../templates/messageData.js';
import type { PrepFormat } from '../templates/prepFormats.js';
import type { CleaningVocabulary } from './cleaningVocabulary.js';
import type { TimelineVocabulary } from './timelineVocabulary.js';

/*
 * The shape of a language pack: everything the library writes and reads in one language, one folder per language
 * under src/languages/. Each concern is its own file in the folder, imported only by the module that needs it, so a
 * bundle that only renders messages holds no words of the reply reader, and the other way round.
 */

/** One built-in message in the template syntax: `{{path}}`, `{{path|fallback}}`, `{{#path}}…{{/path}}`. */
export interface MessageText {
  readonly subject: string;
  readonly body: string;
}

/** `messages.ts`: the 13 built-in messages (R1, R3.5, R5, R8–R10), with the same fields in every language. */
export type MessageTexts = { readonly [K in MessageKind]: MessageText };

/** `messages.ts`: how each checklist format is named inside `nextRoundReply` and `nextRoundInvite` (R10). */
export type PrepFormatLabels = { readonly [F in PrepFormat]: string };

/** `messages.ts`: a salary's period written after its amount (R8), e.g. "per year". */
export interface SalaryPeriodWords {
  readonly year: string;
  readonly month: string;
  readonly hour: string;
}

/** `messages.ts`: how a round held by phone, by video or on site is named inside a message (R10). */
export interface InterviewMediumLabels {
  readonly phone: string;
  readonly video: string;
  readonly onsite: string;
}

/** `messages.ts`: how each hiring step is named to a candidate in `statusUpdate` (R3.5). */
export type HiringStagePhrases = { readonly [S in HiringStage]: string };

/** `checklists.ts`: the preparation checklist per format of the next round (R10), six items each. */
export type PrepChecklistItems = { readonly [F in PrepFormat]: readonly string[] };

/** `reflection.ts`: the headings of the Markdown export of reflection notes (R2). */
export interface ReflectionHeadings {
  /** The document title, e.g. "Interview reflection". */
  readonly title: string;
  /** Written before the round number in the title: "round" 2. */
  readonly round: string;
  readonly questions: string;
  /** Label before the candidate's answer. */
  readonly answer: string;
  /** Label before how the answer could improve. */
  readonly improvement: string;
  readonly culture: string;
  readonly role: string;
  readonly notes: string;
  /** Written before the time the notes were written: "written" 2026-12-01T18:00:00Z. */
  readonly written: string;
}

/**
 * `messages.ts` (optional export `regional`): how a region writes some phrases of the pack's messages, keyed by its
 * ISO 3166 code (`"PT"`). Each pair is [the phrase as the pack writes it, the phrase as the region writes it]; they
 * replace whole words in every message's subject and body when the recipient's locale names that region
 * (`"pt-PT"`), and in the built-in phrases a message inserts (format labels, stage phrases); a pair of single letters
 * is a spelling rule applied inside words (Swiss German `["ß", "ss"]`). The caller's own values (names, companies)
 * are never changed. A locale without a region, or with another one, reads the pack as written.
 */
export type RegionalPhrases = { readonly [region: string]: readonly (readonly [string, string])[] };

/** `dates.ts`: words for writing dates that `Intl.DateTimeFormat` leaves to the writer. */
export interface DateWords {
  /**
   * How the first day of a month is written when the month is a word, or `null` for the number as
   * `Intl.DateTimeFormat` writes it (French: "1er", as in "lundi 1er février").
   */
  readonly firstOfMonth: string | null;
  /** What a region (ISO 3166 code, `"PT"`) writes differently from the pack, when the locale names that region. */
  readonly regions?: { readonly [region: string]: { readonly firstOfMonth: string | null } };
}

/** `reading.ts`: the reply reader's lexicon (R7) and the timeline reader's words (R4.5). */
export interface ReadingWords {
  readonly timeline: TimelineVocabulary;
  readonly everyReply: EveryReplyWords;
  readonly reading: LexiconWords;
  readonly cleaning: CleaningVocabulary;
}

/**
 * Everything one language pack holds, by file. A new language copies a folder, translates each file, and adds its
 * code to `LANGUAGES`; the registries beside this file (`messages.ts`, `checklists.ts`, `reflection.ts`, `dates.ts`,
 * `reading.ts`) are typed `Record<Language, …>`, so the compiler names each one that still lacks the new language.
 */
export interface LanguagePack {
  readonly messages: MessageTexts;
  readonly prepFormatLabels: PrepFormatLabels;
  readonly mediumLabels: InterviewMediumLabels;
  readonly salaryPeriods: SalaryPeriodWords;
  readonly hiringStages: HiringStagePhrases;
  readonly checklists: PrepChecklistItems;
  readonly reflection: ReflectionHeadings;
  readonly dates: DateWords;
  readonly timeline: TimelineVocabulary;
  readonly everyReply: EveryReplyWords;
  readonly reading: LexiconWords;
  readonly cleaning: CleaningVocabulary;
}
