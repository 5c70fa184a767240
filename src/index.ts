/**
 * The main entry point: everything that needs no peer dependency. It re-exports the calendar, the
 * planner and tracker, the classifier, the templates and the hiring team's functions, and the
 * types of the model; the errors are documented here.
 *
 * ```ts
 * import { planFollowUp, classifyReply, renderMessage, isFollowUpError } from 'interview-followup';
 * ```
 *
 * Start with [Getting started](../docs/getting-started.md). Each re-export below links to its page
 * in the entry point it comes from: {@link "interview-followup/planner"! | planner},
 * {@link "interview-followup/classifier"! | classifier}, {@link "interview-followup/templates"! | templates},
 * {@link "interview-followup/hiring"! | hiring}, {@link "interview-followup/calendar"! | calendar}. Schemas and parse
 * functions are in {@link "interview-followup/model"! | model} (zod), region calendars in
 * {@link "interview-followup/holidays"! | holidays} (date-holidays), raw email in {@link "interview-followup/mail"! | mail}.
 *
 * @packageDocumentation
 * @module interview-followup
 */
// The light core of interview-followup: everything except the two modules with heavy peers,
// `interview-followup/holidays` (date-holidays) and `interview-followup/model` (zod). Types of the
// model are re-exported here as types only, so importing them bundles no zod.

// Errors (all of them carry a `code`; test with isFollowUpError)
export {
  FollowUpError, InvalidDateError, DateRangeError, InvalidArgumentError, InvalidCalendarError,
  UnknownRegionError, UnknownTimeZoneError, MissingDependencyError, InvalidInputError,
  InvalidTimelineError, InvalidTransitionError, TemplateSyntaxError, MissingFieldError, isFollowUpError,
} from './errors.js';
export type { FollowUpErrorByCode, FollowUpErrorCode, FollowUpErrorOf, InputIssue } from './errors.js';

// Calendar (R4.4)
export {
  createCalendar, assertCalendar, isCalendar, DEFAULT_WEEKEND, toEpochDay, fromEpochDay, isCivilDate, dayOfWeek, addDays,
  MIN_EPOCH_DAY, MAX_EPOCH_DAY, parseInstant, civilDateInZone, formatInstantInZone, assertTimeZone,
} from './calendar/index.js';
export type {
  Calendar, CalendarOptions, CivilDate, EpochDay, Instant, Weekday, WeekendPeriod, HolidayEntry,
  HolidaySource, HolidayType, DayOff, DayOffReason, NonBusinessDay,
} from './calendar/index.js';

// Weekend table of the regions (the calendar's data; regionCalendar itself lives in interview-followup/holidays)
export { defaultWeekend } from './calendar/defaultWeekend.js';
export { WEEKENDS } from './calendar/weekends.js';
export type { WeekendRule } from './calendar/weekends.js';

// Policy (every policy default listed in docs/rules.md, once)
export { DEFAULT_POLICY, resolvePolicy } from './policy.js';
export type { Policy, PolicyOverrides, NoTimelineWindow } from './policy.js';

// Model types (schemas and parse functions: interview-followup/model)
export type {
  Interview, Interviewer, InterviewFormat, Timeline, TimelineKind, Event, EventOf, EventType,
  Application, ReplyOutcome, EmployerCalendar, Reflection, ReflectionQuestion, EmployerRequest, EmployerRequestKind,
  DeepReadonly,
} from './model/index.js';

// Planner (R1, R4, R11) and the recruiter's view
export {
  planFollowUp, resolveTimeline, candidateExpectations, thankYouDeadline, ghostingDate, earliestFollowUp,
  reflectionToMarkdown,
} from './planner/index.js';
export type {
  FollowUpPlan, FollowUpWindow, FollowUpWindowWithTimeline, FollowUpWindowWithoutTimeline, ThankYouDeadline, PlanReason,
  PlanRuleId, PlanOptions, CandidateExpectations, CandidateExpectationsOptions, NotificationRule, ResolveTimelineOptions,
  ThankYouDeadlineOptions, ThankYouDeadlineInstant, ReflectionToMarkdownOptions,
} from './planner/index.js';

