import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/runs.js';
import { thrown } from '../../test/helpers/thrown.js';
import { isCivilDate } from '../calendar/epochDay.js';
import { parseInstant } from '../calendar/instant.js';
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

  it('R1.2: a deadline that is already 10000-01-01 in the candidate\'s zone is a DateRangeError, not a five-digit year', () => {
    const e = thrown(() => thankYouDeadline('9999-12-30T12:00:00Z', { timeZone: 'Pacific/Kiritimati' }));
    expect(isFollowUpError(e, 'DATE_OUT_OF_RANGE')).toBe(true);
    expect((e as Error).message).toBe('Invalid thank-you deadline: "9999-12-31T12:00:00Z" falls on 10000-01-01 in Pacific/Kiritimati, outside the supported range: expected an instant whose date and time there are from 0001-01-01 to 9999-12-31.');
    expect(thankYouDeadline('9999-12-30T09:00:00Z', { timeZone: 'Pacific/Kiritimati' }).deadlineInCandidateZone).toBe('9999-12-31T23:00:00+14:00');
    expect(thankYouDeadline('9999-12-30T12:00:00Z', { timeZone: 'Pacific/Pago_Pago' }).deadlineInCandidateZone).toBe('9999-12-31T01:00:00-11:00');
  });

  const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Pacific/Apia', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'Etc/GMT-14'];
  const LAST_MS = Date.parse('9999-12-31T23:59:59.999Z');

  test.prop([fc.integer({ min: LAST_MS - 3 * 86_400_000, max: LAST_MS - 86_400_000 }), fc.constantFrom(...ZONES)], { numRuns: runs(200) })(
    'R1.2: at the end of 9999 the deadline is a well-formed instant dated 9999-12-31 at the latest, or a DateRangeError',
    (endedMs, timeZone) => {
      let due: string;
      try {
        due = thankYouDeadline(new Date(endedMs), { timeZone }).deadlineInCandidateZone;
      } catch (e) {
        expect(isFollowUpError(e, 'DATE_OUT_OF_RANGE'), String(e)).toBe(true);
        return;
      }
      expect(due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-](0\d|1[0-4]):[0-5]\d$/);
      expect(isCivilDate(due.slice(0, 10))).toBe(true);
      expect(parseInstant(due)).toBe(endedMs + 86_400_000);
    },
  );
});
