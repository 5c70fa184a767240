import { idPart } from '../../_lib/idPart.js';
import type { CivilDate } from '../../calendar/types.js';
import { HOUR_MS, instantMs, parseInstant } from '../../calendar/instant.js';
import type { Instant } from '../../calendar/instant.js';
import { civilDateInZone, formatInZone } from '../../calendar/zone.js';
import type { Application } from '../../model/Application.js';
import type { DeepReadonly } from '../../model/DeepReadonly.js';
import type { EmployerRequest, EmployerRequestKind, EventOf } from '../../model/Event.js';
import type { Interview } from '../../model/Interview.js';
import { evaluate } from './evaluate.js';
import type { Evaluation } from './evaluate.js';
import { openRequests } from './openRequests.js';
import type { OpenRequest } from './openRequests.js';
import { deadlineAt } from '../thankYouDeadline.js';
import { TERMINAL_STATES } from './transitions.js';
import type { ActionKind, ActionPriority, ActionRuleId, NextAction, TrackerContext } from './types.js';

interface Draft {
  readonly kind: ActionKind;
  readonly due: CivilDate | Instant;
  readonly priority: ActionPriority;
  readonly rule: ActionRuleId;
  readonly description: string;
  readonly interviewerId?: string;
  readonly title?: string;
  /** The last part of the id, when not the interviewer (requests: their kind). */
  readonly key?: string;
  readonly request?: EmployerRequest;
  readonly overdue?: boolean;
}

/** How each request is worded and weighed: our own words, the rule it serves. */
const REQUEST_WORDS: Readonly<Record<EmployerRequestKind, {
  readonly rule: ActionRuleId;
  /** Urgent even without a stated date: a slot or an offer does not wait. */
  readonly urgent: boolean;
  readonly title: (company: string) => string;
  readonly asked: (company: string) => string;
  readonly how: string;
}>> = {
  send_availability: {
    rule: 'R10', urgent: true, title: (c) => `Send your availability to ${c}`,
    asked: (c) => `${c} asked when you are free`, how: 'reply with a few dates and times that suit you',
  },
  book_slot: {
    rule: 'R10', urgent: true, title: (c) => `Book a time with ${c}`,
    asked: (c) => `${c} asked you to pick a time`, how: 'book one through the link in their message',
  },
  send_references: {
    rule: 'R7', urgent: false, title: (c) => `Send references to ${c}`,
    asked: (c) => `${c} asked for references`, how: 'let your referees know first, then send their names and contact details',
  },
  send_documents: {
    rule: 'R7', urgent: false, title: (c) => `Send documents to ${c}`,
    asked: (c) => `${c} asked for documents`, how: 'send what they listed, and say when anything missing will follow',
  },
  complete_assessment: {
    rule: 'R10', urgent: false, title: (c) => `Complete the assessment for ${c}`,
    asked: (c) => `${c} asked you to complete an assessment`, how: 'read the instructions first and set aside quiet time for it',
  },
  respond_to_offer: {
    rule: 'R8', urgent: true, title: (c) => `Give ${c} your decision on the offer`,
    asked: (c) => `${c} asked for your answer to their offer`, how: 'reply with your decision, or ask for a day or two to consider it',
  },
  sign_offer: {
    rule: 'R8', urgent: true, title: (c) => `Sign the offer from ${c}`,
    asked: (c) => `${c} asked you to sign the offer`, how: 'read the written offer in full (pay, benefits, start date) before you sign',
  },
  confirm_attendance: {
    rule: 'R10', urgent: true, title: (c) => `Confirm attendance with ${c}`,
    asked: (c) => `${c} asked you to confirm that you will attend`, how: 'reply briefly to confirm, or suggest another time if it no longer suits you',
  },
};

/**
 * One action per open request of the employer's latest reply (R7, R8, R10), implied ones aside: due on the date the
 * reply stated, else on the day it reached the candidate (in the candidate's zone); overdue once a stated date lies
 * before `today`.
 */
