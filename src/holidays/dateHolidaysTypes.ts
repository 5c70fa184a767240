/**
 * The part of the date-holidays 3 API this adapter uses, described structurally so that only
 * `loadDateHolidays.ts` touches the package itself. A type test checks that the real class fits.
 */

/** One entry of `Holidays#getHolidays(year)`. */
export interface RawHoliday {
  /** `"YYYY-MM-DD hh:mm:ss"`, optionally followed by `" -0600"` for days that begin the evening before. */
  readonly date: string;
  readonly start: Date;
  readonly end: Date;
  readonly name: string;
  readonly type: string;
  readonly substitute?: boolean;
}

/** Constructor options of date-holidays that the adapter passes. */
export interface DateHolidaysOptions {
  languages?: string | string[];
  types?: ('public' | 'bank' | 'optional' | 'school' | 'observance')[];
}

/** A date-holidays instance, as used here. */
export interface DateHolidays {
  /** The region's holidays of `year`, every type, names in `lang`. */
  getHolidays(year?: string | number | Date, lang?: string): RawHoliday[];
  /** Reads `date` as an instant in the region's zone: not used by the adapter (see the trap tests). */
  isHoliday(date: Date | string): RawHoliday[] | false;
  /** The countries the data knows, code → name in `lang`. */
  getCountries(lang?: string): { [code: string]: string };
  /** Returns `undefined` at run time for a country without subdivisions, whatever its typings say. */
  getStates(country: string, lang?: string): { [code: string]: string } | undefined;
  /** The regions of a state, code → name; `undefined` at run time when it has none. */
  getRegions(country: string, state: string, lang?: string): { [code: string]: string } | undefined;
}

/** The date-holidays class: `new Holidays(opts)` for the catalogue, `new Holidays({ country, state, region }, opts)` for a region. */
export interface DateHolidaysConstructor {
  new (opts?: DateHolidaysOptions): DateHolidays;
  new (country: { country: string; state?: string; region?: string }, opts?: DateHolidaysOptions): DateHolidays;
}
