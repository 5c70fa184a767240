/**
 * Regional holidays (R4.4): the cost of date-holidays itself, of building a new (region, year)
 * once it is loaded, and of counting business days against the peer approach — a day loop over
 * date-holidays' `isHoliday` — on the same inputs.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatEpochDay, toEpochDay } from '../src/calendar/epochDay.js';
import { getHolidaysClass } from '../src/holidays/loadDateHolidays.js';
import { regionCalendar, regionHolidays } from '../src/holidays/index.js';
import { measure, printFigures, printTable, seededRandom, timeOnce } from './harness.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** `await import('date-holidays')` in a fresh Node process, in milliseconds (median of 5). */
function firstImportMs(): number {
  const script = "const t = process.hrtime.bigint(); await import('date-holidays'); console.log(Number(process.hrtime.bigint() - t) / 1e6)";
  const runs = Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }).trim()));
  return median(runs);
}

/** Starts and counts of the add workload, shared by both sides of the comparison. */
function workload(ops: number): { starts: string[]; ns: number[] } {
  const random = seededRandom(7);
  const from = toEpochDay('2020-01-01'), to = toEpochDay('2030-12-31');
  const starts: string[] = [], ns: number[] = [];
  for (let i = 0; i < ops; i++) {
    starts.push(formatEpochDay(from + Math.floor(random() * (to - from + 1))));
    ns.push(1 + Math.floor(random() * 30));
  }
  return { starts, ns };
}

export async function run(): Promise<void> {
  const importMs = firstImportMs();

  // A new (region, year) once date-holidays is loaded: each year is built once, reusing the list
  // of the year before (read for spill-over). The first year of a region also creates its instance.
  const regions = ['US', 'US-CA', 'GB-SCT', 'DE-BY', 'FR', 'JP', 'AU-NSW', 'IL', 'AE', 'BR', 'IN', 'CA-QC'];
  const firstYear: number[] = [];
  const newYear: number[] = [];
  for (const code of regions) {
    firstYear.push(timeOnce(() => regionHolidays(code).holidaysInYear(2100)));
    for (let y = 2101; y <= 2120; y++) newYear.push(timeOnce(() => regionHolidays(code).holidaysInYear(y)));
  }

  printFigures('Loading and building holiday years', [
    ['first `import("date-holidays")` (fresh process, median of 5)', `${importMs.toFixed(1)} ms`],
    ['first year of a region (instance + two lists), median of 12 regions', `${median(firstYear).toFixed(2)} ms`],
    ['a new (region, year) after date-holidays is loaded, median of 240', `${median(newYear).toFixed(2)} ms`, '≤ 5 ms'],
    ['a new (region, year), 95th percentile', `${[...newYear].sort((a, b) => a - b)[Math.floor(newYear.length * 0.95)]!.toFixed(2)} ms`],
    ['a new (region, year), slowest of 240 (includes garbage collection)', `${Math.max(...newYear).toFixed(2)} ms`],
  ]);

  // The peer: step day by day, asking date-holidays whether each day is a holiday (US, Sat–Sun).
  const Holidays = getHolidaysClass();
  const hd = new Holidays({ country: 'US' }, { types: ['public'] });
  function peerAdd(start: string, n: number): string {
    let day = toEpochDay(start);
    for (let left = n; left > 0;) {
      day++;
      const weekday = (((day + 4) % 7) + 7) % 7;
      if (weekday === 0 || weekday === 6) continue;
      // Noon UTC keeps the instant inside the same civil day in New York (the trap tests explain why).
      const holiday = hd.isHoliday(new Date(`${formatEpochDay(day)}T12:00:00Z`));
      if (holiday === false || holiday.every((h) => h.type !== 'public')) left--;
    }
    return formatEpochDay(day);
  }
  const us = regionCalendar('US');
  const { starts, ns } = workload(2_000);
  let agree = 0;
  for (let i = 0; i < 200; i++) if (peerAdd(starts[i]!, ns[i]!) === us.addBusinessDays(starts[i]!, ns[i]!)) agree++;
  us.businessDaysBetween('2019-01-01', '2031-12-31'); // warm the years used

  const rows = [
    measure('date-holidays isHoliday day loop (peer)', (ops) => {
      let last = '';
      for (let i = 0; i < ops; i++) last = peerAdd(starts[i % 2_000]!, ns[i % 2_000]!);
      return last;
    }, { ops: 40, rounds: 5, note: 'US public, Sat–Sun, n in 1..30' }),
    measure("regionCalendar('US').addBusinessDays", (ops) => {
      let last = '';
      for (let i = 0; i < ops; i++) last = us.addBusinessDays(starts[i % 2_000]!, ns[i % 2_000]!);
      return last;
    }, { ops: 200_000, note: 'same inputs, string form' }),
  ];
  printTable('Add business days with US holidays: day loop over date-holidays vs regionCalendar', rows, rows[0]!.name);
  printFigures('Agreement', [['peer and regionCalendar give the same date (first 200 inputs)', `${agree} / 200`]]);
}
