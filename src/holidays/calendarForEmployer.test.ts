import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { calendarForEmployer } from './calendarForEmployer.js';

describe('calendarForEmployer', () => {
  it('R4.4: a region brings its public holidays and weekend', () => {
    expect(calendarForEmployer({ region: 'US' }).addBusinessDays('2026-11-25', 1)).toBe('2026-11-27'); // Thanksgiving
    expect(calendarForEmployer({ region: 'IL' }).isBusinessDay('2026-11-29')).toBe(true); // Sunday is a working day in Israel
  });

  it('R4.4: company days off and make-up days apply on top of the region', () => {
    const cal = calendarForEmployer({ region: 'DE-BY', daysOff: [{ from: '2026-12-28', to: '2026-12-30', name: 'Closure' }], workingDays: ['2026-12-26'] });
    expect(cal.addBusinessDays('2026-12-23', 1)).toBe('2026-12-24');
    expect(cal.addBusinessDays('2026-12-24', 1)).toBe('2026-12-26'); // a Saturday and a holiday, made a working day
    expect(cal.addBusinessDays('2026-12-26', 1)).toBe('2026-12-31');
  });

  it('without a region: the weekend and days off only; without data: Saturday–Sunday', () => {
    expect(calendarForEmployer({ weekend: [5, 6] }).addBusinessDays('2026-11-26', 1)).toBe('2026-11-29');
    expect(calendarForEmployer(undefined).addBusinessDays('2026-11-25', 1)).toBe('2026-11-26');
  });

  it('rejects unknown regions and malformed data with typed errors', () => {
    let caught: unknown;
    try { calendarForEmployer({ region: 'XX' }); } catch (e) { caught = e; }
    expect(isFollowUpError(caught, 'UNKNOWN_REGION')).toBe(true);
    expect(() => calendarForEmployer('DE' as never)).toThrow(/"DE"/);
  });

  it('R4.4: a misspelt or unknown field is refused, so the region\'s holidays are never dropped without a word', () => {
    // Read as no region, "regoin" made Thanksgiving a business day.
    expect(() => calendarForEmployer({ regoin: 'US' } as never)).toThrow(/^Invalid employerCalendar\.regoin "US": expected one of the fields region, weekend, daysOff, workingDays \(this one would be ignored\)\.$/);
    expect(() => calendarForEmployer({ region: 'US', holidays: ['2026-11-27'] } as never)).toThrow(/employerCalendar\.holidays/);
  });
});
