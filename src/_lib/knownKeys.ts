import { InvalidArgumentError } from '../errors.js';
import { editDistance } from './editDistance.js';

/**
 * The one of `names` that `key` most likely misspells (`polcy` → `policy`, `Locale` → `locale`): the nearest within
 * two edits, case aside, and closer than the key is long; `undefined` when none is.
 */
export function nearestName(key: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let distance = Math.min(3, key.length);
  for (const name of names) {
    const d = editDistance(name.toLowerCase(), key.toLowerCase());
    if (d < distance) [best, distance] = [name, d];
  }
  return best;
}

/** ` (did you mean "policy"?)` when `key` is close to one of `names`, else `""`. */
export function didYouMean(key: string, names: readonly string[]): string {
  const near = nearestName(key, names);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}

/**
 * Refuses an own key of `record` that is not one of `known`, so that a misspelt option (`polcy`) is an error rather
 * than an option silently ignored: `Invalid options key "polcy": expected one of calendar, policy (did you mean
 * "policy"?).` A key whose value is `undefined` counts as absent (`{ ...options, policy: undefined }`). `argument`
 * names the object in the message (`"options key"`, `"policy key"`).
 */
export function knownKeys(record: object, known: readonly string[], argument: string): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key) && (record as Readonly<Record<string, unknown>>)[key] !== undefined) {
      throw new InvalidArgumentError(argument, key, `one of ${known.join(', ')}${didYouMean(key, known)}`);
    }
  }
}
