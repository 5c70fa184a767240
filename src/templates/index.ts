/**
 * The messages of the weeks after an interview, in five languages (English, German, French, Spanish
 * and Portuguese: `LANGUAGES`): thank-you notes, follow-ups, replies to an offer (`renderMessage`,
 * `draftThankYouNotes`), and templates of your own (`defineTemplate`).
 *
 * Guide: [Message templates](../../docs/templates.md).
 *
 * @packageDocumentation
 * @module interview-followup/templates
 * @primaryExport
 */
export { defineTemplate } from './defineTemplate.js';
export type { DefineTemplateOptions, Template, TemplateSource } from './defineTemplate.js';
export type { AnyTemplateData, RenderedMessage, SectionValue, TemplateFields, TemplateValue } from './types.js';
export { renderMessage } from './renderMessage.js';
export type { RenderMessageOptions } from './renderMessage.js';
export { MESSAGE_KINDS } from './messageData.js';
export type { MessageData, MessageDataMap, MessageDate, MessageKind, MessageSlots, NamedPerson, OptionalRecipient, SalaryAmount, SalaryPeriod } from './messageData.js';
export { MESSAGE_LOCALES, resolveLocale } from './resolveLocale.js';
export type { LocaleOptions, LocaleTag, MessageLocale, ResolvedLocale } from './resolveLocale.js';
export { LANGUAGES } from '../languages/index.js';
export type { Language } from '../languages/index.js';
export { formatMessageDate, MESSAGE_DATE_FORMAT } from './formatMessageDate.js';
export type { FormatMessageDateOptions } from './formatMessageDate.js';
export { draftThankYouNotes } from './draftThankYouNotes.js';
export type { DraftThankYouNotesOptions, ThankYouCandidate, ThankYouInterview, ThankYouInterviewer, ThankYouNote } from './draftThankYouNotes.js';
export { draftOfferReply } from './draftOfferReply.js';
export type { DraftOfferReplyOptions, OfferReply } from './draftOfferReply.js';
export { checkMessageLimits, policyLimits } from './checkMessageLimits.js';
export type { LimitWarning, MessageLimits } from './checkMessageLimits.js';
export { prepChecklist } from './prepChecklist.js';
export type { PrepChecklistFormat } from './prepChecklist.js';
export type { PrepFormat } from './prepFormats.js';
export { countWords } from './countWords.js';
export { escapeHtml } from './escapeHtml.js';

// The errors this entry point throws, and the guard to test them with (works across builds).
export { FollowUpError, TemplateSyntaxError, MissingFieldError, InvalidInputError, InvalidArgumentError, isFollowUpError } from '../errors.js';
export type { FollowUpErrorByCode, FollowUpErrorCode, FollowUpErrorOf } from '../errors.js';
export { prepChecklists, prepFormatLabels } from './prepChecklists.js';
