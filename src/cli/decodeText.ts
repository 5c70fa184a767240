import { bomLength } from '../_lib/bomLength.js';
import { repairWindows1252 } from '../_lib/repairWindows1252.js';

/**
 * The text of a file or of standard input: UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (the Western code page that also reads ISO-8859-1, in which "ü" is the byte 0xFC),
 * never U+FFFD in place of a letter. A UTF-8 byte-order mark at the start is skipped.
 */
export function decodeText(bytes: Uint8Array): string {
  const text = bytes.subarray(bomLength(bytes));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(text);
  } catch {
    return repairWindows1252(new TextDecoder('windows-1252').decode(text));
  }
}
