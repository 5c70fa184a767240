import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { Policy } from '../policy.js';
import type { RequestKind } from '../classifier/types.js';
import type { EmployerRequest, EmployerRequestKind, Event, EventOf, Interview, PolicySchema, Timeline } from './index.js';

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
});
