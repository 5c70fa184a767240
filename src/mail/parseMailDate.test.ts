import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/instant.js';
import { isFollowUpError } from '../errors.js';
import { parseMailDate } from './parseMailDate.js';

describe('parseMailDate', () => {
  it.each([
    ['Tue, 24 Nov 2026 16:05:00 -0500', '2026-11-24T16:05:00-05:00'],
    ['24 Nov 2026 16:05 +0530', '2026-11-24T16:05:00+05:30'],
    ['Thu, 3 Dec 2026 14:30:00 +0100 (CET)', '2026-12-03T14:30:00+01:00'],
    ['Mon,  7 Dec 2026 09:12:44 GMT', '2026-12-07T09:12:44+00:00'],
    ['Mon, 7 Dec 26 09:12:44 EST', '2026-12-07T09:12:44-05:00'],
    ['Fri, 31 Dec 99 23:59:60 PDT', '1999-12-31T23:59:59-07:00'],
    ['Sat, 29 Feb 2028 08:00:00 -0000', '2028-02-29T08:00:00+00:00'],
    ['Sat, 29 Feb 2028 08:00:00 Z', '2028-02-29T08:00:00+00:00'],
    ['Tue, 24 November 2026 16:05:00 +0000', '2026-11-24T16:05:00+00:00'],
    // Forms some mailers write: the day of week in full, an offset after GMT or UTC.
    ['Tuesday, 24 November 2026 16:05:00 +0100', '2026-11-24T16:05:00+01:00'],
    ['Tue, 24 Nov 2026 16:05:00 GMT+0100', '2026-11-24T16:05:00+01:00'],
    ['Tue, 24 Nov 2026 16:05:00 UTC-0500', '2026-11-24T16:05:00-05:00'],
    // The first and last instants of the years 0001-9999, with the offsets that keep them in.
    ['Mon, 1 Jan 0001 00:30:00 -0100', '0001-01-01T00:30:00-01:00'],
    ['Fri, 31 Dec 9999 23:59:59 +1400', '9999-12-31T23:59:59+14:00'],
  ])('R4.5: %s → %s', (header, instant) => {
    expect(parseMailDate(header)).toBe(instant);
    expect(Number.isNaN(parseInstant(instant))).toBe(false);
  });

  it('R4.5: the instant is the same moment Date.parse reads from the header', () => {
    const header = 'Tue, 24 Nov 2026 16:05:00 -0500';
    expect(parseInstant(parseMailDate(header)!)).toBe(Date.parse(header));
  });

  it.each([
    'sometime next week',
    '',
    'Tue, 31 Nov 2026 16:05:00 -0500',
    'Sun, 29 Feb 2026 10:00:00 +0000',
    'Tue, 24 Nov 2026 24:00:00 -0500',
    'Tue, 24 Nov 2026 16:61:00 -0500',
    'Tue, 24 Foo 2026 16:05:00 -0500',
    'Tue, 24 Nov 2026 16:05:00',
    'Tue, 24 Nov 2026 16:05:00 -0575',
    'Tue, 24 Nov 2026 16:05:00 CEST',
    '2026-11-24T16:05:00Z',
    'Sat, 1 Jan 0000 10:00:00 +0000', // before 0001-01-01, where every date of the library lies
    'Mon, 1 Jan 0001 00:30:00 +0100', // 0000-12-31T23:30:00Z once the offset is applied
    'Fri, 31 Dec 9999 23:59:59 -1200', // 10000-01-01T11:59:59Z
    'Tue, 24 Nov 2026 16:05:00 GMT+2400',
  ])('R4.5: %j is not a date', (header) => {
    expect(parseMailDate(header)).toBeUndefined();
  });
});

describe('parseMailDate: a header that is not a text', () => {
  it.each([undefined, null, 42, {}, new Date('2026-11-24T16:05:00Z')])('throws InvalidArgumentError naming header for %o', (header) => {
    let error: unknown;
    try {
      parseMailDate(header as string);
    } catch (e) {
      error = e;
    }
    expect(isFollowUpError(error, 'INVALID_ARGUMENT') && error.argument).toBe('header');
    expect((error as Error).message).toMatch(/^Invalid header .*: expected the value of a Date header, as a text\.$/);
  });
});
