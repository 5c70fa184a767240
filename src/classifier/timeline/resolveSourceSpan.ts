import type { CleanedField } from '../cleanReply.js';
import type { SourceSpan } from '../types.js';

/**
 * The span of the original input that a match in a field's cleaned, folded text came from: every
 * resolver reports its phrase through this one function, so `input.slice(start, end) === text`
 * holds for HTML entities, quoted lines and typographic quotes alike.
 */
export function resolveSourceSpan(field: CleanedField, start: number, end: number): SourceSpan {
  const from = field.starts[start] ?? 0;
  const to = Math.max(from, field.ends[end - 1] ?? from);
  return { field: field.field, start: from, end: to, text: field.original.slice(from, to) };
}

/** The end of a match without a sentence's full stop ("by Friday." → "by Friday"); abbreviations and dates keep theirs ("Dec.", "4.12."). */
export function trimFullStop(text: string, start: number, end: number): number {
  if (text.charCodeAt(end - 1) !== 46 || end - start <= 5) return end;
  let k = end - 1;
  while (k > 0 && text.charCodeAt(k - 1) >= 97 && text.charCodeAt(k - 1) <= 122) k--;
  return end - 1 - k <= 4 ? end : end - 1;
}
