import { REGION_PATTERN } from '../_lib/interviewFields.js';
import { InvalidArgumentError } from '../errors.js';
import type { Weekday, WeekendPeriod } from './types.js';
import { DEFAULT_WEEKEND, WEEKENDS } from './weekends.js';

/**
 * The usual weekend of a country or subdivision, from our own table {@link WEEKENDS} (R4.4):
 * Friday–Saturday in Israel or Saudi Arabia, Friday only in Iran, Saturday–Sunday in the United
 * Arab Emirates since 2022-01-01, and {@link DEFAULT_WEEKEND} (Saturday–Sunday) for any region not
 * in the table.
 *
 * A subdivision row wins over its country's (`'MY-01'`, Johor); otherwise the country's row applies.
 * Case does not matter and `_` may stand for `-`. This function does not load date-holidays and
 * does not check that the region exists in its data (`regionCalendar` does).
 *
 * @param code - An ISO 3166-1 or ISO 3166-2 code such as `'IL'` or `'MY-01'`.
 * @returns Weekday numbers (0 = Sunday … 6 = Saturday) or, where the weekend changed, dated periods;
 *   frozen, ready for `createCalendar({ weekend })`.
 * @throws {@link InvalidArgumentError} when `code` is not shaped like a region code.
 * @example
 * ```ts
 * defaultWeekend('IL') //=> [5, 6]
 * defaultWeekend('AE') //=> [{ days: [4, 5] }, { since: '2006-09-01', days: [5, 6] }, { since: '2022-01-01', days: [6, 0] }]
 * defaultWeekend('US-CA') //=> [6, 0]
 * ```
 */
export function defaultWeekend(code: string): readonly Weekday[] | readonly WeekendPeriod[] {
  if (typeof code !== 'string' || !REGION_PATTERN.test(code)) {
    throw new InvalidArgumentError('region code', code, 'an ISO 3166-1 country code ("US") or ISO 3166-2 subdivision code ("US-CA")');
  }
  const parts = code.toUpperCase().split(/[-_]/);
  const country = parts[0]!;
  const subdivision = parts.length > 1 ? `${country}-${parts[1]!}` : undefined;
  const row = (subdivision === undefined ? undefined : WEEKENDS.find((r) => r.region === subdivision))
    ?? WEEKENDS.find((r) => r.region === country);
  return row === undefined ? DEFAULT_WEEKEND : row.weekend;
}
