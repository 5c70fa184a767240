import { describe, expect, it } from 'vitest';
import { makeInterview } from '../../../test/arbitraries/tracker.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import { isFollowUpError } from '../../errors.js';
import { planFollowUp } from '../planFollowUp.js';
import { icsUid } from './icsUid.js';
import { planToIcsEvents } from './planToIcsEvents.js';

const calendar = createCalendar();
const interview = makeInterview({ interviewers: [{ id: 'lee', name: 'Lee Park', points: [] }] });

describe('planToIcsEvents', () => {
  it('R4: the documented ids, without and with the application', () => {
    expect(planToIcsEvents(planFollowUp(interview, { calendar })).map((e) => e.uid)).toEqual(['r1/thank-you/lee', 'r1/follow-up', 'r1/follow-up-latest', 'r1/ghosted']);
    expect(planToIcsEvents(planFollowUp(interview, { calendar }), { applicationId: 'acme' }).map((e) => e.uid))
      .toEqual(['acme/r1/send-thank-you/lee', 'acme/r1/follow-up', 'acme/r1/follow-up-latest', 'acme/r1/ghosted']);
  });

  it('R4: ids of other applications never meet: "/" and "%" inside an id are encoded, other ids and UIDs stay as they were', () => {
    const plan = (interviewId: string) => planFollowUp(makeInterview({ id: interviewId, interviewers: [{ id: 'a/b%', name: 'Lee Park', points: [] }] }), { calendar });
    const uids = (interviewId: string, applicationId?: string) => planToIcsEvents(plan(interviewId), applicationId === undefined ? {} : { applicationId }).map((e) => e.uid);
    expect(uids('x', 'acme/r1')[1]).toBe('acme%2Fr1/x/follow-up');
    expect(uids('r1/x', 'acme')[1]).toBe('acme/r1%2Fx/follow-up');
    expect(uids('r1/x')[0]).toBe('r1%2Fx/thank-you/a%2Fb%25');
    // A typical id keeps its UID.
    expect(icsUid(planToIcsEvents(planFollowUp(interview, { calendar }), { applicationId: 'acme-1' })[1]!.uid)).toBe('acme-1/r1/follow-up@interview-followup.invalid');
  });

  it('R1.2: the thank-you entry ends at the deadline', () => {
    const plan = planFollowUp(interview, { calendar });
    expect(planToIcsEvents(plan)[0]).toMatchObject({ at: plan.thankYous[0]?.deadline, anchor: 'end' });
  });

  it('refuses a plan text with a lone surrogate and a bad applicationId, naming them', () => {
    const plan = planFollowUp(interview, { calendar });
    const message = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(message(() => planToIcsEvents({ ...plan, company: 'Acme\uDFFF' }))).toMatch(/^Invalid plan\.company "Acme\\udfff": expected a text of whole characters/);
    expect(message(() => planToIcsEvents(plan, { applicationId: 42 as never }))).toBe('Invalid options.applicationId 42: expected a text.');
    expect(message(() => planToIcsEvents(plan, 'acme' as never))).toMatch(/^Invalid options "acme": expected an object \{ applicationId\? \}/);
  });
});
