import { recordAt, textAt } from '../_lib/check.js';
import type { Fields } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { describe, InvalidArgumentError } from '../errors.js';
import type { InputIssue } from '../errors.js';

/**
 * The options object of a hiring function, every key one of `known` (`undefined` gives `{}`; `required` only
 * changes how the expected object is described).
 * A misspelt option (`panel` for `interviewers`) is an {@link InvalidArgumentError} naming the key and
 * the valid ones, as `createCalendar` and the policies do for theirs, rather than an option silently
 * ignored; a value that is not an object (`null`, a string, an array) is one too, as the planner's options are. A key
 * set to `undefined` counts as absent.
 */
export function hiringOptions(value: unknown, known: readonly string[], required: readonly string[] = [], argument = 'options'): Fields {
  const fields = known.map((k) => (required.includes(k) ? k : `${k}?`)).join(', ');
  const options = value === undefined ? {} : recordAt(value, argument, `an object { ${fields} }`);
  knownKeys(options, known, `${argument} key`);
  return options;
}

/**
 * Adds an issue for each own key of `record` that is not one of `known` (a misspelt `completedon` would otherwise be
 * a field silently ignored, and the reference never complete), at `path` followed by the key.
 */
export function unknownFields(record: object, known: readonly string[], path: readonly (string | number)[], issues: InputIssue[]): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) issues.push({ path: [...path, key], message: `Unknown field ${JSON.stringify(key)}: expected one of ${known.join(', ')}.` });
  }
}

/**
 * Checks the record passed as `argument` (`approvals`, `references`): an object whose `candidateId` is a non-empty text
 * (as the model's schemas and scorecards ask) and whose
 * `list` (`steps`, `referees`) is an array, else an {@link InvalidArgumentError} naming the field at fault
 * (`approvals.candidateId`) rather than the whole record. Holes in the list are left for the caller to report by index.
 */
export function checkRecord(value: unknown, argument: string, expected: string, list: string, items: string): void {
  const record = recordAt(value, argument, expected);
  textAt(record['candidateId'], `${argument}.candidateId`, true);
  if (!Array.isArray(record[list])) throw new InvalidArgumentError(`${argument}.${list}`, record[list], `an array of ${items}`);
}

/**
 * Adds an issue for each of `keys` of `record` that is not a text (`steps.0.approver`, at `path` followed by the key);
 * with `optional`, a key left out is fine. False when any is not a text.
 */
export function textFields(record: object, keys: readonly string[], path: readonly (string | number)[], issues: InputIssue[], optional = false): boolean {
  let ok = true;
  for (const key of keys) {
    const value = (record as Fields)[key];
    if (typeof value !== 'string' && !(optional && value === undefined)) {
      issues.push({ path: [...path, key], message: `Invalid ${key} ${describe(value)}: expected a text.` });
      ok = false;
    }
  }
  return ok;
}
