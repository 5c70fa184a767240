import { describe, expectTypeOf, it } from 'vitest';
import type { Application } from '../../model/Application.js';
import type { EmployerRequest, Event } from '../../model/Event.js';
import { toICS } from '../ics/toICS.js';
import { applyEvent } from './applyEvent.js';
import { nextActions } from './nextActions.js';
import { status } from './status.js';
import { TRANSITIONS } from './transitions.js';
import type { ActionKind, NextAction, TrackerState } from './types.js';

declare const application: Application;
declare const calendar: Parameters<typeof status>[2]['calendar'];

describe('tracker types', () => {
  it('returns plain, precise types', () => {
    expectTypeOf(applyEvent).returns.toEqualTypeOf<Application>();
    expectTypeOf(status).returns.toEqualTypeOf<TrackerState>();
    expectTypeOf(nextActions).returns.toEqualTypeOf<NextAction[]>();
    expectTypeOf<NextAction['kind']>().toEqualTypeOf<ActionKind>();
    expectTypeOf(TRANSITIONS['offer-pending']['offer-accepted']).toEqualTypeOf<readonly TrackerState[] | undefined>();
  });

  it('an answer-request action carries the request and whether it is overdue', () => {
    expectTypeOf<NextAction['request']>().toEqualTypeOf<EmployerRequest | undefined>();
    expectTypeOf<NextAction['overdue']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<'answer-request'>().toMatchTypeOf<ActionKind>();
    // @ts-expect-error: a request kind the model does not know
    applyEvent(application, { type: 'reply-received', at: '2026-12-01T11:00:00Z', outcome: 'other', requests: [{ kind: 'call_us' }] });
  });

  it('rejects events the model does not know and a context without a calendar', () => {
    // @ts-expect-error: "ghosted" is a state reached by time, not an event
    applyEvent(application, { type: 'ghosted', at: '2026-12-01T11:00:00Z' });
    // @ts-expect-error: a thank-you names its interviewer
    applyEvent(application, { type: 'thank-you-sent', at: '2026-12-01T11:00:00Z' } satisfies Partial<Event>);
    // @ts-expect-error: the calendar is required
    status(application, '2026-12-01T11:00:00Z', {});
    // @ts-expect-error: now is required by toICS
    toICS([], {});
    expectTypeOf(status(application, '2026-12-01T11:00:00Z', { calendar })).toEqualTypeOf<TrackerState>();
  });
});
