/**
 * Business days in an employer's calendar: weekends, holidays and days off (`createCalendar`),
 * civil dates, instants and time zones.
 *
 * Guides: [Business-day calendar](../../docs/calendar.md), [Dates, instants and input
 * errors](../../docs/dates.md).
 *
 * @packageDocumentation
 * @module interview-followup/calendar
 * @primaryExport
 */
export { createCalendar } from './createCalendar.js';
export { assertCalendar, isCalendar } from './assertCalendar.js';
export { DEFAULT_WEEKEND } from './weekends.js';
export { toEpochDay, fromEpochDay, isCivilDate, dayOfWeek, addDays, MIN_EPOCH_DAY, MAX_EPOCH_DAY } from './epochDay.js';
export { parseInstant } from './instant.js';
export type { Instant } from './instant.js';
export { civilDateInZone, formatInstantInZone, assertTimeZone } from './zone.js';
export type {
  Calendar, CalendarOptions, CivilDate, EpochDay, Weekday, WeekendPeriod, HolidayEntry, HolidaySource,
  HolidayType, DayOff, DayOffReason, NonBusinessDay,
} from './types.js';

// The errors this entry point throws, and the guard to test them with (works across builds).
export { FollowUpError, InvalidDateError, DateRangeError, InvalidArgumentError, InvalidCalendarError, UnknownTimeZoneError, isFollowUpError } from '../errors.js';
export type { FollowUpErrorByCode, FollowUpErrorCode, FollowUpErrorOf } from '../errors.js';
