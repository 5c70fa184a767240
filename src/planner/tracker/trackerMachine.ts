import { parseInstant } from '../../calendar/instant.js';
import { civilDateInZone } from '../../calendar/zone.js';
import { describe, InvalidArgumentError, InvalidTransitionError } from '../../errors.js';
import type { Application } from '../../model/Application.js';
import type { Event, EventOf } from '../../model/Event.js';
import type { Interview } from '../../model/Interview.js';
import type { Timeline } from '../../model/Timeline.js';
import type { Policy } from '../../policy.js';
import { newRound, type Round } from './round.js';
import { TERMINAL_STATES, TRANSITIONS } from './transitions.js';
import type { TrackerState, TransitionColumn } from './types.js';

const EVENT_TYPES: ReadonlySet<string> = new Set<Event['type']>([
  'interview-held', 'thank-you-sent', 'follow-up-sent', 'request-answered', 'reply-received', 'timeline-updated',
  'next-round-scheduled', 'offer-received', 'offer-accepted', 'offer-declined', 'rejected', 'withdrawn',
]);

/** The requests that arrange another round (R10): answering one answers the invitation. @internal */
export const ROUND_KINDS: ReadonlySet<string> = new Set(['send_availability', 'book_slot', 'confirm_attendance', 'complete_assessment']);

/** The column of the transition table an event falls in (R7: a reply's outcome decides). @internal */
export function columnOf(event: Event): TransitionColumn {
  if (event.type !== 'reply-received') return event.type;
  const o = event.outcome;
  return o === 'offer' || o === 'rejection' || o === 'next_round' ? `reply-received:${o}` : 'reply-received:other';
}

/** Why an event with no entry in the table is illegal, in words. */
function illegalReason(state: TrackerState, column: TransitionColumn): string {
  if ((TERMINAL_STATES as readonly string[]).includes(state)) {
    return `the application has ended (${state}, a terminal state): after the end only the employer's mail ("reply-received") and your answers to it ("request-answered") are recorded. For a new role, start a new application.`;
  }
  switch (column) {
    case 'interview-held':
      return 'a round is already under way: record "next-round-scheduled" (or a reply with outcome "next_round") before the next interview is held.';
    case 'thank-you-sent':
      return 'no interview of the current round has been held, so there is nobody to thank yet (R1.1).';
    case 'follow-up-sent':
      return state === 'offer-pending'
        ? 'an offer is pending: answer it instead of following up (R8).'
        : 'no interview of the current round has been held, so there is nothing to follow up on (R4).';
    case 'offer-accepted':
    case 'offer-declined':
      return 'there is no pending offer: record "offer-received" first (R8).';
    default:
      return `the table in docs/tracker.md has no "${column}" transition from "${state}".`;
  }
}

/**
 * Replays an application's event log through the state machine, checking every event: the
 * event-driven state and what the time-based rules need. Internal to the tracker. @internal
 */
export class TrackerMachine {
  state: TrackerState = 'next-round';
  /** The application's interviews, plus those announced by `next-round-scheduled`. */
  interviews: Interview[];
  addedInterviews = false;
  readonly held = new Set<string>();
  /** The current round: reset when its interview is held. */
  round: Round = newRound();
  /** A timeline the employer gave while the next round was ahead: it applies to that round. */
  pendingTimeline: Timeline | undefined;
  /** The event that brought the application into its current state. */
  enteredBy: Event | undefined;
  /** A reply asking for another round that the candidate has not answered by scheduling it yet (R10). */
  nextRoundRequest: EventOf<'reply-received'> | undefined;
  /** When the candidate answered that invitation (`request-answered`: availability sent, a slot booked, the assessment submitted). */
  invitationAnsweredAt: string | undefined;
  /** Follow-ups sent about that invitation while nothing was arranged (R10, R11.3), and when the last went out. */
  invitationFollowUps = 0;
  lastInvitationFollowUpAt: string | undefined;
  lastAt: string | undefined;
  private lastAtMs = Number.NEGATIVE_INFINITY;

  constructor(
    readonly application: Application,
    readonly policy: Policy,
  ) {
    this.interviews = application.interviews;
  }

  /** Replays the whole log of `application`. */
  /**
   * Replays a log already checked by `applicationInput` (every caller checks it first); an event it refuses is named
   * by its place (`applications.2.events.3`) and the application's id.
   */
  static replay(application: Application, policy: Policy, path = 'application'): TrackerMachine {
    const m = new TrackerMachine(application, policy);
    m.path = path;
    const events = application.events;
    for (let i = 0; i < events.length; i++) {
      m.index = i;
      m.apply(events[i]!);
    }
    m.index = -1;
    return m;
  }

  /** The log's path and the index of the event being replayed, for errors; -1 for an event being appended. */
  private path = 'application';
  private index = -1;

