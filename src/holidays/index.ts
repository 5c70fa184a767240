/**
 * Calendars with a region's public holidays (`regionCalendar`, `calendarForEmployer`), from the
 * optional peer dependency date-holidays, loaded only here.
 *
 * Guide: [Regional holidays](../../docs/holidays.md).
 *
 * @packageDocumentation
 * @module interview-followup/holidays
 * @primaryExport
 */
export { calendarForEmployer } from './calendarForEmployer.js';
export type { EmployerCalendarData } from './calendarForEmployer.js';
export { regionCalendar } from './regionCalendar.js';
export type { RegionCalendarOptions } from './regionCalendar.js';
export { regionHolidays } from './regionHolidays.js';
export type { RegionHolidaysOptions } from './regionHolidays.js';
export { listRegions } from './listRegions.js';
export type { ListRegionsOptions, RegionInfo, SubdivisionInfo } from './listRegions.js';
// The weekend table is the calendar's data, re-exported here beside the region calendars that use it.
export { defaultWeekend } from '../calendar/defaultWeekend.js';
export { WEEKENDS } from '../calendar/weekends.js';
export type { WeekendRule } from '../calendar/weekends.js';
export { getHolidaysClass } from './loadDateHolidays.js';
export type { DateHolidays, DateHolidaysConstructor, DateHolidaysOptions, RawHoliday } from './dateHolidaysTypes.js';

// The errors this entry point throws, and the guard to test them with (works across builds).
export { FollowUpError, UnknownRegionError, MissingDependencyError, InvalidArgumentError, InvalidCalendarError, isFollowUpError } from '../errors.js';
export type { FollowUpErrorByCode, FollowUpErrorCode, FollowUpErrorOf } from '../errors.js';