// Tracker (R6, R7, R11) and calendar export
export {
  applyEvent, insertEvent, status, nextActions, summarize, teamView, replyEvent, toTimeline, TRANSITIONS, TRACKER_STATES, TERMINAL_STATES, TRANSITION_COLUMNS,
  toICS, eventsToICS, planToIcsEvents, actionsToIcsEvents, icsUid, escapeIcsText, foldIcsLine,
} from './planner/index.js';
export type {
  TrackerState, TransitionColumn, TrackerContext, CalendarFor, ApplyEventOptions, NextAction, ActionKind,
  ActionPriority, ActionRuleId, PipelineSummary, PipelineWarning, IcsEvent, ToIcsOptions, IcsInput, ReplyEventExtras,
  ReplyEventSource, TeamView, TeamViewNoNewsOwed, TeamViewOwingNews,
} from './planner/index.js';

// Languages: the codes of every language the library writes messages in and reads replies in
export { LANGUAGES } from './languages/index.js';
export type { Language } from './languages/index.js';

// Classifier (R7, R4.5)
export {
  classifyReply, cleanReply, extractTimeline, findTimePhrases, REPLY_LABELS, REPLY_LANGUAGES, CUE_TABLES,
  REPLY_TOPICS, TOPIC_LABELS, REQUEST_KINDS,
} from './classifier/index.js';
export type {
  Classification, ClassifyOptions, Evidence, ExtractedTimeline, PromiseKind, ReplyField, ReplyInput, ReplyLabel,
  ReplyLanguage, SourceSpan, CleanedField, ExtractTimelineOptions, FindTimePhrasesOptions, TimePhrase, TimePhraseRole, CueDefinition, CueLabel, CueTable,
  ReplyRequest, ReplyTopic, RequestKind, RequestCue,
} from './classifier/index.js';

// Templates and messages (R1, R5, R8–R10)
export {
  defineTemplate, renderMessage, draftThankYouNotes, draftOfferReply, prepChecklist, checkMessageLimits, policyLimits,
  formatMessageDate, resolveLocale, countWords, escapeHtml, MESSAGE_KINDS, MESSAGE_LOCALES, MESSAGE_DATE_FORMAT,
  prepChecklists, prepFormatLabels,
} from './templates/index.js';
export type {
  Template, TemplateSource, DefineTemplateOptions, TemplateFields, TemplateValue, SectionValue, AnyTemplateData,
  RenderedMessage, RenderMessageOptions, MessageKind, MessageData, MessageDataMap, MessageDate, MessageSlots, SalaryAmount, SalaryPeriod,
  NamedPerson, OptionalRecipient, MessageLocale, LocaleTag, ResolvedLocale, LocaleOptions, FormatMessageDateOptions, ThankYouNote,
  ThankYouInterview, ThankYouInterviewer, ThankYouCandidate, DraftThankYouNotesOptions, DraftOfferReplyOptions,
  OfferReply, LimitWarning, MessageLimits, PrepChecklistFormat, PrepFormat,
} from './templates/index.js';

// The hiring team's side (R3)
export {
  defineCriteria, scoreCandidate, scoreCandidates, debrief, shortlist, referenceCheck, approvals, offerReadiness,
  candidateFacingStage, HIRING_STAGES, stagePhrase, HIRING_STAGE_PHRASES, DEFAULT_HIRING_POLICY, resolveHiringPolicy,
} from './hiring/index.js';
export type {
  HiringPolicy, HiringPolicyOverrides, Criteria, Criterion, CriterionScore, CandidateScore, InterviewerRating,
  ScoreCandidateOptions, ScoreCandidatesOptions, Debrief, DebriefCandidate, DebriefOptions, DebriefPoint, DebriefVerdict,
  Shortlist, ShortlistEntry, ShortlistExclusion, ShortlistOptions, ShortlistReason, TieBreak, HiringClockOptions,
  RefereeStatus, RefereeProgress, ReferenceReport, ApprovalStatus, ApprovalStepStatus, ApprovalStepProgress,
  ApprovalReport, Blocker, OfferReadiness, HiringStage, HiringProgress, Scorecard, Rating, CriterionInput, CriterionKind,
  ReferenceCheck, Referee, ApprovalChain, ApprovalStep, ApprovalMode, ApprovalDecision, HiringDate,
} from './hiring/index.js';
