import { textAt } from '../_lib/check.js';

function isSpace(c: number): boolean {
  return c <= 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ASCII letters and digits, and anything outside ASCII except common punctuation (dashes, quotes, bullets). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !(c === 0xab || c === 0xbb || c === 0xb7 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e));
}

/**
 * Counts words as whitespace-separated tokens that contain at least one letter or digit, so a
 * lone dash or bullet is not a word (R1.4, R5). Text without spaces (Chinese, Japanese) counts
 * as one word per run.
 *
 * @example
 * ```ts
 * countWords('Thank you – truly!') //=> 3
 * ```
 */
export function countWords(text: string): number {
  textAt(text, 'text');
  let words = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && isWordChar(c)) {
      counted = true;
      words++;
    }
  }
  return words;
}
