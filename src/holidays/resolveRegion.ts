import { REGION_PATTERN } from '../_lib/interviewFields.js';
import { InvalidArgumentError, UnknownRegionError } from '../errors.js';
import { editDistance } from '../_lib/editDistance.js';
import { catalog } from './catalog.js';
import { defaultWeekend } from '../calendar/defaultWeekend.js';
import { DEFAULT_WEEKEND } from '../calendar/weekends.js';

/** Codes people type for a country whose ISO 3166-1 code is different. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR', KS: 'XK' };

/**
 * Canonical region code of user input: the country upper-cased, `_` read as `-`, and each
 * subdivision written exactly as the data writes it (`"us_ca"` → `"US-CA"`). Checks the code
 * against date-holidays' own lists, because date-holidays itself silently falls back to the
 * national list for an unknown subdivision (and to nothing for an unknown country).
 *
 * @throws {@link InvalidArgumentError} when `code` is not a string shaped like a region code.
 * @throws {@link UnknownRegionError} when the data has no such country, subdivision or region,
 *   with close suggestions.
 */
export function resolveRegion(code: unknown): string {
  if (typeof code !== 'string' || !REGION_PATTERN.test(code)) {
    throw new InvalidArgumentError('region code', code, 'an ISO 3166-1 country code ("US") or ISO 3166-2 subdivision code ("US-CA"), that is two letters for the country, then "-" (or "_") and the subdivision, in any case');
  }
  const hd = catalog();
  const parts = code.split(/[-_]/);
  const country = parts[0]!.toUpperCase();
  const countries = hd.getCountries('en');
  if (!Object.hasOwn(countries, country)) {
    // A country whose weekend the library knows but whose holidays date-holidays lacks (QA, KW, NP …).
    const weekend = defaultWeekend(country);
    const note = weekend === DEFAULT_WEEKEND ? '' : ` date-holidays has no public holidays for ${country}; for its weekend alone, use createCalendar({ weekend: defaultWeekend("${country}") }) and add the holidays as daysOff.`;
    throw new UnknownRegionError(code, note === '' ? suggestCountries(country, countries) : [], note);
  }
  if (parts.length === 1) return country;

  const states = hd.getStates(country, 'en') ?? {};
  const state = findKey(states, parts[1]!);
  if (state === undefined) throw new UnknownRegionError(code, suggestSubdivisions(country, parts[1]!, states));
  if (parts.length === 2) return `${country}-${state}`;

  const regions = hd.getRegions(country, state, 'en') ?? {};
  const region = findKey(regions, parts[2]!);
  if (region === undefined) throw new UnknownRegionError(code, suggestSubdivisions(`${country}-${state}`, parts[2]!, regions, true));
  return `${country}-${state}-${region}`;
}

function findKey(table: Readonly<Record<string, string>>, wanted: string): string | undefined {
  const upper = wanted.toUpperCase();
  return Object.keys(table).find((k) => k.toUpperCase() === upper);
}

function byCloseness(wanted: string, candidates: readonly [code: string, key: string, name: string][], max: number): string[] {
  const w = wanted.toUpperCase();
  return candidates
    .map(([code, key, name]) => {
      const n = name.toUpperCase();
      const distance = n === w || n.replace(/[^A-Z0-9]/g, '') === w.replace(/[^A-Z0-9]/g, '') ? 0 : editDistance(w, key.toUpperCase());
      return { code, distance };
    })
    .filter((c) => c.distance <= max)
    .sort((a, b) => a.distance - b.distance || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, 5)
    .map((c) => c.code);
}

function suggestCountries(country: string, countries: Readonly<Record<string, string>>): string[] {
  const alias = Object.hasOwn(ALIASES, country) ? ALIASES[country] : undefined;
  if (alias !== undefined && Object.hasOwn(countries, alias)) return [alias];
  return byCloseness(country, Object.entries(countries).map(([k, name]) => [k, k, name]), 1);
}

function suggestSubdivisions(parent: string, wanted: string, table: Readonly<Record<string, string>>, isRegion = false): string[] {
  const entries = Object.entries(table).map(([k, name]) => [`${parent}-${k}`, k, name] as [string, string, string]);
  if (entries.length === 0) return [parent];
  const close = byCloseness(wanted, entries, Math.max(1, Math.min(2, wanted.length - 1)));
  if (close.length > 0) return close;
  // Nothing close: offer the parent itself (for a region) or the first few subdivisions.
  return isRegion ? [parent] : entries.slice(0, 5).map(([c]) => c).sort();
}
