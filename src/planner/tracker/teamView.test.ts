import { describe, expect, it } from 'vitest';
import { makeApplication, makeInterview } from '../../../test/arbitraries/tracker.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import type { Application } from '../../model/Application.js';
import type { Event } from '../../model/Event.js';
import { candidateExpectations } from '../candidateExpectations.js';
import { applyEvent } from './applyEvent.js';
import { teamView } from './teamView.js';

const calendar = createCalendar();
const ctx = { calendar };
const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const apply = (app: Application, events: readonly Event[]): Application => events.reduce((a, e) => applyEvent(a, e), app);

describe('teamView', () => {
  it('R4.3: right after the interview it gives the dates candidateExpectations gives for the interview', () => {
    const app = apply(makeApplication(), [HELD]);
    const view = teamView(app, '2026-12-02T10:00:00-05:00', ctx);
    const expected = candidateExpectations(app.interviews[0]!, { calendar });
    expect(view).toMatchObject({
      applicationId: 'acme', owesNews: true, overdue: false, followedUp: false,
      expectsNewsBy: expected.expectsNewsBy, statusUpdateBy: expected.statusUpdateBy, earliestFollowUp: expected.earliestFollowUp,
    });
  });

  it('R4.5: a promised date moved by the team counts; candidateExpectations of the interview alone cannot see it', () => {
    const app = apply(makeApplication(), [HELD, { type: 'timeline-updated', at: '2026-12-03T09:00:00-05:00', timeline: { kind: 'date', date: '2026-12-18' } }]);
    const view = teamView(app, '2026-12-14T10:00:00-05:00', ctx);
    // News by Friday 2026-12-18; the candidate may follow up from Tuesday 2026-12-22, so write by Monday 2026-12-21.
    expect(view).toMatchObject({ owesNews: true, expectsNewsBy: '2026-12-18', earliestFollowUp: '2026-12-22', statusUpdateBy: '2026-12-21', overdue: false });
    expect(candidateExpectations(app.interviews[0]!, { calendar }).statusUpdateBy).toBe('2026-12-09');
  });

  it('R4.3: a "still reviewing" reply starts the wait again from its day, and the update is overdue once the day before the new window has passed', () => {
    const app = apply(makeApplication(), [HELD, { type: 'reply-received', at: '2026-12-04T10:00:00-05:00', outcome: 'pending' }]);
    expect(teamView(app, '2026-12-14T10:00:00-05:00', ctx)).toMatchObject({ earliestFollowUp: '2026-12-15', statusUpdateBy: '2026-12-14', expectsNewsBy: '2026-12-14', overdue: false });
    expect(teamView(app, '2026-12-15T10:00:00-05:00', ctx)).toMatchObject({ state: 'follow-up-due', overdue: true });
  });

  it('R11.3: after the candidate followed up, the team still owes news and is overdue', () => {
    const app = apply(makeApplication(), [HELD, { type: 'follow-up-sent', at: '2026-12-10T10:00:00-05:00' }]);
    expect(teamView(app, '2026-12-11T10:00:00-05:00', ctx)).toMatchObject({ state: 'awaiting-reply', owesNews: true, followedUp: true, overdue: true });
  });

  it('R7: nothing is owed once a decision or another round was sent, or before any interview', () => {
    const none = { owesNews: false, expectsNewsBy: null, statusUpdateBy: null, earliestFollowUp: null, overdue: false };
    expect(teamView(apply(makeApplication(), [HELD, { type: 'rejected', at: '2026-12-20T10:00:00-05:00' }]), '2026-12-21T10:00:00-05:00', ctx)).toMatchObject({ state: 'rejected', ...none });
    expect(teamView(apply(makeApplication(), [HELD, { type: 'offer-received', at: '2026-12-08T10:00:00-05:00' }]), '2026-12-21T10:00:00-05:00', ctx)).toMatchObject({ state: 'offer-pending', ...none });
    expect(teamView(makeApplication({ interviews: [makeInterview()] }), '2026-11-20T10:00:00-05:00', ctx)).toMatchObject({ state: 'next-round', ...none });
  });
});
