import { describe, expectTypeOf, it } from 'vitest';
import type { Instant } from '../../calendar/instant.js';
import type { FollowUpPlan } from '../types.js';
import { eventsToICS } from './eventsToICS.js';
import { planToIcsEvents } from './planToIcsEvents.js';
import { toICS } from './toICS.js';
import type { IcsEvent, ToIcsOptions } from './types.js';

declare const plan: FollowUpPlan;
const now = '2026-12-01T17:00:00Z';

describe('calendar export types', () => {
  it('R4: applicationId is an option of plans, not of entries of your own', () => {
    expectTypeOf(toICS(plan, { now, applicationId: 'acme' })).toEqualTypeOf<string>();
    expectTypeOf(planToIcsEvents(plan, { applicationId: 'acme' })).toEqualTypeOf<IcsEvent[]>();
    // @ts-expect-error: entries carry their own ids
    eventsToICS([{ uid: 'x', title: 'x', date: '2026-12-08' }], { now, applicationId: 'acme' });
  });

  it('R4: now is an instant or a Date, as every other `now` (the runtime reads both)', () => {
    expectTypeOf<ToIcsOptions['now']>().toEqualTypeOf<Instant | Date>();
    expectTypeOf(toICS(plan, { now: new Date('2026-12-01T17:00:00Z') })).toEqualTypeOf<string>();
    expectTypeOf(eventsToICS([{ uid: 'x', title: 'x', date: '2026-12-08' }], { now: new Date(0) })).toEqualTypeOf<string>();
    // @ts-expect-error: a number of milliseconds is not a `now`
    toICS(plan, { now: 1_796_144_400_000 });
  });

  it('R1.2: an entry may end at its instant, a deadline', () => {
    expectTypeOf<IcsEvent['anchor']>().toEqualTypeOf<'start' | 'end' | undefined>();
    // @ts-expect-error: only the start or the end
    eventsToICS([{ uid: 'x', title: 'x', at: now, anchor: 'middle' }], { now });
  });

  it('accepts `| undefined` on optional fields and options (exactOptionalPropertyTypes)', () => {
    const description = undefined as string | undefined;
    const entry: IcsEvent = { uid: 'x', title: 'x', date: '2026-12-08', at: undefined, description, timeZone: undefined, categories: undefined };
    expectTypeOf(eventsToICS([entry], { now, domain: undefined, calendarName: description, alarmMinutesBefore: undefined })).toEqualTypeOf<string>();
    expectTypeOf(toICS(plan, { now, applicationId: description, prodId: undefined })).toEqualTypeOf<string>();
  });
});
