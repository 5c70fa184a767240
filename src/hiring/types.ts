import type { CivilDate } from '../calendar/types.js';
import type { Calendar } from '../calendar/types.js';
import type { ApprovalMode } from '../model/hiring/ApprovalChain.js';
import type { CriterionKind } from '../model/hiring/Criterion.js';
import type { HiringPolicyOverrides } from '../hiringPolicy.js';

/** A predetermined criterion after {@link defineCriteria}: defaults filled in, weight normalised (R3.2). */
export interface Criterion {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly kind: CriterionKind;
  /** Ratings run from 1 to `scale`. */
  readonly scale: number;
  /** The weight as given. */
  readonly weight: number;
  /** `weight` divided by the sum of all weights: the shares of a list sum to 1. */
  readonly share: number;
}

/** The frozen result of {@link defineCriteria}. */
export type Criteria = readonly Criterion[];

/** One interviewer's rating of a criterion, as shown in a debrief. */
export interface InterviewerRating {
  readonly interviewerId: string;
  readonly rating: number;
  readonly note?: string;
}

/** How one criterion scored for one candidate (R3.2). Statistics are `null` when nobody rated it. */
export interface CriterionScore {
  readonly criterionId: string;
  readonly name: string;
  readonly kind: CriterionKind;
  readonly scale: number;
  readonly share: number;
  /** How many interviewers rated it. */
  readonly count: number;
  /** Mean rating on the criterion's own scale (1..scale). */
  readonly mean: number | null;
  /** The mean on a 0–100 scale: `(mean − 1) / (scale − 1) × 100`. */
  readonly score: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** `max − min`, in rating points. */
  readonly spread: number | null;
  /** Population standard deviation of the ratings, in rating points. */
  readonly stdDev: number | null;
  /** The ratings, by interviewer id. */
  readonly ratings: readonly InterviewerRating[];
}

/** The evaluation of one candidate against the predetermined criteria (R3.2). */
export interface CandidateScore {
  readonly candidateId: string;
  /**
   * Weighted score from 0 to 100 over the criteria that were rated (their shares re-normalised),
   * rounded to 6 decimals; `null` when no criterion was rated. Never `NaN`.
   */
  readonly total: number | null;
  /** Share of the total weight (0..1) whose criteria were rated at least once. */
  readonly coverage: number;
  /** One entry per criterion, in the order of the criteria. */
  readonly criteria: readonly CriterionScore[];
  /** Ids of criteria nobody rated (reported here, never counted as 0). */
  readonly missingCriteria: readonly string[];
  /** Criteria each submitted scorecard left unrated, by interviewer id. */
  readonly missingRatings: readonly { readonly interviewerId: string; readonly criterionIds: readonly string[] }[];
  /** Panel members who have not submitted a scorecard, in panel order. */
  readonly missingInterviewers: readonly string[];
  /** Interviewers whose scorecards count, sorted. */
  readonly interviewers: readonly string[];
}

/** Options of {@link scoreCandidate}. */
export interface ScoreCandidateOptions {
  /** The candidate scored: required when `scorecards` is empty, checked otherwise. */
  readonly candidateId?: string;
  /** Everyone expected to submit a scorecard (the interview panel). */
  readonly interviewers?: readonly string[];
}

/** Options of {@link scoreCandidates} and {@link debrief}. */
export interface ScoreCandidatesOptions {
  /** The panel expected to score every candidate. */
  readonly interviewers?: readonly string[];
  /** A panel per candidate id, overriding `interviewers` for that candidate. */
  readonly panels?: Readonly<Record<string, readonly string[]>>;
  /** Candidates to include even without any scorecard yet. */
  readonly candidates?: readonly string[];
}

/** Options of {@link debrief}. */
export interface DebriefOptions extends ScoreCandidatesOptions {
  /** Overrides of the thresholds (`strongAtLeast`, `weakBelow`, `disagreementSpread`). */
  readonly policy?: HiringPolicyOverrides;
}

/** How the team's ratings of one criterion read in a debrief (R3.1). */
export type DebriefVerdict = 'strength' | 'weakness' | 'disagreement' | 'mixed' | 'unrated';

/** One criterion as a debrief talking point, with every interviewer's rating and note (R3.1). */
export interface DebriefPoint {
  readonly criterionId: string;
  readonly name: string;
  readonly kind: CriterionKind;
  readonly scale: number;
  readonly verdict: DebriefVerdict;
  readonly score: number | null;
  readonly spread: number | null;
  readonly stdDev: number | null;
  readonly ratings: readonly InterviewerRating[];
}

