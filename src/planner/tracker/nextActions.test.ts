import { describe, expect, it } from 'vitest';
import { makeApplication, makeInterview, makeSecondRound } from '../../../test/arbitraries/tracker.js';
import { ruleMismatch } from '../../../test/helpers/ruleCitations.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import type { Application } from '../../model/Application.js';
import { isFollowUpError } from '../../errors.js';
import type { EmployerRequest, Event } from '../../model/Event.js';
import { applyEvent } from './applyEvent.js';
import { icsUid } from '../ics/icsUid.js';
import { nextActions } from './nextActions.js';
import { status } from './status.js';
import type { NextAction, TrackerContext } from './types.js';

const calendar = createCalendar();
const ctx: TrackerContext = { calendar };
const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const THANKS: Event[] = [
  { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' },
  { type: 'thank-you-sent', at: '2026-12-01T15:05:00-05:00', interviewerId: 'ana' },
];
const FOLLOW_UP: Event = { type: 'follow-up-sent', at: '2026-12-10T10:00:00-05:00' };

function applyAll(app: Application, events: readonly Event[]): Application {
  return events.reduce((a, e) => applyEvent(a, e), app);
}

const brief = (actions: readonly NextAction[]) => actions.map((a) => [a.kind, a.due, a.rule, a.interviewerId ?? null]);

describe('nextActions', () => {
  it('R1.1, R1.2, R2: one thank-you per interviewer due 24 h after the end, in the candidate\'s zone, and a reflection', () => {
    const actions = nextActions(applyEvent(makeApplication(), HELD), '2026-12-01T12:00:00-05:00', ctx);
    expect(brief(actions)).toEqual([
      ['send-thank-you', '2026-12-02T11:00:00-05:00', 'R1.2', 'lee'],
      ['send-thank-you', '2026-12-02T11:00:00-05:00', 'R1.2', 'ana'],
      ['reflect', '2026-12-02T11:00:00-05:00', 'R2', null],
      ['follow-up', '2026-12-10', 'R4.3', null],
      ['keep-searching', '2026-12-01', 'R6', null],
    ]);
    expect(actions[0]).toMatchObject({ id: 'acme/r1/send-thank-you/lee', priority: 'high', applicationId: 'acme', interviewId: 'r1', title: 'Thank-you note to Lee Park (Acme)' });
    expect(actions[0]?.description).toContain('Lee Park');
  });

  it('R2: the reflection notes stay listed until the notes\' deadline, after every note is sent and with nobody to thank', () => {
    const thanked = applyAll(makeApplication(), [HELD, ...THANKS]);
    expect(nextActions(thanked, '2026-12-01T16:00:00-05:00', ctx)[0]).toMatchObject({ kind: 'reflect', due: '2026-12-02T11:00:00-05:00', rule: 'R2' });
    expect(nextActions(thanked, '2026-12-02T11:00:00-05:00', ctx).some((a) => a.kind === 'reflect')).toBe(false);
    const alone = applyEvent(makeApplication({ interviews: [makeInterview({ interviewers: [] })] }), HELD);
    expect(brief(nextActions(alone, '2026-12-01T12:00:00-05:00', ctx))[0]).toEqual(['reflect', '2026-12-02T11:00:00-05:00', 'R2', null]);
  });

  it('R1.1, R4: action ids of two applications never meet: "/" and "%" inside an id are encoded, typical ids and their UIDs unchanged', () => {
    const now = '2026-12-01T12:00:00-05:00';
    const ids = (applicationId: string, interviewId: string, interviewerId = 'lee') => nextActions(applyEvent(makeApplication({
      id: applicationId, interviews: [makeInterview({ id: interviewId, interviewers: [{ id: interviewerId, name: 'Lee Park', points: [] }] })],
    }), HELD), now, ctx).map((a) => a.id);
    const a = ids('acme/r1', 'x');
    const b = ids('acme', 'r1/x');
    expect(a).toContain('acme%2Fr1/x/follow-up');
    expect(b).toContain('acme/r1%2Fx/follow-up');
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect(ids('acme', 'r1', '50%/b')[0]).toBe('acme/r1/send-thank-you/50%25%2Fb');
    // Ids without "/" or "%" keep their ids, so calendars made before keep their entries (docs/ics.md).
    expect(ids('acme', 'r1')).toContain('acme/r1/follow-up');
    expect(icsUid(ids('acme', 'r1')[0]!)).toBe('acme/r1/send-thank-you/lee@interview-followup.invalid');
  });

  it('R1.1: a sent note disappears from the list; the other stays', () => {
    const actions = nextActions(applyAll(makeApplication(), [HELD, THANKS[0] as Event]), '2026-12-01T16:00:00-05:00', ctx);
    expect(actions.filter((a) => a.kind === 'send-thank-you').map((a) => a.interviewerId)).toEqual(['ana']);
  });

  it('R1.2: across a DST change the deadline is 24 real hours later, shown in the candidate\'s zone', () => {
    // Ends Saturday 2026-03-07 18:00 EST; clocks go forward on Sunday: 24 h later is 19:00 EDT.
    const interview = makeInterview({ startedAt: '2026-03-07T17:00:00-05:00', endedAt: '2026-03-07T18:00:00-05:00' });
    const app = applyEvent(makeApplication({ interviews: [interview] }), { type: 'interview-held', at: '2026-03-07T18:00:00-05:00' });
    const due = nextActions(app, '2026-03-07T19:00:00-05:00', ctx).find((a) => a.kind === 'send-thank-you')?.due;
    expect(due).toBe('2026-03-08T19:00:00-04:00');
    expect(Date.parse(due ?? '') - Date.parse(interview.endedAt)).toBe(86_400_000);
  });

  it('R4.1: with a promised date, wait until then; R4.2: the follow-up comes after one full business day of grace', () => {
    const app = applyAll(makeApplication({ interviews: [makeInterview({ timeline: { kind: 'date', date: '2026-12-04' } })] }), [HELD, ...THANKS]);
    expect(brief(nextActions(app, '2026-12-02T09:00:00-05:00', ctx))).toEqual([
      ['reflect', '2026-12-02T11:00:00-05:00', 'R2', null],
      ['wait', '2026-12-04', 'R4.1', null],
      ['follow-up', '2026-12-08', 'R4.2', null],
      ['keep-searching', '2026-12-02', 'R6', null],
    ]);
    const due = nextActions(app, '2026-12-08T09:00:00-05:00', ctx);
    expect(brief(due)[0]).toEqual(['follow-up', '2026-12-08', 'R4.2', null]);
    expect(due[0]?.priority).toBe('high');
  });

  it('R4.3: without a timeline the follow-up is due in the 7..10 business-day window', () => {
    const actions = nextActions(applyAll(makeApplication(), [HELD, ...THANKS]), '2026-12-11T09:00:00-05:00', ctx);
    expect(actions[0]).toMatchObject({ kind: 'follow-up', due: '2026-12-10', rule: 'R4.3', priority: 'high' });
    expect(actions[0]?.description).toContain('between 2026-12-10 and 2026-12-15');
    expect(actions[0]).not.toHaveProperty('overdue');
  });

  it('R4.3: once the window has closed with no follow-up sent, the one follow-up is still proposed, marked overdue', () => {
    const app = applyAll(makeApplication(), [HELD, ...THANKS]);
    // The last day of the window, Tuesday 2026-12-15, is not late yet; the next day is.
    expect(nextActions(app, '2026-12-15T17:00:00-05:00', ctx)[0]).not.toHaveProperty('overdue');
    const late = nextActions(app, '2027-01-30T09:00:00-05:00', ctx)[0];
    expect(late).toMatchObject({ kind: 'follow-up', due: '2026-12-10', rule: 'R4.3', priority: 'high', overdue: true });
    expect(late?.description).toContain('(2026-12-10 to 2026-12-15) has passed');
    // With a promised date the follow-up has no end, so it is never late.
    const promised = applyAll(makeApplication({ interviews: [makeInterview({ timeline: { kind: 'date', date: '2026-12-04' } })] }), [HELD, ...THANKS]);
    const open = nextActions(promised, '2027-01-30T09:00:00-05:00', ctx)[0];
    expect(open).toMatchObject({ kind: 'follow-up', due: '2026-12-08', rule: 'R4.2' });
    expect(open).not.toHaveProperty('overdue');
  });

  it('R4.3: an update without a date puts the follow-up 7–10 business days after it, says why, and is not overdue', () => {
    // The window was 2026-12-10 to 2026-12-15; "still reviewing" on Monday 2026-12-14 moves it to 2026-12-23 to 2026-12-28.
    const app = applyAll(makeApplication(), [HELD, ...THANKS, { type: 'reply-received', at: '2026-12-14T09:00:00-05:00', outcome: 'pending' }]);
    const waiting = nextActions(app, '2026-12-16T09:00:00-05:00', ctx);
    expect(brief(waiting)).toEqual([['follow-up', '2026-12-23', 'R4.3', null], ['keep-searching', '2026-12-16', 'R6', null]]);
    expect(waiting[0]?.description).toContain('Acme last wrote on 2026-12-14 without giving a new date');
    expect(waiting[0]?.description).toContain('between 2026-12-23 and 2026-12-28');
    const due = nextActions(app, '2026-12-28T17:00:00-05:00', ctx)[0];
    expect(due).toMatchObject({ kind: 'follow-up', due: '2026-12-23', priority: 'high' });
    expect(due).not.toHaveProperty('overdue');
    expect(nextActions(app, '2026-12-29T09:00:00-05:00', ctx)[0]).toMatchObject({ overdue: true });
  });

  it('R4.1, R4.3: an update without a date just before the promised date restarts the window, and the wait for the date stays', () => {
    // News promised by Friday 2026-12-04 (follow-up from 2026-12-08); "still reviewing" on Wednesday 2026-12-02 moves
    // the window to 2026-12-11 to 2026-12-16, an R4.3 window, which has no promised date of its own.
    const promised = makeApplication({ interviews: [makeInterview({ timeline: { kind: 'date', date: '2026-12-04' } })] });
    const app = applyAll(promised, [HELD, ...THANKS, { type: 'reply-received', at: '2026-12-02T09:00:00-05:00', outcome: 'pending' }]);
    expect(brief(nextActions(app, '2026-12-03T09:00:00-05:00', ctx))).toEqual([
      ['wait', '2026-12-04', 'R4.1', null],
      ['follow-up', '2026-12-11', 'R4.3', null],
      ['keep-searching', '2026-12-03', 'R6', null],
    ]);
    expect(brief(nextActions(app, '2026-12-07T09:00:00-05:00', ctx))[0]).toEqual(['follow-up', '2026-12-11', 'R4.3', null]);
  });

  it('R11.3: once the follow-up is out, no further follow-up is proposed, only waiting', () => {
    const app = applyAll(makeApplication(), [HELD, ...THANKS, FOLLOW_UP]);
    for (const now of ['2026-12-10T12:00:00-05:00', '2026-12-23T12:00:00-05:00', '2027-02-01T12:00:00-05:00']) {
      expect(nextActions(app, now, ctx).filter((a) => a.kind === 'follow-up')).toEqual([]);
    }
    expect(brief(nextActions(app, '2026-12-11T09:00:00-05:00', ctx))).toEqual([
      ['wait', '2026-12-24', 'R11.2', null],
      ['keep-searching', '2026-12-11', 'R6', null],
    ]);
  });

  it('R11.2, R11.4: after the silence, move on, in neutral words', () => {
    const actions = nextActions(applyAll(makeApplication(), [HELD, ...THANKS, FOLLOW_UP]), '2026-12-24T09:00:00-05:00', ctx);
    expect(brief(actions)).toEqual([
      ['move-on', '2026-12-24', 'R11.4', null],
      ['keep-searching', '2026-12-24', 'R6', null],
    ]);
    const words = actions[0]?.description ?? '';
    expect(words).toMatch(/employer's hiring process/);
    expect(words).toMatch(/not about your qualifications|than about your qualifications/);
    expect(words).not.toMatch(/\b(you failed|your fault|rejected you|not good enough|unqualified)\b/i);
    expect(actions[1]?.priority).toBe('high');
    // Nothing is awaited any more: the search goes on, not "while you wait".
    expect(actions[1]?.description).toBe('Keep applying to other roles and keep other conversations going (R6).');
    expect(nextActions(applyAll(makeApplication(), [HELD, ...THANKS]), '2026-12-03T09:00:00-05:00', ctx).at(-1)?.description).toContain('while you wait');
  });

  it('R11.2, R11.3: an answer after the follow-up is named, in the wait and in the move-on; a policy of two follow-ups allows one more', () => {
    const replied = applyAll(makeApplication(), [HELD, ...THANKS, FOLLOW_UP, { type: 'reply-received', at: '2026-12-11T09:00:00-05:00', outcome: 'pending' }]);
    const wait = nextActions(replied, '2026-12-14T09:00:00-05:00', ctx)[0];
    expect(wait).toMatchObject({ kind: 'wait', due: '2026-12-25' });
    expect(wait?.description).toContain('Acme wrote on 2026-12-11, after your follow-up, without a decision. Another message is not needed; if there is still no news on 2026-12-25, it is time to move on');
    expect(wait?.description).not.toContain('Your follow-up is with');
    const moveOn = nextActions(replied, '2026-12-25T09:00:00-05:00', ctx)[0];
    expect(moveOn?.kind).toBe('move-on');
    expect(moveOn?.description).toContain('Acme has not been in touch since their message of 2026-12-11.');
    // Without an answer, the words stay those of a follow-up left unanswered.
    expect(nextActions(applyAll(makeApplication(), [HELD, ...THANKS, FOLLOW_UP]), '2026-12-24T09:00:00-05:00', ctx)[0]?.description).toContain('not been in touch since your follow-up.');
    const two = { calendar, policy: { maxFollowUps: 2 } };
    const first = applyAll(makeApplication(), [HELD, ...THANKS]).events.concat(FOLLOW_UP);
    const words = nextActions({ ...makeApplication(), events: [...first] }, '2026-12-11T09:00:00-05:00', two)[0]?.description ?? '';
    expect(words).toContain('Your follow-up is with Acme. If there is still no news on 2026-12-24, your policy allows one more short note');
    expect(words).not.toContain('not needed');
  });

  it('R11.3: the further follow-up a policy of two allows, after the silence, cites R11.3 as docs/tracker.md does', () => {
    const two = { calendar, policy: { maxFollowUps: 2 } };
    const chased = applyAll(makeApplication(), [HELD, ...THANKS, FOLLOW_UP]);
    expect(status(chased, '2026-12-24T09:00:00-05:00', two)).toBe('follow-up-due');
    const action = nextActions(chased, '2026-12-24T09:00:00-05:00', two)[0];
    expect(action).toMatchObject({ kind: 'follow-up', due: '2026-12-24', rule: 'R11.3' });
    expect(ruleMismatch(action!.rule, action!.description)).toBeUndefined();
  });

  it('R8.3: an offer whose answer date has passed says so and is marked overdue', () => {
    const held = applyAll(makeApplication(), [HELD, ...THANKS]);
    const app = applyEvent(held, { type: 'offer-received', at: '2026-12-04T15:00:00-05:00', responseDeadline: '2026-12-07' });
    const onTime = nextActions(app, '2026-12-07T17:00:00-05:00', ctx)[0];
    expect(onTime).toMatchObject({ kind: 'reply-to-offer', due: '2026-12-07' });
    expect(onTime).not.toHaveProperty('overdue');
    const late = nextActions(app, '2026-12-10T09:00:00-05:00', ctx)[0];
    expect(late).toMatchObject({ kind: 'reply-to-offer', due: '2026-12-07', priority: 'high', overdue: true });
    expect(late?.description).toContain("The date to answer Acme's offer, 2026-12-07, has passed.");
  });

  it('R1.2, R10, R8: an invitation or an offer that comes before the notes leaves them due until the deadline, and they can be sent', () => {
    const held = applyEvent(makeApplication(), HELD);
    const invited = applyEvent(held, { type: 'reply-received', at: '2026-12-01T14:00:00-05:00', outcome: 'next_round' });
    expect(brief(nextActions(invited, '2026-12-01T14:30:00-05:00', ctx))).toEqual([
      ['send-thank-you', '2026-12-02T11:00:00-05:00', 'R1.2', 'lee'],
      ['send-thank-you', '2026-12-02T11:00:00-05:00', 'R1.2', 'ana'],
      ['reply-to-next-round', '2026-12-01', 'R10', null],
      ['follow-up', '2026-12-10', 'R4.3', null],
      ['prepare-next-round', '2026-12-01', 'R10', null],
    ]);
    const thanked = applyEvent(invited, THANKS[0]!);
    expect(nextActions(thanked, '2026-12-01T15:30:00-05:00', ctx).filter((a) => a.kind === 'send-thank-you').map((a) => a.interviewerId)).toEqual(['ana']);
    expect(nextActions(applyEvent(thanked, THANKS[1]!), '2026-12-01T15:30:00-05:00', ctx).some((a) => a.kind === 'send-thank-you')).toBe(false);
    // Past the 24 hours, no note is proposed any more.
    expect(nextActions(invited, '2026-12-02T11:00:00-05:00', ctx).some((a) => a.kind === 'send-thank-you')).toBe(false);
    // The same after an offer.
    const offered = applyEvent(held, { type: 'offer-received', at: '2026-12-01T13:00:00-05:00' });
    expect(brief(nextActions(offered, '2026-12-01T13:30:00-05:00', ctx)).map((a) => a[0])).toEqual(['send-thank-you', 'send-thank-you', 'reply-to-offer']);
    expect(() => applyEvent(offered, THANKS[0]!)).not.toThrow();
    // A note to someone not met in the round, or a second note, is still refused.
    expect(() => applyEvent(invited, { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'kim' })).toThrow(/unknown interviewer id "kim"/);
    expect(() => applyEvent(thanked, THANKS[0]!)).toThrow(/already sent/);
    // Before the first interview there is nobody to thank.
    expect(() => applyEvent(makeApplication(), THANKS[0]!)).toThrow(/no interview has been held yet, so there is nobody to thank/);
  });

  it('R10, R4.3, R11: an invitation nothing was arranged for gets one note about the scheduling, then a wait, then moving on', () => {
    const invited = applyAll(makeApplication(), [HELD, ...THANKS, { type: 'reply-received', at: '2026-12-03T09:00:00-05:00', outcome: 'next_round' }]);
    // Seven business days after Thursday 2026-12-03 is Monday 2026-12-14.
    const early = nextActions(invited, '2026-12-03T10:00:00-05:00', ctx).find((a) => a.kind === 'follow-up');
    expect(early).toMatchObject({ id: 'acme/r1/follow-up/invitation', due: '2026-12-14', priority: 'low', rule: 'R4.3' });
    expect(early?.description).toBe('If nothing has been arranged for the next round of the Data Engineer role by 2026-12-14, send Acme one short, polite note asking about the next step (R4.3, R10).');
    const due = nextActions(invited, '2026-12-14T10:00:00-05:00', ctx).find((a) => a.kind === 'follow-up');
    expect(due).toMatchObject({ due: '2026-12-14', priority: 'high' });
    expect(due?.description).toContain("since Acme's invitation of 2026-12-03: if you have answered with your availability, send one short, polite note");

    const chased = applyEvent(invited, { type: 'follow-up-sent', at: '2026-12-14T11:00:00-05:00' });
    expect(status(chased, '2026-12-15T10:00:00-05:00', ctx)).toBe('next-round');
    // Ten business days after Monday 2026-12-14 is Monday 2026-12-28; the invitation counts as answered.
    expect(brief(nextActions(chased, '2026-12-15T10:00:00-05:00', ctx))).toEqual([
      ['wait', '2026-12-28', 'R11.2', null],
      ['prepare-next-round', '2026-12-15', 'R10', null],
    ]);
    const moveOn = nextActions(chased, '2026-12-28T10:00:00-05:00', ctx);
    expect(brief(moveOn)).toEqual([['move-on', '2026-12-28', 'R11.4', null], ['keep-searching', '2026-12-28', 'R6', null]]);
    expect(moveOn[0]?.description).toContain('Acme has not been in touch about the next round since your note.');
    expect(() => applyEvent(chased, { type: 'follow-up-sent', at: '2026-12-29T10:00:00-05:00' })).toThrow(/1 follow-up was already sent about this invitation and the policy allows 1/);
    // A policy of two follow-ups proposes a second note instead of moving on.
    expect(nextActions(chased, '2026-12-28T10:00:00-05:00', { calendar, policy: { maxFollowUps: 2 } })[0]).toMatchObject({ kind: 'follow-up', due: '2026-12-28', rule: 'R11.3' });

    // A message from the employer since the invitation starts the wait again: Tuesday 2026-12-08 + 7 = Thursday 2026-12-17.
    const heard = applyEvent(invited, { type: 'reply-received', at: '2026-12-08T09:00:00-05:00', outcome: 'other' });
    const later = nextActions(heard, '2026-12-17T10:00:00-05:00', ctx).find((a) => a.kind === 'follow-up');
    expect(later).toMatchObject({ due: '2026-12-17', priority: 'high' });
    expect(later?.description).toContain("since Acme's last message, of 2026-12-08");

    // Once the round is arranged there is nothing to chase.
    const arranged = applyEvent(invited, { type: 'next-round-scheduled', at: '2026-12-10T10:00:00-05:00', interview: makeSecondRound() });
    expect(nextActions(arranged, '2026-12-14T10:00:00-05:00', ctx).some((a) => a.kind === 'follow-up')).toBe(false);
    expect(() => applyEvent(arranged, { type: 'follow-up-sent', at: '2026-12-14T11:00:00-05:00' })).toThrow(/the next round is arranged/);
  });

  it('R8.3: an offer asks for a reply 2 business days out, or by its response deadline if earlier', () => {
    const held = applyAll(makeApplication(), [HELD, ...THANKS]);
    // Offer on Wednesday 2026-12-16: two business days later is Friday 2026-12-18.
    const offer: Event = { type: 'offer-received', at: '2026-12-16T15:00:00-05:00', salary: 'USD 120,000', startDate: '2027-01-11' };
    expect(brief(nextActions(applyEvent(held, offer), '2026-12-16T16:00:00-05:00', ctx))).toEqual([['reply-to-offer', '2026-12-18', 'R8.3', null]]);
    const tight = applyEvent(held, { ...offer, responseDeadline: '2026-12-17' });
    expect(nextActions(tight, '2026-12-16T16:00:00-05:00', ctx)[0]?.due).toBe('2026-12-17');
    // Offer on a Friday: the weekend does not count.
    const friday = applyEvent(held, { type: 'reply-received', at: '2026-12-18T10:00:00-05:00', outcome: 'offer' });
    expect(nextActions(friday, '2026-12-18T11:00:00-05:00', ctx)[0]).toMatchObject({ kind: 'reply-to-offer', due: '2026-12-22' });
    expect(nextActions(friday, '2026-12-18T11:00:00-05:00', { calendar, policy: { offerDecisionBusinessDays: 1 } })[0]?.due).toBe('2026-12-21');
  });

  it('R7, R9: a rejection asks for a gracious reply, and the search goes on', () => {
    const app = applyAll(makeApplication(), [HELD, ...THANKS, { type: 'reply-received', at: '2026-12-09T10:00:00-05:00', outcome: 'rejection' }]);
    expect(brief(nextActions(app, '2026-12-09T12:00:00-05:00', ctx))).toEqual([
      ['reply-to-rejection', '2026-12-09', 'R9', null],
      ['keep-searching', '2026-12-09', 'R6', null],
    ]);
  });

  it('R10: a next-round request asks for a reply; scheduling it leaves preparation; holding it starts a new cycle', () => {
    const round1 = applyAll(makeApplication(), [HELD, ...THANKS]);
    const asked = applyEvent(round1, { type: 'reply-received', at: '2026-12-07T10:00:00-05:00', outcome: 'next_round' });
    expect(brief(nextActions(asked, '2026-12-07T11:00:00-05:00', ctx))).toEqual([
      ['reply-to-next-round', '2026-12-07', 'R10', null],
      ['follow-up', '2026-12-16', 'R4.3', null],
      ['prepare-next-round', '2026-12-07', 'R10', null],
    ]);
    const scheduled = applyEvent(asked, { type: 'next-round-scheduled', at: '2026-12-07T12:00:00-05:00', interview: makeSecondRound() });
    const prep = nextActions(scheduled, '2026-12-07T13:00:00-05:00', ctx);
    expect(brief(prep)).toEqual([['prepare-next-round', '2026-12-14', 'R10', null]]);
    expect(prep[0]?.description).toBe('Prepare for the next round (onsite), which starts at 2026-12-14T13:00:00-05:00; later rounds often bring senior interviewers and skills-based exercises (R10).');
    // Round 2 held Monday 2026-12-14: new notes for the new interviewer, a new window (7th..10th business day).
    const round2 = applyEvent(scheduled, { type: 'interview-held', at: '2026-12-14T15:00:00-05:00' });
    expect(brief(nextActions(round2, '2026-12-14T16:00:00-05:00', ctx))).toEqual([
      ['send-thank-you', '2026-12-15T15:00:00-05:00', 'R1.2', 'kim'],
      ['reflect', '2026-12-15T15:00:00-05:00', 'R2', null],
      ['follow-up', '2026-12-23', 'R4.3', null],
      ['keep-searching', '2026-12-14', 'R6', null],
    ]);
    expect(nextActions(round2, '2026-12-14T16:00:00-05:00', ctx)[0]?.id).toBe('acme/r2/send-thank-you/kim');
  });

  it('R10: a first interview ahead asks for preparation by the day it starts', () => {
    const actions = nextActions(makeApplication(), '2026-11-30T09:00:00-05:00', ctx);
    expect(brief(actions)).toEqual([['prepare-next-round', '2026-12-01', 'R10', null]]);
    expect(actions[0]?.description).toBe('Prepare for the interview (video) with Acme for the Data Engineer role, which starts at 2026-12-01T10:00:00-05:00 (R10).');
  });

  describe("preparation for a round: due on the day it starts in the candidate's zone", () => {
    // Round 1 on Tuesday 2026-12-01 in New York; the candidate is in Berlin (CET, +01:00 in December).
    const berlin = makeInterview({ startedAt: '2026-12-01T09:00:00-05:00', endedAt: '2026-12-01T10:00:00-05:00', candidateTimeZone: 'Europe/Berlin', interviewers: [{ id: 'ana', name: 'Ana Ruiz', points: ['x'] }] });
    const held = applyEvent(makeApplication({ interviews: [berlin] }), { type: 'interview-held', at: '2026-12-01T10:00:00-05:00' });
    const now = '2026-12-04T10:00:00-05:00';
    const prepare = (app: Application, at = now) => nextActions(app, at, ctx).find((a) => a.kind === 'prepare-next-round');

    it('R10: once the start has passed with the round not recorded as held, it asks for the round to be recorded', () => {
      const utc = applyEvent(held, { type: 'next-round-scheduled', at: '2026-12-03T09:00:00-05:00', startsAt: '2026-12-14T23:30:00Z' });
      expect(prepare(utc, '2026-12-14T18:29:00-05:00')?.description).toContain('Prepare for the next round');
      const passed = prepare(utc, '2026-12-16T10:00:00-05:00');
      expect(passed).toMatchObject({ due: '2026-12-15' });
      expect(passed?.description).toBe('The round with Acme was set to start at 2026-12-15T00:30:00+01:00. Once it has taken place, record it as held, so that its thank-you notes and follow-up are planned; if it was moved, record the new time (R10).');
    });

    it('R10: a start at 23:30 UTC on 14 December is the 15th in Berlin, whether it was given in UTC or with the employer\'s offset', () => {
      const utc = applyEvent(held, { type: 'next-round-scheduled', at: '2026-12-03T09:00:00-05:00', startsAt: '2026-12-14T23:30:00Z' });
      const round2 = makeSecondRound({ startedAt: '2026-12-14T18:30:00-05:00', endedAt: '2026-12-14T19:30:00-05:00', candidateTimeZone: 'Europe/Berlin' });
      const offset = applyEvent(held, { type: 'next-round-scheduled', at: '2026-12-03T09:00:00-05:00', interview: round2 });
      for (const app of [utc, offset]) {
        expect(prepare(app)).toMatchObject({ due: '2026-12-15', rule: 'R10', priority: 'normal' });
        expect(prepare(app)?.description).toContain('which starts at 2026-12-15T00:30:00+01:00');
      }
    });

    it('R10: a candidate west of the employer prepares by their own, earlier day', () => {
      // 08:00 on 15 December in Berlin is 23:00 on the 14th in Los Angeles.
      const la = makeInterview({ candidateTimeZone: 'America/Los_Angeles', employerTimeZone: 'Europe/Berlin', startedAt: '2026-12-15T08:00:00+01:00', endedAt: '2026-12-15T09:00:00+01:00' });
      const actions = nextActions(makeApplication({ interviews: [la] }), '2026-12-10T09:00:00+01:00', ctx);
      expect(brief(actions)).toEqual([['prepare-next-round', '2026-12-14', 'R10', null]]);
      expect(actions[0]?.description).toContain('which starts at 2026-12-14T23:00:00-08:00');
    });

    it('R10: while the start is unknown, it is due today there, not on the past day of the invitation nor as an instant', () => {
      const asked = applyEvent(held, { type: 'reply-received', outcome: 'next_round', at: '2026-12-03T09:00:00-05:00' });
      expect(brief(nextActions(asked, now, ctx))).toEqual([
        ['reply-to-next-round', '2026-12-03', 'R10', null],
        ['follow-up', '2026-12-14', 'R4.3', null],
        ['prepare-next-round', '2026-12-04', 'R10', null],
      ]);
      // 19:00 in New York is already 01:00 on the 5th in Berlin.
      expect(prepare(asked, '2026-12-04T19:00:00-05:00')?.due).toBe('2026-12-05');
      expect(prepare(asked)?.description).toBe('Prepare for the next round: its time is not set yet, so start now; later rounds often bring senior interviewers and skills-based exercises (R10).');
      const scheduled = applyEvent(held, { type: 'next-round-scheduled', at: '2026-12-03T09:00:00-05:00' });
      expect(prepare(scheduled, '2026-12-07T09:00:00-05:00')?.due).toBe('2026-12-07');
    });
  });

  it('proposes nothing once an offer is accepted or declined, or the candidate withdrew', () => {
    const offer = applyAll(makeApplication(), [HELD, { type: 'offer-received', at: '2026-12-05T09:00:00Z' }]);
    expect(nextActions(applyEvent(offer, { type: 'offer-accepted', at: '2026-12-06T09:00:00Z' }), '2026-12-07T09:00:00Z', ctx)).toEqual([]);
    expect(nextActions(applyEvent(offer, { type: 'offer-declined', at: '2026-12-06T09:00:00Z' }), '2026-12-07T09:00:00Z', ctx)).toEqual([]);
    expect(nextActions(applyEvent(offer, { type: 'withdrawn', at: '2026-12-06T09:00:00Z' }), '2026-12-07T09:00:00Z', ctx)).toEqual([]);
  });

  it('with maxFollowUps 0 no follow-up is ever proposed; the silence is reassessed after the window', () => {
    const policy = { maxFollowUps: 0 };
    const app = applyAll(makeApplication(), [HELD, ...THANKS]);
    const actions = nextActions(app, '2026-12-11T09:00:00-05:00', { calendar, policy });
    expect(brief(actions)).toEqual([
      ['wait', '2026-12-24', 'R11.2', null],
      ['keep-searching', '2026-12-11', 'R6', null],
    ]);
    expect(nextActions(app, '2026-12-24T09:00:00-05:00', { calendar, policy })[0]?.kind).toBe('move-on');
    // With a promised date ahead both waits are listed, each with its own id (an export needs them distinct).
    const promised = applyAll(makeApplication({ interviews: [makeInterview({ timeline: { kind: 'date', date: '2026-12-04' } })] }), [HELD, ...THANKS]);
    const waits = nextActions(promised, '2026-12-02T09:00:00-05:00', { calendar, policy }).filter((a) => a.kind === 'wait');
    expect(waits.map((a) => [a.rule, a.id])).toEqual([['R4.1', 'acme/r1/wait'], ['R11.2', 'acme/r1/wait/reassess']]);
  });
});

describe('nextActions: what the employer asked (R7, R8, R10)', () => {
  const round1 = applyAll(makeApplication(), [HELD, ...THANKS]);
  const reply = (at: string, outcome: 'offer' | 'rejection' | 'next_round' | 'reference_check' | 'pending' | 'other', requests?: EmployerRequest[]): Event =>
    requests === undefined ? { type: 'reply-received', at, outcome } : { type: 'reply-received', at, outcome, requests };
  const requestsOf = (actions: readonly NextAction[]) => actions.filter((a) => a.kind === 'answer-request');

  it('R8: an offer reply asking to sign by a date gives a sign action due that day, and the offer answer is due by then too', () => {
    // Thursday 2026-12-03; sign by Friday 2026-12-04, before the two business days to decide (Monday 2026-12-07).
    const app = applyEvent(round1, reply('2026-12-03T09:00:00-05:00', 'offer', [{ kind: 'sign_offer', due: '2026-12-04', text: 'sign and return the offer letter' }]));
    const actions = nextActions(app, '2026-12-03T10:00:00-05:00', ctx);
    expect(brief(actions)).toEqual([
      ['answer-request', '2026-12-04', 'R8', null],
      ['reply-to-offer', '2026-12-04', 'R8.3', null],
    ]);
    expect(actions[0]).toMatchObject({
      id: 'acme/r1/answer-request/sign_offer', priority: 'high', overdue: false, title: 'Sign the offer from Acme',
      request: { kind: 'sign_offer', due: '2026-12-04', text: 'sign and return the offer letter' },
    });
    expect(actions[0]?.description).toBe('Acme asked you to sign the offer by 2026-12-04: read the written offer in full (pay, benefits, start date) before you sign.');
    expect(actions[1]?.description).toContain('by 2026-12-04');
  });

  it('R10, R9, R7: an answer owed "the day it came" is due on the day the candidate received the message, in the candidate\'s zone', () => {
    // Candidate in Tokyo, employer in Los Angeles: 09:00 on 3 November in Tokyo is 16:00 on 2 November in Los Angeles.
    const tokyo = makeInterview({
      candidateTimeZone: 'Asia/Tokyo', employerTimeZone: 'America/Los_Angeles', interviewers: [],
      startedAt: '2026-10-28T10:00:00-07:00', endedAt: '2026-10-28T11:00:00-07:00',
    });
    const held = applyEvent(makeApplication({ interviews: [tokyo] }), { type: 'interview-held', at: '2026-10-28T11:00:00-07:00' });
    const at = '2026-11-03T09:00:00+09:00';
    const invited = applyEvent(held, reply(at, 'next_round', [{ kind: 'send_availability' }]));
    const actions = nextActions(invited, '2026-11-03T10:00:00+09:00', ctx);
    expect(actions.find((a) => a.kind === 'answer-request')?.due).toBe('2026-11-03');
    expect(actions.find((a) => a.kind === 'reply-to-next-round')?.due).toBe('2026-11-03');
    const rejected = applyEvent(held, reply(at, 'rejection'));
    expect(nextActions(rejected, '2026-11-03T10:00:00+09:00', ctx).find((a) => a.kind === 'reply-to-rejection')?.due).toBe('2026-11-03');
  });

  it('R8: the letter answering the offer and the decision the employer asked for by a date are told apart by their titles', () => {
    const app = applyEvent(round1, reply('2026-12-03T09:00:00-05:00', 'offer', [{ kind: 'respond_to_offer', due: '2026-12-10' }]));
    const actions = nextActions(app, '2026-12-03T10:00:00-05:00', ctx);
    expect(actions.map((a) => [a.kind, a.due, a.title])).toEqual([
      ['answer-request', '2026-12-10', 'Give Acme your decision on the offer'],
      ['reply-to-offer', '2026-12-07', 'Reply to the offer from Acme'],
    ]);
  });

  it('R8: once the stated date has passed the request is reported overdue, and accepting the offer answers it', () => {
    const app = applyEvent(round1, reply('2026-12-03T09:00:00-05:00', 'offer', [{ kind: 'respond_to_offer', due: '2026-12-04' }]));
    expect(nextActions(app, '2026-12-04T23:00:00-05:00', ctx)[0]).toMatchObject({ kind: 'answer-request', overdue: false });
    const late = nextActions(app, '2026-12-05T09:00:00-05:00', ctx)[0];
    expect(late).toMatchObject({ kind: 'answer-request', due: '2026-12-04', overdue: true, priority: 'high', rule: 'R8' });
    expect(late?.description).toContain('that date has passed');
    const accepted = applyEvent(app, { type: 'offer-accepted', at: '2026-12-05T10:00:00-05:00' });
    expect(nextActions(accepted, '2026-12-05T11:00:00-05:00', ctx)).toEqual([]);
  });

  it('R10: a request for availability without a date is due the day it came, and arranging the round answers it', () => {
    const asked = applyEvent(round1, reply('2026-12-07T10:00:00-05:00', 'next_round', [{ kind: 'send_availability', text: 'send us your availability' }]));
    const actions = nextActions(asked, '2026-12-08T09:00:00-05:00', ctx);
    expect(brief(actions)).toEqual([
      ['answer-request', '2026-12-07', 'R10', null],
      ['reply-to-next-round', '2026-12-07', 'R10', null],
      ['follow-up', '2026-12-16', 'R4.3', null],
      ['prepare-next-round', '2026-12-08', 'R10', null],
    ]);
    expect(actions[0]).toMatchObject({ priority: 'high', overdue: false, title: 'Send your availability to Acme' });
    expect(actions[0]?.description).toContain('No date was given');
    const scheduled = applyEvent(asked, { type: 'next-round-scheduled', at: '2026-12-08T12:00:00-05:00', interview: makeSecondRound() });
    expect(requestsOf(nextActions(scheduled, '2026-12-08T13:00:00-05:00', ctx))).toEqual([]);
  });

  it('R10: an assessment stays open once the round is arranged and is answered when it is held', () => {
    const asked = applyEvent(round1, reply('2026-12-07T10:00:00-05:00', 'next_round', [
      { kind: 'complete_assessment', due: '2026-12-11' }, { kind: 'confirm_attendance' },
    ]));
    const scheduled = applyEvent(asked, { type: 'next-round-scheduled', at: '2026-12-08T12:00:00-05:00', interview: makeSecondRound() });
    const open = requestsOf(nextActions(scheduled, '2026-12-08T13:00:00-05:00', ctx));
    expect(open.map((a) => [a.request?.kind, a.due, a.priority])).toEqual([['complete_assessment', '2026-12-11', 'high']]);
    const held = applyEvent(scheduled, { type: 'interview-held', at: '2026-12-14T15:00:00-05:00' });
    expect(requestsOf(nextActions(held, '2026-12-14T16:00:00-05:00', ctx))).toEqual([]);
  });

  it('R7: a request for references stays listed while waiting; a newer reply replaces it', () => {
    const asked = applyEvent(round1, reply('2026-12-04T10:00:00-05:00', 'reference_check', [{ kind: 'send_references' }]));
    const actions = nextActions(asked, '2026-12-04T11:00:00-05:00', ctx);
    expect(actions.map((a) => a.kind)).toEqual(['answer-request', 'follow-up', 'keep-searching']);
    expect(actions[0]).toMatchObject({ id: 'acme/r1/answer-request/send_references', due: '2026-12-04', priority: 'normal', rule: 'R7', overdue: false });
    // The employer asks again with a date: one action, the new date.
    const again = applyEvent(asked, reply('2026-12-07T10:00:00-05:00', 'reference_check', [{ kind: 'send_references', due: '2026-12-09' }]));
    expect(requestsOf(nextActions(again, '2026-12-07T11:00:00-05:00', ctx)).map((a) => [a.id, a.due, a.priority]))
      .toEqual([['acme/r1/answer-request/send_references', '2026-12-09', 'high']]);
    // "Thank you, we received them": a newer reply that asks nothing leaves nothing open.
    const thanks = applyEvent(again, reply('2026-12-08T10:00:00-05:00', 'pending'));
    expect(requestsOf(nextActions(thanks, '2026-12-08T11:00:00-05:00', ctx))).toEqual([]);
  });

  it('R7: the same thing asked twice in one reply is one action, due by the earlier date; several kinds come earliest first', () => {
    const app = applyEvent(round1, reply('2026-12-04T10:00:00-05:00', 'other', [
      { kind: 'send_documents', due: '2026-12-10', text: 'send your diploma' },
      { kind: 'book_slot', due: '2026-12-09' },
      { kind: 'send_documents', due: '2026-12-08', text: 'and a copy of your ID' },
    ]));
    const open = requestsOf(nextActions(app, '2026-12-04T11:00:00-05:00', ctx));
    expect(open.map((a) => [a.request?.kind, a.due, a.request?.text ?? null])).toEqual([
      ['send_documents', '2026-12-08', 'send your diploma'],
      ['book_slot', '2026-12-09', null],
    ]);
  });

  it('R7: nothing is asked of the candidate once the application has ended', () => {
    const app = applyEvent(round1, { type: 'reply-received', at: '2026-12-09T10:00:00-05:00', outcome: 'rejection', requests: [{ kind: 'send_documents' }] });
    expect(requestsOf(nextActions(app, '2026-12-09T12:00:00-05:00', ctx))).toEqual([]);
  });

  it('names a malformed request from plain JavaScript by its path', () => {
    const bad = (request: unknown): Application =>
      ({ ...round1, events: [...round1.events, { type: 'reply-received', at: '2026-12-04T10:00:00-05:00', outcome: 'other', requests: [request] }] }) as Application;
    expect(() => nextActions(bad({ kind: 'call_us' }), '2026-12-04T11:00:00-05:00', ctx)).toThrow(/application\.events\.3\.requests\.0\.kind/);
    expect(() => nextActions(bad({ kind: 'sign_offer', due: '2026-02-30' }), '2026-12-04T11:00:00-05:00', ctx)).toThrow(/requests\.0\.due/);
    try {
      nextActions(bad(null), '2026-12-04T11:00:00-05:00', ctx);
      expect.unreachable();
    } catch (e) {
      expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    }
  });

  it('every action\'s rule is one that its description cites, whenever the description cites a rule', () => {
    const at = (day: string): string => `${day}T09:00:00-05:00`;
    const histories: readonly Event[][] = [
      [], [HELD], [HELD, ...THANKS], [HELD, ...THANKS, FOLLOW_UP],
      [HELD, ...THANKS, FOLLOW_UP, { type: 'reply-received', at: at('2026-12-11'), outcome: 'pending' }],
      [HELD, ...THANKS, { type: 'timeline-updated', at: at('2026-12-02'), timeline: { kind: 'date', date: '2026-12-04' } }],
      [HELD, ...THANKS, { type: 'reply-received', at: at('2026-12-03'), outcome: 'next_round' }],
      [HELD, ...THANKS, { type: 'reply-received', at: at('2026-12-03'), outcome: 'next_round' }, { type: 'follow-up-sent', at: at('2026-12-14') }],
      [HELD, ...THANKS, { type: 'next-round-scheduled', at: at('2026-12-03'), interview: makeSecondRound() }],
      [HELD, { type: 'offer-received', at: at('2026-12-04'), responseDeadline: '2026-12-07' }],
      [HELD, ...THANKS, { type: 'reply-received', at: at('2026-12-09'), outcome: 'rejection' }],
    ];
    const days = ['2026-12-01', '2026-12-03', '2026-12-08', '2026-12-11', '2026-12-16', '2026-12-24', '2026-12-29', '2027-01-08', '2027-01-20'];
    const actions: NextAction[] = [];
    for (const events of histories) {
      const app = applyAll(makeApplication(), events);
      const last = events.at(-1)?.at ?? '2026-12-01T00:00:00-05:00';
      for (const policy of [{}, { maxFollowUps: 2 }, { maxFollowUps: 0 }]) {
        for (const day of days.map((d) => `${d}T18:00:00-05:00`).filter((d) => Date.parse(d) >= Date.parse(last))) {
          try {
            actions.push(...nextActions(app, day, { calendar, policy }));
          } catch (e) {
            // A log that the policy refuses (a follow-up sent under maxFollowUps 0) has no actions to check.
            if (!isFollowUpError(e, 'INVALID_TRANSITION')) throw e;
          }
        }
      }
    }
    // The cases where the rule and the words were apt to part: a further follow-up allowed by the policy (R11.2, R11.3).
    expect(actions.some((a) => a.kind === 'follow-up' && a.rule === 'R11.3')).toBe(true);
    expect(new Set(actions.map((a) => a.kind)).size).toBeGreaterThanOrEqual(10);
    expect(actions.map((a) => ruleMismatch(a.rule, a.description)).filter((m) => m !== undefined)).toEqual([]);
  });
});

describe('nextActions: implied requests, answered requests, assessments and mail after the end', () => {
  const round1 = applyAll(makeApplication(), [HELD, ...THANKS]);
  const reply = (at: string, outcome: 'offer' | 'rejection' | 'next_round' | 'reference_check' | 'pending' | 'other', requests?: EmployerRequest[]): Event =>
    requests === undefined ? { type: 'reply-received', at, outcome } : { type: 'reply-received', at, outcome, requests };

  it('R8.3: an implied answer to an offer is no request of the employer: it is the reply to the offer, due by R8.3\'s date', () => {
    // "We are pleased to offer you the position. The formal letter will follow": nothing asked in words.
    const app = applyEvent(round1, reply('2026-12-03T09:00:00-05:00', 'offer', [{ kind: 'respond_to_offer', implied: true }]));
    for (const now of ['2026-12-03T10:00:00-05:00', '2026-12-04T10:00:00-05:00']) {
      const actions = nextActions(app, now, ctx);
      // Thursday 2026-12-03 + 2 business days is Monday 2026-12-07, never the day the offer came.
      expect(brief(actions)).toEqual([['reply-to-offer', '2026-12-07', 'R8.3', null]]);
      expect(actions.filter((a) => /asked|No date was given/.test(a.description))).toEqual([]);
    }
  });

  it('R8.3: the time limit of an implied answer is named; it makes the reply due earlier only when it comes first', () => {
    const stands = (due: string) => applyEvent(round1, reply('2026-12-03T09:00:00-05:00', 'offer', [{ kind: 'respond_to_offer', due, implied: true }]));
    const long = nextActions(stands('2026-12-18'), '2026-12-03T10:00:00-05:00', ctx);
    expect(brief(long)).toEqual([['reply-to-offer', '2026-12-07', 'R8.3', null]]);
    expect(long[0]?.description).toBe('Thank Acme for the offer, ask to receive it in writing with the pay, benefits and start date, and give your answer by 2026-12-07 (R8). Their message sets 2026-12-18 as the limit for your answer.');
    expect(brief(nextActions(stands('2026-12-04'), '2026-12-03T10:00:00-05:00', ctx))).toEqual([['reply-to-offer', '2026-12-04', 'R8.3', null]]);
    // Asked in words, the same request is the employer's, and listed as asked.
    const asked = nextActions(applyEvent(round1, reply('2026-12-03T09:00:00-05:00', 'offer', [{ kind: 'respond_to_offer', due: '2026-12-18' }])), '2026-12-03T10:00:00-05:00', ctx);
    expect(asked.map((a) => a.kind)).toEqual(['answer-request', 'reply-to-offer']);
  });

  it('R8.3: an implied request is never listed outside an offer pending', () => {
    const offered = applyEvent(round1, reply('2026-12-03T09:00:00-05:00', 'offer', [{ kind: 'respond_to_offer', implied: true }]));
    const invited = applyEvent(offered, reply('2026-12-04T09:00:00-05:00', 'next_round', [{ kind: 'respond_to_offer', implied: true }, { kind: 'send_availability' }]));
    expect(nextActions(invited, '2026-12-04T10:00:00-05:00', ctx).filter((a) => a.kind === 'answer-request').map((a) => a.request?.kind)).toEqual(['send_availability']);
  });

  it('R7: request-answered takes the requests it names off the list, or all of them; a newer reply asks again', () => {
    const asked = applyEvent(round1, reply('2026-12-04T10:00:00-05:00', 'reference_check', [
      { kind: 'send_references', due: '2026-12-09' }, { kind: 'send_documents', due: '2026-12-11' },
    ]));
    const open = (app: Application, now: string) => nextActions(app, now, ctx).filter((a) => a.kind === 'answer-request').map((a) => [a.request?.kind, a.overdue]);
    // Not recorded: the references turn overdue.
    expect(open(asked, '2026-12-10T10:00:00-05:00')).toEqual([['send_references', true], ['send_documents', false]]);
    const references = applyEvent(asked, { type: 'request-answered', at: '2026-12-08T10:00:00-05:00', kinds: ['send_references'] });
    expect(open(references, '2026-12-10T10:00:00-05:00')).toEqual([['send_documents', false]]);
    expect(status(references, '2026-12-10T10:00:00-05:00', ctx)).toBe(status(asked, '2026-12-10T10:00:00-05:00', ctx));
    const all = applyEvent(references, { type: 'request-answered', at: '2026-12-09T10:00:00-05:00' });
    expect(open(all, '2026-12-10T10:00:00-05:00')).toEqual([]);
    const again = applyEvent(all, reply('2026-12-10T11:00:00-05:00', 'reference_check', [{ kind: 'send_references', due: '2026-12-14' }]));
    expect(open(again, '2026-12-10T12:00:00-05:00')).toEqual([['send_references', false]]);
  });

  it('R10, R11.3: sending the availability asked for answers the invitation without spending the one follow-up', () => {
    const invited = applyEvent(round1, reply('2026-12-07T09:00:00-05:00', 'next_round', [{ kind: 'send_availability', due: '2026-12-10' }]));
    const answered = applyEvent(invited, { type: 'request-answered', at: '2026-12-08T17:00:00-05:00', kinds: ['send_availability'] });
    // No request, no reply to the invitation; the wait for a note about the scheduling counts from the answer:
    // Tuesday 2026-12-08 + 7 business days is Thursday 2026-12-17.
    expect(brief(nextActions(answered, '2026-12-14T10:00:00-05:00', ctx))).toEqual([
      ['follow-up', '2026-12-17', 'R4.3', null],
      ['prepare-next-round', '2026-12-14', 'R10', null],
    ]);
    const due = nextActions(answered, '2026-12-17T10:00:00-05:00', ctx)[0];
    expect(due).toMatchObject({ kind: 'follow-up', priority: 'high' });
    expect(due?.description).toBe('Nothing has been arranged for the next round of the Data Engineer role since your answer of 2026-12-08: send one short, polite note asking about the next step (R4.3, R10).');
    // The follow-up is still there to send.
    const chased = applyEvent(answered, { type: 'follow-up-sent', at: '2026-12-17T11:00:00-05:00' });
    expect(nextActions(chased, '2026-12-17T12:00:00-05:00', ctx)[0]).toMatchObject({ kind: 'wait', rule: 'R11.2' });
    // Answering something else (documents) leaves the invitation unanswered.
    const documents = applyEvent(invited, { type: 'request-answered', at: '2026-12-08T17:00:00-05:00', kinds: ['send_documents'] });
    expect(nextActions(documents, '2026-12-09T10:00:00-05:00', ctx).map((a) => a.kind)).toContain('reply-to-next-round');
  });

  it('R10, R4.3: an invitation to an assessment with a date asks for no time slots and is not chased before it is due and submitted', () => {
    const invited = applyEvent(round1, reply('2026-12-07T09:00:00-05:00', 'next_round', [{ kind: 'complete_assessment', due: '2027-01-08', text: 'complete the case study' }]));
    for (const now of ['2026-12-07T10:00:00-05:00', '2026-12-17T10:00:00-05:00', '2027-01-08T10:00:00-05:00']) {
      expect(brief(nextActions(invited, now, ctx))).toEqual([['answer-request', '2027-01-08', 'R10', null]]);
    }
    // Its date has passed and nothing says it was submitted: the assessment, overdue; still nothing to chase.
    expect(nextActions(invited, '2027-01-12T10:00:00-05:00', ctx).map((a) => [a.kind, a.overdue])).toEqual([['answer-request', true]]);
    // Submitted early: the note about the next step waits for 7 business days after its date (Friday 2027-01-08 → 2027-01-19).
    const early = applyEvent(invited, { type: 'request-answered', at: '2026-12-20T12:00:00-05:00', kinds: ['complete_assessment'] });
    const after = nextActions(early, '2026-12-21T10:00:00-05:00', ctx);
    expect(brief(after)).toEqual([['follow-up', '2027-01-19', 'R4.3', null]]);
    expect(after[0]?.description).toBe('If you have not heard from Acme about your assessment for the Data Engineer role by 2027-01-19, send them one short, polite note asking about the next step (R4.3, R10).');
    expect(nextActions(early, '2027-01-19T10:00:00-05:00', ctx)[0]?.description).toContain('since the assessment was due, on 2027-01-08');
    // Submitted late: from the submission (Tuesday 2027-01-12 → Thursday 2027-01-21).
    const late = applyEvent(invited, { type: 'request-answered', at: '2027-01-12T12:00:00-05:00', kinds: ['complete_assessment'] });
    expect(nextActions(late, '2027-01-21T10:00:00-05:00', ctx)).toMatchObject([{ kind: 'follow-up', due: '2027-01-21', priority: 'high' }]);
    // Once a round is arranged, there is a meeting to prepare for.
    const scheduled = applyEvent(early, { type: 'next-round-scheduled', at: '2027-01-20T10:00:00-05:00', startsAt: '2027-01-26T10:00:00-05:00' });
    expect(brief(nextActions(scheduled, '2027-01-20T11:00:00-05:00', ctx))).toEqual([['prepare-next-round', '2027-01-26', 'R10', null]]);
  });

  it('R10: an assessment without a date is not chased while open; an invitation that also asks for a time to meet keeps its reply', () => {
    const undated = applyEvent(round1, reply('2026-12-07T09:00:00-05:00', 'next_round', [{ kind: 'complete_assessment' }]));
    expect(nextActions(undated, '2026-12-28T10:00:00-05:00', ctx).map((a) => a.kind)).toEqual(['answer-request']);
    const both = applyEvent(round1, reply('2026-12-07T09:00:00-05:00', 'next_round', [{ kind: 'complete_assessment', due: '2026-12-11' }, { kind: 'book_slot' }]));
    expect(nextActions(both, '2026-12-07T10:00:00-05:00', ctx).map((a) => a.kind)).toEqual(['answer-request', 'answer-request', 'reply-to-next-round', 'follow-up', 'prepare-next-round']);
  });

  it('R7: mail after an accepted offer is recorded and its requests are listed until answered; the implied answer is not', () => {
    const accepted = applyAll(round1, [{ type: 'offer-received', at: '2026-12-03T09:00:00-05:00' }, { type: 'offer-accepted', at: '2026-12-04T09:00:00-05:00' }]);
    const onboarding = applyEvent(accepted, reply('2026-12-07T09:00:00-05:00', 'offer', [
      { kind: 'send_documents', due: '2026-12-10', text: 'upload a copy of your passport' }, { kind: 'respond_to_offer', implied: true },
    ]));
    expect(status(onboarding, '2026-12-07T10:00:00-05:00', ctx)).toBe('offer-accepted');
    const actions = nextActions(onboarding, '2026-12-07T10:00:00-05:00', ctx);
    expect(brief(actions)).toEqual([['answer-request', '2026-12-10', 'R7', null]]);
    expect(actions[0]?.description).toBe('Acme asked for documents by 2026-12-10: send what they listed, and say when anything missing will follow.');
    const sent = applyEvent(onboarding, { type: 'request-answered', at: '2026-12-08T09:00:00-05:00', kinds: ['send_documents'] });
    expect(nextActions(sent, '2026-12-08T10:00:00-05:00', ctx)).toEqual([]);
    expect(status(sent, '2026-12-08T10:00:00-05:00', ctx)).toBe('offer-accepted');
  });

  it('R7, R9: after a rejection, a later mail\'s requests are listed with the reply to the rejection; the rejection\'s own are not', () => {
    const rejected = applyEvent(round1, reply('2026-12-07T09:00:00-05:00', 'rejection', [{ kind: 'send_documents' }]));
    expect(nextActions(rejected, '2026-12-07T10:00:00-05:00', ctx).map((a) => a.kind)).toEqual(['reply-to-rejection', 'keep-searching']);
    const feedback = applyEvent(rejected, reply('2026-12-08T09:00:00-05:00', 'other', [{ kind: 'book_slot', due: '2026-12-11' }]));
    expect(status(feedback, '2026-12-08T10:00:00-05:00', ctx)).toBe('rejected');
    expect(brief(nextActions(feedback, '2026-12-08T10:00:00-05:00', ctx))).toEqual([
      ['answer-request', '2026-12-11', 'R10', null],
      ['reply-to-rejection', '2026-12-07', 'R9', null],
      ['keep-searching', '2026-12-08', 'R6', null],
    ]);
  });
});
