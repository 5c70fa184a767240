import { arrayAt, own, recordAt, textAt } from '../../_lib/check.js';
import { civilDayAt } from '../../calendar/epochDay.js';
import { instantAt } from '../../calendar/instant.js';
import { timeZoneAt } from '../../calendar/zone.js';
import type { FollowUpPlan, PlanReason } from '../types.js';
import type { IcsEvent } from './types.js';

/** The fields of a plan this export reads, checked by path (a plan may come back from JSON). */
function checkPlan(value: unknown): void {
  const plan = recordAt(value, 'plan', 'a plan returned by planFollowUp');
  for (const key of ['interviewId', 'company', 'role']) textAt(own(plan, key), `plan.${key}`);
  timeZoneAt(own(plan, 'candidateTimeZone'), 'plan.candidateTimeZone');
  arrayAt(own(plan, 'thankYous'), 'plan.thankYous', 'an array of thank-you deadlines').forEach((t, i) => {
    const r = recordAt(t, `plan.thankYous.${i}`, 'a thank-you deadline { interviewerId, interviewerName, deadline }');
    textAt(own(r, 'interviewerId'), `plan.thankYous.${i}.interviewerId`);
    textAt(own(r, 'interviewerName'), `plan.thankYous.${i}.interviewerName`);
    instantAt(own(r, 'deadline'), `plan.thankYous.${i}.deadline`);
  });
  const followUp = recordAt(own(plan, 'followUp'), 'plan.followUp', 'a follow-up window { rule, promisedDate, earliest, latest }');
  textAt(own(followUp, 'rule'), 'plan.followUp.rule');
  civilDayAt(own(followUp, 'earliest'), 'plan.followUp.earliest');
  for (const key of ['promisedDate', 'latest']) if (own(followUp, key) !== null) civilDayAt(own(followUp, key), `plan.followUp.${key}`);
  civilDayAt(own(plan, 'ghostedOn'), 'plan.ghostedOn');
  arrayAt(own(plan, 'reasons'), 'plan.reasons', 'an array of reasons').forEach((r, i) => {
    textAt(own(recordAt(r, `plan.reasons.${i}`, 'a reason { subject, text }'), 'text'), `plan.reasons.${i}.text`);
  });
}

function reasonText(plan: FollowUpPlan, subject: PlanReason['subject']): string | undefined {
  const texts = plan.reasons.filter((r) => r.subject === subject).map((r) => r.text);
  return texts.length === 0 ? undefined : texts.join('\n');
}

function withDescription(event: IcsEvent, description: string | undefined): IcsEvent {
  return description === undefined ? event : { ...event, description };
}

/**
 * The calendar entries of a follow-up plan, for {@link toICS}: a timed entry at each interviewer's
 * thank-you deadline (R1.2), and all-day entries for the promised date (R4.1), the first and last
 * day of the follow-up window (R4.2, R4.3) and the day silence counts as ghosting (R11.2). Each
 * entry's id is `<interviewId>/<what>`, so an updated plan replaces its entries on re-import.
 *
 * @param plan - A plan from `planFollowUp`.
 * @returns Plain {@link IcsEvent}s in date order of the plan.
 * @example
 * ```ts
 * // Interview "r1" with one interviewer, "lee", and no timeline:
 * planToIcsEvents(planFollowUp(interview, { calendar })).map((e) => e.uid)
 * //=> ["r1/thank-you/lee", "r1/follow-up", "r1/follow-up-latest", "r1/ghosted"]
 * ```
 */
export function planToIcsEvents(plan: FollowUpPlan): IcsEvent[] {
  checkPlan(plan);
  const id = plan.interviewId;
  const out: IcsEvent[] = [];
  for (const t of plan.thankYous) {
    out.push({
      uid: `${id}/thank-you/${t.interviewerId}`,
      title: `Thank-you note to ${t.interviewerName} (${plan.company})`,
      description: `Send ${t.interviewerName} a short, personal thank-you note about the ${plan.role} interview before this deadline (R1.1, R1.2).`,
      at: t.deadline,
      timeZone: plan.candidateTimeZone,
      categories: ['R1.2'],
    });
  }
  if (plan.followUp.promisedDate !== null) {
    out.push(withDescription(
      { uid: `${id}/promised-date`, title: `${plan.company} expects to share news`, date: plan.followUp.promisedDate, alarmMinutesBefore: null, categories: ['R4.1'] },
      reasonText(plan, 'promised-date'),
    ));
  }
  out.push(withDescription(
    { uid: `${id}/follow-up`, title: `Follow up with ${plan.company} (${plan.role})`, date: plan.followUp.earliest, categories: [plan.followUp.rule] },
    reasonText(plan, 'follow-up'),
  ));
  if (plan.followUp.latest !== null) {
    out.push(withDescription(
      { uid: `${id}/follow-up-latest`, title: `Last day to follow up with ${plan.company}`, date: plan.followUp.latest, categories: ['R4.3'] },
      reasonText(plan, 'follow-up-latest'),
    ));
  }
  out.push(withDescription(
    { uid: `${id}/ghosted`, title: `No reply from ${plan.company}? Time to reassess`, date: plan.ghostedOn, categories: ['R11.2'] },
    reasonText(plan, 'ghosted'),
  ));
  return out;
}
