import { arrayAt, optionsAt, own, recordAt } from '../../_lib/check.js';
import { knownKeys } from '../../_lib/knownKeys.js';
import { idPart } from '../../_lib/idPart.js';
import { civilDayAt } from '../../calendar/epochDay.js';
import { instantAt } from '../../calendar/instant.js';
import { timeZoneAt } from '../../calendar/zone.js';
import type { FollowUpPlan, PlanReason } from '../types.js';
import type { IcsEntrySource } from './eventsToICS.js';
import { icsTextAt } from './icsTextAt.js';
import type { IcsEvent, ToIcsOptions } from './types.js';

/** The fields of a plan this export reads, checked by path (a plan may come back from JSON). */
function checkPlan(value: unknown): void {
  const plan = recordAt(value, 'plan', 'a plan returned by planFollowUp');
  for (const key of ['interviewId', 'company', 'role']) icsTextAt(own(plan, key), `plan.${key}`);
  timeZoneAt(own(plan, 'candidateTimeZone'), 'plan.candidateTimeZone');
  arrayAt(own(plan, 'thankYous'), 'plan.thankYous', 'an array of thank-you deadlines').forEach((t, i) => {
    const r = recordAt(t, `plan.thankYous.${i}`, 'a thank-you deadline { interviewerId, interviewerName, deadline }');
    icsTextAt(own(r, 'interviewerId'), `plan.thankYous.${i}.interviewerId`);
    icsTextAt(own(r, 'interviewerName'), `plan.thankYous.${i}.interviewerName`);
    instantAt(own(r, 'deadline'), `plan.thankYous.${i}.deadline`);
  });
  const followUp = recordAt(own(plan, 'followUp'), 'plan.followUp', 'a follow-up window { rule, promisedDate, earliest, latest }');
  icsTextAt(own(followUp, 'rule'), 'plan.followUp.rule');
  civilDayAt(own(followUp, 'earliest'), 'plan.followUp.earliest');
  for (const key of ['promisedDate', 'latest']) if (own(followUp, key) !== null) civilDayAt(own(followUp, key), `plan.followUp.${key}`);
  civilDayAt(own(plan, 'ghostedOn'), 'plan.ghostedOn');
  arrayAt(own(plan, 'reasons'), 'plan.reasons', 'an array of reasons').forEach((r, i) => {
    icsTextAt(own(recordAt(r, `plan.reasons.${i}`, 'a reason { subject, text }'), 'text'), `plan.reasons.${i}.text`);
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
 * A plan's entries with the plan fields each comes from, for error messages; `applicationId` (at
 * `options.applicationId`) prefixes their ids. @internal
 */
export function planIcsEntries(plan: FollowUpPlan, applicationId: unknown): { events: IcsEvent[]; sources: IcsEntrySource[] } {
  checkPlan(plan);
  const app = applicationId === undefined ? undefined : icsTextAt(applicationId, 'options.applicationId', true);
  // With the application, the tracker's scheme: `<applicationId>/<interviewId>/<kind>[/<interviewerId>]`, each id with `/` and `%` encoded.
  const id = `${app === undefined ? '' : `${idPart(app)}/`}${idPart(plan.interviewId)}`;
  const thankYou = app === undefined ? 'thank-you' : 'send-thank-you';
  const events: IcsEvent[] = [];
  const sources: IcsEntrySource[] = [];
  const add = (event: IcsEvent, whenPath: string, uidPath = 'plan.interviewId', uidValue: unknown = plan.interviewId): void => {
    sources.push({ path: whenPath.slice(0, whenPath.lastIndexOf('.')), uidPath, uidValue, whenPath });
    events.push(event);
  };
  plan.thankYous.forEach((t, i) => {
    add({
      uid: `${id}/${thankYou}/${idPart(t.interviewerId)}`,
      title: `Thank-you note to ${t.interviewerName} (${plan.company})`,
      description: `Send ${t.interviewerName} a short, personal thank-you note about the ${plan.role} interview before this deadline (R1.1, R1.2).`,
      at: t.deadline,
      anchor: 'end',
      timeZone: plan.candidateTimeZone,
      categories: ['R1.2'],
    }, `plan.thankYous.${i}.deadline`, `plan.thankYous.${i}.interviewerId`, t.interviewerId);
  });
  if (plan.followUp.promisedDate !== null) {
    add(withDescription(
      { uid: `${id}/promised-date`, title: `${plan.company} expects to share news`, date: plan.followUp.promisedDate, alarmMinutesBefore: null, categories: ['R4.1'] },
      reasonText(plan, 'promised-date'),
    ), 'plan.followUp.promisedDate');
  }
  add(withDescription(
    { uid: `${id}/follow-up`, title: `Follow up with ${plan.company} (${plan.role})`, date: plan.followUp.earliest, categories: [plan.followUp.rule] },
    reasonText(plan, 'follow-up'),
  ), 'plan.followUp.earliest');
  if (plan.followUp.latest !== null) {
    add(withDescription(
      { uid: `${id}/follow-up-latest`, title: `Last day to follow up with ${plan.company}`, date: plan.followUp.latest, categories: ['R4.3'] },
      reasonText(plan, 'follow-up-latest'),
    ), 'plan.followUp.latest');
  }
  add(withDescription(
    { uid: `${id}/ghosted`, title: `No reply from ${plan.company}? Time to reassess`, date: plan.ghostedOn, categories: ['R11.2'] },
    reasonText(plan, 'ghosted'),
  ), 'plan.ghostedOn');
  return { events, sources };
}

/**
 * The calendar entries of a follow-up plan, for {@link toICS}: a timed entry that ends at each
 * interviewer's thank-you deadline (R1.2), and all-day entries for the promised date (R4.1), the
 * first and last day of the follow-up window (R4.2, R4.3) and the day silence counts as ghosting
 * (R11.2). Each entry's id is `<interviewId>/<what>`, so an updated plan replaces its entries on
 * re-import; pass `applicationId` to make it `<applicationId>/<interviewId>/<what>`, the tracker's
 * scheme, which keeps plans of different applications apart.
 *
 * @param plan - A plan from `planFollowUp`.
 * @param options - `applicationId`: the application the plan belongs to (`application.id`).
 * @returns Plain {@link IcsEvent}s in date order of the plan.
 * @example
 * ```ts
 * // Interview "r1" with one interviewer, "lee", and no timeline:
 * planToIcsEvents(planFollowUp(interview, { calendar })).map((e) => e.uid)
 * //=> ["r1/thank-you/lee", "r1/follow-up", "r1/follow-up-latest", "r1/ghosted"]
 * planToIcsEvents(planFollowUp(interview, { calendar }), { applicationId: 'acme' }).map((e) => e.uid)
 * //=> ["acme/r1/send-thank-you/lee", "acme/r1/follow-up", "acme/r1/follow-up-latest", "acme/r1/ghosted"]
 * ```
 */
export function planToIcsEvents(plan: FollowUpPlan, options?: Pick<ToIcsOptions, 'applicationId'>): IcsEvent[] {
  const opts = optionsAt(options, 'options', 'an object { applicationId? }');
  knownKeys(opts, ['applicationId'], 'options key');
  return planIcsEntries(plan, own(opts, 'applicationId')).events;
}
