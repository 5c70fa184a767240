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

/**
 * A link in folded text (`https://…`, `http://…`, `www.…`) up to the next space, or an inline image's marker in a text
 * part (Outlook's `[cid:image001.png@01DA...]`, Gmail's `[image: Acme logo]`).
 */
export const LINK_PATTERN = /\b(?:https?:\/\/|www\.)\S*|\[(?:cid|image):[^\]\n]{0,300}\]/g;

/**
 * A message's field folded ({@link foldText}), with its links and image markers made spaces but for the name of a link's
 * host ("calendly" in `https://calendly.com/acme/30min`, "zoom" in `https://acme.zoom.us/j/…`, which says what the link
 * is for), and the punctuation after a link (it may end a sentence). The rest of a link is ids, tracking codes and file
 * names, whose pieces read as words ("e", "c", "click", "com"): with a link added below them, one message in forty or
 * so had changed label. An image marker stands for a logo or a picture, and was read as a template's placeholder.
 */
export function foldField(text: string): string {
  const folded = foldText(text);
  return folded.includes('http') || folded.includes('www.') || folded.includes('[') ? folded.replace(LINK_PATTERN, blank) : folded;
}

/**
 * Spaces for a link but its host's name (the label before its host's last dot, or before a two-part ending such as
 * `.co.uk`), and the punctuation it ends with.
 */
function blank(link: string): string {
  let n = link.length;
  while (n > 0 && '.,;:!?)]'.includes(link[n - 1]!)) n--;
  let out = ' '.repeat(n);
  if (link[0] !== '[') {
    let from = link[0] === 'w' ? 0 : link.indexOf('//') + 2;
    let to = from;
    while (to < n && !'/?#>'.includes(link[to]!)) to++;
    // Past a user's name ("jane@calendly.com"), and past a two-part ending ("acme.co.uk", "acme.com.br").
    from = Math.max(from, link.lastIndexOf('@', to - 1) + 1);
    let dot = link.lastIndexOf('.', to - 1);
    let start = Math.max(from, link.lastIndexOf('.', dot - 1) + 1);
    if (to - dot === 3 && dot - start <= 3 && start > from) {
      dot = start - 1;
      start = Math.max(from, link.lastIndexOf('.', dot - 1) + 1);
    }
    if (dot > start) out = out.slice(0, start) + link.slice(start, dot) + out.slice(dot);
  }
  return out + link.slice(n);
}
