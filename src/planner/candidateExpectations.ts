import { own, recordAt } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { formatEpochDay, parseCivilDate } from '../calendar/epochDay.js';
import { InvalidArgumentError } from '../errors.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';
import type { Interview } from '../model/Interview.js';
import { summarizeSkipped } from './summarizeSkipped.js';
import { checkCalendar, planFor, planFollowUp } from './planFollowUp.js';
import type { Calendar } from '../calendar/types.js';
import type { CandidateExpectations, CandidateExpectationsOptions, FollowUpPlan, NotificationRule, PlanReason } from './types.js';

function checkRule(rule: unknown): NotificationRule {
  const r = rule as Partial<NotificationRule> | null;
  const expected = "{ kind: 'calendar-days' | 'business-days', days, from: 'last-interview', label }";
  if (typeof r !== 'object' || r === null) throw new InvalidArgumentError('options.notificationRule', rule, expected);
  knownKeys(r, ['kind', 'days', 'from', 'label'], 'options.notificationRule key');
  if (r.kind !== 'calendar-days' && r.kind !== 'business-days') {
    throw new InvalidArgumentError('options.notificationRule.kind', r.kind, '"calendar-days" or "business-days"');
  }
  if (typeof r.days !== 'number' || !Number.isInteger(r.days) || r.days < 0 || r.days > 3660) {
    throw new InvalidArgumentError('options.notificationRule.days', r.days, 'a whole number of days from 0 to 3660');
  }
  if (r.from !== 'last-interview') throw new InvalidArgumentError('options.notificationRule.from', r.from, '"last-interview"');
  if (typeof r.label !== 'string' || r.label.trim() === '') {
    throw new InvalidArgumentError('options.notificationRule.label', r.label, 'a non-empty name for the rule');
  }
  return r as NotificationRule;
}

/**
 * The epoch day by which a status update reaches the candidate before they may follow up: the business day before
 * the plan's earliest follow-up, never before the interview itself (possible only with graceBusinessDays 0 or a
 * window from 1). Shared with the tracker's `teamView`. @internal
 */
export function statusUpdateDay(calendar: Calendar, plan: Pick<FollowUpPlan, 'followUp' | 'interviewEndedOn'>): number {
  return Math.max(calendar.subBusinessDays(parseCivilDate(plan.followUp.earliest), 1), parseCivilDate(plan.interviewEndedOn));
}

/**
 * The recruiter's view of R4 and R11 for one interview: when the candidate reasonably expects news,
 * the first day they may follow up, the date to send a status update by so they never have to
 * chase, when the team's silence would count as ghosting, and an optional notification deadline
 * given as data (`{ kind, days, from: 'last-interview', label }`), not as built-in law.
 *
 * - `expectsNewsBy`: the promised date (R4.1), or the business day before the R4.3 window opens;
 * - `statusUpdateBy`: the last business day before `earliestFollowUp` (R4.2 / R4.3), and never
 *   before the day of the interview;
 * - `ghostedOn`: as in {@link planFollowUp} (R11.2).
 *
 * @param interview - The candidate's last interview, a parsed {@link Interview}.
 * @param options - The employer's calendar, policy overrides and an optional notification rule.
 * @returns Plain-data {@link CandidateExpectations}.
 * @throws the errors of {@link planFollowUp}; {@link InvalidArgumentError} for a malformed `notificationRule`.
 * @example
 * ```ts
 * const view = candidateExpectations(interview, {
 *   calendar,
 *   notificationRule: { kind: 'calendar-days', days: 14, from: 'last-interview', label: 'Decision within 14 days' },
 * })
 * view.statusUpdateBy //=> "2026-12-07" when the candidate may follow up from 2026-12-08
 * ```
 */
export function candidateExpectations(interview: DeepReadonly<Interview>, options: CandidateExpectationsOptions): CandidateExpectations {
  const opts = recordAt(options, 'options', 'an object { calendar, policy?, notificationRule? }');
  knownKeys(opts, ['calendar', 'policy', 'notificationRule'], 'options key');
  const rule = own(opts, 'notificationRule') === undefined ? undefined : checkRule(own(opts, 'notificationRule'));
  const plan = planFor(interview, options, 'team');
  const calendar = checkCalendar(own(opts, 'calendar'));
  const day0 = parseCivilDate(plan.interviewEndedOn);
  const statusUpdate = statusUpdateDay(calendar, plan);
  const expectsNews = plan.followUp.promisedDate === null ? statusUpdate : parseCivilDate(plan.followUp.promisedDate);

  const reasons: PlanReason[] = plan.reasons.filter((r) => r.subject !== 'thank-you');
  reasons.push({
    subject: 'status-update',
    rule: 'R3.5',
    date: formatEpochDay(statusUpdate),
    text: `The candidate may follow up from ${plan.followUp.earliest}; a status update sent by ${formatEpochDay(statusUpdate)} reaches them before they need to ask.`,
    skipped: [],
  });

  let notificationDeadline: CandidateExpectations['notificationDeadline'] = null;
  if (rule !== undefined) {
    const day = rule.kind === 'calendar-days' ? day0 + rule.days : calendar.addBusinessDays(day0, rule.days);
    const skipped = rule.kind === 'business-days' && day > day0 ? calendar.explain(day0 + 1, day) : [];
    notificationDeadline = { label: rule.label, date: formatEpochDay(day), rule: { kind: rule.kind, days: rule.days, from: rule.from, label: rule.label } };
    reasons.push({
      subject: 'notification',
      rule: 'notification-rule',
      date: formatEpochDay(day),
      text: `${rule.label}: ${rule.days} ${rule.kind === 'calendar-days' ? 'calendar' : 'business'} day${rule.days === 1 ? '' : 's'} after the last interview on ${plan.interviewEndedOn}, so by ${formatEpochDay(day)}${summarizeSkipped(skipped)}.`,
      skipped,
    });
  }

  return {
    interviewId: plan.interviewId,
    interviewEndedOn: plan.interviewEndedOn,
    expectsNewsBy: formatEpochDay(expectsNews),
    earliestFollowUp: plan.followUp.earliest,
    latestFollowUp: plan.followUp.latest,
    statusUpdateBy: formatEpochDay(statusUpdate),
    ghostedOn: plan.ghostedOn,
    notificationDeadline,
    reasons,
  };
}


