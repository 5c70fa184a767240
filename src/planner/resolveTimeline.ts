import { own, recordAt } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { calendarAt } from '../calendar/assertCalendar.js';
import { CIVIL_DATE_EXPECTED, civilDayAt, formatEpochDay, parseCivilDate } from '../calendar/epochDay.js';
import type { Calendar, CivilDate } from '../calendar/types.js';
import { describe, InvalidArgumentError, InvalidTimelineError } from '../errors.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';
import type { Timeline } from '../model/Timeline.js';

/** Options of {@link resolveTimeline}. */
export interface ResolveTimelineOptions {
  /** The civil date the interview ended on, in the employer's zone: spans count from here unless the timeline has `from`. */
  readonly interviewEndedOn: CivilDate;
  /** The employer's calendar, for spans in business days (R4.4). */
  readonly calendar: Calendar;
}

/** The epoch day of a timeline's `date` or `from`, named by its path (`interview.timeline.date`) when it is not a real date. */
function epochDay(value: unknown, path: string, timeline: unknown): number {
  const d = typeof value === 'string' ? parseCivilDate(value) : Number.NaN;
  if (Number.isNaN(d)) throw new InvalidTimelineError(timeline, `Invalid ${path} ${describe(value)}: expected ${CIVIL_DATE_EXPECTED}.`);
  return d;
}

/** A timeline's count (`days`, `weeks`), named by its path; the value is shown as given (`NaN`, not JSON's `null`). */
function count(value: unknown, path: string, timeline: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InvalidTimelineError(timeline, `Invalid ${path} ${describe(value)}: expected a whole number, 0 or more.`);
  }
  return value;
}

/** Where a span starts: its `from`, else the interview's day. */
function spanStart(timeline: { readonly from?: string | undefined }, interviewDay: number, path: string): number {
  return timeline.from === undefined ? interviewDay : epochDay(timeline.from, `${path}.from`, timeline);
}

/**
 * Epoch-day form of {@link resolveTimeline} for the planner's hot path: `null` for `kind: 'none'`. `path` names the
 * timeline in errors (`interview.timeline`).
 * @internal
 */
export function resolveTimelineDay(timeline: Timeline, interviewDay: number, calendar: Pick<Calendar, 'addBusinessDays'>, path = 'timeline'): number | null {
  let day: number;
  switch (timeline.kind) {
    case 'none':
      return null;
    case 'date':
      day = epochDay(timeline.date, `${path}.date`, timeline);
      break;
    case 'calendar-days':
      day = spanStart(timeline, interviewDay, path) + count(timeline.days, `${path}.days`, timeline);
      break;
    case 'weeks':
      day = spanStart(timeline, interviewDay, path) + 7 * count(timeline.weeks, `${path}.weeks`, timeline);
      break;
    case 'business-days':
      day = calendar.addBusinessDays(spanStart(timeline, interviewDay, path), count(timeline.days, `${path}.days`, timeline));
      break;
    default: {
      const kind: unknown = (timeline as { kind?: unknown }).kind;
      throw new InvalidTimelineError(timeline, `Invalid ${path}.kind ${describe(kind)}: expected "none", "date", "calendar-days", "weeks" or "business-days".`);
    }
  }
  if (day < interviewDay) {
    throw new InvalidTimelineError(
      timeline,
      `Invalid ${path} ${describe(timeline)}: it resolves to ${formatEpochDay(day)}, before the interview on ${formatEpochDay(interviewDay)}; expected a timeline that resolves to the interview's day or later.`,
    );
  }
  return day;
}

/**
 * The civil date a timeline promises news by, in the employer's calendar (R4.5); `null` when the
 * employer gave no timeline (`kind: 'none'`).
 *
 * A date is taken as is; `calendar-days` and `weeks` (7 days each) count calendar days after `from`;
 * `business-days` counts the employer's business days after `from` (R4.4). `from` defaults to
 * `interviewEndedOn`.
 *
 * @param timeline - A {@link Timeline}.
 * @param options - The interview's civil date and the employer's calendar.
 * @returns A `YYYY-MM-DD` date on or after the interview, or `null`.
 * @throws {@link InvalidTimelineError} when the timeline is malformed or resolves to a date before
 * the interview; {@link InvalidArgumentError} when `interviewEndedOn` is not a civil date.
 * @example
 * ```ts
 * const calendar = createCalendar()
 * resolveTimeline({ kind: 'business-days', days: 5 }, { interviewEndedOn: '2026-12-03', calendar }) //=> "2026-12-10"
 * ```
 */
export function resolveTimeline(timeline: DeepReadonly<Timeline>, options: ResolveTimelineOptions): CivilDate | null {
  const opts = recordAt(options, 'options', 'an object { interviewEndedOn, calendar }');
  knownKeys(opts, ['interviewEndedOn', 'calendar'], 'options key');
  const interviewDay = civilDayAt(own(opts, 'interviewEndedOn'), 'options.interviewEndedOn');
  const calendar = calendarAt(own(opts, 'calendar'), 'options.calendar', ['addBusinessDays', 'explain']);
  if (typeof timeline !== 'object' || timeline === null) {
    throw new InvalidTimelineError(timeline, `Invalid timeline ${describe(timeline)}: expected an object such as { kind: 'date', date: '2026-12-04' }.`);
  }
  const day = resolveTimelineDay(timeline, interviewDay, calendar);
  return day === null ? null : formatEpochDay(day);
}
