import { own, recordAt } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { calendarAt } from '../calendar/assertCalendar.js';
import { isCivilDate } from '../calendar/epochDay.js';
import type { Calendar, CivilDate } from '../calendar/types.js';
import { InvalidArgumentError, InvalidDateError } from '../errors.js';
import { resolvePolicy, type PolicyOverrides } from '../policy.js';
import type { MessageData } from './messageData.js';
import { RENDER_OPTION_KEYS, renderBuiltIn, type RenderMessageOptions } from './renderMessage.js';
import type { RenderedMessage } from './types.js';

/** Options of {@link draftOfferReply}. */
export interface DraftOfferReplyOptions extends RenderMessageOptions {
  /** The employer's business-day calendar (R4.4); only `addBusinessDays` is used. */
  readonly calendar: Pick<Calendar, 'addBusinessDays'>;
  /** The civil date the offer arrived. */
  readonly receivedOn: CivilDate;
  /**
   * Business days asked for before answering (R8.3).
   * @defaultValue the policy's `offerDecisionBusinessDays` (`2` by default)
   */
  readonly businessDays?: number | undefined;
  /**
   * Policy overrides: `offerDecisionBusinessDays` is the default of `businessDays`, so one policy object gives the
   * letter and the tracker's `reply-to-offer` action the same date.
   */
  readonly policy?: PolicyOverrides | undefined;
  /**
   * The date the employer asked for an answer by (an offer's `responseDeadline`, or the date its message stated): the
   * letter never promises an answer after it. On or after `receivedOn`.
   */
  readonly deadline?: CivilDate | undefined;
}

/** An offer reply with the decision date it promises. */
export interface OfferReply extends RenderedMessage {
  /**
   * The date the candidate promises an answer by: `businessDays` business days after `receivedOn`, or the employer's
   * `deadline` when that is earlier.
   */
  readonly decisionDate: CivilDate;
}

/**
 * Drafts the reply to a job offer (R8): thanks and enthusiasm, a request for the offer in writing
 * with salary, benefits and start date, and a concrete date by which the candidate will answer,
 * `businessDays` business days after the offer arrived in the employer's calendar (R8.3), or by the employer's
 * `deadline` when that comes first.
 *
 * @param data - The `offerReply` data without `decisionDate`.
 * @param options - `calendar`, `receivedOn`, `businessDays` (default: the policy's `offerDecisionBusinessDays`, 2),
 *   `policy`, the employer's `deadline` and the render options.
 * @throws {@link InvalidDateError} if `receivedOn` is not a civil date, or `deadline` is not one on or after it;
 *   {@link InvalidArgumentError} if `data` is not an object or `businessDays` is not a whole number of 1 or more;
 *   the errors of `renderMessage` for the data.
 * @example
 * ```ts
 * const reply = draftOfferReply(
 *   { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer' },
 *   { calendar: createCalendar(), receivedOn: '2026-12-03', locale: 'en' },
 * )
 * reply.decisionDate //=> "2026-12-07"
 * ```
 */
export function draftOfferReply(data: Omit<MessageData<'offerReply'>, 'decisionDate'>, options: DraftOfferReplyOptions): OfferReply {
  recordAt(data, 'data', 'an object { candidate: { name }, company, role, recipient? } (the offerReply data without decisionDate)');
  const opts = recordAt(options, 'options', 'an object { calendar, receivedOn, locale, businessDays?, policy?, deadline? }');
  knownKeys(opts, [...RENDER_OPTION_KEYS, 'calendar', 'receivedOn', 'businessDays', 'policy', 'deadline'], 'options key');
  const businessDays = own(opts, 'businessDays') ?? resolvePolicy(own(opts, 'policy') as PolicyOverrides | undefined).offerDecisionBusinessDays;
  if (typeof businessDays !== 'number' || !Number.isInteger(businessDays) || businessDays < 1 || businessDays > 1000) {
    throw new InvalidArgumentError('options.businessDays', businessDays, 'a whole number of business days from 1 to 1000 (R8.3 suggests 1 or 2)');
  }
  const receivedOn = own(opts, 'receivedOn');
  if (!isCivilDate(receivedOn)) throw new InvalidDateError(receivedOn, 'a civil date "YYYY-MM-DD"', 'options.receivedOn');
  const calendar = calendarAt(own(opts, 'calendar'), 'options.calendar', ['addBusinessDays']);
  const deadline = own(opts, 'deadline');
  if (deadline !== undefined && (!isCivilDate(deadline) || deadline < receivedOn)) {
    throw new InvalidDateError(deadline, `a civil date "YYYY-MM-DD" on or after receivedOn (${receivedOn}), or no deadline`, 'options.deadline');
  }
  const byPolicy = calendar.addBusinessDays(receivedOn, businessDays);
  // R8.3: the employer's own date comes first.
  const decisionDate = deadline !== undefined && deadline < byPolicy ? deadline : byPolicy;
  return { ...renderBuiltIn('offerReply', { ...data, decisionDate }, options), decisionDate };
}
