import { textAt } from '../../_lib/check.js';
import { InvalidArgumentError } from '../../errors.js';

/** Octets of a line's content, continuation lines included their leading space (RFC 5545 §3.1). */
export const ICS_LINE_OCTETS = 75;

const NON_ASCII = /[^\u0000-\u007f]/;
const LINE_BREAK = /[\r\n]/;

/** UTF-8 octets of a UTF-16 code unit that is not half of a surrogate pair (a lone surrogate becomes U+FFFD: 3 octets). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : 3;
}

/**
 * Folds one logical content line into physical lines of at most 75 octets of UTF-8 (RFC 5545
 * §3.1), joined by CRLF and a space. A fold never splits a character: neither a multi-byte UTF-8
 * sequence nor a surrogate pair. Removing every CRLF-space restores the logical line.
 *
 * @param line - One content line without its line break, its TEXT values escaped ({@link escapeIcsText}).
 * @returns The folded line, without a trailing CRLF.
 * @throws {@link InvalidArgumentError} if `line` holds CR or LF: the line would end there, and what
 *   follows would be read as another property.
 * @example
 * ```ts
 * foldIcsLine('SUMMARY:' + 'x'.repeat(80)).split('\r\n').map((l) => l.length) //=> [75, 14]
 * ```
 */
export function foldIcsLine(line: string): string {
  textAt(line, 'line');
  if (LINE_BREAK.test(line)) {
    throw new InvalidArgumentError('line', line, 'one content line without CR or LF: escape TEXT values with escapeIcsText, which writes line breaks as \\n');
  }
  if (line.length <= ICS_LINE_OCTETS && !NON_ASCII.test(line)) return line;
  let out = '';
  let octets = 0;
  let from = 0;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const n = pair ? 4 : utf8Length(c);
    const width = pair ? 2 : 1;
    if (octets + n > ICS_LINE_OCTETS) {
      out += `${line.slice(from, i)}\r\n `;
      from = i;
      octets = 1;
    }
    octets += n;
    i += width;
  }
  return out + line.slice(from);
}
