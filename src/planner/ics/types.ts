import type { Instant } from '../../calendar/instant.js';
import type { CivilDate } from '../../calendar/types.js';

/**
 * One calendar entry for {@link toICS}: an all-day event on a civil date, or a timed event at an
 * instant. Exactly one of `date` and `at` must be set.
 *
 * @example
 * ```ts
 * const event: IcsEvent = { uid: 'acme-1/follow-up', title: 'Follow up with Acme', date: '2026-12-08' }
 * ```
 */
export interface IcsEvent {
  /** Stable identifier of the entry in your data; the `UID` is derived from it and the domain. */
  readonly uid: string;
  /** Becomes the `SUMMARY`. */
  readonly title: string;
  /** Becomes the `DESCRIPTION`. */
  readonly description?: string | undefined;
  /** An all-day event on this civil date (`DTSTART;VALUE=DATE`, `DTEND` the next day). */
  readonly date?: CivilDate | undefined;
  /** A timed event at this instant, written in UTC (`DTSTART:…Z`): its start, or its end with `anchor: 'end'`. */
  readonly at?: Instant | undefined;
  /**
   * Whether `at` is the start of a timed event or its end. `'end'` is for deadlines: the event's
   * `durationMinutes` come before `at`, so calendars show the block before the deadline, and the
   * reminder counts back from `at`. Ignored for all-day events. @defaultValue `'start'`
   */
  readonly anchor?: 'start' | 'end' | undefined;
  /**
   * IANA zone in which to show `at` to the reader: the local wall time is added to the
   * description with its UTC offset (`Local time: 2026-11-01 01:30 -04:00 (America/New_York)`), which
   * tells apart the two 01:30s of the night clocks go back. The event itself is always written in
   * UTC, which needs no `VTIMEZONE`.
   */
  readonly timeZone?: string | undefined;
  /**
   * Length of a timed event in whole minutes, up to 52,560,000 (100 years); `0` writes no `DTEND` (a
   * point in time). @defaultValue 15
   */
  readonly durationMinutes?: number | undefined;
  /**
   * Minutes before `at` (for all-day events, before the day's start) at which the reminder fires
   * (negative: after it), a whole number from -52,560,000 to 52,560,000; `null` for no reminder.
   * @defaultValue 60 for timed events; -540 for all-day events (09:00 on the day itself)
   */
  readonly alarmMinutesBefore?: number | null | undefined;
  /** Free-form categories (`CATEGORIES`), e.g. the rule ID an entry comes from. */
  readonly categories?: readonly string[] | undefined;
}

/**
 * Options of {@link toICS}. `now` is required: it becomes every event's `DTSTAMP`, so the same
 * input and `now` always give the same bytes.
 */
export interface ToIcsOptions {
  /** The moment the calendar is produced (`DTSTAMP`), an ISO 8601 instant with offset or a `Date`. */
  readonly now: Instant | Date;
  /** Right-hand side of every `UID` (`<id>@<domain>`). @defaultValue `"interview-followup.invalid"` */
  readonly domain?: string | undefined;
  /**
   * For a plan only: the id of the application it belongs to (`application.id` in the tracker). Its
   * entries' ids become `<applicationId>/<interviewId>/<what>`, the scheme of the tracker's actions,
   * so a plan's follow-up and thank-you entries get the UIDs of the matching actions
   * (`acme/r1/follow-up`, `acme/r1/send-thank-you/lee`). Without it the ids are
   * `<interviewId>/<what>`, and plans of two applications with the same interview id (`r1`) get the
   * same UIDs: importing the second calendar would replace the first one's entries.
   */
  readonly applicationId?: string | undefined;
  /** The `PRODID`. @defaultValue `"-//interview-followup//toICS//EN"` */
  readonly prodId?: string | undefined;
  /** A display name for the calendar (`X-WR-CALNAME` and `NAME`). */
  readonly calendarName?: string | undefined;
  /** Default reminder for timed events, in minutes before `at`; `null` for none. @defaultValue 60 */
  readonly alarmMinutesBefore?: number | null | undefined;
  /** Default reminder for all-day events, in minutes before midnight starting the day; `null` for none. @defaultValue -540 (09:00 on the day) */
  readonly allDayAlarmMinutesBefore?: number | null | undefined;
  /** Default length of timed events in minutes (up to 52,560,000, 100 years). @defaultValue 15 */
  readonly durationMinutes?: number | undefined;
}
