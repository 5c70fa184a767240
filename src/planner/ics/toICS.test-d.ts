import { describe, expectTypeOf, it } from 'vitest';
import type { FollowUpPlan } from '../types.js';
import { eventsToICS } from './eventsToICS.js';
import { planToIcsEvents } from './planToIcsEvents.js';
import { toICS } from './toICS.js';
import type { IcsEvent } from './types.js';

declare const plan: FollowUpPlan;
const now = '2026-12-01T17:00:00Z';

describe('calendar export types', () => {
  it('R4: applicationId is an option of plans, not of entries of your own', () => {
    expectTypeOf(toICS(plan, { now, applicationId: 'acme' })).toEqualTypeOf<string>();
    expectTypeOf(planToIcsEvents(plan, { applicationId: 'acme' })).toEqualTypeOf<IcsEvent[]>();
    // @ts-expect-error: entries carry their own ids
    eventsToICS([{ uid: 'x', title: 'x', date: '2026-12-08' }], { now, applicationId: 'acme' });
  });

  it('R1.2: an entry may end at its instant, a deadline', () => {
    expectTypeOf<IcsEvent['anchor']>().toEqualTypeOf<'start' | 'end' | undefined>();
    // @ts-expect-error: only the start or the end
    eventsToICS([{ uid: 'x', title: 'x', at: now, anchor: 'middle' }], { now });
  });
});
