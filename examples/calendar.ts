import { strict as assert } from 'node:assert';
import { createCalendar } from 'interview-followup';
import { regionCalendar } from 'interview-followup/holidays';

// A calendar of your own: weekend, holidays, company closures, make-up days (R4.4).
const acme = createCalendar({
  weekend: [5, 6], // Friday–Saturday
  holidays: [{ date: '2026-12-02', name: 'National Day' }],
  daysOff: [{ from: '2026-12-20', to: '2026-12-24', name: 'Year-end closure' }],
});
assert.equal(acme.addBusinessDays('2026-12-01', 1), '2026-12-03'); // Tuesday + 1 skips the holiday

// A region's calendar, built on date-holidays: Thanksgiving 2026 is on 26 November.
const us = regionCalendar('US');
assert.equal(us.addBusinessDays('2026-11-25', 1), '2026-11-27');
assert.equal(us.businessDaysBetween('2026-11-23', '2026-11-30'), 4);
console.log(us.explain('2026-11-26', '2026-11-29'));
// [{ date: '2026-11-26', reasons: [{ kind: 'holiday', name: 'Thanksgiving Day', type: 'public' }] }, …weekend]
