import type { CueTable } from '../classifier/cues/types.js';
import { reading as deCues, timeline as deTimeline } from './de/reading.js';
import { reading as enCues, timeline as enTimeline } from './en/reading.js';
import { reading as esCues, timeline as esTimeline } from './es/reading.js';
import { reading as frCues, timeline as frTimeline } from './fr/reading.js';
import { reading as ptCues, timeline as ptTimeline } from './pt/reading.js';
import type { Language } from './index.js';
import type { TimelineVocabulary } from './timelineVocabulary.js';

/*
 * The words the library reads, by language: what the reply reader and the timeline reader compile on first use.
 * Nothing that writes messages imports this file.
 */

/** The reply reader's lexicon of every language (R7): phrases per label, negators, request phrases, stop words. */
export const CUES = { en: enCues, de: deCues, fr: frCues, es: esCues, pt: ptCues } as const satisfies Record<Language, CueTable>;

/** The timeline reader's words of every language (R4.5): dates, counts, units, promise and request words. */
export const TIMELINE_WORDS = { en: enTimeline, de: deTimeline, fr: frTimeline, es: esTimeline, pt: ptTimeline } as const satisfies Record<Language, TimelineVocabulary>;
