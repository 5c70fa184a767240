import { catalog } from './catalog.js';

/** A subdivision (or date-holidays' third level) in {@link listRegions}. */
export interface SubdivisionInfo {
  /** The code to pass to `regionCalendar`: `'US-CA'`, `'DE-BY-A'`. */
  readonly code: string;
  readonly name: string;
}

/** A country in {@link listRegions}. */
export interface RegionInfo {
  /** ISO 3166-1 alpha-2 code: `'US'`. */
  readonly code: string;
  /** Name in English where the data has one, else in the local language. */
  readonly name: string;
  /** Subdivisions and their regions, sorted by code (`'DE-BY'` then `'DE-BY-A'`); empty when none. */
  readonly subdivisions: readonly SubdivisionInfo[];
}

/** Built on first use from the catalogue's immutable data, once per process (a single value, so not a memo); frozen. */
let regions: readonly RegionInfo[] | undefined;

const byCode = <T extends { code: string }>(a: T, b: T): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Every country and subdivision that `regionCalendar` accepts, for region pickers (R4.4).
 *
 * @returns Countries sorted by code, each with its subdivisions sorted by code; frozen plain data.
 * @throws {@link MissingDependencyError} when date-holidays is not installed.
 * @example
 * ```ts
 * const us = listRegions().find((r) => r.code === 'US')
 * us?.subdivisions.find((s) => s.code === 'US-CA') //=> { code: 'US-CA', name: 'California' }
 * ```
 */
export function listRegions(): readonly RegionInfo[] {
  return (regions ??= buildRegions());
}

function buildRegions(): readonly RegionInfo[] {
  const hd = catalog();
  const countries = Object.entries(hd.getCountries('en')).map(([country, name]): RegionInfo => {
    const subdivisions: SubdivisionInfo[] = [];
    for (const [state, stateName] of Object.entries(hd.getStates(country, 'en') ?? {})) {
      subdivisions.push(Object.freeze({ code: `${country}-${state}`, name: stateName.trim() }));
      for (const [region, regionName] of Object.entries(hd.getRegions(country, state, 'en') ?? {})) {
        subdivisions.push(Object.freeze({ code: `${country}-${state}-${region}`, name: regionName.trim() }));
      }
    }
    return Object.freeze({ code: country, name: name.trim(), subdivisions: Object.freeze(subdivisions.sort(byCode)) });
  });
  return Object.freeze(countries.sort(byCode));
}
