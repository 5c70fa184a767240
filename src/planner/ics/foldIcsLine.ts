/** Octets of a line's content, continuation lines included their leading space (RFC 5545 §3.1). */
export const ICS_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one logical content line into physical lines of at most 75 octets of UTF-8 (RFC 5545
 * §3.1), joined by CRLF and a space. A fold never splits a character: neither a multi-byte UTF-8
 * sequence nor a surrogate pair. Removing every CRLF-space restores the logical line.
 *
 * @param line - One content line without its line break.
 * @returns The folded line, without a trailing CRLF.
 * @example
 * ```ts
 * foldIcsLine('SUMMARY:' + 'x'.repeat(80)).split('\r\n').map((l) => l.length) //=> [75, 14]
 * ```
 */
export function foldIcsLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > ICS_LINE_OCTETS) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += n;
  }
  return out;
}
