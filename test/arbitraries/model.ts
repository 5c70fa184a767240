import { fc } from '@fast-check/vitest';
import type { Interview } from '../../src/model/Interview.js';
import type { Interviewer } from '../../src/model/Interviewer.js';
import type { Timeline } from '../../src/model/Timeline.js';
import type { PolicyOverrides } from '../../src/policy.js';

/**
 * Zones chosen for their awkward rules: DST in both hemispheres, half- and quarter-hour offsets,
 * a 30-minute DST shift (Lord Howe), a date-line zone, and zones without DST.
 */
export const ZONES = [
  'UTC', 'America/New_York', 'America/Los_Angeles', 'America/St_Johns', 'America/Sao_Paulo', 'America/Santiago',
  'Europe/London', 'Europe/Berlin', 'Europe/Moscow', 'Africa/Casablanca', 'Asia/Riyadh', 'Asia/Kolkata',
  'Asia/Kathmandu', 'Asia/Tokyo', 'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Kiritimati',
  'Pacific/Apia',
] as const;

export const zoneArb = fc.constantFrom(...ZONES);

/** 2020-01-01T00:00Z .. 2030-06-30T00:00Z in ms, whole seconds (with some milliseconds). */
const FROM_MS = Date.UTC(2020, 0, 1);
const TO_MS = Date.UTC(2030, 5, 30);
export const instantMsArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: FROM_MS / 1000, max: TO_MS / 1000 }).map((s) => s * 1000) },
  { weight: 1, arbitrary: fc.integer({ min: FROM_MS, max: TO_MS }) },
);

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * Writes epoch ms as ISO 8601 with a fixed offset in minutes. Independent of the library's
 * formatter: the offset is arbitrary, since any offset names the same instant.
 */
export function isoWithOffset(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const frac = ms % 1000 === 0 ? '' : `.${String(((ms % 1000) + 1000) % 1000).padStart(3, '0')}`;
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}${frac}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** An offset in minutes between -12:00 and +14:00, in quarter hours. */
export const offsetArb = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);

/** The UTC civil date of an instant, as `YYYY-MM-DD`. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const interviewerArb: fc.Arbitrary<Interviewer> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  name: fc.constantFrom('Ana Ortiz', 'Ben Okafor', 'Chen Li', 'Dara Novak'),
  points: fc.array(fc.constantFrom('roadmap', 'team rituals', 'incident review'), { maxLength: 2 }),
});

/** A timeline that resolves on or after the interview: dates lie 2..40 days after its UTC date. */
export function timelineArb(endedAtMs: number): fc.Arbitrary<Timeline> {
  const base = Date.parse(`${utcDate(endedAtMs)}T00:00:00Z`);
  return fc.oneof(
    fc.constant<Timeline>({ kind: 'none' }),
    fc.integer({ min: 2, max: 40 }).map<Timeline>((n) => ({ kind: 'date', date: utcDate(base + n * 86_400_000) })),
    fc.integer({ min: 0, max: 30 }).map<Timeline>((days) => ({ kind: 'calendar-days', days })),
    fc.integer({ min: 0, max: 6 }).map<Timeline>((weeks) => ({ kind: 'weeks', weeks })),
    fc.integer({ min: 0, max: 20 }).map<Timeline>((days) => ({ kind: 'business-days', days })),
  );
}

/** A valid {@link Interview}: random zones, instants written with random offsets, unique interviewer ids. */
export const interviewArb: fc.Arbitrary<Interview> = fc
  .record({
    startMs: instantMsArb,
    durationMin: fc.integer({ min: 0, max: 8 * 60 }),
    startOffset: offsetArb,
    endOffset: offsetArb,
    candidateTimeZone: zoneArb,
    employerTimeZone: zoneArb,
    interviewers: fc.uniqueArray(interviewerArb, { maxLength: 4, selector: (p) => p.id }),
    round: fc.integer({ min: 1, max: 5 }),
    format: fc.constantFrom('phone', 'video', 'onsite', 'panel', 'assessment', 'case-study', 'presentation' as const),
  })
  .chain((r) => {
    const endMs = r.startMs + r.durationMin * 60_000;
    return fc.option(timelineArb(endMs), { nil: undefined }).map((timeline): Interview => ({
      id: 'int-1',
      company: 'Acme',
      role: 'Engineer',
      round: r.round,
      format: r.format,
      startedAt: isoWithOffset(r.startMs, r.startOffset),
      endedAt: isoWithOffset(endMs, r.endOffset),
      candidateTimeZone: r.candidateTimeZone,
      employerTimeZone: r.employerTimeZone,
      interviewers: r.interviewers,
      ...(timeline === undefined ? {} : { timeline }),
    }));
  });

/** Policy overrides of the planner's day counts, within realistic ranges. */
export const policyArb: fc.Arbitrary<PolicyOverrides> = fc.record(
  {
    graceBusinessDays: fc.integer({ min: 0, max: 4 }),
    noTimelineWindow: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 })).map(([from, extra]) => ({ from, to: from + extra })),
    ghostedAfterBusinessDays: fc.integer({ min: 1, max: 20 }),
    thankYouWithinHours: fc.integer({ min: 1, max: 72 }),
  },
  { requiredKeys: [] },
);

/** The civil date of an instant in a zone, computed by Intl directly (an oracle independent of the library). */
export function oracleCivilDate(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/** The wall-clock `YYYY-MM-DDTHH:MM:SS` of an instant in a zone, by Intl directly. */
export function oracleWallTime(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(ms);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}
