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
  // Full lower-casing keeps the length (almost always): then there is no ASCII capital left to fold.
  const lowered = lower.length === text.length;
  const src = lowered ? lower : text;
  const parts: string[] = [];
  let from = 0;
  let buf = '';
  // Only the characters of the table can change; the engine's pattern search skips the others (most text is ASCII).
  const foldable = FOLDABLE_PATTERN;
  foldable.lastIndex = 0;
  while (foldable.test(src)) {
    const i = foldable.lastIndex - 1;
    // The table is made when a text first needs it (an ASCII text never does).
    const f = foldTable()[src.charCodeAt(i)] ?? src[i] ?? '';
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
    return lowered ? src : foldAsciiUpper(src);
  }
  parts.push(buf, src.slice(from));
  const folded = parts.join('');
  return lowered ? folded : foldAsciiUpper(folded);
}

function foldAsciiUpper(s: string): string {
  // `toLowerCase` changed the length, so it was not used: lower-case the ASCII capitals here.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.replace(ASCII_UPPER_PATTERN, (m) => m.toLowerCase());
  }
  return s;
}

/** The characters of the fold table beyond ASCII (`g`: searched from `lastIndex`, reset before each text). */
export const FOLDABLE_PATTERN = /[\u0080-\u024f]/g;

/** ASCII capitals, for the rare text whose full lower-casing would change its length. */
export const ASCII_UPPER_PATTERN = /[A-Z]/g;

/** The folded form of one word (used to compile cue tables). */
export function foldWord(word: string): string {
  return foldText(word);
}

/** A link in folded text (`https://…`, `http://…`, `www.…`), up to the next space. */
export const LINK_PATTERN = /(?:https?:\/\/|www\.)\S*/g;

/**
 * A message's field folded ({@link foldText}), with its links made spaces (the punctuation after a link stays: it may
 * end a sentence). A link's host, path and query are ids, tracking codes and file names, whose pieces read as words
 * ("e", "c", "click", "com"): with a link added below them, one message in forty or so had changed label.
 */
export function foldField(text: string): string {
  const folded = foldText(text);
  return folded.includes('http') || folded.includes('www.') ? folded.replace(LINK_PATTERN, blank) : folded;
}

/** Spaces for a link, and the punctuation it ends with as it is. */
function blank(link: string): string {
  let n = link.length;
  while (n > 0 && '.,;:!?)]'.includes(link[n - 1]!)) n--;
  return ' '.repeat(n) + link.slice(n);
}
