import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { assertCalendar, calendarAt, isCalendar } from './assertCalendar.js';
import { createCalendar } from './createCalendar.js';

const calendar = createCalendar();

function thrown(f: () => unknown): unknown {
  try { f(); } catch (e) { return e; }
  return undefined;
}

describe('assertCalendar and isCalendar (R4.4)', () => {
  it('R4.4: a calendar from createCalendar passes; a plain value or a partial object does not', () => {
    expect(isCalendar(calendar)).toBe(true);
    expect(isCalendar({ ...calendar })).toBe(true); // any object with every method
    for (const value of [undefined, null, 'US', [], () => calendar, { addBusinessDays: () => '2026-12-08' }]) expect(isCalendar(value)).toBe(false);
  });

  it('R4.4: the error names the field path and says what would be valid', () => {
    expect(() => assertCalendar(calendar, 'options.calendar')).not.toThrow();
    const e = thrown(() => assertCalendar({}, 'settings.calendar'));
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as Error).message).toBe('Invalid settings.calendar {}: expected a Calendar from createCalendar(...) or regionCalendar(...).');
    expect((thrown(() => assertCalendar(undefined)) as Error).message).toMatch(/^Invalid calendar \(missing\): expected a Calendar/);
  });

  it('R4.4: a function that uses only some methods accepts any object that has those', () => {
    const partial = { addBusinessDays: calendar.addBusinessDays };
    expect(calendarAt(partial, 'options.calendar', ['addBusinessDays'])).toBe(partial);
    expect((thrown(() => calendarAt(partial, 'ctx.calendar', ['addBusinessDays', 'explain'], 'a Calendar, or a function returning one')) as Error).message)
      .toMatch(/^Invalid ctx\.calendar .*: expected a Calendar, or a function returning one\.$/);
  });
});
