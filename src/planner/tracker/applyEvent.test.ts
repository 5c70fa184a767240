import { describe, expect, it } from 'vitest';
import { makeApplication, makeInterview, makeSecondRound } from '../../../test/arbitraries/tracker.js';
import { isFollowUpError } from '../../errors.js';
import type { FollowUpErrorCode } from '../../errors.js';
import type { Application } from '../../model/Application.js';
import { parseApplication } from '../../model/Application.js';
import type { Event } from '../../model/Event.js';
import { safeParseEvent } from '../../model/Event.js';
import { applyEvent } from './applyEvent.js';
import type { ApplyEventOptions } from './types.js';
import { thrown } from '../../../test/helpers/thrown.js';

const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };

function applyAll(app: Application, events: readonly Event[], options?: ApplyEventOptions): Application {
  return events.reduce((a, e) => applyEvent(a, e, options), app);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Runs `fn` and returns the thrown error, failing the test when nothing is thrown. */
function expectTransitionError(fn: () => unknown, state: string, event: string, reason: RegExp): void {
  const e = thrown(fn);
  expect(isFollowUpError(e, 'INVALID_TRANSITION'), String(e)).toBe(true);
  expect(e).toMatchObject({ name: 'InvalidTransitionError', state, event });
  expect((e as Error).message).toMatch(reason);
}

describe('applyEvent', () => {
  it('appends the event to a new application and never changes the input', () => {
    const app = deepFreeze(makeApplication());
    const next = applyEvent(app, HELD);
    expect(next).not.toBe(app);
    expect(next.events).toEqual([HELD]);
    expect(app.events).toEqual([]);
    expect(next.interviews).toBe(app.interviews);
  });

  it('R1.1: accepts one thank-you note per interviewer of the round', () => {
    const app = applyAll(makeApplication(), [
      HELD,
      { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' },
      { type: 'thank-you-sent', at: '2026-12-01T15:05:00-05:00', interviewerId: 'ana', interviewId: 'r1' },
    ]);
    expect(app.events.map((e) => e.type)).toEqual(['interview-held', 'thank-you-sent', 'thank-you-sent']);
  });

  it('R1.1: refuses a second note to the same interviewer in the same round', () => {
    const app = applyAll(makeApplication(), [HELD, { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' }]);
    expectTransitionError(
      () => applyEvent(app, { type: 'thank-you-sent', at: '2026-12-01T16:00:00-05:00', interviewerId: 'lee' }),
      'thank-you-due', 'thank-you-sent', /already sent in this round/,
    );
  });

  it('R1.1: refuses a note to an interviewer unknown to the round, naming the known ones', () => {
    const app = applyEvent(makeApplication(), HELD);
    expectTransitionError(
      () => applyEvent(app, { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'zoe' }),
      'thank-you-due', 'thank-you-sent', /unknown interviewer id "zoe".*"lee", "ana"/,
    );
  });

  it('refuses a thank-you before any interview was held', () => {
    expectTransitionError(
      () => applyEvent(makeApplication(), { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' }),
      'next-round', 'thank-you-sent', /no interview has been held yet, so there is nobody to thank \(R1.1\)/,
    );
  });

  it('refuses an event earlier than the last one', () => {
    const app = applyEvent(makeApplication(), HELD);
    expectTransitionError(
      () => applyEvent(app, { type: 'thank-you-sent', at: '2026-12-01T10:59:00-05:00', interviewerId: 'lee' }),
      'thank-you-due', 'thank-you-sent', /before the previous event.*time order/,
    );
  });

  it('accepts events at the same instant as the last one (time order is non-decreasing)', () => {
    const app = applyEvent(makeApplication(), HELD);
    expect(applyEvent(app, { type: 'thank-you-sent', at: '2026-12-01T16:00:00Z', interviewerId: 'lee' }).events).toHaveLength(2);
  });

  it('R11.3: refuses a second follow-up under the default policy, and allows it when maxFollowUps is 2', () => {
    const app = applyAll(makeApplication(), [HELD, { type: 'follow-up-sent', at: '2026-12-10T09:00:00-05:00' }]);
    const second: Event = { type: 'follow-up-sent', at: '2026-12-28T09:00:00-05:00' };
    expectTransitionError(() => applyEvent(app, second), 'awaiting-reply', 'follow-up-sent', /maxFollowUps, R11\.3/);
    expect(applyEvent(app, second, { policy: { maxFollowUps: 2 } }).events).toHaveLength(3);
    expectTransitionError(
      () => applyAll(makeApplication(), [HELD, second], { policy: { maxFollowUps: 0 } }),
      'thank-you-due', 'follow-up-sent', /policy allows 0/,
    );
  });

  it('refuses anything after a terminal state', () => {
    const ends: Event[] = [
      { type: 'rejected', at: '2026-12-05T09:00:00Z' },
      { type: 'withdrawn', at: '2026-12-05T09:00:00Z' },
    ];
    for (const end of ends) {
      const app = applyAll(makeApplication(), [HELD, end]);
      expectTransitionError(() => applyEvent(app, { type: 'follow-up-sent', at: '2026-12-10T09:00:00Z' }), end.type, 'follow-up-sent', /has ended/);
      expectTransitionError(() => applyEvent(app, { type: 'offer-received', at: '2026-12-10T09:00:00Z' }), end.type, 'offer-received', /terminal/);
    }
    const accepted = applyAll(makeApplication(), [HELD, { type: 'offer-received', at: '2026-12-05T09:00:00Z' }, { type: 'offer-accepted', at: '2026-12-06T09:00:00Z' }]);
    expectTransitionError(() => applyEvent(accepted, { type: 'offer-declined', at: '2026-12-07T09:00:00Z' }), 'offer-accepted', 'offer-declined', /has ended/);
  });

  it('R8: refuses accepting or declining an offer that was never made', () => {
    const app = applyEvent(makeApplication(), HELD);
    expectTransitionError(() => applyEvent(app, { type: 'offer-accepted', at: '2026-12-05T09:00:00Z' }), 'thank-you-due', 'offer-accepted', /no pending offer/);
    expectTransitionError(() => applyEvent(app, { type: 'offer-declined', at: '2026-12-05T09:00:00Z' }), 'thank-you-due', 'offer-declined', /no pending offer/);
  });

  it('R7: a reply moves the application by its outcome', () => {
    const base = applyEvent(makeApplication(), HELD);
    const at = '2026-12-05T09:00:00Z';
    // Accepting is legal only after an offer: the reply with outcome "offer" made one.
    expect(applyAll(base, [{ type: 'reply-received', at, outcome: 'offer' }, { type: 'offer-accepted', at }]).events).toHaveLength(3);
    expectTransitionError(
      () => applyAll(base, [{ type: 'reply-received', at, outcome: 'rejection' }, { type: 'withdrawn', at }]),
      'rejected', 'withdrawn', /has ended/,
    );
    expectTransitionError(
      () => applyAll(base, [{ type: 'reply-received', at, outcome: 'pending' }, { type: 'offer-accepted', at }]),
      'thank-you-due', 'offer-accepted', /no pending offer/,
    );
  });

  it('R10: a next round must be scheduled before it is held; holding it starts a new cycle', () => {
    const round1 = applyAll(makeApplication(), [HELD, { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' }]);
    expectTransitionError(
      () => applyEvent(round1, { type: 'interview-held', at: '2026-12-14T15:00:00-05:00' }),
      'thank-you-due', 'interview-held', /next-round-scheduled/,
    );
    const scheduled = applyEvent(round1, { type: 'next-round-scheduled', at: '2026-12-07T10:00:00-05:00', interview: makeSecondRound() });
    expect(scheduled.interviews.map((i) => i.id)).toEqual(['r1', 'r2']);
    const round2 = applyEvent(scheduled, { type: 'interview-held', at: '2026-12-14T15:00:00-05:00' });
    // New cycle: the new interviewer gets a note; the round-1 interviewer is not part of this round.
    expect(applyEvent(round2, { type: 'thank-you-sent', at: '2026-12-14T18:00:00-05:00', interviewerId: 'kim' }).events).toHaveLength(5);
    expectTransitionError(
      () => applyEvent(round2, { type: 'thank-you-sent', at: '2026-12-14T18:00:00-05:00', interviewerId: 'lee' }),
      'thank-you-due', 'thank-you-sent', /unknown interviewer id "lee" in interview "r2"/,
    );
    expectTransitionError(
      () => applyEvent(round2, { type: 'thank-you-sent', at: '2026-12-14T18:00:00-05:00', interviewerId: 'kim', interviewId: 'r1' }),
      'thank-you-due', 'thank-you-sent', /current round is "r2"/,
    );
    // A new cycle also allows a new follow-up (R11.3 counts per round).
    const followedUp = applyAll(round1, [{ type: 'follow-up-sent', at: '2026-12-03T10:00:00-05:00' }, { type: 'next-round-scheduled', at: '2026-12-07T10:00:00-05:00', interview: makeSecondRound() }, { type: 'interview-held', at: '2026-12-14T15:00:00-05:00' }, { type: 'follow-up-sent', at: '2026-12-23T10:00:00-05:00' }]);
    expect(followedUp.events.filter((e) => e.type === 'follow-up-sent')).toHaveLength(2);
  });

  it('refuses holding an unknown, already held or missing interview', () => {
    expectTransitionError(
      () => applyEvent(makeApplication(), { type: 'interview-held', at: HELD.at, interviewId: 'r9' }),
      'next-round', 'interview-held', /unknown interview id "r9" \(known: "r1"\)/,
    );
    expectTransitionError(
      () => applyEvent(makeApplication({ interviews: [] }), HELD),
      'next-round', 'interview-held', /has no interviews/,
    );
    const again = applyAll(makeApplication(), [HELD, { type: 'next-round-scheduled', at: '2026-12-07T10:00:00-05:00' }]);
    expectTransitionError(() => applyEvent(again, { type: 'interview-held', at: '2026-12-14T15:00:00-05:00' }), 'next-round', 'interview-held', /every interview of the application was already held \("r1"\)/);
    expectTransitionError(
      () => applyEvent(applyEvent(makeApplication(), HELD), { type: 'next-round-scheduled', at: '2026-12-07T10:00:00-05:00', interview: makeInterview() }),
      'thank-you-due', 'next-round-scheduled', /"r1" was already held/,
    );
  });

  it('an interview without interviewers goes straight to waiting', () => {
    const app = applyEvent(makeApplication({ interviews: [makeInterview({ interviewers: [] })] }), HELD);
    expectTransitionError(
      () => applyEvent(app, { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' }),
      'waiting', 'thank-you-sent', /known: none/,
    );
  });

  it('throws InvalidArgumentError for an unknown event type and InvalidDateError for a bad instant', () => {
    const cases: [unknown, FollowUpErrorCode][] = [
      [{ type: 'ghosted', at: '2026-12-01T11:00:00Z' }, 'INVALID_ARGUMENT'],
      [null, 'INVALID_ARGUMENT'],
      [{ type: 'interview-held', at: '2026-12-01 11:00' }, 'INVALID_DATE'],
    ];
    for (const [event, code] of cases) {
      const e = thrown(() => applyEvent(makeApplication(), event as Event));
      expect(isFollowUpError(e, code), String(e)).toBe(true);
    }
    expect(isFollowUpError(thrown(() => applyEvent(null as never, HELD)), 'INVALID_ARGUMENT')).toBe(true);
    expect(isFollowUpError(thrown(() => applyEvent(makeApplication(), HELD, { policy: { maxFollowUps: -1 } })), 'INVALID_ARGUMENT')).toBe(true);
  });

  it('R1: refuses an interview held before it began (a wrong date, or the next round held by default)', () => {
    // The interview starts at 10:00 New York time; "held" at 09:00 the same day is a mistake.
    expectTransitionError(() => applyEvent(makeApplication(), { type: 'interview-held', at: '2026-12-01T09:00:00-05:00' }), 'next-round', 'interview-held', /dated 2026-12-01T09:00:00-05:00, before interview "r1" began \(2026-12-01T10:00:00-05:00\)/);
    // At its start it is fine.
    expect(applyEvent(makeApplication(), { type: 'interview-held', at: '2026-12-01T10:00:00-05:00' }).events).toHaveLength(1);
  });

  it('R7: refuses what parseEvent refuses, so that a saved application always loads again', () => {
    const held = applyEvent(makeApplication(), HELD);
    const at = '2026-12-04T09:00:00Z';
    const cases: [unknown, string, RegExp][] = [
      // An outcome that is not one of the model's would leave a rejected candidate waiting.
      [{ type: 'reply-received', at, outcome: 'Rejection' }, 'event.outcome', /"Rejection".*one of "offer", "rejection"/],
      [{ type: 'reply-received', at }, 'event.outcome', /one of "offer"/],
      // A misspelt field is named with the field meant; before, the promised date was dropped without a word.
      [{ type: 'reply-received', at, outcome: 'pending', timline: { kind: 'date', date: '2026-12-20' } }, 'event.timline', /the field "timeline"/],
      // A field of no event: stored, it made parseApplication fail on the saved application.
      [{ type: 'interview-held', at, deliveryId: 'd1' }, 'event.deliveryId', /no field "deliveryId": the fields of "interview-held" are type at note interviewId\./],
      [{ type: 'rejected', at, reason: 'filled' }, 'event.reason', /no field "reason": the fields of "rejected" are type at note text\./],
      // A deadline that is not a date came back as an action's due date.
      [{ type: 'offer-received', at, responseDeadline: '18/12/2026' }, 'event.responseDeadline', /"18\/12\/2026".*YYYY-MM-DD/],
      [{ type: 'offer-received', at, startDate: '2027-02-30' }, 'event.startDate', /YYYY-MM-DD/],
    ];
    for (const [event, path, message] of cases) {
      const e = thrown(() => applyEvent(held, event as Event));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT'), String(e)).toBe(true);
      expect(e, path).toMatchObject({ argument: path });
      expect((e as Error).message, path).toMatch(message);
    }
    // The same fields in a stored log are reported by their index.
    const stored = makeApplication({ events: [HELD, { type: 'reply-received', at, outcome: 'Rejection' } as unknown as Event] });
    expect(thrown(() => applyEvent(stored, { type: 'withdrawn', at }))).toMatchObject({ argument: 'application.events.1.outcome' });
  });

  it('R7: refuses a reply\'s requests and timeline that parseEvent refuses, naming the field, the value and what is valid', () => {
    const held = applyEvent(makeApplication(), HELD);
    const at = '2026-12-04T09:00:00Z';
    const asking = (requests: unknown) => ({ type: 'reply-received', at, outcome: 'next_round', requests });
    const promising = (timeline: unknown) => ({ type: 'reply-received', at, outcome: 'pending', timeline });
    const cases: [unknown, string, RegExp][] = [
      [asking([{ kind: 'x' }]), 'event.requests.0.kind', /Invalid event\.requests\.0\.kind "x": expected one of "send_availability", "book_slot"/],
      [asking([{ kind: 'book_slot', due: '2026-02-30' }]), 'event.requests.0.due', /"2026-02-30": expected a real calendar date written "YYYY-MM-DD"/],
      [asking([{ kind: 'book_slot', due: '2026-12-04T10:00:00Z' }]), 'event.requests.0.due', /"2026-12-04T10:00:00Z": expected a real calendar date/],
      [asking([{ kind: 'book_slot', text: 5 }]), 'event.requests.0.text', /5: expected a text/],
      [asking([{ kind: 'book_slot', deadline: '2026-12-04' }]), 'event.requests.0.deadline', /no field "deadline": the fields of a request are kind due text implied/],
      [asking([{ kind: 'book_slot', implied: false }]), 'event.requests.0.implied', /false: expected true, or no `implied`/],
      [asking([{ kind: 'book_slot' }, null]), 'event.requests.1', /null: expected a request such as/],
      [asking({ kind: 'book_slot' }), 'event.requests', /expected an array of requests/],
      [promising({ kind: 'date' }), 'event.timeline.date', /\(missing\): expected a real calendar date/],
      [promising({ kind: 'date', date: '2026-02-30' }), 'event.timeline.date', /"2026-02-30"/],
      [promising({ kind: 'weeks', weeks: 1.5 }), 'event.timeline.weeks', /1\.5: expected a whole number of weeks from 0 to 520/],
      [promising({ kind: 'business-days', days: 5, from: '5 Dec' }), 'event.timeline.from', /"5 Dec"/],
      [promising({ kind: 'none', date: '2026-12-04' }), 'event.timeline.date', /no field "date": the fields of a "none" timeline are kind text/],
      [{ type: 'timeline-updated', at, timeline: { kind: 'calendar-days' } }, 'event.timeline.days', /\(missing\)/],
      [{ type: 'request-answered', at, kinds: [] }, 'event.kinds', /at least one request kind/],
      [{ type: 'request-answered', at, kinds: ['send_cv'] }, 'event.kinds.0', /"send_cv": expected one of/],
      [{ type: 'request-answered', at, kinds: 'book_slot' }, 'event.kinds', /"book_slot": expected a non-empty array of request kinds/],
    ];
    for (const [event, path, message] of cases) {
      const e = thrown(() => applyEvent(held, event as Event));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT'), `${path}: ${String(e)}`).toBe(true);
      expect(e, path).toMatchObject({ argument: path });
      expect((e as Error).message, path).toMatch(message);
    }
    // In a stored log, by their index.
    const stored = makeApplication({ events: [HELD, asking([{ kind: 'book_slot', text: 5 }]) as unknown as Event] });
    expect(thrown(() => applyEvent(stored, { type: 'withdrawn', at }))).toMatchObject({ argument: 'application.events.1.requests.0.text' });
    // What parseEvent accepts is accepted, undefined fields read as absent.
    const fine = [
      asking([{ kind: 'book_slot', due: '2026-12-04', text: 'book a slot', implied: true }]),
      asking([{ kind: 'book_slot', due: undefined, text: undefined, implied: undefined }]),
      promising({ kind: 'business-days', days: 5, from: '2026-12-04', text: 'in 5 business days' }),
      promising({ kind: 'date', date: '2026-12-18', text: undefined }),
      { type: 'reply-received', at, outcome: 'pending', text: undefined, timeline: undefined, requests: undefined, note: undefined },
      { type: 'request-answered', at, kinds: undefined },
    ];
    for (const event of fine) expect(applyEvent(held, event as Event).events).toHaveLength(2);
  });

  it('R7: records a reply after a terminal state without changing it; the events that change the outcome stay refused', () => {
    const accepted = applyAll(makeApplication(), [HELD, { type: 'offer-received', at: '2026-12-05T09:00:00Z' }, { type: 'offer-accepted', at: '2026-12-06T09:00:00Z' }]);
    // "Thank you for accepting our offer… please upload a copy of your passport within the next 3 business days."
    const onboarding: Event = { type: 'reply-received', at: '2026-12-09T14:00:00Z', outcome: 'offer', requests: [{ kind: 'send_documents', due: '2026-12-14' }] };
    const next = applyEvent(accepted, onboarding);
    expect(next.events.at(-1)).toEqual(onboarding);
    // Any outcome, even one that reads as a rejection, and the candidate's answer.
    const later = applyAll(next, [
      { type: 'reply-received', at: '2026-12-10T14:00:00Z', outcome: 'rejection' },
      { type: 'reply-received', at: '2026-12-10T15:00:00Z', outcome: 'next_round' },
      { type: 'request-answered', at: '2026-12-10T16:00:00Z', kinds: ['send_documents'] },
    ]);
    expect(later.events).toHaveLength(7);
    for (const event of [
      { type: 'offer-received', at: '2026-12-11T09:00:00Z' }, { type: 'rejected', at: '2026-12-11T09:00:00Z' },
      { type: 'next-round-scheduled', at: '2026-12-11T09:00:00Z' }, { type: 'timeline-updated', at: '2026-12-11T09:00:00Z', timeline: { kind: 'none' } },
      { type: 'follow-up-sent', at: '2026-12-11T09:00:00Z' },
    ] as Event[]) {
      expectTransitionError(() => applyEvent(later, event), 'offer-accepted', event.type, /has ended \(offer-accepted, a terminal state\): after the end only the employer's mail \("reply-received"\)/);
    }
  });

  it('R10: refuses a next round\'s interview that parseEvent refuses, at event.interview.<field>, so the log still loads', () => {
    const held = applyEvent(makeApplication(), HELD);
    const at = '2026-12-04T09:00:00Z';
    const r2 = makeSecondRound();
    const kim = r2.interviewers[0]!;
    const scheduling = (interview: unknown) => ({ type: 'next-round-scheduled', at, interview });
    const cases: [unknown, string, RegExp][] = [
      [{ ...r2, format: 'zoom' }, 'event.interview.format', /"zoom": expected one of "phone", "video", "onsite"/],
      [{ ...r2, format: undefined }, 'event.interview.format', /\(missing\): expected one of "phone"/],
      [{ ...r2, extra: 1 }, 'event.interview.extra', /no field "extra": the fields of an interview are id company role/],
      [{ ...r2, id: ' ' }, 'event.interview.id', /" ": expected a non-empty text/],
      [{ ...r2, employerCalendar: { weekend: [7] } }, 'event.interview.employerCalendar.weekend.0', /7: expected a weekday number from 0 \(Sunday\) to 6 \(Saturday\)/],
      [{ ...r2, employerCalendar: { regoin: 'US' } }, 'event.interview.employerCalendar.regoin', /"US": expected the field "region"/],
      [{ ...r2, employerCalendar: { holidays: [] } }, 'event.interview.employerCalendar.holidays', /no field "holidays": the fields of an employer calendar are region weekend daysOff workingDays/],
      [{ ...r2, employerCalendar: { region: 'United States' } }, 'event.interview.employerCalendar.region', /an ISO 3166 code such as "US"/],
      [{ ...r2, employerCalendar: { daysOff: ['2026-02-30'] } }, 'event.interview.employerCalendar.daysOff.0', /"2026-02-30": expected "YYYY-MM-DD", \{ date, name\? \} or \{ from, to, name\? \}/],
      [{ ...r2, employerCalendar: { daysOff: [{ date: '2026-12-24', name: 1 }] } }, 'event.interview.employerCalendar.daysOff.0', /expected "YYYY-MM-DD", \{ date, name\? \}/],
      [{ ...r2, employerCalendar: { workingDays: ['Sat'] } }, 'event.interview.employerCalendar.workingDays.0', /"Sat": expected a real calendar date/],
      [{ ...r2, employerCalendar: null }, 'event.interview.employerCalendar', /null: expected an employer calendar \{ region\?, weekend\?, daysOff\?, workingDays\? \}/],
      [{ ...r2, interviewers: [{ ...kim, email: 'x' }] }, 'event.interview.interviewers.0.email', /"x": expected an e-mail address/],
      [{ ...r2, interviewers: [{ ...kim, phone: '1' }] }, 'event.interview.interviewers.0.phone', /no field "phone": the fields of an interviewer are id name email title points/],
      [{ ...r2, interviewers: [{ ...kim, name: '' }] }, 'event.interview.interviewers.0.name', /"": expected a non-empty text/],
      [{ ...r2, interviewers: [{ id: 'kim', name: 'Kim Osei' }] }, 'event.interview.interviewers.0.points', /\(missing\): expected an array of texts/],
      [{ ...r2, timeline: { kind: 'date', date: '2026-02-30' } }, 'event.interview.timeline.date', /"2026-02-30": expected a real calendar date/],
      [{ ...r2, endedAt: '2026-12-14T12:00:00-05:00' }, 'event.interview.endedAt', /"2026-12-14T12:00:00-05:00": expected an instant at or after startedAt "2026-12-14T13:00:00-05:00"/],
    ];
    for (const [interview, path, message] of cases) {
      const event = scheduling(interview);
      expect(safeParseEvent(event).success, path).toBe(false);
      const e = thrown(() => applyEvent(held, event as Event));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT'), `${path}: ${String(e)}`).toBe(true);
      expect(e, path).toMatchObject({ argument: path });
      expect((e as Error).message, path).toMatch(message);
    }
    // What parseEvent accepts is accepted, and the logged application still parses.
    const fine = [
      r2,
      { ...r2, employerCalendar: { region: 'us-ny', weekend: [5, 6], daysOff: ['2026-12-24', { date: '2026-12-31', name: 'Closed' }, { from: '2027-01-02', to: '2027-01-03' }], workingDays: ['2026-12-27'] } },
      { ...r2, interviewers: [{ ...kim, email: 'kim@example.com' }], timeline: { kind: 'weeks', weeks: 2 }, employerCalendar: undefined },
    ];
    for (const interview of fine) {
      expect(safeParseEvent(scheduling(interview)).success).toBe(true);
      expect(parseApplication(applyEvent(held, scheduling(interview) as Event)).events).toHaveLength(2);
    }
  });

  it('R8: refuses benefits that parseEvent refuses, at event.benefits', () => {
    const held = applyEvent(makeApplication(), HELD);
    const at = '2026-12-04T09:00:00Z';
    const cases: [unknown, string][] = [['dental', 'event.benefits'], [[1], 'event.benefits.0'], [{ a: 1 }, 'event.benefits'], [null, 'event.benefits']];
    for (const [benefits, path] of cases) {
      const event = { type: 'offer-received', at, benefits };
      expect(safeParseEvent(event).success, path).toBe(false);
      const e = thrown(() => applyEvent(held, event as Event));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT'), `${path}: ${String(e)}`).toBe(true);
      expect(e, path).toMatchObject({ argument: path });
      expect((e as Error).message, path).toMatch(/expected (an array of texts|a text)/);
    }
    for (const benefits of [['dental', 'pension'], [], undefined]) {
      expect(applyEvent(held, { type: 'offer-received', at, benefits } as Event).events).toHaveLength(2);
    }
  });

  it('R1.1, R4: a blank interviewerId or interviewId is an argument error, as parseEvent says', () => {
    const held = applyEvent(makeApplication(), HELD);
    const at = '2026-12-01T15:00:00-05:00';
    const cases: [unknown, string][] = [
      [{ type: 'thank-you-sent', at, interviewerId: '' }, 'event.interviewerId'],
      [{ type: 'thank-you-sent', at, interviewerId: '  ' }, 'event.interviewerId'],
      [{ type: 'thank-you-sent', at, interviewerId: 'lee', interviewId: '' }, 'event.interviewId'],
      [{ type: 'follow-up-sent', at, interviewId: '' }, 'event.interviewId'],
      [{ type: 'interview-held', at, interviewId: ' ' }, 'event.interviewId'],
    ];
    for (const [event, path] of cases) {
      expect(safeParseEvent(event).success, path).toBe(false);
      const e = thrown(() => applyEvent(held, event as Event));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT'), `${path}: ${String(e)}`).toBe(true);
      expect(e, path).toMatchObject({ argument: path });
      expect((e as Error).message, path).toMatch(/expected a non-empty text/);
    }
  });

  it('R7: request-answered is legal in every state and changes none; it is no follow-up (R11.3)', () => {
    const answered: Event = { type: 'request-answered', at: '2026-12-01T09:00:00-05:00' };
    expect(applyEvent(makeApplication(), answered).events).toEqual([answered]);
    const held = applyEvent(makeApplication(), HELD);
    const app = applyAll(held, [
      { type: 'reply-received', at: '2026-12-03T09:00:00-05:00', outcome: 'reference_check', requests: [{ kind: 'send_references' }] },
      { type: 'request-answered', at: '2026-12-03T12:00:00-05:00', kinds: ['send_references'] },
    ]);
    // The one follow-up of the round is still there.
    expect(applyEvent(app, { type: 'follow-up-sent', at: '2026-12-14T09:00:00-05:00' }).events).toHaveLength(4);
  });

  it('reads an option that is undefined as absent', () => {
    const held = applyEvent(makeApplication(), HELD);
    const event: Event = { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee', interviewId: undefined, note: undefined };
    expect(applyEvent(held, event, { policy: undefined })).toEqual(applyEvent(held, event));
  });

  it('checks the whole log: a hand-built log with a bad event is reported', () => {
    const broken = makeApplication({ events: [HELD, { type: 'offer-accepted', at: '2026-12-02T09:00:00Z' }] });
    expectTransitionError(() => applyEvent(broken, { type: 'withdrawn', at: '2026-12-03T09:00:00Z' }), 'thank-you-due', 'offer-accepted', /no pending offer/);
  });
});
