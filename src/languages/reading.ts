import { lazyRecord } from '../_lib/lazyRecord.js';
import type { EveryReplyWords, LexiconWords } from '../classifier/cues/types.js';
import type { CleaningVocabulary } from './cleaningVocabulary.js';
import * as de from './de/reading.js';
import * as en from './en/reading.js';
import * as es from './es/reading.js';
import * as fr from './fr/reading.js';
import type { Language } from './index.js';
import * as pt from './pt/reading.js';
import type { TimelineVocabulary } from './timelineVocabulary.js';

/*
 * The words the library reads, by language: what the reply reader and the timeline reader compile on first use.
 * Nothing that writes messages imports this file. Each language's words are made the first time they are read, so
 * importing the library (whose root entry re-exports the reader) builds none of them.
 */

/** The reply reader's lexicon of every language (R7): phrases per label, negators, request phrases. */
export const CUES = /* @__PURE__ */ lazyRecord<Language, LexiconWords>({ en: en.reading, de: de.reading, fr: fr.reading, es: es.reading, pt: pt.reading });

/** The words of every language the reply reader looks for in any reply (R7): stop words and contrast words. */
export const EVERY_REPLY_WORDS = /* @__PURE__ */ lazyRecord<Language, EveryReplyWords>({
  en: en.everyReply, de: de.everyReply, fr: fr.everyReply, es: es.everyReply, pt: pt.everyReply,
});

/** The timeline reader's words of every language (R4.5): dates, counts, units, promise and request words. */
export const TIMELINE_WORDS = /* @__PURE__ */ lazyRecord<Language, TimelineVocabulary>({
  en: en.timeline, de: de.timeline, fr: fr.timeline, es: es.timeline, pt: pt.timeline,
});

/** The reply cleaner's lines of every language (R7): reply headers, separators, header blocks, sign-offs, notices. */
export const CLEANING_LINES = /* @__PURE__ */ lazyRecord<Language, CleaningVocabulary>({
  en: en.cleaning, de: de.cleaning, fr: fr.cleaning, es: es.cleaning, pt: pt.cleaning,
});