function requestDrafts(open: readonly OpenRequest[], company: string, today: CivilDate, receivedOn: (at: Instant) => CivilDate): Draft[] {
  // What the reply did not ask in words (the answer an offer waits for) is the offer's own reply-to-offer (R8.3).
  const out = open.filter(({ request }) => request.implied !== true).map(({ request, askedAt }): Draft => {
    const words = REQUEST_WORDS[request.kind];
    const overdue = request.due !== undefined && request.due < today;
    const asked = words.asked(company);
    const description = request.due === undefined
      ? `${asked}: ${words.how}. No date was given, so a prompt answer is best.`
      : overdue
        ? `${asked} by ${request.due}, and that date has passed: ${words.how}, and answer as soon as you can. If you need more time, a short note saying so is better than silence.`
        : `${asked} by ${request.due}: ${words.how}.`;
    return {
      kind: 'answer-request', due: request.due ?? receivedOn(askedAt), priority: overdue || words.urgent || request.due !== undefined ? 'high' : 'normal',
      rule: words.rule, key: request.kind, title: words.title(company), description, request, overdue,
    };
  });
  // Earliest first; on one day, in the model's order of kinds (a stable sort keeps it).
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

function min(a: CivilDate, b: CivilDate | undefined): CivilDate {
  return b !== undefined && b < a ? b : a;
}

/** The interview a scheduled round will hold: announced with the event, or the first one not yet held. */
function upcomingInterview(e: Evaluation): Interview | undefined {
  const m = e.machine;
  if (m.round.nextRound?.interview !== undefined) return m.round.nextRound.interview;
  return m.interviews.find((i) => !m.held.has(i.id));
}

/** What every state's drafts read: the application's names, its evaluation, and today in the employer's zone. */
interface DraftContext {
  readonly company: string;
  readonly role: string;
  readonly e: Evaluation;
  readonly today: CivilDate;
  readonly dayOf: (at: Instant | number) => CivilDate;
  /** The day a message reached the candidate, in the candidate's zone: when an answer to it is due without a date of its own. */
  readonly receivedOn: (at: Instant) => CivilDate;
  readonly open: readonly OpenRequest[];
}

/** The actions of the application's state, after those that answer the employer's open requests. */
function drafts(application: DeepReadonly<Application>, e: Evaluation, open: readonly OpenRequest[]): Draft[] {
  const zone = e.machine.round.interview?.employerTimeZone ?? upcomingInterview(e)?.employerTimeZone ?? application.interviews[0]?.employerTimeZone ?? 'UTC';
  const dayOf = (at: Instant | number): CivilDate => civilDateInZone(at, zone);
  const candidateZone = e.machine.round.interview?.candidateTimeZone ?? upcomingInterview(e)?.candidateTimeZone ?? application.interviews[0]?.candidateTimeZone ?? zone;
  const receivedOn = (at: Instant): CivilDate => civilDateInZone(at, candidateZone);
  const c: DraftContext = { company: application.company, role: application.role, e, today: e.today ?? dayOf(e.nowMs), dayOf, receivedOn, open };
  // After the end, only what mail since the end asks is open (openRequests): an onboarding mail's documents, say.
  const out: Draft[] = requestDrafts(open, c.company, c.today, receivedOn);
  switch (e.state) {
    case 'thank-you-due':
    case 'waiting':
    case 'follow-up-due':
    case 'awaiting-reply':
    case 'ghosted':
      return [...out, ...roundDrafts(c)];
    case 'next-round':
      return [...lateThanks(c), ...out, ...nextRoundDrafts(c)];
    case 'offer-pending':
      return [...lateThanks(c), ...out, ...offerDrafts(c)];
    case 'rejected':
      return [...out, ...rejectionDrafts(c)];
    default:
      return out;
  }
}

function keepSearching(today: CivilDate, priority: ActionPriority, waiting = true): Draft {
  return {
    kind: 'keep-searching', due: today, priority, rule: 'R6',
    description: `Keep applying to other roles and keep other conversations going${waiting ? ' while you wait' : ''} (R6).`,
  };
}

/** While a round is under way: thank-you notes and notes (R1, R2), then waiting, following up once, or moving on (R4, R11). */
function roundDrafts(c: DraftContext): Draft[] {
  const { company, role, e, today } = c;
  const m = e.machine;
  const plan = e.plan;
  if (plan === undefined || m.round.interview === undefined || e.ghostedOn === undefined) return [];
  const window = plan.followUp;
  const out = e.state === 'thank-you-due' ? thankYouDrafts(c, plan) : e.state === 'waiting' ? freshNotes(c, m.round.interview) : [];
  if (e.state === 'thank-you-due' || e.state === 'waiting') {
    const promised = e.promisedDate;
    if (promised !== undefined && today <= promised) {
      out.push({
        kind: 'wait', due: promised, priority: 'low', rule: 'R4.1',
        description: `${company} said to expect news by ${promised}: no need to get in touch before then (R4.1).`,
      });
    }
    if (m.round.followUps < e.policy.maxFollowUps) {
      out.push({
        kind: 'follow-up', due: window.earliest, priority: 'normal', rule: window.rule,
        description: followUpWords(company, role, window.earliest, window.latest, window.rule, e.updatedOn),
      });
    } else {
      out.push({
        // Its own id: with a promised date ahead, the R4.1 wait comes first.
        kind: 'wait', due: e.ghostedOn, priority: 'low', rule: 'R11.2', key: 'reassess',
        description: `No follow-up is planned under your policy; if ${company} stays silent until ${e.ghostedOn}, reassess whether to keep waiting (R11.2).`,
      });
    }
    out.push(keepSearching(today, 'low'));
  } else if (e.state === 'follow-up-due') {
    const due = m.round.followUps > 0 ? e.ghostedOn : window.earliest;
    // A further follow-up is the policy's leave (R11.3), due once the silence after the last one counts (R11.2).
    const rule = m.round.followUps > 0 ? 'R11.3' : window.rule;
    // Past the end of the window without a follow-up (R4.3): still one note, now, and said to be late.
    const late = m.round.followUps === 0 && window.latest !== null && today > window.latest;
    out.push({
      kind: 'follow-up', due, priority: 'high', rule,
      description: late
        ? `The window to follow up with ${company} (${window.earliest} to ${window.latest}) has passed. One short, polite note about the ${role} role is still worth sending now, asking whether there is news on their timeline (${window.rule}, R5).`
        : followUpWords(company, role, due, m.round.followUps > 0 ? null : window.latest, rule, e.updatedOn),
      ...(late ? { overdue: true } : {}),
    });
    out.push(keepSearching(today, 'normal'));
  } else if (e.state === 'awaiting-reply') {
    const more = m.round.followUps < e.policy.maxFollowUps;
    out.push({
      kind: 'wait', due: e.ghostedOn, priority: 'low', rule: 'R11.2',
      description: waitWords(lastWord(c), e.ghostedOn, more),
    });
    out.push(keepSearching(today, 'normal'));
  } else {
    out.push({
      kind: 'move-on', due: e.ghostedOn, priority: 'normal', rule: 'R11.4',
      description: moveOnWords(`${company} has not been in touch${silentSince(c)}.`),
    });
    out.push(keepSearching(today, 'high', false));
  }
  return out;
}

/** Waiting after a follow-up (R11.2): until when, and whether the policy allows another note (R11.3). */
function waitWords(where: string, until: CivilDate, more: boolean): string {
  // The day named is the first day of the next step, so the words say "on", not "until".
  return `${where} ${more ? `If there is still no news on ${until}, your policy allows one more short note` : `Another message is not needed; if there is still no news on ${until}, it is time to move on`} (R11.2, R11.3).`;
}

/** Moving on after a silence, in neutral words (R11.4). */
function moveOnWords(silence: string): string {
  return `${silence} A silence like this says more about the employer's hiring process than about your qualifications: put your time into other openings, and a late reply is still welcome if it comes (R11.4).`;
}

/** The employer's message after the candidate's last follow-up, if one came: the day it came, else `undefined`. */
function repliedAfterFollowUp({ e, dayOf }: DraftContext): CivilDate | undefined {
  const { lastFollowUpAt, lastContactAt } = e.machine.round;
  if (lastFollowUpAt === undefined || lastContactAt === undefined) return undefined;
  return parseInstant(lastContactAt) >= parseInstant(lastFollowUpAt) ? dayOf(lastContactAt) : undefined;
}

/** Where things stand while awaiting an answer: the follow-up is out, or the employer answered it without a decision. */
function lastWord(c: DraftContext): string {
  const replied = repliedAfterFollowUp(c);
  return replied === undefined ? `Your follow-up is with ${c.company}.` : `${c.company} wrote on ${replied}, after your follow-up, without a decision.`;
}

/** Since when the employer has been silent, in words: since the follow-up, since their last message, or nothing. */
function silentSince(c: DraftContext): string {
  const replied = repliedAfterFollowUp(c);
  if (replied !== undefined) return ` since their message of ${replied}`;
  return c.e.machine.round.followUps > 0 ? ' since your follow-up' : '';
}

/** After an invitation or an offer that came before the notes went out: the notes still due, until their deadline (R1.2). */
function lateThanks(c: DraftContext): Draft[] {
  const { e } = c;
  const interview = e.machine.round.interview;
  // Cheap tests first: most applications between rounds thanked everyone long ago.
  if (interview === undefined || interview.interviewers.every((p) => e.machine.round.thanked.has(p.id))) return [];
  const due = notesDue(e, interview);
  if (due === undefined) return [];
  const thankYous = interview.interviewers
    .filter((p) => !e.machine.round.thanked.has(p.id))
    .map((p) => ({ rule: 'R1.2' as const, interviewerId: p.id, interviewerName: p.name, ...due }));
  return thankYouDrafts(c, { thankYous }).filter((d) => d.kind === 'send-thank-you');
}

/**
 * The reflection notes while the interview is fresh (R2), when no thank-you note is left to list them with: every note
 * sent, or nobody to thank. Due with the notes' deadline, and gone once it has passed.
 */
function freshNotes({ e }: DraftContext, interview: DeepReadonly<Interview>): Draft[] {
  const due = notesDue(e, interview);
  return due === undefined ? [] : [{ kind: 'reflect', due: due.deadlineInCandidateZone, priority: 'normal', rule: 'R2', description: REFLECT_WORDS }];
}

/** The thank-you deadline of a round's interview (R1.2), or `undefined` once it has passed. */
function notesDue(e: Evaluation, interview: DeepReadonly<Interview>): ReturnType<typeof deadlineAt> | undefined {
  const ended = parseInstant(interview.endedAt);
  // Compared before the deadline is written out in the candidate's zone, which costs more.
  if (e.nowMs >= ended + e.policy.thankYouWithinHours * HOUR_MS) return undefined;
  return deadlineAt(ended, e.policy.thankYouWithinHours, interview.candidateTimeZone);
}

const REFLECT_WORDS = 'While it is fresh, note the questions you were asked, how you answered and what you would improve, and what you learned about the team and the role (R2).';

/** A thank-you note to each interviewer not thanked yet (R1.1, R1.2), and the reflection notes (R2). */
function thankYouDrafts({ company, e }: DraftContext, plan: Pick<NonNullable<Evaluation['plan']>, 'thankYous'>): Draft[] {
  const out: Draft[] = [];
  for (const t of plan.thankYous) {
    if (e.machine.round.thanked.has(t.interviewerId)) continue;
    out.push({
      kind: 'send-thank-you', due: t.deadlineInCandidateZone, priority: 'high', rule: 'R1.2', interviewerId: t.interviewerId,
      title: `Thank-you note to ${t.interviewerName} (${company})`,
      description: `Email ${t.interviewerName} a short, personal thank-you note that picks up a point from your conversation, before ${t.deadlineInCandidateZone} (R1.1, R1.2).`,
    });
  }
  const first = plan.thankYous[0];
  if (first !== undefined) {
    out.push({
      kind: 'reflect', due: first.deadlineInCandidateZone, priority: 'normal', rule: 'R2',
      description: REFLECT_WORDS,
    });
  }
  return out;
}

/**
 * Before the next round: answer the invitation, then prepare (R10). Preparation is due on the day
 * the round starts in the candidate's zone, the day they sit it (its description gives the start
 * there); while its start is not known, today in that zone, since there is nothing to wait for.
 */
function nextRoundDrafts(c: DraftContext): Draft[] {
  const { company, role, e, dayOf } = c;
  const m = e.machine;
  const out: Draft[] = [];
  const next = upcomingInterview(e);
  const request = m.nextRoundRequest;
  const assessment = request === undefined ? undefined : assessmentOf(request, c.open);
  if (request !== undefined) {
    const chase = m.round.interview === undefined ? [] : invitationFollowUp(c, dayOf(request.at), assessment);
    // Moving on ends the round's to-do list; a note about the scheduling means the invitation was answered.
    if (chase.some((d) => d.kind === 'move-on')) return [...chase, keepSearching(c.today, 'high', false)];
    // An assessment has no time slots to offer; an invitation answered (request-answered) needs no second answer.
    if (m.lastInvitationFollowUpAt === undefined && m.invitationAnsweredAt === undefined && assessment === undefined) {
      out.push({
        kind: 'reply-to-next-round', due: c.receivedOn(request.at), priority: 'high', rule: 'R10',
        description: `${company} would like to meet again for the ${role} role: accept and offer a few time slots (R10).`,
      });
    }
    out.push(...chase);
  }
  const startsAt = m.round.nextRound?.startsAt ?? next?.startedAt;
  // Nothing to prepare for at an unknown time when the next step is an assessment: its answer-request is the work.
  if (startsAt === undefined && m.round.nextRound === undefined && (request === undefined || assessment !== undefined)) return out;
  const zone = next?.candidateTimeZone ?? m.round.interview?.candidateTimeZone ?? m.interviews[0]?.candidateTimeZone ?? 'UTC';
  const start = startsAt === undefined ? undefined : instantMs(startsAt);
  const format = next?.format === undefined ? '' : ` (${next.format.replaceAll('-', ' ')})`;
  const when = start === undefined ? ': its time is not set yet, so start now' : `, which starts at ${formatInZone(start, zone)}`;
  const later = m.held.size > 0 || (next?.round ?? 1) > 1;
  if (start !== undefined && start <= e.nowMs) {
    // The round's start has passed and nobody recorded it as held: the plan after it waits for that.
    out.push({
      kind: 'prepare-next-round', due: civilDateInZone(start, zone), priority: 'normal', rule: 'R10',
      description: `The ${later ? 'round' : 'interview'}${format} with ${company} was set to start at ${formatInZone(start, zone)}. Once it has taken place, record it as held, so that its thank-you notes and follow-up are planned; if it was moved, record the new time (R10).`,
    });
    return out;
  }
  out.push({
    kind: 'prepare-next-round', due: civilDateInZone(start ?? e.nowMs, zone), priority: 'normal', rule: 'R10',
    description: later
      ? `Prepare for the next round${format}${when}; later rounds often bring senior interviewers and skills-based exercises (R10).`
      : `Prepare for the interview${format} with ${company} for the ${role} role${when} (R10).`,
  });
  return out;
}

/** An invitation's assessment (R10) when it asks for one and for no time to meet: its stated date, and whether it is still open. */
interface Assessment {
  readonly due: CivilDate | undefined;
  readonly open: boolean;
}

/** The assessment an invitation to the next step asks for instead of a meeting, if it does (R10). */
function assessmentOf(invitation: EventOf<'reply-received'>, open: readonly OpenRequest[]): Assessment | undefined {
  const asks = (invitation.requests ?? []).filter((r) => r.implied !== true);
  const asked = asks.find((r) => r.kind === 'complete_assessment');
  if (asked === undefined || asks.some((r) => r.kind === 'send_availability' || r.kind === 'book_slot')) return undefined;
  // A later reply may have set a new date: the open request's wording is the latest.
  const still = open.find((o) => o.request.kind === 'complete_assessment' && o.request.implied !== true)?.request;
  return { due: (still ?? asked).due, open: still !== undefined };
}

/**
 * Where the wait about an invitation counts from (R4.3, R10): the latest of the invitation, the employer's last message,
 * the candidate's answer and the date the assessment was due, with words for it.
 */
function quietSince(c: DraftContext, invitedOn: CivilDate, assessment: Assessment | undefined): { day: CivilDate; since: string } {
  const m = c.e.machine;
  const starts: [CivilDate | undefined, string][] = [
    [m.round.lastContactAt === undefined ? undefined : c.dayOf(m.round.lastContactAt), `${c.company}'s last message, of`],
    [m.invitationAnsweredAt === undefined ? undefined : c.dayOf(m.invitationAnsweredAt), 'your answer of'],
    [assessment?.due, 'the assessment was due, on'],
  ];
  let day = invitedOn;
  let since = `${c.company}'s invitation of`;
  for (const [d, words] of starts) {
    if (d !== undefined && d > day) [day, since] = [d, words];
  }
  return { day, since: `${since} ${day}` };
}

/**
 * An invitation to another round that nothing was arranged for (R10): one note about the scheduling once the
 * no-timeline wait has passed since the invitation, the employer's last message or the candidate's answer (R4.3), then
 * a wait for the silence after it (R11.2), then moving on (R11.4), as after an interview. For an assessment, nothing
 * while it is open, and the wait counts from its date at the earliest. A message from the employer since counts as an
 * answer.
 */
function invitationFollowUp(c: DraftContext, invitedOn: CivilDate, assessment: Assessment | undefined): Draft[] {
  const { company, role, e, today, dayOf } = c;
  const m = e.machine;
  const { calendar, policy } = e;
  // The assessment comes first: nothing to ask about before it is submitted (R10).
  if (assessment?.open === true) return [];
  const quiet = quietSince(c, invitedOn, assessment);
  const from = calendar.addBusinessDays(quiet.day, policy.noTimelineWindow.from);
  const sentAt = m.lastInvitationFollowUpAt;
  if (sentAt === undefined) {
    if (policy.maxFollowUps === 0) return [];
    const due = today >= from;
    const note = 'one short, polite note asking about the next step (R4.3, R10).';
    const check = m.invitationAnsweredAt === undefined ? 'if you have answered with your availability, ' : '';
    return [{
      kind: 'follow-up', due: from, priority: due ? 'high' : 'low', rule: 'R4.3', key: 'invitation',
      description: assessment !== undefined
        ? (due
          ? `You have not heard from ${company} about your assessment for the ${role} role since ${quiet.since}: send them ${note}`
          : `If you have not heard from ${company} about your assessment for the ${role} role by ${from}, send them ${note}`)
        : due
          ? `Nothing has been arranged for the next round of the ${role} role since ${quiet.since}: ${check}send ${note}`
          : `If nothing has been arranged for the next round of the ${role} role by ${from}, send ${company} ${note}`,
    }];
  }
  const sentOn = dayOf(sentAt);
  const answered = m.round.lastContactAt !== undefined && parseInstant(m.round.lastContactAt) > parseInstant(sentAt);
  const silentFrom = answered ? dayOf(m.round.lastContactAt!) : sentOn;
  const ghostedOn = calendar.addBusinessDays(silentFrom > from ? silentFrom : from, policy.ghostedAfterBusinessDays);
  const more = m.invitationFollowUps < policy.maxFollowUps;
  if (today < ghostedOn) {
    return [{
      kind: 'wait', due: ghostedOn, priority: 'low', rule: 'R11.2', key: 'invitation',
      description: waitWords(`Your note about the next round is with ${company}.`, ghostedOn, more),
    }];
  }
  if (more) {
    return [{
      kind: 'follow-up', due: ghostedOn, priority: 'high', rule: 'R11.3', key: 'invitation',
      description: `${company} has not answered your note about the next round of the ${role} role. Your policy allows one more short, polite note asking about the next step (R11.2, R11.3).`,
    }];
  }
  return [{
    kind: 'move-on', due: ghostedOn, priority: 'normal', rule: 'R11.4', key: 'invitation',
    description: moveOnWords(`${company} has not been in touch about the next round since ${answered ? `their message of ${silentFrom}` : 'your note'}.`),
  }];
}

/** An offer: thank, ask for it in writing, and answer by a concrete date (R8). */
function offerDrafts({ company, e, today, dayOf, open }: DraftContext): Draft[] {
  const offer = e.machine.round.offer;
  const receivedAt = offer?.at ?? e.machine.enteredBy?.at;
  if (receivedAt === undefined) return [];
  // A date the offer reply stated for the answer or the signature is a deadline too, and so is the time limit it sets
  // near the offer's words (an implied request's date: "this offer is valid until…", R8.3).
  const asked = open.filter((o) => o.request.kind === 'respond_to_offer' || o.request.kind === 'sign_offer').map((o) => o.request);
  const due = [offer?.responseDeadline, ...asked.map((r) => r.due)].reduce<CivilDate>(
    (d, x) => min(d, x),
    e.calendar.addBusinessDays(dayOf(receivedAt), e.policy.offerDecisionBusinessDays),
  );
  const stands = asked.find((r) => r.implied === true && r.due !== undefined && r.due > due)?.due;
  const until = stands === undefined ? '' : ` Their message sets ${stands} as the limit for your answer.`;
  if (due < today) {
    return [{
      kind: 'reply-to-offer', due, priority: 'high', rule: 'R8.3', overdue: true,
      description: `The date to answer ${company}'s offer, ${due}, has passed. Answer now: thank them, ask to receive the offer in writing with the pay, benefits and start date if you have not yet, and give your decision or ask them for a new date (R8).${until}`,
    }];
  }
  return [{
    kind: 'reply-to-offer', due, priority: 'high', rule: 'R8.3',
    description: `Thank ${company} for the offer, ask to receive it in writing with the pay, benefits and start date, and give your answer by ${due} (R8).${until}`,
  }];
}

/** A rejection: a gracious reply (R9), and the search goes on (R6). */
function rejectionDrafts({ company, e, today, receivedOn }: DraftContext): Draft[] {
  const out: Draft[] = [];
  const at = e.machine.enteredBy?.at;
  if (at !== undefined) {
    out.push({
      kind: 'reply-to-rejection', due: receivedOn(at), priority: 'low', rule: 'R9',
      description: `Send ${company} a gracious note: thanks for the conversations and what you learned about the company; if you like, ask for feedback on your interview (R9).`,
    });
  }
  out.push(keepSearching(today, 'normal', false));
  return out;
}

function titleOf(kind: ActionKind, company: string): string {
  switch (kind) {
    case 'send-thank-you': return `Thank-you note (${company})`;
    case 'reflect': return `Interview notes (${company})`;
    case 'follow-up': return `Follow up with ${company}`;
    case 'wait': return `Waiting on ${company}`;
    case 'reply-to-offer': return `Reply to the offer from ${company}`;
    case 'reply-to-rejection': return `Reply to ${company}`;
    case 'reply-to-next-round': return `Accept the next round with ${company}`;
    case 'prepare-next-round': return `Prepare for ${company}`;
    case 'move-on': return `Move on from ${company}`;
    case 'answer-request': return `Answer ${company}`;
    default: return 'Keep searching';
  }
}

function followUpWords(company: string, role: string, from: CivilDate, until: CivilDate | null, rule: string, updatedOn?: CivilDate): string {
  const window = until === null ? `from ${from}` : `between ${from} and ${until}`;
  const since = updatedOn === undefined ? '' : `${company} last wrote on ${updatedOn} without giving a new date, so the wait starts again from then. `;
  return `${since}Send ${company} one short, polite note about the ${role} role ${window}, asking whether there is news on their timeline (${rule}, R5).`;
}

/**
 * What to do next for an application, and by when: actions due now and upcoming, each with its due
 * date (a civil date in the employer's calendar; for `prepare-next-round`, the day the round starts
 * in the candidate's zone) or instant (thank-you deadlines, in the candidate's zone), priority, the
 * interviewer it concerns, and the rule it comes from. Dates come from `planFollowUp`.
 *
 * @param application - The application with its event log.
 * @param now - The current instant (ISO 8601 with offset, or a `Date`); never read from a clock.
 * @param ctx - The employer's calendar (R4.4) and policy overrides.
 * @returns The actions in a fixed order per state (most urgent first); once the application ended, only what mail
 *   since the end asks (and, after a rejection, the reply to it, R9).
 * @throws The errors of {@link status}.
 * @example
 * ```ts
 * nextActions(application, '2026-12-01T17:00:00-05:00', { calendar }).map((a) => a.kind)
 * //=> ["send-thank-you", "send-thank-you", "reflect", "follow-up", "keep-searching"]
 *
 * const offered = applyEvent(application, {
 *   type: 'reply-received', at: '2026-12-03T09:00:00-05:00', outcome: 'offer',
 *   requests: [{ kind: 'sign_offer', due: '2026-12-11', text: 'sign and return the offer letter' }],
 * })
 * nextActions(offered, '2026-12-03T09:00:00-05:00', { calendar })[0]
 * //=> { kind: "answer-request", due: "2026-12-11", priority: "high", rule: "R8", overdue: false, request: { kind: "sign_offer", … }, … }
 * ```
 *
 * @remarks
 * - After an interview: a thank-you note per interviewer still missing (R1.1, R1.2), a reflection (R2).
 * - Waiting: nothing before the promised date (R4.1), then one follow-up (R4.2, R4.3); never a
 *   second one unless the policy raises `maxFollowUps` (R11.3).
 * - After the follow-up: wait until the ghosting date (R11.2), then move on (R11.4), worded
 *   neutrally: the silence reflects the employer's process, not the candidate.
 * - While waiting, keep searching (R6). Outcomes: answer an offer by `offerDecisionBusinessDays`
 *   (R8.3), reply to a rejection (R9), accept and prepare another round (R10), which starts a new
 *   cycle of thank-yous and follow-up window once held. An invitation nothing was arranged for gets one
 *   note about the scheduling from the 7th business day (R4.3), then a wait and moving on (R11). Preparation is due on the day the round
 *   starts in the candidate's zone (its description gives the start there), or today in that zone
 *   while the start is not known.
 * - What the employer's latest reply asks (its `requests`: send availability, book a slot, send
 *   references or documents, complete an assessment, answer or sign an offer, confirm attendance):
 *   one `answer-request` action per request asked in words, listed first, until a later event answers it
 *   (`request-answered`, arranging or holding the round, the end of the application, or a newer reply). It is due
 *   on the date the reply stated (else the day it arrived) and marked `overdue` once that date has
 *   passed (R7, R8, R10). An offer's answer is due by the earliest of the policy's days to decide,
 *   the offer's `responseDeadline` and a date the reply stated; an implied request (the answer an offer waits for
 *   without asking) is part of it, not an action of its own (R8.3). Mail after the end is listed the same way.
 * - An invitation to an assessment rather than a meeting asks for no time slots and has no meeting to prepare; the
 *   note about the next step waits until it is submitted and its date has passed (R10).
 */
export function nextActions(application: DeepReadonly<Application>, now: Instant | Date, ctx: TrackerContext): NextAction[] {
  const e = evaluate(application, now, ctx);
  // The reply that ended the application (a rejection) asks nothing any more; mail after the end may.
  const ending = (TERMINAL_STATES as readonly string[]).includes(e.state) ? e.machine.enteredBy : undefined;
  const open = openRequests(e.machine.application.events, 'application', ending);
  const interviewId = e.machine.round.interview?.id ?? (e.state === 'next-round' ? upcomingInterview(e)?.id : undefined);
  return drafts(application, e, open).map((d) => {
    const key = d.key ?? d.interviewerId;
    const id = `${idPart(application.id)}/${idPart(interviewId ?? '-')}/${d.kind}${key === undefined ? '' : `/${idPart(key)}`}`;
    const action: NextAction = {
      id, kind: d.kind, due: d.due, priority: d.priority, rule: d.rule, applicationId: application.id,
      ...(interviewId === undefined ? {} : { interviewId }),
      ...(d.interviewerId === undefined ? {} : { interviewerId: d.interviewerId }),
      title: d.title ?? titleOf(d.kind, application.company),
      description: d.description,
      ...(d.request === undefined ? {} : { request: d.request }),
      ...(d.overdue === undefined ? {} : { overdue: d.overdue }),
    };
    return action;
  });
}
