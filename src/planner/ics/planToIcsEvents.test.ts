import { describe, expect, it } from 'vitest';
import { makeInterview } from '../../../test/arbitraries/tracker.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import { isFollowUpError } from '../../errors.js';
import { planFollowUp } from '../planFollowUp.js';
import { planToIcsEvents } from './planToIcsEvents.js';

const calendar = createCalendar();
const interview = makeInterview({ interviewers: [{ id: 'lee', name: 'Lee Park', points: [] }] });

describe('planToIcsEvents', () => {
  it('R4: the documented ids, without and with the application', () => {
    expect(planToIcsEvents(planFollowUp(interview, { calendar })).map((e) => e.uid)).toEqual(['r1/thank-you/lee', 'r1/follow-up', 'r1/follow-up-latest', 'r1/ghosted']);
    expect(planToIcsEvents(planFollowUp(interview, { calendar }), { applicationId: 'acme' }).map((e) => e.uid))
      .toEqual(['acme/r1/send-thank-you/lee', 'acme/r1/follow-up', 'acme/r1/follow-up-latest', 'acme/r1/ghosted']);
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
