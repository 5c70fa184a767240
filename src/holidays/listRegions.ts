import { optionsAt, own } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { InvalidArgumentError } from '../errors.js';
import { catalog } from './catalog.js';
import { resolveRegion } from './resolveRegion.js';

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

/** Options of {@link listRegions}. */
export interface ListRegionsOptions {
  /**
   * Only this country, with its subdivisions: an ISO 3166-1 code such as `"DE"`, in any case (`"de"` is `"DE"`).
   * @defaultValue `undefined` (every country)
   */
  readonly country?: string | undefined;
}

/** Built on first use from the catalogue's immutable data, once per process (a single value, so not a memo); frozen. */
let regions: readonly RegionInfo[] | undefined;

const byCode = <T extends { code: string }>(a: T, b: T): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Every country and subdivision that `regionCalendar` accepts, for region pickers (R4.4); with
 * `{ country }`, that one country and its subdivisions (as the command line's `regions --country`).
 *
 * @param options - `country`: list only this country.
 * @returns Countries sorted by code, each with its subdivisions sorted by code; frozen plain data.
 * @throws {@link MissingDependencyError} when date-holidays is not installed;
 *   {@link InvalidArgumentError} for options that are not an object `{ country? }` (`listRegions('DE')`
 *   included: the message shows the call to make), or a `country` that is not a country code
 *   (`"DE-BY"`, `5`); {@link UnknownRegionError} for a country the data does not have, with close codes.
 * @example
 * ```ts
 * const us = listRegions().find((r) => r.code === 'US')
 * us?.subdivisions.find((s) => s.code === 'US-CA') //=> { code: 'US-CA', name: 'California' }
 * listRegions({ country: 'de' }).map((r) => r.code) //=> ["DE"]
 * ```
 */
export function listRegions(options?: ListRegionsOptions): readonly RegionInfo[] {
  const all = (regions ??= buildRegions());
  const hint = typeof options === 'string' ? ` (for one country: listRegions({ country: ${JSON.stringify(options)} }))` : '';
  const o = optionsAt(options, 'options', `an object { country? }${hint}`);
  knownKeys(o, ['country'], 'options key');
  const country = own(o, 'country');
  if (country === undefined) return all;
  if (typeof country !== 'string' || !/^[A-Za-z]{2}$/.test(country)) {
    throw new InvalidArgumentError('options.country', country, 'an ISO 3166-1 country code such as "DE", in any case (a subdivision such as "DE-BY" is listed under its country)');
  }
  const code = resolveRegion(country);
  return Object.freeze(all.filter((r) => r.code === code));
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