  private fail(event: Event, reason: string): never {
    const where = this.index < 0 ? '' : ` (${this.path}.events.${this.index} of "${this.application.id}")`;
    throw new InvalidTransitionError(this.state, event.type, reason, where);
  }

  /** Applies one event, or throws {@link InvalidTransitionError} naming the state and the event. */
  apply(event: Event): void {
    if (typeof event !== 'object' || event === null || !EVENT_TYPES.has((event as { type?: unknown }).type as string)) {
      throw new InvalidArgumentError('event', event, `an Event whose type is one of ${[...EVENT_TYPES].map((t) => `"${t}"`).join(', ')}`);
    }
    const t = parseInstant(event.at);
    if (t < this.lastAtMs) {
      this.fail(event, `it happened at ${event.at}, before the previous event (${this.lastAt}): append events in time order.`);
    }
    const column = columnOf(event);
    const options = TRANSITIONS[this.state][column];
    if (options === undefined) this.fail(event, illegalReason(this.state, column));
    // After the end, mail and answers are only recorded: nothing of the ended rounds changes.
    if ((TERMINAL_STATES as readonly string[]).includes(this.state)) {
      this.lastAtMs = t;
      this.lastAt = event.at;
      return;
    }
    const next = this.record(event, options[0] as TrackerState);
    if (!options.includes(next)) {
      // The guards above only choose among the table's options; reaching this is a bug.
      throw new InvalidTransitionError(this.state, event.type, `internal: "${next}" is not in the transition table.`);
    }
    if (next !== this.state) this.enteredBy = event;
    if (column === 'reply-received:next_round') {
      this.nextRoundRequest = event as EventOf<'reply-received'>;
      this.invitationAnsweredAt = undefined;
      this.invitationFollowUps = 0;
      this.lastInvitationFollowUpAt = undefined;
    } else if (column === 'next-round-scheduled' || column === 'interview-held') {
      this.nextRoundRequest = undefined;
    }
    this.state = next;
    this.lastAtMs = t;
    this.lastAt = event.at;
  }

  /**
   * Records what a legal event changes in the round and returns the state it leads to: the table's
   * first option, unless the event chooses another (a held interview with nobody to thank, the
   * last thank-you note of a round).
   */
  private record(event: Event, next: TrackerState): TrackerState {
    const round = this.round;
    switch (event.type) {
      case 'interview-held': {
        const interview = this.findInterviewToHold(event);
        // Held before it began: a wrong date, or the wrong interview (the next one of the list by default).
        if (parseInstant(event.at) < parseInstant(interview.startedAt)) {
          this.fail(event, `it is dated ${event.at}, before interview "${interview.id}" began (${interview.startedAt}): record it when the interview took place, or name the interview that did with interviewId.`);
        }
        this.held.add(interview.id);
        this.round = newRound(interview, event.at, this.pendingTimeline);
        this.pendingTimeline = undefined;
        return interview.interviewers.length > 0 ? 'thank-you-due' : 'waiting';
      }
      case 'thank-you-sent':
        return this.thank(event, next);
      case 'follow-up-sent':
        if (this.state === 'next-round') {
          this.followUpInvitation(event);
          return next;
        }
        this.currentRound(event);
        this.withinFollowUps(event, round.followUps, 'in this round');
        round.followUps += 1;
        round.lastFollowUpAt = event.at;
        return next;
      case 'reply-received':
      case 'timeline-updated':
        round.lastContactAt = event.at;
        this.update(event.at, event.timeline, next);
        return next;
      case 'next-round-scheduled':
        this.scheduleNextRound(event);
        return next;
      case 'request-answered':
        // Availability sent, a slot booked, attendance confirmed or the assessment submitted answers the invitation (R10).
        if (this.nextRoundRequest !== undefined && (event.kinds === undefined || event.kinds.some((k) => ROUND_KINDS.has(k)))) {
          this.invitationAnsweredAt = event.at;
        }
        return next;
      case 'offer-received':
        round.offer = event;
        return next;
      default:
        return next;
    }
  }

  /** Refuses a follow-up beyond the policy's `maxFollowUps` (R11.3), `sent` having gone out already `where`. */
  private withinFollowUps(event: Event, sent: number, where: string): void {
    if (sent < this.policy.maxFollowUps) return;
    this.fail(event, `${sent} follow-up${sent === 1 ? ' was' : 's were'} already sent ${where} and the policy allows ${this.policy.maxFollowUps} (maxFollowUps, R11.3).`);
  }

  /** A follow-up about an invitation to another round that nothing was arranged for yet (R10), within `maxFollowUps` (R11.3). */
  private followUpInvitation(event: EventOf<'follow-up-sent'>): void {
    if (this.nextRoundRequest === undefined || this.round.interview === undefined) {
      this.fail(event, this.round.interview === undefined
        ? 'no interview of the current round has been held, so there is nothing to follow up on (R4).'
        : 'the next round is arranged: there is no open invitation to follow up on (R10).');
    }
    this.currentRound(event);
    this.withinFollowUps(event, this.invitationFollowUps, 'about this invitation');
    this.invitationFollowUps += 1;
    this.lastInvitationFollowUpAt = event.at;
  }

