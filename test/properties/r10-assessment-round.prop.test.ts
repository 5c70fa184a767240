import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { runs } from '../helpers/runs.js';
import { addDays } from '../../src/calendar/epochDay.js';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import type { Application } from '../../src/model/Application.js';
import type { EmployerRequest, EmployerRequestKind, Event } from '../../src/model/Event.js';
import { applyEvent } from '../../src/planner/tracker/applyEvent.js';
import { nextActions } from '../../src/planner/tracker/nextActions.js';
import { makeApplication } from '../arbitraries/tracker.js';
import { answered, answeredKindsArb, requestsArb } from './tracker-requests.arb.js';

/*
 * R10: when the next step is an assessment (the invitation asks to complete one and for no time to meet), there is no
 * time to offer and no meeting to prepare; nothing is chased while it is open, and once it is submitted the one note
 * about the next step waits the R4.3 days after the latest of the invitation, the submission and its date. Recording
 * an answer to any invitation never brings that note forward.
 */

const calendar = createCalendar();
const ctx = { calendar };
const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const round1 = (): Application => applyEvent(makeApplication({ interviews: [makeApplication().interviews[0]!] }), HELD);
const INVITED = '2026-12-07';
const at = (day: string, hour = 9): string => `${day}T${String(hour).padStart(2, '0')}:00:00-05:00`;

const invitationArb = fc.record({
  due: fc.option(fc.integer({ min: 1, max: 60 }).map((n) => addDays(INVITED, n)), { nil: undefined }),
  others: fc.subarray<EmployerRequestKind>(['send_documents', 'send_references']),
  submittedAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  nowAfter: fc.integer({ min: 0, max: 90 }),
  submitAll: fc.boolean(),
});

test.prop([invitationArb], { numRuns: runs(150) })(
  'R10: an assessment is not met at a time, and is chased only once submitted, from the latest of its date and the submission',
  ({ due, others, submittedAfter, nowAfter, submitAll }) => {
    const assessment: EmployerRequest = due === undefined ? { kind: 'complete_assessment' } : { kind: 'complete_assessment', due };
    let app = applyEvent(round1(), { type: 'reply-received', at: at(INVITED), outcome: 'next_round', requests: [assessment, ...others.map((kind) => ({ kind }))] });
    const submitted = submittedAfter === undefined ? undefined : addDays(INVITED, submittedAfter);
    if (submitted !== undefined) app = applyEvent(app, answered(at(submitted, 12), submitAll ? undefined : ['complete_assessment']));
    const today = addDays(submitted ?? INVITED, nowAfter);
    const actions = nextActions(app, at(today, 18), ctx);
    expect(actions.filter((a) => a.kind === 'reply-to-next-round' || a.kind === 'prepare-next-round')).toEqual([]);
    const chase = actions.filter((a) => a.kind === 'follow-up');
    if (submitted === undefined) {
      expect(chase).toEqual([]);
      expect(actions.some((a) => a.request?.kind === 'complete_assessment')).toBe(true);
    } else {
      const from = [INVITED, submitted, due ?? INVITED].reduce((a, b) => (b > a ? b : a));
      expect(chase.map((a) => a.due)).toEqual([calendar.addBusinessDays(from, 7)]);
      expect(chase[0]?.description).not.toMatch(/time slots|availability/);
    }
  },
);

test.prop([requestsArb, answeredKindsArb, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 })], { numRuns: runs(100) })(
  'R10: recording an answer to an invitation never brings the note about the next step forward, nor makes one due while an assessment is open',
  (requests, kinds, answeredAfter, nowAfter) => {
    const invited = applyEvent(round1(), { type: 'reply-received', at: at(INVITED), outcome: 'next_round', requests });
    const replied = applyEvent(invited, answered(at(addDays(INVITED, answeredAfter), 12), kinds));
    const now = at(addDays(INVITED, answeredAfter + nowAfter), 18);
    const chaseOf = (app: Application) => nextActions(app, now, ctx).find((a) => a.id === 'acme/r1/follow-up/invitation')?.due;
    const before = chaseOf(invited);
    const after = chaseOf(replied);
    if (before !== undefined && after !== undefined) expect(after >= before).toBe(true);
    const assessmentOpen = nextActions(replied, now, ctx).some((a) => a.request?.kind === 'complete_assessment');
    if (assessmentOpen && !requests.some((r) => r.kind === 'send_availability' || r.kind === 'book_slot')) expect(after).toBeUndefined();
  },
);
