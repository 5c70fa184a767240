/**
 * The length of a UTF-8 byte-order mark at the start of a text (1 character) or of its bytes
 * (`EF BB BF`, 3 bytes), or 0. Editors on Windows write one at the start of saved files; it is not
 * part of the text. @internal
 */
export function bomLength(raw: string | Uint8Array): number {
  if (typeof raw === 'string') return raw.startsWith('\uFEFF') ? 1 : 0;
  return raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
}
