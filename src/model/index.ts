/**
 * The data as zod 4 schemas with their inferred types: parse and check interviews, timelines,
 * events, applications and the hiring team's data at the edge of your app.
 *
 * Guide: [Data model](../../docs/model.md).
 *
 * @packageDocumentation
 * @module interview-followup/model
 * @primaryExport
 */
export { ApplicationSchema, parseApplication, safeParseApplication } from './Application.js';
export type { Application } from './Application.js';
export type { DeepReadonly } from './DeepReadonly.js';
export { EmployerCalendarSchema } from './EmployerCalendar.js';
export type { EmployerCalendar } from './EmployerCalendar.js';
export {
  EMPLOYER_REQUEST_KINDS, EmployerRequestKindSchema, EmployerRequestSchema, EVENT_TYPES, EventSchema, parseEvent,
  REPLY_OUTCOMES, ReplyOutcomeSchema, safeParseEvent,
} from './Event.js';
export type { EmployerRequest, EmployerRequestKind, Event, EventOf, EventType, ReplyOutcome } from './Event.js';
export { InterviewSchema, parseInterview, safeParseInterview } from './Interview.js';
export type { Interview } from './Interview.js';
export { InterviewerSchema } from './Interviewer.js';
export type { Interviewer } from './Interviewer.js';
export { INTERVIEW_FORMATS, InterviewFormatSchema } from './InterviewFormat.js';
export type { InterviewFormat } from './InterviewFormat.js';
export { jsonSchemas } from './jsonSchemas.js';
export type { JsonSchema, JsonSchemaName } from './jsonSchemas.js';
export { parsePolicy, PolicySchema, safeParsePolicy } from './Policy.js';
export type { PolicyInput } from './Policy.js';
export type { Policy } from '../policy.js';
export { CivilDateSchema, InstantSchema, TimeZoneSchema } from './primitives.js';
export { parseReflection, ReflectionQuestionSchema, ReflectionSchema, safeParseReflection } from './Reflection.js';
export type { Reflection, ReflectionQuestion } from './Reflection.js';
export { parseTimeline, safeParseTimeline, TimelineSchema } from './Timeline.js';
export type { Timeline, TimelineKind } from './Timeline.js';
export type { ParseOptions, SafeParseResult } from './parseWith.js';
// The hiring team's data (R3)
export {
  ApprovalChainSchema, ApprovalStepSchema, APPROVAL_DECISIONS, APPROVAL_MODES, parseApprovalChain, safeParseApprovalChain,
  CriteriaInputSchema, CriterionInputSchema, CRITERION_KINDS, parseCriteria, safeParseCriteria, HiringDateSchema,
  HiringPolicySchema, parseHiringPolicy, safeParseHiringPolicy, parseReferenceCheck, RefereeSchema, ReferenceCheckSchema,
  safeParseReferenceCheck, parseScorecard, RatingSchema, safeParseScorecard, ScorecardSchema,
} from './hiring/index.js';
export type {
  ApprovalChain, ApprovalDecision, ApprovalMode, ApprovalStep, CriterionInput, CriterionKind, HiringDate,
  HiringPolicyInput, Referee, ReferenceCheck, Rating, Scorecard,
} from './hiring/index.js';
export type { HiringPolicy } from '../hiringPolicy.js';

// The errors this entry point throws, and the guard to test them with (works across builds).
export { FollowUpError, InvalidInputError, isFollowUpError } from '../errors.js';
export type { FollowUpErrorByCode, FollowUpErrorCode, FollowUpErrorOf } from '../errors.js';
