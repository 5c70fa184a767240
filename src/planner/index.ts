/**
 * What to do after an interview and by when: the thank-you deadlines, the follow-up window, the
 * day silence counts as ghosting (`planFollowUp`); the application tracker and its next actions
 * (`applyEvent`, `nextActions`), fed by the replies the classifier read (`replyEvent`, `toTimeline`); the
 * calendar export (`toICS`).
 *
 * Guides: [Follow-up planner](../../docs/planner.md), [Application
 * tracker](../../docs/tracker.md), [Reflection notes](../../docs/reflection.md), [Calendar
 * export](../../docs/ics.md).
 *
 * @packageDocumentation
 * @module interview-followup/planner
 * @primaryExport
 */
export { candidateExpectations } from './candidateExpectations.js';
export { earliestFollowUp } from './earliestFollowUp.js';
export { ghostingDate } from './ghostingDate.js';
export { planFollowUp } from './planFollowUp.js';
export { reflectionToMarkdown } from './reflectionToMarkdown.js';
export type { ReflectionToMarkdownOptions } from './reflectionToMarkdown.js';
export { resolveTimeline } from './resolveTimeline.js';
export type { ResolveTimelineOptions } from './resolveTimeline.js';
export { thankYouDeadline } from './thankYouDeadline.js';
export type { ThankYouDeadlineInstant, ThankYouDeadlineOptions } from './thankYouDeadline.js';
export type {
  CandidateExpectations, CandidateExpectationsOptions, FollowUpPlan, FollowUpWindow, FollowUpWindowWithTimeline,
  FollowUpWindowWithoutTimeline, NotificationRule, PlanOptions, PlanReason, PlanRuleId, ThankYouDeadline,
} from './types.js';
export { DEFAULT_POLICY, resolvePolicy } from '../policy.js';
export type { NoTimelineWindow, Policy, PolicyOverrides } from '../policy.js';
export * from './tracker/index.js';
export * from './ics/index.js';

// The errors this entry point throws, and the guard to test them with (works across builds).
export { FollowUpError, InvalidArgumentError, InvalidInputError, InvalidTimelineError, InvalidTransitionError, UnknownTimeZoneError, isFollowUpError } from '../errors.js';
export type { FollowUpErrorByCode, FollowUpErrorCode, FollowUpErrorOf } from '../errors.js';
