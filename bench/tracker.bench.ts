/**
 * Tracker and calendar export: applyEvent + nextActions over 10,000 applications, and toICS for
 * 1,000 events, against ical.js building the same calendar.
 */
import ICAL from 'ical.js';
import { createCalendar } from '../src/calendar/createCalendar.js';
import type { Application } from '../src/model/Application.js';
import type { Event } from '../src/model/Event.js';
import type { Interview } from '../src/model/Interview.js';
import { eventsToICS } from '../src/planner/ics/eventsToICS.js';
import type { IcsEvent } from '../src/planner/ics/types.js';
import { applyEvent } from '../src/planner/tracker/applyEvent.js';
import { nextActions } from '../src/planner/tracker/nextActions.js';
import { status } from '../src/planner/tracker/status.js';
import { summarize } from '../src/planner/tracker/summarize.js';
import { measure, printFigures, printTable, seededRandom, timeOnce } from './harness.js';

const APPLICATIONS = 10_000;
const ICS_EVENTS = 1_000;
const HOUR = 3_600_000;

interface Workload {
  readonly fresh: readonly Application[];
  readonly logs: readonly (readonly Event[])[];
  readonly nows: readonly string[];
}

/** 10,000 applications, each interviewed on a random weekday of 2026, with a 2–6 event log. */
function workload(): Workload {
  const random = seededRandom(7);
  const fresh: Application[] = [];
  const logs: Event[][] = [];
  const nows: string[] = [];
  const base = Date.parse('2026-01-05T15:00:00Z');
  for (let i = 0; i < APPLICATIONS; i++) {
    const start = base + Math.floor(random() * 300) * 24 * HOUR;
    const iso = (ms: number): string => new Date(ms).toISOString();
    const interview: Interview = {
      id: `i${i}`, company: `Company ${i}`, role: 'Engineer', round: 1, format: 'video',
      startedAt: iso(start), endedAt: iso(start + HOUR), candidateTimeZone: 'Europe/Berlin', employerTimeZone: 'America/New_York',
      interviewers: [{ id: 'a', name: 'A', points: [] }, { id: 'b', name: 'B', points: [] }],
      ...(random() < 0.5 ? {} : { timeline: { kind: 'weeks', weeks: 1 } as const }),
    };
    const log: Event[] = [{ type: 'interview-held', at: iso(start + HOUR) }];
    const steps = Math.floor(random() * 5);
    if (steps >= 1) log.push({ type: 'thank-you-sent', at: iso(start + 3 * HOUR), interviewerId: 'a' });
    if (steps >= 2) log.push({ type: 'thank-you-sent', at: iso(start + 4 * HOUR), interviewerId: 'b' });
    if (steps >= 3) log.push({ type: 'follow-up-sent', at: iso(start + 10 * 24 * HOUR) });
    if (steps >= 4) log.push(random() < 0.5 ? { type: 'offer-received', at: iso(start + 12 * 24 * HOUR) } : { type: 'reply-received', at: iso(start + 12 * 24 * HOUR), outcome: 'next_round' });
    fresh.push({ id: `app${i}`, company: `Company ${i}`, role: 'Engineer', interviews: [interview], events: [] });
    logs.push(log);
    nows.push(iso(start + 20 * 24 * HOUR));
  }
  return { fresh, logs, nows };
}

function icsEvents(): IcsEvent[] {
  const out: IcsEvent[] = [];
  for (let i = 0; i < ICS_EVENTS; i++) {
    const day = new Date(Date.parse('2026-01-05T00:00:00Z') + i * 24 * HOUR).toISOString().slice(0, 10);
    out.push(i % 2 === 0
      ? { uid: `app${i}/follow-up`, title: `Follow up with Company ${i}, Inc.; Engineer`, description: 'Send one brief, polite note.\nAsk about the timeline.', date: day }
      : { uid: `app${i}/thank-you/a`, title: `Thank-you note to Ana Müller (Company ${i})`, description: 'Personal note, before the deadline.', at: `${day}T15:00:00Z` });
  }
  return out;
}

