import { describe, expect, it } from 'vitest';
import { makeApplication, makeInterview, makeSecondRound } from '../../../test/arbitraries/tracker.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import { isFollowUpError } from '../../errors.js';
import type { Application } from '../../model/Application.js';
import type { Event } from '../../model/Event.js';
import { applyEvent } from './applyEvent.js';
import { status } from './status.js';
import type { TrackerContext } from './types.js';

const calendar = createCalendar();
const ctx: TrackerContext = { calendar };
const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const THANKS: Event[] = [
  { type: 'thank-you-sent', at: '2026-12-01T15:00:00-05:00', interviewerId: 'lee' },
  { type: 'thank-you-sent', at: '2026-12-01T15:05:00-05:00', interviewerId: 'ana' },
];

function applyAll(app: Application, events: readonly Event[], policy?: TrackerContext['policy']): Application {
  return events.reduce((a, e) => applyEvent(a, e, policy === undefined ? undefined : { policy }), app);
}

// The interview ends Tuesday 2026-12-01 at 11:00 in New York; Saturday–Sunday weekend, no holidays.
// No timeline: the 7th business day after is Thursday 2026-12-10, the 10th Tuesday 2026-12-15 (R4.3).

describe('status', () => {
  it('starts in next-round: the first interview lies ahead', () => {
    expect(status(makeApplication(), '2026-11-30T09:00:00Z', ctx)).toBe('next-round');
  });

  it('R1.2: thank-you-due until every note is sent or the 24-hour deadline passes', () => {
    const held = applyEvent(makeApplication(), HELD);
    expect(status(held, '2026-12-01T12:00:00-05:00', ctx)).toBe('thank-you-due');
    expect(status(held, '2026-12-02T10:59:59-05:00', ctx)).toBe('thank-you-due');
    expect(status(held, '2026-12-02T11:00:00-05:00', ctx)).toBe('waiting');
    expect(status(applyAll(held, THANKS.slice(0, 1)), '2026-12-01T16:00:00-05:00', ctx)).toBe('thank-you-due');
    expect(status(applyAll(held, THANKS), '2026-12-01T16:00:00-05:00', ctx)).toBe('waiting');
  });

  it('R4.3: without a timeline, the follow-up falls due on the 7th business day after the interview', () => {
    const app = applyAll(makeApplication(), [HELD, ...THANKS]);
    expect(status(app, '2026-12-09T23:59:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-10T00:00:00-05:00', ctx)).toBe('follow-up-due');
    // It stays due (no follow-up sent, so no ghosting: R11.2 needs one follow-up first).
    expect(status(app, '2027-01-20T09:00:00-05:00', ctx)).toBe('follow-up-due');
  });

  it('R4.4: the window is counted on the employer\'s calendar and civil dates', () => {
    // Company closed 2026-12-07..2026-12-09: the 7th business day moves to Tuesday 2026-12-15.
    const closed = createCalendar({ daysOff: [{ from: '2026-12-07', to: '2026-12-09', name: 'Offsite' }] });
    const app = applyAll(makeApplication(), [HELD, ...THANKS]);
    expect(status(app, '2026-12-14T12:00:00-05:00', { calendar: closed })).toBe('waiting');
    expect(status(app, '2026-12-15T00:00:00-05:00', { calendar: closed })).toBe('follow-up-due');
    // A per-application calendar function works the same way.
    expect(status(app, '2026-12-14T12:00:00-05:00', { calendar: () => closed })).toBe('waiting');
  });

  it('R4.1–R4.2: with a promised date, nothing before it, then one full business day of grace', () => {
    // Promised by Friday 2026-12-04: Monday passes in full, the follow-up is due Tuesday 2026-12-08.
    const app = applyAll(makeApplication({ interviews: [makeInterview({ timeline: { kind: 'date', date: '2026-12-04' } })] }), [HELD, ...THANKS]);
    expect(status(app, '2026-12-04T17:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-07T17:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-08T08:00:00-05:00', ctx)).toBe('follow-up-due');
  });

  it('R4.5: a timeline update replaces the interview\'s timeline', () => {
    const app = applyAll(makeApplication(), [HELD, ...THANKS, { type: 'timeline-updated', at: '2026-12-03T09:00:00-05:00', timeline: { kind: 'date', date: '2026-12-18' } }]);
    // Without the update the follow-up would be due on 2026-12-10; now on Tuesday 2026-12-22.
    expect(status(app, '2026-12-10T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-21T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-22T12:00:00-05:00', ctx)).toBe('follow-up-due');
  });

  it('R4.5: a span given in an update without `from` counts from the day of the update, not of the interview', () => {
    // "Within two weeks", said on Thursday 2026-12-03: news by 2026-12-17, so the follow-up is due on Monday 2026-12-21.
    // Counted from the interview (2026-12-01) it would have been due on 2026-12-17, the day the promise still runs.
    const update: Event = { type: 'timeline-updated', at: '2026-12-03T09:00:00-05:00', timeline: { kind: 'weeks', weeks: 2 } };
    const app = applyAll(makeApplication(), [HELD, ...THANKS, update]);
    expect(status(app, '2026-12-17T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-18T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-21T12:00:00-05:00', ctx)).toBe('follow-up-due');
    // A `from` given with the span is kept.
    const fromInterview = applyAll(makeApplication(), [HELD, ...THANKS, { ...update, timeline: { kind: 'weeks', weeks: 2, from: '2026-12-01' } }]);
    expect(status(fromInterview, '2026-12-17T12:00:00-05:00', ctx)).toBe('follow-up-due');
  });

  it('R11.2: ghosted 10 business days after the one follow-up, with still no answer', () => {
    const app = applyAll(makeApplication(), [HELD, ...THANKS, { type: 'follow-up-sent', at: '2026-12-10T10:00:00-05:00' }]);
    expect(status(app, '2026-12-10T10:00:00-05:00', ctx)).toBe('awaiting-reply');
    expect(status(app, '2026-12-23T23:59:00-05:00', ctx)).toBe('awaiting-reply');
    expect(status(app, '2026-12-24T00:00:00-05:00', ctx)).toBe('ghosted');
    expect(status(app, '2026-12-24T00:00:00-05:00', { calendar, policy: { ghostedAfterBusinessDays: 15 } })).toBe('awaiting-reply');
  });

  it('R11.1: any word from the employer is not ghosting and restarts the count', () => {
    const followedUp = applyAll(makeApplication(), [HELD, ...THANKS, { type: 'follow-up-sent', at: '2026-12-10T10:00:00-05:00' }]);
    const replied = applyEvent(followedUp, { type: 'reply-received', at: '2026-12-15T10:00:00-05:00', outcome: 'pending', text: 'Still interviewing.' });
    expect(status(replied, '2026-12-24T09:00:00-05:00', ctx)).toBe('awaiting-reply');
    expect(status(replied, '2026-12-29T09:00:00-05:00', ctx)).toBe('ghosted');
    // A late reply brings a ghosted application back.
    const late = applyEvent(followedUp, { type: 'reply-received', at: '2026-12-28T10:00:00-05:00', outcome: 'reference_check' });
    expect(status(late, '2026-12-28T11:00:00-05:00', ctx)).toBe('awaiting-reply');
  });

  it('R11.2: an early follow-up does not start the ghosting count before the window opens', () => {
    // Sent Thursday 2026-12-03, the window opens 2026-12-10: ghosted from 2026-12-24, not 2026-12-17.
    const app = applyAll(makeApplication(), [HELD, ...THANKS, { type: 'follow-up-sent', at: '2026-12-03T10:00:00-05:00' }]);
    expect(status(app, '2026-12-17T12:00:00-05:00', ctx)).toBe('awaiting-reply');
    expect(status(app, '2026-12-24T12:00:00-05:00', ctx)).toBe('ghosted');
  });

  it('R11.3: a policy that allows two follow-ups makes the second due after the silence', () => {
    const policy = { maxFollowUps: 2 };
    const app = applyAll(makeApplication(), [HELD, ...THANKS, { type: 'follow-up-sent', at: '2026-12-10T10:00:00-05:00' }], policy);
    expect(status(app, '2026-12-24T09:00:00-05:00', { calendar, policy })).toBe('follow-up-due');
    const twice = applyEvent(app, { type: 'follow-up-sent', at: '2026-12-24T10:00:00-05:00' }, { policy });
    expect(status(twice, '2027-01-06T09:00:00-05:00', { calendar, policy })).toBe('awaiting-reply');
    expect(status(twice, '2027-01-07T09:00:00-05:00', { calendar, policy })).toBe('ghosted');
  });

  it('R7, R8, R10: outcomes', () => {
    const held = applyAll(makeApplication(), [HELD, ...THANKS]);
    const at = '2026-12-08T10:00:00-05:00';
    const later = '2026-12-09T10:00:00-05:00';
    expect(status(applyEvent(held, { type: 'reply-received', at, outcome: 'offer' }), later, ctx)).toBe('offer-pending');
    expect(status(applyEvent(held, { type: 'offer-received', at }), later, ctx)).toBe('offer-pending');
    expect(status(applyEvent(held, { type: 'reply-received', at, outcome: 'rejection' }), later, ctx)).toBe('rejected');
    expect(status(applyEvent(held, { type: 'reply-received', at, outcome: 'next_round' }), later, ctx)).toBe('next-round');
    expect(status(applyEvent(held, { type: 'withdrawn', at }), later, ctx)).toBe('withdrawn');
    const offer = applyEvent(held, { type: 'offer-received', at });
    expect(status(applyEvent(offer, { type: 'offer-accepted', at: later }), later, ctx)).toBe('offer-accepted');
    expect(status(applyEvent(offer, { type: 'offer-declined', at: later }), later, ctx)).toBe('offer-declined');
  });

  it('is the same under any host time zone: only the employer\'s zone decides the day', () => {
    // 2026-12-10T04:30Z is still 2026-12-09 in New York: not yet due, whatever TZ the host has.
    const app = applyAll(makeApplication(), [HELD, ...THANKS]);
    expect(status(app, '2026-12-10T04:30:00Z', ctx)).toBe('waiting');
    expect(status(app, '2026-12-10T05:00:00Z', ctx)).toBe('follow-up-due');
  });

  it('throws typed errors for a bad context or now', () => {
    const app = applyEvent(makeApplication(), HELD);
    const cases: [() => unknown, string][] = [
      [() => status(app, '2026-11-30T09:00:00Z', ctx), 'INVALID_ARGUMENT'],
      [() => status(app, 'tomorrow', ctx), 'INVALID_DATE'],
      [() => status(app, '2026-12-05T09:00:00Z', {} as TrackerContext), 'INVALID_ARGUMENT'],
      [() => status(app, '2026-12-05T09:00:00Z', { calendar, policy: { maxFollowUps: 1.5 } }), 'INVALID_ARGUMENT'],
      [() => status(app, '2026-12-05T09:00:00Z', { calendar, policy: { nope: 1 } as never }), 'INVALID_ARGUMENT'],
    ];
    for (const [fn, code] of cases) {
      let caught: unknown;
      try {
        fn();
      } catch (e) {
        caught = e;
      }
      expect(isFollowUpError(caught, code as 'INVALID_ARGUMENT'), String(caught)).toBe(true);
    }
    expect(() => status(app, '2026-11-30T09:00:00Z', ctx)).toThrow(/at or after the last event of application "/);
  });
});

describe('status across rounds', () => {
  it('R4.5, R10: a timeline given while the next round is ahead applies to that round', () => {
    const round2 = makeInterview({
      id: 'r2', round: 2, startedAt: '2026-12-14T13:00:00-05:00', endedAt: '2026-12-14T15:00:00-05:00', interviewers: [],
    });
    const app = applyAll(makeApplication(), [
      HELD, ...THANKS,
      { type: 'reply-received', at: '2026-12-07T10:00:00-05:00', outcome: 'next_round', timeline: { kind: 'date', date: '2026-12-18' } },
      { type: 'next-round-scheduled', at: '2026-12-07T11:00:00-05:00', interview: round2 },
      { type: 'interview-held', at: '2026-12-14T15:00:00-05:00' },
    ]);
    // Promised by Friday 2026-12-18: follow-up due Tuesday 2026-12-22 (without it: 2026-12-23, R4.3).
    expect(status(app, '2026-12-21T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-22T12:00:00-05:00', ctx)).toBe('follow-up-due');
  });

  it('R4.3: a round-1 timeline does not carry over to round 2', () => {
    const round2 = makeInterview({
      id: 'r2', round: 2, startedAt: '2026-12-14T13:00:00-05:00', endedAt: '2026-12-14T15:00:00-05:00', interviewers: [],
    });
    const app = applyAll(makeApplication(), [
      HELD, ...THANKS,
      { type: 'timeline-updated', at: '2026-12-02T10:00:00-05:00', timeline: { kind: 'date', date: '2026-12-04' } },
      { type: 'next-round-scheduled', at: '2026-12-07T11:00:00-05:00', interview: round2 },
      { type: 'interview-held', at: '2026-12-14T15:00:00-05:00' },
    ]);
    expect(status(app, '2026-12-22T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-23T12:00:00-05:00', ctx)).toBe('follow-up-due');
  });

  // An update without a date ("we are still reviewing") is word from the employer: the candidate waits again.
  it('R4.3: an update without a date, before any follow-up, starts the 7–10 business-day window again from its day', () => {
    const app = applyAll(makeApplication(), [HELD, ...THANKS]);
    expect(status(app, '2026-12-11T08:00:00-05:00', ctx)).toBe('follow-up-due');
    for (const outcome of ['pending', 'reference_check', 'other'] as const) {
      // Friday 2026-12-11: the 7th business day after is Tuesday 2026-12-22.
      const updated = applyEvent(app, { type: 'reply-received', at: '2026-12-11T09:00:00-05:00', outcome, text: 'We are still reviewing applications.' });
      expect(status(updated, '2026-12-11T09:30:00-05:00', ctx), outcome).toBe('waiting');
      expect(status(updated, '2026-12-21T23:59:00-05:00', ctx), outcome).toBe('waiting');
      expect(status(updated, '2026-12-22T00:00:00-05:00', ctx), outcome).toBe('follow-up-due');
    }
  });

  it('R4.1, R4.3: a promised date still ahead wins over an earlier update without a date', () => {
    // Promised by Friday 2026-12-18: follow-up due Tuesday 2026-12-22; an update on 2026-12-02 would give 2026-12-11.
    const app = applyAll(makeApplication({ interviews: [makeInterview({ timeline: { kind: 'date', date: '2026-12-18' } })] }), [
      HELD, ...THANKS, { type: 'reply-received', at: '2026-12-02T09:00:00-05:00', outcome: 'other' },
    ]);
    expect(status(app, '2026-12-21T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-22T00:00:00-05:00', ctx)).toBe('follow-up-due');
  });

  it('R4.5: a later message with a date replaces the wait an update without one started', () => {
    const app = applyAll(makeApplication(), [
      HELD, ...THANKS,
      { type: 'reply-received', at: '2026-12-11T09:00:00-05:00', outcome: 'pending' },
      // Promised by Tuesday 2026-12-15: the follow-up is due Thursday 2026-12-17, not 2026-12-22.
      { type: 'timeline-updated', at: '2026-12-14T09:00:00-05:00', timeline: { kind: 'date', date: '2026-12-15' } },
    ]);
    expect(status(app, '2026-12-16T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-17T00:00:00-05:00', ctx)).toBe('follow-up-due');
    // The same with the date inside the reply itself.
    const inReply = applyAll(makeApplication(), [
      HELD, ...THANKS,
      { type: 'reply-received', at: '2026-12-11T09:00:00-05:00', outcome: 'pending' },
      { type: 'reply-received', at: '2026-12-14T09:00:00-05:00', outcome: 'pending', timeline: { kind: 'date', date: '2026-12-15' } },
    ]);
    expect(status(inReply, '2026-12-17T00:00:00-05:00', ctx)).toBe('follow-up-due');
  });

  it('R11.2: after the follow-up, an update without a date moves only the day silence counts from', () => {
    const app = applyAll(makeApplication(), [
      HELD, ...THANKS,
      { type: 'follow-up-sent', at: '2026-12-10T09:00:00-05:00' },
      { type: 'reply-received', at: '2026-12-11T09:00:00-05:00', outcome: 'pending' },
    ]);
    // Ten business days after Friday 2026-12-11 is Friday 2026-12-25 (no holidays in this calendar).
    expect(status(app, '2026-12-24T12:00:00-05:00', ctx)).toBe('awaiting-reply');
    expect(status(app, '2026-12-25T00:00:00-05:00', ctx)).toBe('ghosted');
  });

  it('R4.3, R4.1: a reply whose timeline is "none" ("as soon as we can") is an update without a date: the promised date stays, and the wait starts again', () => {
    const vague = { kind: 'none', text: 'as soon as we can' } as const;
    // Promised by Friday 2026-12-18 (follow-up due Tuesday 2026-12-22): a vague reply on 2026-12-03 does not bring it forward.
    const promised = applyAll(makeApplication({ interviews: [makeInterview({ timeline: { kind: 'date', date: '2026-12-18' } })] }), [
      HELD, ...THANKS, { type: 'reply-received', at: '2026-12-03T09:00:00-05:00', outcome: 'pending', timeline: vague },
    ]);
    expect(status(promised, '2026-12-10T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(promised, '2026-12-21T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(promised, '2026-12-22T00:00:00-05:00', ctx)).toBe('follow-up-due');
    // Without a promised date: seven business days after Friday 2026-12-04 is Tuesday 2026-12-15.
    for (const event of [
      { type: 'reply-received', at: '2026-12-04T09:00:00-05:00', outcome: 'pending', timeline: vague },
      { type: 'timeline-updated', at: '2026-12-04T09:00:00-05:00', timeline: vague },
    ] as const) {
      const app = applyAll(makeApplication(), [HELD, ...THANKS, event]);
      expect(status(app, '2026-12-14T23:59:00-05:00', ctx), event.type).toBe('waiting');
      expect(status(app, '2026-12-15T00:00:00-05:00', ctx), event.type).toBe('follow-up-due');
    }
  });

  it('R4.5, R10: a date given with the invitation that passed before the next round was held promises nothing about that round', () => {
    const app = applyAll(makeApplication({ interviews: [makeInterview(), makeSecondRound()] }), [
      HELD, ...THANKS,
      { type: 'reply-received', at: '2026-12-03T10:00:00-05:00', outcome: 'next_round', timeline: { kind: 'date', date: '2026-12-11' } },
      { type: 'next-round-scheduled', at: '2026-12-04T10:00:00-05:00' },
      { type: 'interview-held', at: '2026-12-14T15:00:00-05:00' },
      { type: 'thank-you-sent', at: '2026-12-14T16:00:00-05:00', interviewerId: 'kim' },
    ]);
    // Round 2 ended Monday 2026-12-14 without a timeline: the window is 2026-12-23 to 2026-12-28 (R4.3).
    expect(status(app, '2026-12-22T12:00:00-05:00', ctx)).toBe('waiting');
    expect(status(app, '2026-12-23T00:00:00-05:00', ctx)).toBe('follow-up-due');
  });
});
