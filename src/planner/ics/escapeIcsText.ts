import { icsTextAt } from './icsTextAt.js';

/** What a TEXT value writes differently: its specials, line breaks (NEL and U+2028/U+2029 too) and control characters. */
const SPECIAL = /\r\n|[\\;,\r\n\u0085\u2028\u2029]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function replace(match: string): string {
  switch (match) {
    case '\\': return '\\\\';
    case ';': return '\\;';
    case ',': return '\\,';
    case '\r\n':
    case '\r':
    case '\n':
    case '\u0085':
    case '\u2028':
    case '\u2029': return '\\n';
    default: return '';
  }
}

/**
 * Escapes a string for an iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma
 * get a backslash, every line break (CR, LF, CRLF, NEL U+0085, and the line and paragraph
 * separators U+2028 and U+2029) becomes `\n`, and the other control characters but tab (C0, DEL and
 * C1 U+0080–U+009F, which TEXT cannot hold) are dropped.
 *
 * @param text - Any well-formed string.
 * @returns The escaped value, ready to be folded with {@link foldIcsLine}.
 * @throws {@link InvalidArgumentError} if `text` is not a string or holds a lone surrogate.
 * @example
 * ```ts
 * escapeIcsText('Notes; see a, b\nthen c') //=> "Notes\\; see a\\, b\\nthen c"
 * ```
 */
export function escapeIcsText(text: string): string {
  icsTextAt(text, 'text');
  return text.replace(SPECIAL, replace);
}
