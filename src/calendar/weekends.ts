import type { Weekday, WeekendPeriod } from './types.js';

/** Saturday and Sunday: the weekend of a calendar given none, and of every region not in {@link WEEKENDS} (R4.4). */
export const DEFAULT_WEEKEND: readonly Weekday[] = Object.freeze([6, 0] as Weekday[]);

/** One row of {@link WEEKENDS}: the usual weekend of a country or subdivision, and where that comes from. */
export interface WeekendRule {
  /** ISO 3166-1 country (`'IL'`) or ISO 3166-2 subdivision (`'MY-01'`) code. */
  readonly region: string;
  /** Weekdays off (0 = Sunday … 6 = Saturday), or periods when the weekend changed over time. */
  readonly weekend: readonly Weekday[] | readonly WeekendPeriod[];
  /** Where the row comes from. */
  readonly source: string;
}

const WIKI = 'Wikipedia, "Workweek and weekend" (en.wikipedia.org/wiki/Workweek_and_weekend)';
const ASIANEWS = 'AsiaNews, on the Saudi "Friday is a working day" debate, 2022 (lists the Friday–Saturday weekends of Algeria, Egypt, Jordan, Libya and Iraq)';
const NATIONAL = 'The National, "When is the weekend in the Arab world?", 2021-12-07 (thenationalnews.com/mena/2021/12/07/when-is-the-weekend-in-the-arab-world)';

/**
 * Usual weekends that are not Saturday–Sunday (R4.4). date-holidays has no weekend model, so this
 * small table is our own. Every region not listed has the {@link DEFAULT_WEEKEND}, Saturday–Sunday.
 * Changes over time are modelled only where the date of the change is well documented; otherwise a
 * row gives today's weekend for all dates (pass `weekend` to `regionCalendar` for other needs).
 *
 * @example
 * ```ts
 * WEEKENDS.find((row) => row.region === 'IL')?.weekend //=> [5, 6]
 * ```
 */
export const WEEKENDS: readonly WeekendRule[] = /* @__PURE__ */ weekendTable();

// Built in a function called as pure, so that a bundle which never reads the table (a calendar
// without regions) leaves it out: bundlers keep a top-level literal that interpolates the sources.
function weekendTable(): readonly WeekendRule[] {
  return deepFreeze([
    { region: 'AE', weekend: [{ days: [4, 5] }, { since: '2006-09-01', days: [5, 6] }, { since: '2022-01-01', days: [6, 0] }], source: `Thursday–Friday, then Friday–Saturday from 2006-09-01 (${WIKI}); Saturday–Sunday from 2022-01-01 for the federal government, adopted by the private sector (${NATIONAL})` },
    { region: 'BD', weekend: [5, 6], source: `Friday–Saturday (${WIKI})` },
    { region: 'BH', weekend: [5, 6], source: `Friday–Saturday (${NATIONAL})` },
    { region: 'BN', weekend: [5, 0], source: `Friday and Sunday; Saturday is a working day (${WIKI})` },
    { region: 'DJ', weekend: [5], source: `Friday only (${WIKI})` },
    { region: 'DZ', weekend: [5, 6], source: `Friday–Saturday since 2009 (${WIKI}; ${ASIANEWS})` },
    { region: 'EG', weekend: [5, 6], source: `Friday–Saturday (${NATIONAL})` },
    { region: 'IL', weekend: [5, 6], source: `Friday–Saturday, around Shabbat (${WIKI})` },
    { region: 'IQ', weekend: [5, 6], source: `Friday–Saturday (${ASIANEWS})` },
    { region: 'IR', weekend: [5], source: `Friday, the weekly rest day of the Labour Code (art. 62); many offices also close on Thursday, and a bill making Thursday a second weekend day awaited the Guardian Council in 2025 (Tehran Times, 2025-03-05): pass weekend: [4, 5] for such employers` },
    { region: 'JO', weekend: [5, 6], source: `Friday–Saturday (${ASIANEWS})` },
    { region: 'KW', weekend: [5, 6], source: `Friday–Saturday (${NATIONAL})` },
    { region: 'LY', weekend: [5, 6], source: `Friday–Saturday (${ASIANEWS})` },
    { region: 'MV', weekend: [5, 6], source: `Friday–Saturday (${WIKI})` },
    { region: 'MY-01', weekend: [{ days: [6, 0] }, { since: '2014-01-01', days: [5, 6] }, { since: '2025-01-01', days: [6, 0] }], source: `Johor: Friday–Saturday from 2014-01-01, back to Saturday–Sunday from 2025-01-01 (${WIKI})` },
    { region: 'MY-02', weekend: [5, 6], source: `Kedah: Friday–Saturday (${WIKI})` },
    { region: 'MY-03', weekend: [5, 6], source: `Kelantan: Friday–Saturday (${WIKI})` },
    { region: 'MY-11', weekend: [5, 6], source: `Terengganu: Friday–Saturday (${WIKI})` },
    { region: 'NP', weekend: [6], source: `Saturday only (${WIKI})` },
    { region: 'OM', weekend: [5, 6], source: `Friday–Saturday since May 2013 (${NATIONAL})` },
    { region: 'QA', weekend: [5, 6], source: `Friday–Saturday (${NATIONAL})` },
    { region: 'SA', weekend: [{ days: [4, 5] }, { since: '2013-06-29', days: [5, 6] }], source: `Thursday–Friday, then Friday–Saturday from 2013-06-29 by royal decree of 2013 (${NATIONAL})` },
    { region: 'SD', weekend: [5, 6], source: `Friday–Saturday (${WIKI})` },
    { region: 'SY', weekend: [5, 6], source: `Friday–Saturday (${WIKI})` },
    { region: 'YE', weekend: [5, 6], source: `Friday–Saturday (${WIKI})` },
  ] satisfies WeekendRule[]);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
