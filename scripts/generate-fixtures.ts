/**
 * `npm run fixtures`: regenerates the golden files of test/fixtures/holidays/ — the non-business
 * days (with reasons) of a dozen regions for 2025–2027, as `regionCalendar(code).explain` reports
 * them. Review the diff before committing: a change means the holiday data (or the adapter) changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionCalendar } from '../src/holidays/index.js';

/** The regions and years the golden files cover (shared with the test that reads them). */
export const FIXTURE_REGIONS = ['US', 'US-CA', 'GB', 'GB-SCT', 'DE-BY', 'FR', 'ES', 'AU-NSW', 'JP', 'CA-QC', 'IL', 'AE', 'BR', 'IN'] as const;
export const FIXTURE_FROM = '2025-01-01';
export const FIXTURE_TO = '2027-12-31';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_DIR = join(root, 'test', 'fixtures', 'holidays');

/** The golden content of one region. */
export function fixtureOf(code: string): { region: string; from: string; to: string; nonBusinessDays: ReturnType<ReturnType<typeof regionCalendar>['explain']> } {
  return { region: code, from: FIXTURE_FROM, to: FIXTURE_TO, nonBusinessDays: regionCalendar(code).explain(FIXTURE_FROM, FIXTURE_TO) };
}

function main(): void {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const version = (JSON.parse(readFileSync(join(root, 'node_modules', 'date-holidays', 'package.json'), 'utf8')) as { version: string }).version;
  for (const code of FIXTURE_REGIONS) {
    const file = join(FIXTURE_DIR, `${code}.json`);
    const { region, from, to, nonBusinessDays } = fixtureOf(code);
    // One day per line, so a data change reads as a short diff.
    const lines = nonBusinessDays.map((d) => `  ${JSON.stringify(d)}`).join(',\n');
    const head = JSON.stringify({ dateHolidays: version, region, from, to }).slice(0, -1);
    writeFileSync(file, `${head},"nonBusinessDays":[\n${lines}\n]}\n`);
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
