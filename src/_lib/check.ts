// Checks of plain values from callers that may not use TypeScript: each names the field's path,
// the value found and what would be valid, and throws the library's typed errors. Zod-free, so the
// light entry points can use them. Dates, instants, zones and calendars are checked by the calendar
// (civilDayAt, instantAt, timeZoneAt, calendarAt in src/calendar/).
import { InvalidArgumentError } from '../errors.js';

/** A plain object read as a record of its own fields. */
export type Fields = Readonly<Record<string, unknown>>;

/** Whether `value` is an object that is neither an array nor a `Date` (a record of fields). */
export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The own field `key` of `record`, never one inherited from a prototype (`constructor`, `toString`, …). */
export function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Fields)[key] : undefined;
}

/** `table[key]` when `key` is an own key of the table, else `undefined`. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An object of fields at `path`, or {@link InvalidArgumentError}. */
export function recordAt(value: unknown, path: string, expected: string): Fields {
  if (!isRecord(value)) throw new InvalidArgumentError(path, value, expected);
  return value;
}

/** An optional object of fields at `path` (`undefined` and `null` give `{}`). */
export function optionsAt(value: unknown, path: string, expected: string): Fields {
  if (value === undefined || value === null) return {};
  return recordAt(value, path, expected);
}

/** An array at `path` without holes (`[, x]`, which `map` and `forEach` skip), or {@link InvalidArgumentError}. */
export function arrayAt(value: unknown, path: string, expected: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new InvalidArgumentError(path, value, expected);
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) throw new InvalidArgumentError(`${path}.${i}`, undefined, `an item: the array has a hole here, and ${path} must be ${expected}`);
  }
  return value;
}

/** A string at `path`; `nonEmpty` also rejects blank text. */
export function textAt(value: unknown, path: string, nonEmpty = false): string {
  if (typeof value !== 'string' || (nonEmpty && value.trim() === '')) {
    throw new InvalidArgumentError(path, value, nonEmpty ? 'a non-empty text' : 'a text');
  }
  return value;
}

/** An optional string at `path`; `nonEmpty` also rejects blank text. */
export function optionalTextAt(value: unknown, path: string, nonEmpty?: boolean): string | undefined {
  return value === undefined ? undefined : textAt(value, path, nonEmpty);
}

/** A whole number from `min` to `max` at `path`. */
export function integerAt(value: unknown, path: string, min: number, max: number, what = 'a whole number'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(path, value, `${what} from ${min} to ${max}`);
  }
  return value;
}
