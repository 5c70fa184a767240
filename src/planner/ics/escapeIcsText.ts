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
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) out += '\\\\';
    else if (c === 0x3b) out += '\\;';
    else if (c === 0x2c) out += '\\,';
    else if (c === 0x0d) {
      out += '\\n';
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c === 0x0a) out += '\\n';
    else if ((c < 0x20 && c !== 0x09) || c === 0x7f) continue;
    else out += text[i];
  }
  return out;
}
