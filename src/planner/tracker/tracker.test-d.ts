import { describe, expectTypeOf, it } from 'vitest';
import type { Application } from '../../model/Application.js';
import type { DeepReadonly } from '../../model/DeepReadonly.js';
import type { EmployerRequest, Event } from '../../model/Event.js';
import { toICS } from '../ics/toICS.js';
import { applyEvent } from './applyEvent.js';
import { nextActions } from './nextActions.js';
import { status } from './status.js';
import { summarize } from './summarize.js';
import { TRANSITIONS } from './transitions.js';
import type { ActionKind, NextAction, TrackerState } from './types.js';

declare const application: Application;
declare const calendar: Parameters<typeof status>[2]['calendar'];

describe('tracker types', () => {
  it('takes `now` as an instant or a Date, as it reads them', () => {
    expectTypeOf(status).parameter(1).toEqualTypeOf<string | Date>();
    expectTypeOf(nextActions).parameter(1).toEqualTypeOf<string | Date>();
    expectTypeOf(summarize).parameter(1).toEqualTypeOf<string | Date>();
    status(application, new Date(), { calendar });
  });

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

  it('R10: an application and events written as const are accepted (the tracker never changes them), and checked', () => {
    const interview = {
      id: 'r1', company: 'Acme', role: 'Data Engineer', round: 1, format: 'video',
      startedAt: '2026-12-01T10:00:00-05:00', endedAt: '2026-12-01T11:00:00-05:00',
      candidateTimeZone: 'Europe/Berlin', employerTimeZone: 'America/New_York',
      interviewers: [{ id: 'lee', name: 'Lee Park', points: ['batch pipelines'] }],
    } as const;
    const app = {
      id: 'acme', company: 'Acme', role: 'Data Engineer', interviews: [interview],
      events: [{ type: 'interview-held', at: '2026-12-01T11:00:00-05:00' }],
    } as const;
    const now = '2026-12-01T12:00:00-05:00';
    expectTypeOf(applyEvent(app, { type: 'thank-you-sent', at: now, interviewerId: 'lee' } as const)).toEqualTypeOf<Application>();
    expectTypeOf(status(app, now, { calendar })).toEqualTypeOf<TrackerState>();
    expectTypeOf(nextActions(app, now, { calendar })).toEqualTypeOf<NextAction[]>();
    expectTypeOf(summarize([app, application], now, { calendar }).total).toEqualTypeOf<number>();
    expectTypeOf(nextActions).parameter(0).toEqualTypeOf<DeepReadonly<Application>>();
    // @ts-expect-error: "zoom" is not an interview format
    status({ ...app, interviews: [{ ...interview, format: 'zoom' }] } as const, now, { calendar });
    // @ts-expect-error: a thank-you names its interviewer
    applyEvent(app, { type: 'thank-you-sent', at: now } as const);
  });
});
