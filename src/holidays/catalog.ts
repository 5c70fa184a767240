import { Memo } from '../_lib/memo.js';
import type { DateHolidays } from './dateHolidaysTypes.js';
import { getHolidaysClass } from './loadDateHolidays.js';

/**
 * Per-region date-holidays instances, created once per region code and reused for every year,
 * option set and calendar (R4.4), keyed by the canonical region code, or `""` for the catalogue of
 * countries; the instances are only read from. 256 regions bound the memory (date-holidays knows
 * a few thousand, a process uses a handful).
 */
const INSTANCES = new Memo<string, DateHolidays>(256);

/**
 * Every holiday type, so one instance serves all `types` options (we filter afterwards). The order
 * matters: date-holidays reads it as priority from low to high when one day has the same holiday
 * under two types (New York's Election Day: public, and a federal observance), and keeps the last.
 */
const ALL_TYPES: ('public' | 'bank' | 'optional' | 'school' | 'observance')[] = ['observance', 'optional', 'school', 'bank', 'public'];

/** The instance that lists countries, subdivisions and regions. */
export function catalog(): DateHolidays {
  return INSTANCES.get('', () => {
    const Holidays = getHolidaysClass();
    return new Holidays({ languages: 'en' });
  });
}

/** The instance of one canonical region code (`"US"`, `"US-CA"`, `"DE-BY-A"`), holiday names in English. */
export function instanceOf(code: string): DateHolidays {
  return INSTANCES.get(code, () => {
    const Holidays = getHolidaysClass();
    const [country = '', state, region] = code.split('-');
    // date-holidays upper-cases (mutates) this object, so it is a fresh one per call.
    const where: { country: string; state?: string; region?: string } = { country };
    if (state !== undefined) where.state = state;
    if (region !== undefined) where.region = region;
    return new Holidays(where, { languages: 'en', types: ALL_TYPES });
  });
}
