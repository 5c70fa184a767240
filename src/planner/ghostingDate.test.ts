import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { ghostingDate } from './ghostingDate.js';

describe('ghostingDate', () => {
  it('R11.2: 10 business days after the follow-up was sent', () => {
    expect(ghostingDate('2026-12-08', { calendar: createCalendar() })).toBe('2026-12-22');
  });

  it('R11.2: follows the policy', () => {
    expect(ghostingDate('2026-12-08', { calendar: createCalendar(), policy: { ghostedAfterBusinessDays: 1 } })).toBe('2026-12-09');
  });

  it('InvalidDateError naming followUpSentOn: a date that is not YYYY-MM-DD', () => {
    expect(() => ghostingDate('08/12/2026', { calendar: createCalendar() })).toThrowError(/followUpSentOn "08\/12\/2026"/);
  });
});
