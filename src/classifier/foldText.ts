/**
 * Lower-cases and strips accents one UTF-16 code unit at a time, so the result has exactly the
 * length of the input and positions carry over (`ß`, `æ`, `ø` stay as they are). A constant table
 * covers Latin-1 and Latin Extended-A/B; other scripts are lower-cased when that keeps the length.
 */
let table: readonly string[] | undefined;
/** Built on first use, not at import (Unicode normalisation data is slow to load). */
function foldTable(): readonly string[] {
  if (table === undefined) {
    const t: string[] = [];
    for (let c = 0; c < 0x250; c++) {
      const ch = String.fromCharCode(c);
      const base = ch.normalize('NFD').charAt(0).toLowerCase();
      t.push(base.length === 1 ? base : ch);
    }
    table = t;
  }
  return table;
}

/** The folded form of `text`: same length, lower case, accents removed (`"Nächste Étape"` → `"nachste etape"`). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  const src = lower.length === text.length ? lower : text;
  const TABLE = foldTable();
  const parts: string[] = [];
  let from = 0;
  let buf = '';
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) continue;
    const f = c < 0x250 ? (TABLE[c] ?? src[i] ?? '') : src[i] ?? '';
    if (f !== src[i]) {
      buf += src.slice(from, i) + f;
      from = i + 1;
      if (buf.length > 8192) {
        parts.push(buf);
        buf = '';
      }
    }
  }
  if (from === 0 && parts.length === 0 && buf === '') {
    return src === text ? foldAsciiUpper(src) : src;
  }
  parts.push(buf, src.slice(from));
  return foldAsciiUpper(parts.join(''));
}

function foldAsciiUpper(s: string): string {
  // `toLowerCase` already ran when it kept the length; otherwise lower-case ASCII and table chars here.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.replace(ASCII_UPPER_PATTERN, (m) => m.toLowerCase());
  }
  return s;
}

/** ASCII capitals, for the rare text whose full lower-casing would change its length. */
export const ASCII_UPPER_PATTERN = /[A-Z]/g;

/** The folded form of one word (used to compile cue tables). */
export function foldWord(word: string): string {
  return foldText(word);
}