/** One candidate's debrief (R3.1). */
export interface DebriefCandidate {
  readonly candidateId: string;
  readonly score: CandidateScore;
  /** Rated high by consensus, best first. */
  readonly strengths: readonly DebriefPoint[];
  /** Rated low by consensus, weakest first. */
  readonly weaknesses: readonly DebriefPoint[];
  /** Ratings far apart: to discuss, widest spread first. */
  readonly disagreements: readonly DebriefPoint[];
  /** Every criterion of kind `'fit'` (team and culture), in criteria order, whatever its verdict. */
  readonly fit: readonly DebriefPoint[];
  /** Panel members whose scorecards are still missing: the debrief waits for them. */
  readonly waitingFor: readonly string[];
  /** Whether every panel member has submitted, and at least one scorecard is in. */
  readonly ready: boolean;
}

/** The debrief of every candidate (R3.1), sorted by candidate id. */
export interface Debrief {
  readonly candidates: readonly DebriefCandidate[];
  /** Whether every candidate's panel has submitted. */
  readonly ready: boolean;
}

/** How ties on the total are broken in {@link shortlist}; the candidate id always breaks the rest. */
export type TieBreak = 'candidateId' | 'coverage' | 'agreement' | readonly string[];

/** Options of {@link shortlist}. */
export interface ShortlistOptions {
  /** Most candidates on the list (a whole number ≥ 1). */
  readonly size: number;
  /** Candidates scoring below this (0..100) are left off. */
  readonly minScore?: number;
  /**
   * After the total: `'candidateId'` (default) goes straight to the id; `'coverage'` puts the
   * more completely rated candidate first; `'agreement'` the one with the smaller mean spread (a
   * criterion rated by a single interviewer has spread 0, so a candidate seen by one interviewer
   * counts as in full agreement and ranks ahead of one whose several interviewers differ); a list
   * of criterion ids compares those criteria's scores in that order (each id must be a criterion of
   * the scores).
   */
  readonly tieBreak?: TieBreak;
  /** How many criteria to cite per candidate. @defaultValue 3 */
  readonly reasons?: number;
}

/** A criterion cited for a candidate's place: its score and the points it adds to the total. */
export interface ShortlistReason {
  readonly criterionId: string;
  readonly name: string;
  readonly score: number;
  /** Points of the total this criterion contributes (share × score over the rated shares). */
  readonly contribution: number;
}

/** One shortlisted candidate (R3.3). */
export interface ShortlistEntry {
  /** 1 for the leading candidate. */
  readonly rank: number;
  readonly candidateId: string;
  readonly total: number;
  readonly coverage: number;
  /** The criteria that contribute most to the total, largest first. */
  readonly reasons: readonly ShortlistReason[];
  /** One English sentence summarising the place and its reasons. */
  readonly text: string;
}

/** Why a candidate is not on the shortlist. */
export type ShortlistExclusion = 'unscored' | 'below-min-score' | 'outside-size';

/** The shortlist (R3.3). */
export interface Shortlist {
  readonly entries: readonly ShortlistEntry[];
  /** Everyone else, in ranking order (unscored last, by id). */
  readonly excluded: readonly { readonly candidateId: string; readonly total: number | null; readonly reason: ShortlistExclusion }[];
  /** Candidates with the same total as the last entry who were left off by the tie-break. */
  readonly tiedAtCutoff: readonly string[];
}

/** Options shared by the functions that age records in business days (R3.4). */
export interface HiringClockOptions {
  /** The employer's calendar: business days are counted in it (R4.4). */
  readonly calendar: Calendar;
  /** The employer's IANA zone: needed when `now` or a record date is an instant. */
  readonly timeZone?: string;
  /** Overrides of the overdue deadlines. */
  readonly policy?: HiringPolicyOverrides;
}

/** Where a referee stands (R3.4). */
export type RefereeStatus = 'requested' | 'contacted' | 'completed' | 'declined';

/** One referee's progress (R3.4). */
export interface RefereeProgress {
  readonly id: string;
  readonly name: string;
  readonly relationship?: string;
  readonly required: boolean;
  readonly status: RefereeStatus;
  readonly requestedOn: CivilDate;
  /** The date of the current status (the request date while `requested`). */
  readonly since: CivilDate;
  /** Whole business days after the request day: until today when open, until the answer when finished. */
  readonly ageBusinessDays: number;
  /** The first business day on which the reference counts as overdue, while it is open; else `null`. */
  readonly overdueOn: CivilDate | null;
  readonly overdue: boolean;
}

