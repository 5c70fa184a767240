import { fc } from '@fast-check/vitest';
import type { HolidayType } from '../../src/calendar/types.js';
import type { RawHoliday } from '../../src/holidays/dateHolidaysTypes.js';

/** Region codes with varied data: national lists, subdivisions, third levels, lunar calendars, odd weekends. */
export const REGION_CODES = [
  'US', 'US-CA', 'US-NY', 'US-LA', 'GB', 'GB-SCT', 'GB-NIR', 'DE', 'DE-BY', 'DE-BY-A', 'DE-BE', 'FR', 'ES', 'ES-CT',
  'AU-NSW', 'AU-VIC', 'JP', 'CA-QC', 'CA-ON', 'IL', 'AE', 'SA', 'BR', 'BR-SP', 'IN', 'CN', 'KR', 'SG', 'MY-01',
  'NZ', 'ZA', 'MX', 'CH-ZH', 'AT', 'SZ', 'EG', 'IR',
] as const;

export const regionCode = fc.constantFrom(...REGION_CODES);

/** The same code as a user might type it: lower case, mixed case, `_` separators. */
export const regionSpelling = regionCode.chain((code) =>
  fc.constantFrom(code, code.toLowerCase(), code.replace(/-/g, '_'), code.toLowerCase().replace(/-/g, '_')).map((spelled) => ({ code, spelled })),
);

export const holidayYear = fc.integer({ min: 1990, max: 2060 });

export const holidayTypes = fc.subarray<HolidayType>(['public', 'bank', 'optional', 'school', 'observance'], { minLength: 1 });

/** A date-holidays entry as the library builds it, in a zone `offsetHours` from UTC. */
export const rawHoliday = fc
  .record({
    day: fc.integer({ min: 0, max: 3000 }), // days after 2020-01-01
    hour: fc.constantFrom(0, 0, 0, 12, 14, 18),
    eve: fc.boolean(),
    hours: fc.oneof(fc.constantFrom(24, 48, 72, 144, 10, 14, 90, 114), fc.integer({ min: 1, max: 24 * 9 })),
    dst: fc.constantFrom(0, 0, 1, -1),
    offsetHours: fc.integer({ min: -12, max: 14 }),
  })
  .map(({ day, hour, eve, hours, dst, offsetHours }): RawHoliday & { readonly civil: string; readonly nominalHours: number; readonly startHour: number } => {
    const civilMs = Date.UTC(2020, 0, 1 + day);
    const civil = new Date(civilMs).toISOString().slice(0, 10);
    const wallStart = civilMs + (hour - (eve && hour === 0 ? 6 : 0)) * 3_600_000;
    const start = new Date(wallStart - offsetHours * 3_600_000);
    const end = new Date(start.getTime() + (hours + dst) * 3_600_000);
    const date = `${civil} ${String(hour).padStart(2, '0')}:00:00${eve && hour === 0 ? ' -0600' : ''}`;
    return { date, start, end, name: 'Generated Day', type: 'public', civil, nominalHours: hours, startHour: hour };
  });
