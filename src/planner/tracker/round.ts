import type { EventOf } from '../../model/Event.js';
import type { Interview } from '../../model/Interview.js';
import type { Timeline } from '../../model/Timeline.js';

/**
 * One round of an application as the tracker replays it: the interview held, the thank-you notes
 * sent (R1.1), the follow-ups (R4, R11.3), the employer's last word and timeline, and what ends
 * the round (an offer, the next round). Holding the next interview starts a new round.
 */
export interface Round {
  /** The round's interview, once held; `undefined` before the first interview. */
  readonly interview: Interview | undefined;
  /** When it was held. */
  readonly heldAt: string | undefined;
  /** Ids of the interviewers thanked in this round (one note each, R1.1). */
  readonly thanked: Set<string>;
  /** Follow-ups sent in this round (at most `maxFollowUps`, R11.3). */
  followUps: number;
  lastFollowUpAt: string | undefined;
  /** Last word from the employer in this round (a reply or a timeline update). */
  lastContactAt: string | undefined;
  /**
   * The employer's last word in this round when it gave no new date ("we are still reviewing"), and no later
   * word did: the no-timeline window counts from it (R4.3).
   */
  updateAt: string | undefined;
  /** The timeline the employer gave for this round (R4.1). */
  timeline: Timeline | undefined;
  offer: EventOf<'offer-received'> | undefined;
  nextRound: EventOf<'next-round-scheduled'> | undefined;
}

/**
 * A round that starts with `interview` held at `heldAt` (nothing sent, no word from the employer
 * yet), under the timeline given for it beforehand; with no interview, the state before the first.
 */
export function newRound(interview?: Interview, heldAt?: string, timeline?: Timeline): Round {
  return {
    interview,
    heldAt,
    thanked: new Set(),
    followUps: 0,
    lastFollowUpAt: undefined,
    lastContactAt: undefined,
    updateAt: undefined,
    timeline,
    offer: undefined,
    nextRound: undefined,
  };
}
