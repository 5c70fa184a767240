import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { thankYouDeadline } from './thankYouDeadline.js';

describe('thankYouDeadline', () => {
  it('R1.2: 24 real hours across the New York spring-forward change', () => {
    expect(thankYouDeadline('2026-03-07T18:00:00-05:00', { timeZone: 'America/New_York' })).toEqual({
      deadline: '2026-03-08T23:00:00Z',
      deadlineInCandidateZone: '2026-03-08T19:00:00-04:00',
      deadlineEpochMs: Date.UTC(2026, 2, 8, 23, 0, 0),
    });
  });

  it('R1.2: keeps milliseconds', () => {
    expect(thankYouDeadline('2026-03-07T18:00:00.250Z', { timeZone: 'UTC' }).deadline).toBe('2026-03-08T18:00:00.250Z');
  });

  it('UnknownTimeZoneError for an unknown zone; InvalidDateError for a bad instant', () => {
    expect(() => thankYouDeadline('2026-03-07T18:00:00Z', { timeZone: 'Nowhere/City' })).toThrowError(/Nowhere\/City/);
    try {
      thankYouDeadline('yesterday', { timeZone: 'UTC' });
    } catch (e) {
      expect(isFollowUpError(e, 'INVALID_DATE')).toBe(true);
    }
  });
});