/** The same calendar built with ical.js (no folding differences matter for timing). */
function icalJs(events: readonly IcsEvent[], now: string): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('prodid', '-//bench//EN');
  const stamp = ICAL.Time.fromDateTimeString(now.replace('Z', ''));
  for (const e of events) {
    const v = new ICAL.Component('vevent');
    v.updatePropertyWithValue('uid', `${e.uid}@example.com`);
    v.updatePropertyWithValue('dtstamp', stamp);
    if (e.date !== undefined) {
      v.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(e.date));
    } else {
      v.updatePropertyWithValue('dtstart', ICAL.Time.fromDateTimeString((e.at ?? '').replace('Z', '')));
    }
    v.updatePropertyWithValue('summary', e.title);
    if (e.description !== undefined) v.updatePropertyWithValue('description', e.description);
    const alarm = new ICAL.Component('valarm');
    alarm.updatePropertyWithValue('action', 'DISPLAY');
    alarm.updatePropertyWithValue('trigger', ICAL.Duration.fromSeconds(-3600));
    v.addSubcomponent(alarm);
    cal.addSubcomponent(v);
  }
  return cal.toString();
}

export function run(): void {
  const { fresh, logs, nows } = workload();
  const calendar = createCalendar();
  const ctx = { calendar };
  const built = fresh.map((app, i) => (logs[i] ?? []).reduce((a, e) => applyEvent(a, e), app));
  const events = logs.reduce((n, l) => n + l.length, 0);

  const rows = [
    measure(`applyEvent: build ${APPLICATIONS.toLocaleString('en-US')} applications (${(events / APPLICATIONS).toFixed(1)} events each)`, (ops) => {
      let last: Application | undefined;
      for (let i = 0; i < ops; i++) last = (logs[i % APPLICATIONS] ?? []).reduce((a, e) => applyEvent(a, e), fresh[i % APPLICATIONS] as Application);
      return last;
    }, { ops: APPLICATIONS, rounds: 5, note: 'per application' }),
    measure('status', (ops) => {
      let s: string | undefined;
      for (let i = 0; i < ops; i++) s = status(built[i % APPLICATIONS] as Application, nows[i % APPLICATIONS] as string, ctx);
      return s;
    }, { ops: APPLICATIONS, rounds: 5, note: 'per application' }),
    measure('nextActions', (ops) => {
      let n = 0;
      for (let i = 0; i < ops; i++) n += nextActions(built[i % APPLICATIONS] as Application, nows[i % APPLICATIONS] as string, ctx).length;
      return n;
    }, { ops: APPLICATIONS, rounds: 5, note: 'per application' }),
  ];
  printTable(`Tracker over ${APPLICATIONS.toLocaleString('en-US')} applications (Saturday–Sunday calendar)`, rows, 'status');

  const summarizeMs = timeOnce(() => summarize(built, '2027-03-01T00:00:00Z', ctx));
  const applyAllMs = timeOnce(() => fresh.map((app, i) => (logs[i] ?? []).reduce((a, e) => applyEvent(a, e), app)));
  const actionsAllMs = timeOnce(() => built.map((app, i) => nextActions(app, nows[i] as string, ctx)));

  const ics = icsEvents();
  const now = '2026-12-01T09:00:00Z';
  const icsRows = [
    measure(`ical.js Component.toString (${ICS_EVENTS.toLocaleString('en-US')} events)`, (ops) => {
      let s = '';
      for (let i = 0; i < ops; i++) s = icalJs(ics, now);
      return s;
    }, { ops: 20, rounds: 7, note: 'per calendar, peer' }),
    measure(`eventsToICS (${ICS_EVENTS.toLocaleString('en-US')} events)`, (ops) => {
      let s = '';
      for (let i = 0; i < ops; i++) s = eventsToICS(ics, { now, domain: 'example.com' });
      return s;
    }, { ops: 20, rounds: 7, note: 'per calendar' }),
  ];
  printTable('Calendar export', icsRows, icsRows[0]?.name);

  printFigures('One pass, cold', [
    [`applyEvent for all ${APPLICATIONS.toLocaleString('en-US')} applications`, `${applyAllMs.toFixed(0)} ms`],
    [`nextActions for all ${APPLICATIONS.toLocaleString('en-US')} applications`, `${actionsAllMs.toFixed(0)} ms`],
    [`summarize over ${APPLICATIONS.toLocaleString('en-US')} applications`, `${summarizeMs.toFixed(0)} ms`],
    [`eventsToICS, ${ICS_EVENTS.toLocaleString('en-US')} events`, `${((icsRows[1]?.nsPerOp ?? 0) / 1e6).toFixed(2)} ms`],
  ]);
}
