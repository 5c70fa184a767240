import { describe, expect, it } from 'vitest';
import { makeApplication, makeInterview } from '../../../test/arbitraries/tracker.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import { isFollowUpError } from '../../errors.js';
import type { Application } from '../../model/Application.js';
import type { Event } from '../../model/Event.js';
import { applyEvent } from './applyEvent.js';
import { summarize } from './summarize.js';
import type { TrackerContext } from './types.js';
import { thrown } from '../../../test/helpers/thrown.js';

const calendar = createCalendar();
const ctx: TrackerContext = { calendar };
const NOW = '2026-12-11T09:00:00-05:00';

function app(id: string, events: readonly Event[]): Application {
  const base = makeApplication({ id, company: `Company ${id}`, interviews: [makeInterview({ id: `${id}-r1`, company: `Company ${id}` })] });
  return events.reduce((a, e) => applyEvent(a, e), base);
}

const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const waiting = (id: string) => app(id, [HELD, { type: 'follow-up-sent', at: '2026-12-10T10:00:00-05:00' }]);
/** Interviewed Monday 2026-11-02, followed up 2026-11-12: ghosted from 2026-11-26. */
const ghosted = (id: string) => {
  const interview = makeInterview({ id: `${id}-r1`, startedAt: '2026-11-02T10:00:00-05:00', endedAt: '2026-11-02T11:00:00-05:00' });
  return [{ type: 'interview-held', at: '2026-11-02T11:00:00-05:00' } as Event, { type: 'follow-up-sent', at: '2026-11-12T10:00:00-05:00' } as Event]
    .reduce((a, e) => applyEvent(a, e), makeApplication({ id, interviews: [interview] }));
};
const scheduled = (id: string) => app(id, []);
const rejected = (id: string) => app(id, [HELD, { type: 'rejected', at: '2026-12-05T10:00:00-05:00' }]);

describe('summarize', () => {
  it('R6: warns when everything rests on one waiting application', () => {
    const s = summarize([waiting('a')], NOW, ctx);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatchObject({ rule: 'R6', applicationIds: ['a'], activeCount: 1, minOtherActiveApplications: 2 });
    expect(s.warnings[0]?.message).toMatch(/R6/);
  });

  it('R6: no warning with at least 2 other active applications', () => {
    const s = summarize([waiting('a'), scheduled('b'), app('c', [HELD, { type: 'offer-received', at: '2026-12-08T10:00:00-05:00' }])], NOW, ctx);
    expect(s.warnings).toEqual([]);
    expect(s.active).toBe(3);
  });

  it('R6: ended and ghosted applications are not active, so they do not prevent the warning', () => {
    const s = summarize([waiting('a'), scheduled('b'), rejected('c'), ghosted('g')], NOW, ctx);
    expect(s.states.map((x) => x.state)).toEqual(['awaiting-reply', 'next-round', 'rejected', 'ghosted']);
    expect(s.active).toBe(2);
    expect(s.warnings[0]).toMatchObject({ rule: 'R6', applicationIds: ['a'], activeCount: 2 });
    // With the threshold lowered to 1, one other active application is enough.
    expect(summarize([waiting('a'), scheduled('b')], NOW, { calendar, policy: { minOtherActiveApplications: 1 } }).warnings).toEqual([]);
  });

  it('R6: no warning when nothing is waiting on the employer', () => {
    expect(summarize([scheduled('b')], NOW, ctx).warnings).toEqual([]);
    expect(summarize([], NOW, ctx)).toMatchObject({ total: 0, active: 0, waiting: 0, warnings: [] });
  });

  it('counts every state, zeros included, and lists each application\'s state in input order', () => {
    const s = summarize([waiting('a'), scheduled('b'), rejected('c'), waiting('d')], NOW, ctx);
    expect(s.total).toBe(4);
    expect(s.byState).toEqual({
      'thank-you-due': 0, waiting: 0, 'follow-up-due': 0, 'awaiting-reply': 2, ghosted: 0, 'next-round': 1,
      'offer-pending': 0, 'offer-accepted': 0, 'offer-declined': 0, rejected: 1, withdrawn: 0,
    });
    expect(s.states.map((x) => x.applicationId)).toEqual(['a', 'b', 'c', 'd']);
    expect(s.waiting).toBe(2);
  });

  it('names the application and the event when one record of the pipeline is broken', () => {
    // A stored log the tracker never made: an offer accepted without an offer.
    const broken = { ...waiting('b'), events: [HELD, { type: 'offer-accepted', at: '2026-12-02T09:00:00-05:00' } as Event] };
    const e = thrown(() => summarize([waiting('a'), broken, waiting('c')], NOW, ctx));
    expect(isFollowUpError(e, 'INVALID_TRANSITION'), String(e)).toBe(true);
    expect((e as Error).message).toMatch(/^Cannot apply event "offer-accepted" \(applications\.1\.events\.1 of "b"\) in state/);
    const ahead = app('d', [HELD, { type: 'follow-up-sent', at: '2026-12-12T10:00:00-05:00' }]);
    expect((thrown(() => summarize([waiting('a'), ahead], NOW, ctx)) as Error).message).toMatch(/last event of applications\.1 "d"/);
  });

  it('throws InvalidArgumentError when applications is not an array', () => {
    let caught: unknown;
    try {
      summarize('acme' as never, NOW, ctx);
    } catch (e) {
      caught = e;
    }
    expect(isFollowUpError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });
});
