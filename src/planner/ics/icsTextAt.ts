import { textAt } from '../../_lib/check.js';
import { InvalidArgumentError } from '../../errors.js';

/** A lone surrogate: half of a UTF-16 pair without its other half (a high one not followed by a low one, or a low one not after a high one). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A string at `path` that is well-formed UTF-16, or {@link InvalidArgumentError}: a lone surrogate has
 * no UTF-8 form (an encoder writes U+FFFD for it), so `"a\uD800"` and `"a\uDBFF"` would become the
 * same text in the file, and their UIDs the same entry. `nonEmpty` also rejects `""`. @internal
 */
export function icsTextAt(value: unknown, path: string, nonEmpty = false): string {
  const text = textAt(value, path);
  if (nonEmpty && text === '') throw new InvalidArgumentError(path, value, 'a non-empty text');
  if (LONE_SURROGATE.test(text)) {
    throw new InvalidArgumentError(path, value, 'a text of whole characters: a lone surrogate (U+D800 to U+DFFF without its pair) has no UTF-8 form');
  }
  return text;
}

/** An optional {@link icsTextAt}. @internal */
export function optionalIcsTextAt(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : icsTextAt(value, path);
}
