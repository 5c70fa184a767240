import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addBusinessDays as dateFnsAddBusinessDays } from 'date-fns';
import { createCalendar } from '../src/calendar/createCalendar.js';
import { formatEpochDay, toEpochDay } from '../src/calendar/epochDay.js';
import { regionCalendar } from '../src/holidays/index.js';
import { measure, printFigures, printTable, seededRandom } from './harness.js';

const OPS = 200_000;

/** The workload: 200k random starts in 2020–2030, n in 1..30, US public holidays. */
function workload(): { days: Int32Array; strings: string[]; dates: Date[]; ns: Int32Array } {
  const random = seededRandom(42);
  const from = toEpochDay('2020-01-01'), to = toEpochDay('2030-12-31');
  const days = new Int32Array(OPS), ns = new Int32Array(OPS);
  const strings: string[] = [], dates: Date[] = [];
  for (let i = 0; i < OPS; i++) {
    days[i] = from + Math.floor(random() * (to - from + 1));
    ns[i] = 1 + Math.floor(random() * 30);
    strings.push(formatEpochDay(days[i]!));
    const [y, m, d] = strings[i]!.split('-').map(Number) as [number, number, number];
    dates.push(new Date(y, m - 1, d));
  }
  return { days, strings, dates, ns };
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.(); // a second pass collects what the first one only finalised
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers; // typed arrays live outside the JS heap
}

export function run(): void {
  const { days, strings, dates, ns } = workload();
  const us = regionCalendar('US');
  us.businessDaysBetween('2019-01-01', '2031-12-31'); // warm the years used

  const rows = [
    measure('date-fns addBusinessDays (Date, no holidays)', (ops) => {
      let x: unknown;
      for (let i = 0; i < ops; i++) x = dateFnsAddBusinessDays(dates[i]!, ns[i]!);
      return x;
    }, { ops: OPS, note: 'peer; knows no holidays' }),
    measure('addBusinessDays (string, US holidays)', (ops) => {
      let x: unknown;
      for (let i = 0; i < ops; i++) x = us.addBusinessDays(strings[i]!, ns[i]!);
      return x;
    }, { ops: OPS, note: 'target ≥ 4× date-fns' }),
    measure('addBusinessDays (epoch day, US holidays)', (ops) => {
      let x = 0;
      for (let i = 0; i < ops; i++) x ^= us.addBusinessDays(days[i]!, ns[i]!);
      return x;
    }, { ops: OPS, note: 'target ≤ 10 ns' }),
    measure('businessDaysBetween (epoch day, US holidays)', (ops) => {
      let x = 0;
      for (let i = 0; i < ops; i++) x ^= us.businessDaysBetween(days[i]!, days[i]! + ns[i]! * 2);
      return x;
    }, { ops: OPS, note: 'target ≤ 15 ns' }),
    measure('isBusinessDay (epoch day, US holidays)', (ops) => {
      let x = 0;
      for (let i = 0; i < ops; i++) x += us.isBusinessDay(days[i]!) ? 1 : 0;
      return x;
    }, { ops: OPS }),
  ];
  printTable('Add workload: 200,000 random starts in 2020–2030, n in 1..30', rows, 'date-fns addBusinessDays (Date, no holidays)');

  // Memory: one calendar with a fixed holiday list, built for every year 1900–2200.
  const holidays = Array.from({ length: 301 }, (_, i) => `${1900 + i}-12-25`);
  const before = heapUsed();
  const wide = createCalendar({ holidays });
  wide.businessDaysBetween('1900-01-01', '2200-12-31');
  const bytes = heapUsed() - before;
  if (wide.isBusinessDay('2000-01-03') !== true) throw new Error('unexpected calendar'); // keeps `wide` alive until measured
  const figures: [string, string, string][] = [
    ['memory of a calendar built for 1900–2200', `${(bytes / 1024).toFixed(0)} KiB`, '≤ 1 MB'],
  ];

  // Import cost of the core entry, in a fresh process, from the built package.
  const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  if (existsSync(dist)) {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e',
        `const t = performance.now(); await import(${JSON.stringify(dist)}); console.log(performance.now() - t)`]).toString();
      samples.push(Number(out));
    }
    samples.sort((a, b) => a - b);
    figures.push(['import of the core entry (dist/index.js), median of 5', `${samples[2]!.toFixed(1)} ms`, '≤ 20 ms']);
  } else {
    figures.push(['import of the core entry', 'not measured: run `npm run build` first', '≤ 20 ms']);
  }
  printFigures('Calendar figures', figures);
  if ((globalThis as { gc?: unknown }).gc === undefined) console.log('\n(memory figure is approximate: run with node --expose-gc, as `npm run bench` does)');
}
