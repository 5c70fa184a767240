/**
 * What the interview model accepts beyond plain text, written once for the zod schemas of the model and the
 * tracker's checks without zod (an interview carried by a `next-round-scheduled` event).
 */

/** How an interview round is held (R10). */
export const INTERVIEW_FORMAT_LIST = ['phone', 'video', 'onsite', 'panel', 'assessment', 'case-study', 'presentation'] as const;

/** An e-mail address as an interviewer's `email`: something, `@`, a domain with a dot. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The shape of an ISO 3166 region code (`US`, `DE-BY`, `DE-BY-KATH`, `_` for `-`): an employer calendar's `region`, and
 * what `regionCalendar` and `defaultWeekend` look up.
 */
export const REGION_PATTERN = /^[A-Za-z]{2}(?:[-_][A-Za-z0-9]{1,12}){0,2}$/;

/** The fields of an employer calendar (R4.4). */
export const EMPLOYER_CALENDAR_FIELDS = ['region', 'weekend', 'daysOff', 'workingDays'];
