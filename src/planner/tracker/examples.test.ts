import { describe, expect, it } from 'vitest';
import { makeApplication, makeInterview } from '../../../test/arbitraries/tracker.js';
import { createCalendar } from '../../calendar/createCalendar.js';
import type { Event } from '../../model/Event.js';
import { actionsToIcsEvents } from '../ics/actionsToIcsEvents.js';
import { escapeIcsText } from '../ics/escapeIcsText.js';
import { eventsToICS } from '../ics/eventsToICS.js';
import { foldIcsLine } from '../ics/foldIcsLine.js';
import { icsUid } from '../ics/icsUid.js';
import { planToIcsEvents } from '../ics/planToIcsEvents.js';
import { toICS } from '../ics/toICS.js';
import { planFollowUp } from '../planFollowUp.js';
import { applyEvent } from './applyEvent.js';
import { nextActions } from './nextActions.js';
import { status } from './status.js';
import { summarize } from './summarize.js';
import { TRANSITIONS } from './transitions.js';

// The @example of every export of the tracker and the calendar export, run as written.
const calendar = createCalendar();
const HELD: Event = { type: 'interview-held', at: '2026-12-01T11:00:00-05:00' };
const application = applyEvent(makeApplication(), HELD);

describe('documented examples', () => {
  it('applyEvent', () => {
    const next = applyEvent(application, { type: 'thank-you-sent', at: '2026-12-01T18:00:00Z', interviewerId: 'lee' });
    expect(next.events.length === application.events.length + 1).toBe(true);
  });

  it('status', () => {
    expect(status(application, '2026-12-09T10:00:00-05:00', { calendar: createCalendar() })).toBe('waiting');
    expect(status(application, '2026-12-10T10:00:00-05:00', { calendar: createCalendar() })).toBe('follow-up-due');
  });

  it('nextActions', () => {
    expect(nextActions(application, '2026-12-01T17:00:00-05:00', { calendar }).map((a) => a.kind)).toEqual([
      'send-thank-you', 'send-thank-you', 'reflect', 'follow-up', 'keep-searching',
    ]);
  });

  it('summarize', () => {
    const acme = application;
    expect(summarize([acme], '2026-12-03T09:00:00Z', { calendar }).warnings[0]?.rule).toBe('R6');
  });

  it('TRANSITIONS', () => {
    expect(TRANSITIONS['offer-pending']['offer-accepted']).toEqual(['offer-accepted']);
    expect(TRANSITIONS.rejected.withdrawn).toBeUndefined();
  });

  it('toICS, eventsToICS, planToIcsEvents, actionsToIcsEvents', () => {
    const interview = makeInterview({ interviewers: [{ id: 'lee', name: 'Lee Park', points: [] }] });
    const ics = toICS(planFollowUp(interview, { calendar }), { now: '2026-12-01T17:00:00Z', domain: 'example.com' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const text = eventsToICS([{ uid: 'acme/follow-up', title: 'Follow up with Acme', date: '2026-12-08' }], { now: '2026-12-01T09:00:00Z', domain: 'example.com' });
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n[\s\S]*DTSTART;VALUE=DATE:20261208\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(planToIcsEvents(planFollowUp(interview, { calendar })).map((e) => e.uid)).toEqual(['r1/thank-you/lee', 'r1/follow-up', 'r1/follow-up-latest', 'r1/ghosted']);
    expect(actionsToIcsEvents(nextActions(application, '2026-12-01T17:00:00-05:00', { calendar }))[0]?.uid).toBe('acme/r1/send-thank-you/lee');
  });

  it('icsUid, escapeIcsText, foldIcsLine', () => {
    expect(icsUid('acme 1/follow-up', 'example.com')).toBe('acme%201/follow-up@example.com');
    expect(escapeIcsText('Notes; see a, b\nthen c')).toBe('Notes\\; see a\\, b\\nthen c');
    expect(foldIcsLine(`SUMMARY:${'x'.repeat(80)}`).split('\r\n').map((l) => l.length)).toEqual([75, 14]);
  });
});
