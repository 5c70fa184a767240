import type Holidays from 'date-holidays';
import { expectTypeOf, test } from 'vitest';
import type { DateHolidays, DateHolidaysConstructor, RawHoliday } from './dateHolidaysTypes.js';

test('R4.4: the structural date-holidays types match the installed typings', () => {
  expectTypeOf<typeof Holidays>().toExtend<DateHolidaysConstructor>();
  expectTypeOf<Holidays>().toExtend<DateHolidays>();
  expectTypeOf<ReturnType<Holidays['getHolidays']>[number]>().toExtend<RawHoliday>();
  // @ts-expect-error a region is passed as an object, not as positional strings
  new (null as unknown as DateHolidaysConstructor)('US', 'CA');
});