  /** A thank-you note to an interviewer of the current round, once each (R1.1); the last one ends `thank-you-due`. */
  private thank(event: EventOf<'thank-you-sent'>, next: TrackerState): TrackerState {
    if (this.round.interview === undefined) this.fail(event, 'no interview has been held yet, so there is nobody to thank (R1.1).');
    const interview = this.currentRound(event);
    const thanked = this.round.thanked;
    if (!interview.interviewers.some((p) => p.id === event.interviewerId)) {
      const known = interview.interviewers.map((p) => `"${p.id}"`).join(', ') || 'none';
      this.fail(event, `unknown interviewer id ${describe(event.interviewerId)} in interview "${interview.id}" (known: ${known}).`);
    }
    if (thanked.has(event.interviewerId)) {
      this.fail(event, `a thank-you note to ${describe(event.interviewerId)} was already sent in this round (R1.1: one note per interviewer).`);
    }
    thanked.add(event.interviewerId);
    if (this.state !== 'thank-you-due') return next;
    return interview.interviewers.every((p) => thanked.has(p.id)) ? 'waiting' : 'thank-you-due';
  }

  /** The next round, and its interview added to the application's unless already there. */
  private scheduleNextRound(event: EventOf<'next-round-scheduled'>): void {
    this.round.nextRound = event;
    if (event.interview === undefined) return;
    const id = event.interview.id;
    if (this.held.has(id)) this.fail(event, `interview "${id}" was already held; a new round needs a new interview id.`);
    if (!this.interviews.some((i) => i.id === id)) {
      this.interviews = [...this.interviews, event.interview];
      this.addedInterviews = true;
    }
  }

  /**
   * Word from the employer at `at`: a date (R4.5) replaces the round's timeline; no date, or a timeline of kind
   * `none` ("as soon as we can"), keeps it and starts the no-timeline wait again from `at` (R4.3).
   */
  private update(at: string, timeline: Timeline | undefined, next: TrackerState): void {
    const dated = timeline !== undefined && timeline.kind !== 'none';
    this.round.updateAt = dated ? undefined : at;
    if (dated) this.setTimeline(this.countedFrom(timeline, at), next);
  }

  /**
   * A span an event gives without `from` ("within two weeks") counts from the day it was said, in the employer's
   * zone (R4.5), not from the interview's day as an interview's own timeline does.
   */
  private countedFrom(timeline: Timeline, at: string): Timeline {
    const zone = (this.round.interview ?? this.interviews[0])?.employerTimeZone;
    if (timeline.kind === 'date' || timeline.kind === 'none' || timeline.from !== undefined || zone === undefined) return timeline;
    return { ...timeline, from: civilDateInZone(at, zone) };
  }

  /** A timeline given while a round is ahead belongs to that round; otherwise to the current one. */
  private setTimeline(timeline: Timeline, next: TrackerState): void {
    if (next === 'next-round') this.pendingTimeline = timeline;
    else this.round.timeline = timeline;
  }

  /** The interview `interview-held` refers to: the named one, or the first one not yet held. */
  private findInterviewToHold(event: EventOf<'interview-held'>): Interview {
    if (event.interviewId !== undefined) {
      const found = this.interviews.find((i) => i.id === event.interviewId);
      if (found === undefined) {
        const known = this.interviews.map((i) => `"${i.id}"`).join(', ') || 'none';
        this.fail(event, `unknown interview id ${describe(event.interviewId)} (known: ${known}).`);
      }
      if (this.held.has(found.id)) this.fail(event, `interview "${found.id}" was already held.`);
      return found;
    }
    // The first interview not yet held, in list order: stable when later rounds are appended.
    const next = this.interviews.find((i) => !this.held.has(i.id));
    if (next === undefined) {
      if (this.interviews.length === 0) this.fail(event, 'the application has no interviews: add the interview to `interviews` or to "next-round-scheduled".');
      this.fail(event, `every interview of the application was already held (${this.interviews.map((i) => `"${i.id}"`).join(', ')}): add the next round's interview, or announce it with "next-round-scheduled".`);
    }
    return next;
  }

  /** The current round's interview; an event naming another interview is rejected. */
  private currentRound(event: EventOf<'thank-you-sent'> | EventOf<'follow-up-sent'>): Interview {
    const interview = this.round.interview;
    if (interview === undefined) this.fail(event, 'no interview has been held yet.');
    if (event.interviewId !== undefined && event.interviewId !== interview.id) {
      this.fail(event, `it names interview ${describe(event.interviewId)}, but the current round is "${interview.id}".`);
    }
    return interview;
  }
}
