/**
 * What an employer's reply says (`classifyReply`) and what it promised (`extractTimeline`), in
 * English, German, French, Spanish and Portuguese, offline.
 *
 * Guide: [Reply classifier](../../docs/classifier.md).
 *
 * @packageDocumentation
 * @module interview-followup/classifier
 * @primaryExport
 */
export { classifyReply } from './classifyReply.js';
export { cleanReply, MAX_CLEANED_LENGTH } from './cleanReply.js';
export type { CleanedField } from './cleanReply.js';
export { REPLY_LABELS, REPLY_LANGUAGES, REPLY_TOPICS, TOPIC_LABELS, REQUEST_KINDS } from './types.js';
export type {
  Classification,
  ClassifyOptions,
  Evidence,
  ExtractedTimeline,
  PromiseKind,
  ReplyField,
  ReplyInput,
  ReplyLabel,
  ReplyLanguage,
  ReplyRequest,
  ReplyTopic,
  RequestKind,
  SourceSpan,
} from './types.js';
export { LANGUAGES } from '../languages/index.js';
export type { Language } from '../languages/index.js';
export { CUE_TABLES } from './cues/index.js';
export type { CueDefinition, CueLabel, CueTable, RequestCue } from './cues/index.js';
export { extractTimeline } from './extractTimeline.js';
export type { ExtractTimelineOptions } from './extractTimeline.js';
export { findTimePhrases } from './findTimePhrases.js';
export type { FindTimePhrasesOptions, TimePhrase, TimePhraseRole } from './findTimePhrases.js';

// The errors this entry point throws, and the guard to test them with (works across builds).
export { FollowUpError, InvalidArgumentError, isFollowUpError } from '../errors.js';
export type { FollowUpErrorByCode, FollowUpErrorCode, FollowUpErrorOf } from '../errors.js';
