import { describe, expectTypeOf, it } from 'vitest';
import type { Calendar } from '../../calendar/types.js';
import { classifyReply } from '../../classifier/classifyReply.js';
import { extractTimeline } from '../../classifier/extractTimeline.js';
import type { ClassifyOptions, ReplyInput } from '../../classifier/types.js';
import type { Application } from '../../model/Application.js';
import type { DeepReadonly } from '../../model/DeepReadonly.js';
import type { EmployerRequest, EmployerRequestKind, Event, EventOf } from '../../model/Event.js';
import { toICS } from '../ics/toICS.js';
import { applyEvent } from './applyEvent.js';
import { insertEvent } from './insertEvent.js';
import { replyEvent } from './replyEvent.js';
import type { ReplyEventExtras } from './replyEvent.js';
import { nextActions } from './nextActions.js';
import { status } from './status.js';
import { summarize } from './summarize.js';
import { teamView } from './teamView.js';
import type { TeamViewNoNewsOwed, TeamViewOwingNews } from './teamView.js';
import { TRANSITIONS } from './transitions.js';
import type { ActionKind, ApplyEventOptions, NextAction, TrackerContext, TrackerState, TransitionColumn } from './types.js';

declare const application: Application;
declare const calendar: Parameters<typeof status>[2]['calendar'];

describe('tracker types', () => {
  it('R4, R7: a team view tagged by owesNews has its dates set exactly when news is owed', () => {
    const view = teamView(application, '2026-12-09T10:00:00-05:00', { calendar });
    if (view.owesNews) {
      expectTypeOf(view).toEqualTypeOf<TeamViewOwingNews>();
      expectTypeOf(view.statusUpdateBy).toEqualTypeOf<string>();
      expectTypeOf(view.expectsNewsBy).toEqualTypeOf<string>();
      expectTypeOf(view.earliestFollowUp).toEqualTypeOf<string>();
    } else {
      expectTypeOf(view).toEqualTypeOf<TeamViewNoNewsOwed>();
      expectTypeOf(view.statusUpdateBy).toEqualTypeOf<null>();
      expectTypeOf(view.overdue).toEqualTypeOf<false>();
    }
    // @ts-expect-error: a view that owes no news has no dates
    const mixed: TeamViewNoNewsOwed = { applicationId: 'a', state: 'offer-pending', followedUp: false, owesNews: false, expectsNewsBy: '2026-12-09', statusUpdateBy: null, earliestFollowUp: null, overdue: false };
    expectTypeOf(mixed.owesNews).toEqualTypeOf<false>();
  });

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

  it('accepts `| undefined` on optional inputs, as user code passes them under exactOptionalPropertyTypes', () => {
    const webhook = {} as { subject?: string; text?: string; receivedAt?: string };
    const msg = { subject: webhook.subject, text: webhook.text ?? '' };
    const input: ReplyInput = msg;
    const employerCalendar = undefined as Calendar | undefined;
    const options: ClassifyOptions = { reference: webhook.receivedAt, timeZone: undefined, calendar: employerCalendar, language: undefined };
    const reading = classifyReply(input, options);
    classifyReply({ subject: webhook.subject, text: undefined, html: '<p>Hi</p>', autoReply: undefined });
    const extras: ReplyEventExtras = { text: webhook.text, note: webhook.subject, timeline: extractTimeline('by Friday', { reference: '2026-12-01T09:00:00Z', timeZone: 'UTC' }) ?? undefined };
    expectTypeOf(replyEvent(reading, '2026-12-01T09:00:00Z', extras)).toEqualTypeOf<EventOf<'reply-received'>>();
    const policy = undefined as ApplyEventOptions['policy'];
    expectTypeOf(applyEvent(application, { type: 'withdrawn', at: '2026-12-01T11:00:00Z', note: webhook.subject }, { policy })).toEqualTypeOf<Application>();
    const ctx: TrackerContext = { calendar, policy: undefined };
    expectTypeOf(nextActions(application, '2026-12-01T11:00:00Z', ctx)).toEqualTypeOf<NextAction[]>();
    // Still checked: a wrong type is not `undefined`.
    // @ts-expect-error: a subject is a text
    classifyReply({ subject: 5, text: '' });
    // @ts-expect-error: a note is a text
    replyEvent(reading, '2026-12-01T09:00:00Z', { note: 5 });
  });

  it('R7: request-answered names request kinds of the model; implied requests are marked `true` only', () => {
    expectTypeOf<EventOf<'request-answered'>['kinds']>().toEqualTypeOf<EmployerRequestKind[] | undefined>();
    expectTypeOf<'request-answered'>().toMatchTypeOf<TransitionColumn>();
    expectTypeOf<EmployerRequest['implied']>().toEqualTypeOf<true | undefined>();
    expectTypeOf(insertEvent(application, { type: 'request-answered', at: '2026-12-01T11:00:00Z', kinds: ['send_documents'] })).toEqualTypeOf<Application>();
    // @ts-expect-error: not a request kind
    applyEvent(application, { type: 'request-answered', at: '2026-12-01T11:00:00Z', kinds: ['send_cv'] });
    // @ts-expect-error: implied is true or absent
    applyEvent(application, { type: 'reply-received', at: '2026-12-01T11:00:00Z', outcome: 'offer', requests: [{ kind: 'respond_to_offer', implied: false }] });
  });
});
