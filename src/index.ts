// The light core of interview-followup: no date-holidays, no zod. Heavier pieces have their own
// subpaths: `interview-followup/holidays` (date-holidays) and `interview-followup/model` (zod).

export {
  FollowUpError, InvalidDateError, DateRangeError, InvalidArgumentError, InvalidCalendarError,
  UnknownRegionError, UnknownTimeZoneError, MissingDependencyError, InvalidInputError,
  InvalidTimelineError, InvalidTransitionError, TemplateSyntaxError, MissingFieldError, isFollowUpError,
} from './errors.js';
export type { FollowUpErrorCode, InputIssue } from './errors.js';

export {
  createCalendar, DEFAULT_WEEKEND, toEpochDay, fromEpochDay, isCivilDate, dayOfWeek, addDays,
  MIN_EPOCH_DAY, MAX_EPOCH_DAY, parseInstant, civilDateInZone, formatInstantInZone, assertTimeZone,
} from './calendar/index.js';
export type {
  Calendar, CalendarOptions, CivilDate, EpochDay, Instant, Weekday, WeekendPeriod, HolidayEntry,
  HolidaySource, HolidayType, DayOff, DayOffReason, NonBusinessDay,
} from './calendar/index.js';
