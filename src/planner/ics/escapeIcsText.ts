import { textAt } from '../../_lib/check.js';

const SPECIAL = /\r\n|[\\;,\r\n]|[\u0000-\u0008\u000b-\u001f\u007f]/g;

function replace(match: string): string {
  switch (match) {
    case '\\': return '\\\\';
    case ';': return '\\;';
    case ',': return '\\,';
    case '\r\n':
    case '\r':
    case '\n': return '\\n';
    default: return '';
  }
}

/**
 * Escapes a string for an iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma
 * get a backslash, every line break becomes `\n`, and control characters other than tab (which
 * TEXT cannot hold) are dropped.
 *
 * @param text - Any string.
 * @returns The escaped value, ready to be folded with {@link foldIcsLine}.
 * @example
 * ```ts
 * escapeIcsText('Notes; see a, b\nthen c') //=> "Notes\\; see a\\, b\\nthen c"
 * ```
 */
export function escapeIcsText(text: string): string {
  textAt(text, 'text');
  return text.replace(SPECIAL, replace);
}
