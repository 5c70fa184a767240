import { parseInterview } from '../src/model/Interview.js';
import type { Interview } from '../src/model/Interview.js';
import type { Timeline } from '../src/model/Timeline.js';
import { regionCalendar } from '../src/holidays/index.js';
import { candidateExpectations } from '../src/planner/candidateExpectations.js';
import { planFollowUp } from '../src/planner/planFollowUp.js';
import { thankYouDeadline } from '../src/planner/thankYouDeadline.js';
import type { Calendar } from '../src/calendar/types.js';
import { measure, printFigures, printTable, seededRandom, timeOnce } from './harness.js';

const COUNT = 100_000;

/** Twenty employer regions with a zone each: Fri–Sat weekends (SA), Sat–Sun elsewhere, many holiday sets. */
const REGIONS: readonly (readonly [region: string, zone: string])[] = [
  ['US', 'America/New_York'], ['US-CA', 'America/Los_Angeles'], ['CA-ON', 'America/Toronto'], ['MX', 'America/Mexico_City'],
  ['BR', 'America/Sao_Paulo'], ['GB', 'Europe/London'], ['FR', 'Europe/Paris'], ['DE-BY', 'Europe/Berlin'],
  ['ES', 'Europe/Madrid'], ['IT', 'Europe/Rome'], ['NL', 'Europe/Amsterdam'], ['SE', 'Europe/Stockholm'],
  ['PL', 'Europe/Warsaw'], ['IL', 'Asia/Jerusalem'], ['SA', 'Asia/Riyadh'], ['AE', 'Asia/Dubai'],
  ['IN', 'Asia/Kolkata'], ['SG', 'Asia/Singapore'], ['JP', 'Asia/Tokyo'], ['AU-NSW', 'Australia/Sydney'],
];
const CANDIDATE_ZONES = ['Europe/Berlin', 'America/Chicago', 'Asia/Kolkata', 'Australia/Perth', 'UTC'];

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function workload(): { interviews: Interview[]; calendars: Calendar[] } {
  const random = seededRandom(7);
  const calendars = REGIONS.map(([region]) => regionCalendar(region));
  const from = Date.UTC(2026, 0, 5), span = 2 * 365 * 86_400_000;
  const interviews: Interview[] = [];
  for (let i = 0; i < COUNT; i++) {
    const r = i % REGIONS.length;
    const start = from + Math.floor(random() * span / 60_000) * 60_000;
    const end = start + (30 + Math.floor(random() * 150)) * 60_000;
    const pick = random();
    const day = iso(end + 3 * 86_400_000).slice(0, 10);
    const timeline: Timeline = pick < 0.4 ? { kind: 'none' } : pick < 0.6 ? { kind: 'date', date: day } : pick < 0.8 ? { kind: 'weeks', weeks: 2 } : { kind: 'business-days', days: 5 };
    interviews.push({
      id: `int-${i}`, company: 'Acme', role: 'Engineer', round: 1, format: 'video',
      startedAt: iso(start), endedAt: iso(end),
      candidateTimeZone: CANDIDATE_ZONES[i % CANDIDATE_ZONES.length] ?? 'UTC',
      employerTimeZone: REGIONS[r]?.[1] ?? 'UTC',
      interviewers: [{ id: 'a', name: 'Ana Ortiz', points: ['roadmap'] }, { id: 'b', name: 'Ben Okafor', points: ['on-call'] }],
      timeline,
    });
  }
  return { interviews, calendars };
}

export function run(): void {
  const { interviews, calendars } = workload();
  // Warm the calendars: build every year the plans touch.
  for (const c of calendars) c.businessDaysBetween('2025-12-01', '2028-12-31');
  const calendarOf = (i: number): Calendar => calendars[i % calendars.length] as Calendar;
  const planAll = (): number => {
    let n = 0;
    for (let i = 0; i < interviews.length; i++) n += planFollowUp(interviews[i] as Interview, { calendar: calendarOf(i) }).reasons.length;
    return n;
  };
  const first = timeOnce(planAll); // also fills the per-zone, per-day offset cache
  const runs = [timeOnce(planAll), timeOnce(planAll), timeOnce(planAll)].sort((a, b) => a - b);
  const median = runs[1] ?? Number.NaN;

  printFigures('Planning 100,000 interviews across 20 region calendars (warm)', [
    ['planFollowUp × 100,000 (median of 3 passes)', `${median.toFixed(0)} ms`, '≤ 1000 ms'],
    ['per plan', `${((median * 1e6) / COUNT / 1000).toFixed(2)} µs`, ''],
    ['first pass (zone offsets not yet cached, cold JIT)', `${first.toFixed(0)} ms`, ''],
    ['regions', REGIONS.map(([r]) => r).join(' '), ''],
  ]);

  const ops = 20_000;
  const one = (fn: (x: Interview, c: Calendar) => unknown) => (n: number): unknown => {
    let last: unknown;
    for (let i = 0; i < n; i++) last = fn(interviews[i % COUNT] as Interview, calendarOf(i % COUNT));
    return last;
  };
  printTable('Planner operations (per interview)', [
    measure('planFollowUp', one((x, calendar) => planFollowUp(x, { calendar })), { ops }),
    measure('candidateExpectations', one((x, calendar) => candidateExpectations(x, { calendar })), { ops }),
    measure('thankYouDeadline only', one((x) => thankYouDeadline(x.endedAt, { timeZone: x.candidateTimeZone })), { ops }),
    measure('parseInterview (zod validation)', one((x) => parseInterview(x)), { ops, note: 'validation at the edge, for comparison' }),
  ], 'planFollowUp');
}
