/**
 * The hiring team's side: scorecards against predetermined criteria, debrief, shortlist, reference
 * checks, approvals, and the stage a candidate may be told.
 *
 * Guide: [Hiring team](../../docs/hiring.md).
 *
 * @packageDocumentation
 * @module interview-followup/hiring
 * @primaryExport
 */
export { approvals } from './approvals.js';
export { candidateFacingStage, HIRING_STAGES } from './candidateFacingStage.js';
export { debrief } from './debrief.js';
export { defineCriteria } from './defineCriteria.js';
export { offerReadiness } from './offerReadiness.js';
export { DEFAULT_HIRING_POLICY, resolveHiringPolicy } from '../hiringPolicy.js';
export type { HiringPolicy, HiringPolicyOverrides } from '../hiringPolicy.js';
export { referenceCheck } from './referenceCheck.js';
export { scoreCandidate } from './scoreCandidate.js';
export { scoreCandidates } from './scoreCandidates.js';
export { shortlist } from './shortlist.js';
export { HIRING_STAGE_PHRASES, stagePhrase } from './stagePhrase.js';
export type {
  ApprovalReport, ApprovalStatus, ApprovalStepProgress, ApprovalStepStatus, Blocker, CandidateScore, Criteria, Criterion,
  CriterionScore, Debrief, DebriefCandidate, DebriefOptions, DebriefPoint, DebriefVerdict, HiringClockOptions, HiringProgress,
  HiringStage, InterviewerRating, OfferReadiness, RefereeProgress, RefereeStatus, ReferenceReport, ScoreCandidateOptions,
  ScoreCandidatesOptions, Shortlist, ShortlistEntry, ShortlistExclusion, ShortlistOptions, ShortlistReason, TieBreak,
} from './types.js';
export type { ApprovalChain, ApprovalDecision, ApprovalMode, ApprovalStep } from '../model/hiring/ApprovalChain.js';
export type { CriterionInput, CriterionKind } from '../model/hiring/Criterion.js';
export type { HiringDate } from '../model/hiring/HiringDate.js';
export type { Referee, ReferenceCheck } from '../model/hiring/ReferenceCheck.js';
export type { Rating, Scorecard } from '../model/hiring/Scorecard.js';

// The errors this entry point throws, and the guard to test them with (works across builds).
export { FollowUpError, InvalidInputError, InvalidArgumentError, isFollowUpError } from '../errors.js';
export type { FollowUpErrorByCode, FollowUpErrorCode, FollowUpErrorOf } from '../errors.js';
