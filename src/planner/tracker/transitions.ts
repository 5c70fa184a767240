import type { TrackerState, TransitionColumn } from './types.js';

/** Every state, in the order of the table in `docs/tracker.md`. */
export const TRACKER_STATES: readonly TrackerState[] = Object.freeze([
  'thank-you-due', 'waiting', 'follow-up-due', 'awaiting-reply', 'ghosted', 'next-round',
  'offer-pending', 'offer-accepted', 'offer-declined', 'rejected', 'withdrawn',
] as const);

/** The states that end an application: after them, only the employer's replies and the candidate's answers are recorded. */
export const TERMINAL_STATES: readonly TrackerState[] = Object.freeze(['offer-accepted', 'offer-declined', 'rejected', 'withdrawn'] as const);

/** Every column of the table, in the order of `docs/tracker.md`. */
export const TRANSITION_COLUMNS: readonly TransitionColumn[] = Object.freeze([
  'interview-held', 'thank-you-sent', 'follow-up-sent', 'request-answered', 'reply-received:offer', 'reply-received:rejection',
  'reply-received:next_round', 'reply-received:other', 'timeline-updated', 'next-round-scheduled',
  'offer-received', 'offer-accepted', 'offer-declined', 'rejected', 'withdrawn',
] as const);

type Row = { readonly [C in TransitionColumn]?: readonly TrackerState[] };

/**
 * Where word from the employer (a reply without a decision, a new timeline) leads. The time-driven
 * states are evaluated again: a later promised date closes an open follow-up window, and a ghosted
 * application is awaiting a reply again (or waiting, when no follow-up was sent).
 */
function afterContact(self: TrackerState): readonly TrackerState[] {
  if (self === 'follow-up-due') return ['follow-up-due', 'waiting'];
  if (self === 'ghosted') return ['awaiting-reply', 'waiting'];
  return [self];
}

/** The waiting states of one interview round: the same events are legal in each. */
function cycle(self: TrackerState): Row {
  return {
    'thank-you-sent': self === 'thank-you-due' ? ['thank-you-due', 'waiting'] : [self],
    'follow-up-sent': ['awaiting-reply'],
    'request-answered': [self],
    'reply-received:offer': ['offer-pending'],
    'reply-received:rejection': ['rejected'],
    'reply-received:next_round': ['next-round'],
    'reply-received:other': afterContact(self),
    'timeline-updated': afterContact(self),
    'next-round-scheduled': ['next-round'],
    'offer-received': ['offer-pending'],
    rejected: ['rejected'],
    withdrawn: ['withdrawn'],
  };
}

/**
 * Mail after the end (onboarding, a background check, feedback, a talent-pool note): recorded, and the end stays.
 * A reply's label is a reading of the mail, not a decision, so it never reopens an ended application.
 */
function ended(self: TrackerState): Row {
  return {
    'request-answered': [self],
    'reply-received:offer': [self],
    'reply-received:rejection': [self],
    'reply-received:next_round': [self],
    'reply-received:other': [self],
  };
}

/**
 * The state machine of an application: for each state and event column, the states the event can
 * lead to (more than one when a guard decides, see `docs/tracker.md`); a missing entry is an
 * illegal event ({@link InvalidTransitionError}). Terminal states accept only the employer's replies (an
 * onboarding mail asking for documents) and the candidate's answers to them, and stay as they are.
 *
 * Guards: `interview-held` leads to `thank-you-due` when the interview has interviewers, else to
 * `waiting`; `thank-you-sent` leaves `thank-you-due` for `waiting` with the round's last missing note;
 * `follow-up-sent` needs fewer than `maxFollowUps` follow-ups in the round (R11.3); `thank-you-sent` in `next-round`
 * and `offer-pending` thanks an interviewer of the round already held (none before the first interview);
 * `follow-up-sent` in `next-round` asks about an invitation nothing was arranged for yet, within `maxFollowUps`.
 *
 * @example
 * ```ts
 * TRANSITIONS['offer-pending']['offer-accepted'] //=> ['offer-accepted']
 * TRANSITIONS['rejected']['withdrawn']           //=> undefined (illegal)
 * TRANSITIONS['offer-accepted']['reply-received:other'] //=> ['offer-accepted'] (recorded; the end stays)
 * ```
 */
export const TRANSITIONS: { readonly [S in TrackerState]: Row } = Object.freeze({
  'thank-you-due': cycle('thank-you-due'),
  waiting: cycle('waiting'),
  'follow-up-due': cycle('follow-up-due'),
  'awaiting-reply': cycle('awaiting-reply'),
  ghosted: cycle('ghosted'),
  'next-round': {
    'interview-held': ['thank-you-due', 'waiting'],
    // An invitation (or an offer) can come before the round's notes went out: they are still due (R1.2).
    'thank-you-sent': ['next-round'],
    // About an invitation that nothing was arranged for yet (R10).
    'follow-up-sent': ['next-round'],
    'request-answered': ['next-round'],
    'reply-received:offer': ['offer-pending'],
    'reply-received:rejection': ['rejected'],
    'reply-received:next_round': ['next-round'],
    'reply-received:other': ['next-round'],
    'timeline-updated': ['next-round'],
    'next-round-scheduled': ['next-round'],
    'offer-received': ['offer-pending'],
    rejected: ['rejected'],
    withdrawn: ['withdrawn'],
  },
  'offer-pending': {
    'thank-you-sent': ['offer-pending'],
    'request-answered': ['offer-pending'],
    'reply-received:offer': ['offer-pending'],
    'reply-received:rejection': ['rejected'],
    'reply-received:next_round': ['next-round'],
    'reply-received:other': ['offer-pending'],
    'timeline-updated': ['offer-pending'],
    'next-round-scheduled': ['next-round'],
    'offer-received': ['offer-pending'],
    'offer-accepted': ['offer-accepted'],
    'offer-declined': ['offer-declined'],
    rejected: ['rejected'],
    withdrawn: ['withdrawn'],
  },
  'offer-accepted': ended('offer-accepted'),
  'offer-declined': ended('offer-declined'),
  rejected: ended('rejected'),
  withdrawn: ended('withdrawn'),
});