/** Something that keeps an offer from going out (R3.4). */
export interface Blocker {
  readonly kind: 'reference' | 'approval';
  /** The referee's or step's id; `'no-required-referee'` when no referee is required at all. */
  readonly id: string;
  readonly name: string;
  /** The referee's or step's status; `'no-required-referee'` when no referee is required at all. */
  readonly status: RefereeStatus | ApprovalStepStatus | 'no-required-referee';
  readonly overdue: boolean;
  readonly overdueOn: CivilDate | null;
  /** One English sentence for dashboards. */
  readonly text: string;
}

/** The reference checks of one candidate on a given day (R3.4). */
export interface ReferenceReport {
  readonly candidateId: string;
  readonly today: CivilDate;
  readonly referees: readonly RefereeProgress[];
  readonly counts: Readonly<Record<RefereeStatus, number>>;
  /**
   * Whether at least one reference is required and every required reference is completed: with no
   * required referee, the check has not started (R3.4), so it is not complete.
   */
  readonly complete: boolean;
  /**
   * Required references not completed yet, overdue first; or, when no referee is required, the one
   * blocker `{ id: 'no-required-referee', status: 'no-required-referee' }`.
   */
  readonly blocking: readonly Blocker[];
}

/** Where an approval step stands (R3.4): `waiting` is a sequential step behind an undecided one. */
export type ApprovalStepStatus = 'approved' | 'rejected' | 'pending' | 'waiting';

/** Where a whole approval chain stands. */
export type ApprovalStatus = 'approved' | 'pending' | 'rejected';

/** One approval step's progress (R3.4). */
export interface ApprovalStepProgress {
  readonly id: string;
  readonly approver: string;
  readonly purpose?: string;
  readonly status: ApprovalStepStatus;
  /** When the step became active (could be decided); `null` while `waiting`. */
  readonly activeSince: CivilDate | null;
  readonly decidedOn: CivilDate | null;
  /** Whole business days after `activeSince`: until today when pending, until the decision when decided. */
  readonly ageBusinessDays: number | null;
  /** The first business day on which the pending step counts as overdue; else `null`. */
  readonly overdueOn: CivilDate | null;
  readonly overdue: boolean;
}

/** The approval chain of one offer on a given day (R3.4). */
export interface ApprovalReport {
  readonly candidateId: string;
  readonly today: CivilDate;
  readonly mode: ApprovalMode;
  readonly status: ApprovalStatus;
  readonly steps: readonly ApprovalStepProgress[];
  /** Steps the chain is waiting on now (or the rejection that ended it), overdue first. */
  readonly blocking: readonly Blocker[];
}

/**
 * Whether an offer can go out (R3.4): `ready` only when at least one reference is required, every
 * required reference is completed and every approval is given.
 */
export interface OfferReadiness {
  readonly candidateId: string;
  readonly status: 'ready' | 'blocked';
  /** What is missing: references first, then approvals; overdue items first within each. */
  readonly missing: readonly Blocker[];
  readonly references: ReferenceReport;
  readonly approvals: ApprovalReport;
}

/** The steps of the hiring team's process, in order, as a candidate may be told (R3.5). */
export type HiringStage = 'debrief' | 'evaluation' | 'shortlist' | 'references' | 'approvals' | 'offer';

/**
 * What recruiters' tooling knows of one candidate's process (R3.5). Every field is optional and
 * accepts the matching result of this module, so `{ debrief: candidate, readiness }` works.
 */
export interface HiringProgress {
  /** The candidate's debrief (or just who is still to submit). */
  readonly debrief?: { readonly waitingFor: readonly string[]; readonly ready?: boolean | undefined } | undefined;
  /** Whether the debrief is over and the scores against the criteria are agreed. */
  readonly evaluated?: boolean | undefined;
  /** Whether the candidate is on the shortlist. */
  readonly shortlisted?: boolean | undefined;
  readonly references?: { readonly complete: boolean } | undefined;
  readonly approvals?: { readonly status: ApprovalStatus } | undefined;
  readonly readiness?: { readonly status: 'ready' | 'blocked'; readonly references: { readonly complete: boolean }; readonly approvals: { readonly status: ApprovalStatus } } | undefined;
}
