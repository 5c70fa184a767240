import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, FIXTURE_FROM, FIXTURE_REGIONS, FIXTURE_TO, fixtureOf } from '../../scripts/generate-fixtures.js';

// Golden files written by `npm run fixtures` and reviewed as a diff. A date-holidays upgrade that
// changes any non-business day of these regions in 2025–2027 fails here; regenerate and review.
// Their correctness is checked separately, by the hand-checked facts in regionCalendar.test.ts.
describe('golden non-business days, 2025–2027 (R4.4)', () => {
  it.each(FIXTURE_REGIONS)('R4.4: %s matches test/fixtures/holidays', (code) => {
    const golden = JSON.parse(readFileSync(join(FIXTURE_DIR, `${code}.json`), 'utf8')) as Record<string, unknown>;
    expect(golden.from).toBe(FIXTURE_FROM);
    expect(golden.to).toBe(FIXTURE_TO);
    expect(fixtureOf(code).nonBusinessDays).toEqual(golden.nonBusinessDays);
  });
});
