/** Windows-1252 characters of the bytes 0x80–0x9F (five bytes are unassigned and stay as they are). */
const WINDOWS_1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const C1 = /[\u0080-\u009f]/g;

/**
 * Reads C1 control characters (U+0080–U+009F) as the Windows-1252 characters of the same bytes:
 * curly quotes, dashes, the euro sign. Node 20's `TextDecoder('windows-1252')` decodes like
 * ISO-8859-1 and leaves these controls where the message had `“ ” – €`; the WHATWG Encoding
 * standard, which mail clients follow, reads both ISO-8859-1 and Windows-1252 this way, and
 * C1 controls never belong in the text of an email.
 */
export function repairWindows1252(text: string): string {
  return text.replace(C1, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80]!);
}
