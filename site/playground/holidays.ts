// The second, lazily loaded bundle of the playground: region calendars with their public holidays.
// date-holidays carries every country's rules, so it is loaded only when a region is entered.
export { regionCalendar, listRegions } from 'interview-followup/holidays';
