// Checks of plain values from callers that may not use TypeScript: each names the field's path,
// the value found and what would be valid, and throws the library's typed errors. Zod-free, so the
// light entry points can use them.
import { parseCivilDate } from '../calendar/epochDay.js';
import { instantAt, instantText, timeZoneAt } from '../calendar/zone.js';
import { InvalidArgumentError, InvalidDateError } from '../errors.js';

/** A plain object read as a record of its own fields. */
export type Fields = Readonly<Record<string, unknown>>;

/** Whether `value` is an object that is not an array (a record of fields). */
export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** An optional string at `path`. */
export function optionalTextAt(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : textAt(value, path);
}

/** A whole number from `min` to `max` at `path`. */
export function integerAt(value: unknown, path: string, min: number, max: number, what = 'a whole number'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(path, value, `${what} from ${min} to ${max}`);
  }
  return value;
}

/** A real civil date `YYYY-MM-DD` at `path`, as its epoch day. */
export function civilDayAt(value: unknown, path: string): number {
  const day = typeof value === 'string' ? parseCivilDate(value) : Number.NaN;
  if (Number.isNaN(day)) throw new InvalidDateError(value, 'a real date "YYYY-MM-DD", such as "2026-12-04"', path);
  return day;
}

/** Epoch ms of an instant (ISO 8601 with offset, or a valid `Date`) at `path`. */
export function instantMsAt(value: unknown, path: string): number {
  return instantAt(value, path);
}

/** An instant at `path` as the ISO 8601 string callers get back (a `Date` becomes `toISOString()`). */
export function instantTextAt(value: unknown, path: string): string {
  return instantText(value, path);
}

/** An IANA zone at `path`. */
export function timeZoneNameAt(value: unknown, path: string): string {
  return timeZoneAt(value, path);
}

/** A calendar object (from `createCalendar` or `regionCalendar`) at `path`, with the methods the caller uses. */
export function calendarAt<C>(value: unknown, path: string, methods: readonly string[] = ['addBusinessDays', 'explain']): C {
  if (!isRecord(value) || methods.some((m) => typeof value[m] !== 'function')) {
    throw new InvalidArgumentError(path, value, 'a Calendar from createCalendar(...) or regionCalendar(...)');
  }
  return value as C;
}
