import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findTimePhrases } from '../../src/classifier/index.js';
import { runs } from '../helpers/runs.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const DAY_MS = 86_400_000;

/** The reference's calendar day in the zone, as days since 1970-01-01. */
function localDay(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(instant).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) / DAY_MS;
}

/**
 * Naive oracle of R4.5's year for a day and month written without one, over last year, this year and next year (a
 * February 29 further away is none): the last such day when it is at most 60 days back, else the next one.
 */
function oracle(ref: number, month: number, day: number): string | null {
  const refYear = new Date(ref * DAY_MS).getUTCFullYear();
  const days: number[] = [];
  for (let y = refYear - 1; y <= refYear + 1; y++) {
    const d = Date.UTC(y, month - 1, day) / DAY_MS;
    if (new Date(d * DAY_MS).getUTCDate() === day) days.push(d); // not February 29 of a common year
  }
  const last = days.filter((d) => d < ref).pop();
  const next = days.find((d) => d >= ref);
  const pick = last !== undefined && ref - last <= 60 ? last : next ?? null;
  return pick === null ? null : new Date(pick * DAY_MS).toISOString().slice(0, 10);
}

describe('the year of a date written without one (R4.5)', () => {
  test.prop([
    fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.constantFrom(...ZONES),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  ], { numRuns: runs(300) })('R4.5: "by <month> <day>" is the next such day, or the last one when it is at most 60 days back', (reference, timeZone, month, day) => {
    if (day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!) return;
    const found = findTimePhrases(`We will decide by ${MONTHS[month - 1]} ${day}.`, { reference: reference.toISOString(), timeZone });
    const want = oracle(localDay(reference, timeZone), month, day);
    expect(found.map((p) => p.date)).toEqual(want === null ? [] : [want]);
  });
});
