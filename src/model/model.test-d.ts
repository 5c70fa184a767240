import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { Policy } from '../policy.js';
import type { RequestKind } from '../classifier/types.js';
import type { DeepReadonly, EmployerRequest, EmployerRequestKind, Event, EventOf, Interview, PolicySchema, Timeline } from './index.js';

describe('model types', () => {
  it('PolicySchema parses to the plain Policy type', () => {
    expectTypeOf<z.output<typeof PolicySchema>>().toMatchTypeOf<Policy>();
    expectTypeOf<Policy>().toMatchTypeOf<z.output<typeof PolicySchema>>();
  });

  it('Timeline and Event are tagged unions', () => {
    expectTypeOf<Timeline['kind']>().toEqualTypeOf<'none' | 'date' | 'calendar-days' | 'weeks' | 'business-days'>();
    expectTypeOf<EventOf<'thank-you-sent'>['interviewerId']>().toEqualTypeOf<string>();
    expectTypeOf<Event['at']>().toEqualTypeOf<string>();
  });

  it('a reply\'s requests use the classifier\'s request kinds', () => {
    expectTypeOf<EmployerRequestKind>().toEqualTypeOf<RequestKind>();
    expectTypeOf<EventOf<'reply-received'>['requests']>().toEqualTypeOf<EmployerRequest[] | undefined>();
  });

  it('Interview.timeline is optional', () => {
    // @ts-expect-error startedAt is required
    const bad: Interview = { id: 'i', company: 'c', role: 'r', round: 1, format: 'video', endedAt: '', candidateTimeZone: 'UTC', employerTimeZone: 'UTC', interviewers: [] };
    expectTypeOf(bad).toEqualTypeOf<Interview>();
    expectTypeOf<Interview['timeline']>().toEqualTypeOf<Timeline | undefined>();
  });

  it('DeepReadonly<Interview> takes an as const literal and a parsed Interview, and checks the same fields', () => {
    const literal = {
      id: 'i', company: 'c', role: 'r', round: 1, format: 'video', startedAt: '2026-12-01T10:00:00Z', endedAt: '2026-12-01T11:00:00Z',
      candidateTimeZone: 'UTC', employerTimeZone: 'UTC', interviewers: [{ id: 'lee', name: 'Lee Park', points: ['streaming'] }],
      timeline: { kind: 'date', date: '2026-12-04' },
    } as const;
    expectTypeOf(literal).toMatchTypeOf<DeepReadonly<Interview>>();
    expectTypeOf<Interview>().toMatchTypeOf<DeepReadonly<Interview>>();
    expectTypeOf<DeepReadonly<Interview>['interviewers']>().toEqualTypeOf<readonly DeepReadonly<Interview['interviewers'][number]>[]>();
    expectTypeOf<DeepReadonly<Interview>['interviewers'][number]['points']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<DeepReadonly<Timeline>['kind']>().toEqualTypeOf<Timeline['kind']>();
    // @ts-expect-error: "zoom" is not an interview format
    const wrong: DeepReadonly<Interview> = { ...literal, format: 'zoom' };
    expectTypeOf(wrong).toEqualTypeOf<DeepReadonly<Interview>>();
    // @ts-expect-error: read-only all the way down
    (literal as DeepReadonly<Interview>).interviewers[0]?.points.push('more');
    // @ts-expect-error: a read-only view is not a (mutable) Interview
    const back: Interview = literal;
    expectTypeOf(back).toEqualTypeOf<Interview>();
  });
});
