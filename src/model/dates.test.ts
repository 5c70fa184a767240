import { describe, expect, it } from 'vitest';
import { makeInterview } from '../../test/arbitraries/tracker.js';
import { createCalendar } from '../calendar/createCalendar.js';
import { referenceCheck } from '../hiring/referenceCheck.js';
import { parseReferenceCheck } from './hiring/ReferenceCheck.js';
import { parseInterview, safeParseInterview } from './Interview.js';

// docs/dates.md: a valid Date is accepted wherever an instant is, and parsed to date.toISOString().
describe('Dates in the model', () => {
  it('parseInterview turns Date instants into ISO strings', () => {
    const parsed = parseInterview({ ...makeInterview(), startedAt: new Date('2026-12-01T15:00:00Z'), endedAt: new Date('2026-12-01T16:00:00Z') });
    expect(parsed.startedAt).toBe('2026-12-01T15:00:00.000Z');
    expect(parsed.endedAt).toBe('2026-12-01T16:00:00.000Z');
  });

  it('an invalid Date is reported at its path, as a Date', () => {
    const r = safeParseInterview({ ...makeInterview(), endedAt: new Date(Number.NaN) });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues).toEqual([{ path: ['endedAt'], message: 'Expected an ISO 8601 instant with offset, or a valid Date, got a Date(Invalid Date).' }]);
  });

  it('an instant with an offset that names no real date or time says so, not that the offset is missing', () => {
    for (const at of ['2026-02-29T09:00:00Z', '2026-12-01T24:00:00Z', '2026-12-01T09:00:60Z', '2026-12-01T09:00:00+01:00x']) {
      const r = safeParseInterview({ ...makeInterview(), endedAt: at });
      expect(r.success, at).toBe(false);
      const message = r.success ? '' : r.error.issues[0]!.message;
      if (at.endsWith('x')) expect(message, at).toMatch(/expected ISO 8601 with a UTC offset/);
      else expect(message, at).toBe(`Invalid instant "${at}": expected ISO 8601 naming a real date and time (years 0001 to 9999), such as "2026-12-01T15:30:00-05:00".`);
    }
  });

  it('hiring dates: a Date is an instant, placed on the employer calendar with options.timeZone', () => {
    const references = parseReferenceCheck({ candidateId: 'c', referees: [{ id: 'r', name: 'Jo', requestedOn: new Date('2026-12-07T15:00:00Z') }] });
    expect(references.referees[0]?.requestedOn).toBe('2026-12-07T15:00:00.000Z');
    const report = referenceCheck(references, new Date('2026-12-11T15:00:00Z') as never, { calendar: createCalendar(), timeZone: 'America/New_York' });
    expect(report.today).toBe('2026-12-11');
    expect(() => referenceCheck(references, new Date('2026-12-11T15:00:00Z') as never, { calendar: createCalendar() })).toThrow(/Invalid options\.timeZone \(missing\): expected/);
  });
});
