import { htmlEntity } from '../_lib/htmlEntities.js';
import { MappedTextBuilder } from './mappedText.js';
import type { MappedText } from './mappedText.js';

/** Tags after which the text continues on a new line. */
const BLOCK = new Set([
  'br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'hr',
  'section', 'article', 'header', 'footer', 'pre', 'dd', 'dt', 'dl', 'center', 'address', 'tbody', 'thead',
]);
/** Tags whose content is never text. */
const SKIP = new Set(['style', 'script', 'head', 'title', 'template', 'noscript', 'svg', 'xml']);

/**
 * Elements whose text a `display: none` in their style attribute hides (a mail's preview text, its "preheader", is so
 * hidden): elements that hold text, not an image or a line break.
 */
export const HIDDEN_NAME_PATTERN = /^(?:div|span|p|td|th|tr|table|a|font|center|li|b|strong|em|i|h[1-6])$/;
/** The hiding declaration, looked for in an attribute list (lower case) and kept only after `style`. */
export const DISPLAY_NONE_PATTERN = /display\s*:\s*none/;

/** Closing tags of {@link SKIP} elements, searched from the opening tag (linear). */
export const SKIP_CLOSE_PATTERN = /<\/(style|script|head|title|template|noscript|svg|xml)\s*>/gi;

function isDigit(c: number, hex: boolean): boolean {
  return (c >= 48 && c <= 57) || (hex && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)));
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The offset after the element whose content starts at `from`: after its closing tag `</name>`, or
 * the end of the input when it has none. `closeTags` finds closing tags of every skipped kind.
 */
function afterSkippedElement(html: string, from: number, name: string, closeTags: RegExp): number {
  closeTags.lastIndex = from;
  for (;;) {
    const m = closeTags.exec(html);
    if (m === null) return html.length;
    if ((m[1] ?? '').toLowerCase() === name) return m.index + m[0].length;
  }
}

/**
 * Writes the character reference at `i` (`&amp;`, `&#233;`, `&#xE9;`, the `;` optional) decoded, or
 * a literal `&` when it is none; returns the offset after what it read.
 */
export function pushEntity(html: string, i: number, out: MappedTextBuilder): number {
  const n = html.length;
  let j = i + 1;
  let decoded: string | undefined;
  if (html.charCodeAt(j) === 35 /* # */) {
    j++;
    const hex = html.charCodeAt(j) === 120 || html.charCodeAt(j) === 88;
    if (hex) j++;
    const digitsStart = j;
    while (j < n && j - digitsStart < 8 && isDigit(html.charCodeAt(j), hex)) j++;
    if (j > digitsStart) {
      const cp = Number.parseInt(html.slice(digitsStart, j), hex ? 16 : 10);
      if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) decoded = String.fromCodePoint(cp);
    }
  } else {
    while (j < n && j - i <= 10 && isNameChar(html.charCodeAt(j))) j++;
    decoded = htmlEntity(html.slice(i + 1, j));
  }
  if (decoded === undefined) {
    out.push(38, i, i + 1);
    return i + 1;
  }
  const end = html.charCodeAt(j) === 59 /* ; */ ? j + 1 : j;
  out.pushString(decoded, i, end);
  return end;
}

/**
 * Converts HTML to plain text left to right, keeping for every output character the range of the HTML it came from.
 * Drops tags, comments and the content of `<style>`, `<script>`, `<head>`, `<blockquote>` (quoted earlier messages)
 * and of elements that `display: none` in their style hides (a preview text; one that never closes hides nothing);
 * decodes entities; turns block tags and `<br>` into newlines. Not a full HTML parser: it reads the input at most twice
 * (a second time from a hidden element that never closed), so any input takes linear time. Stops once `maxLength`
 * characters of text have been produced. With `keepQuotes`, the text of `<blockquote>` is read as any block's.
 *
 * @example
 * ```ts
 * stripHtml('<p>We are pleased&nbsp;to offer</p>').text //=> "\nWe are pleased to offer\n"
 * ```
 */
export function stripHtml(html: string, maxLength = Infinity, keepQuotes = false): MappedText {
  // long: one pass over every character of the HTML (a second from a hidden element that never closed), with the state of
  // tags, quotes and hidden elements inline
  const n = html.length;
  const out = new MappedTextBuilder(n >> 1);
  let quoteDepth = 0;
  // Inside a hidden element: its name, how deep in elements of that name the stripper is, and where its content
  // starts. One that never closes (or whose end the stripper cannot tell) hides nothing: the stripper reads again from
  // its content, hiding nothing from there on.
  let hidden = '';
  let hiddenDepth = 0;
  let hiddenFrom = 0;
  let hiddenQuoteDepth = 0;
  let hide = true;
  let noGtAfter = n + 1; // once indexOf('>') failed from p, it fails from every later position
  const closeTags = new RegExp(SKIP_CLOSE_PATTERN.source, SKIP_CLOSE_PATTERN.flags);
  let i = 0;
  for (;;) {
    if (hiddenDepth > 0 && i >= n) {
      i = hiddenFrom;
      quoteDepth = hiddenQuoteDepth;
      hiddenDepth = 0;
      hide = false;
    }
    if (i >= n || out.length >= maxLength) break;
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? n : close + 3;
        continue;
      }
      let j = i + 1;
      const closing = html.charCodeAt(j) === 47;
      if (closing) j++;
      const nameStart = j;
      while (j < n && j - nameStart < 16 && isNameChar(html.charCodeAt(j))) j++;
      const bang = html.charCodeAt(nameStart) === 33 || html.charCodeAt(nameStart) === 63; // <!DOCTYPE, <?xml
      if (j === nameStart && !bang) {
        if (quoteDepth === 0 && hiddenDepth === 0) out.push(60, i, i + 1);
        i++;
        continue;
      }
      const gt = i >= noGtAfter ? -1 : html.indexOf('>', j);
      if (gt < 0) {
        noGtAfter = i;
        if (quoteDepth === 0 && hiddenDepth === 0) out.push(60, i, i + 1);
        i++;
        continue;
      }
      const name = html.slice(nameStart, j).toLowerCase();
      const next = gt + 1;
      if (!closing && SKIP.has(name) && html.charCodeAt(gt - 1) !== 47) {
        i = afterSkippedElement(html, next, name, closeTags);
        continue;
      }
      if (name === 'blockquote' && !keepQuotes) quoteDepth = closing ? Math.max(0, quoteDepth - 1) : quoteDepth + 1;
      if (hiddenDepth > 0) {
        if (name === hidden) hiddenDepth += closing ? -1 : 1;
      } else if (hide && !closing && gt - j > 12 && html.charCodeAt(gt - 1) !== 47 && HIDDEN_NAME_PATTERN.test(name)) {
        // (A tag with fewer characters of attributes than `style="display:none"` hides nothing: no string is made for it.)
        const attributes = html.slice(j, Math.min(gt, j + 2000)).toLowerCase();
        const at = attributes.search(DISPLAY_NONE_PATTERN);
        if (at > 0 && attributes.lastIndexOf('style', at) >= 0) {
          hidden = name;
          hiddenDepth = 1;
          hiddenFrom = next;
          hiddenQuoteDepth = quoteDepth;
        }
      }
      if (quoteDepth === 0 && hiddenDepth === 0) {
        if (BLOCK.has(name) || name === 'blockquote') out.push(10, i, next);
        else if (name === 'td' || name === 'th') out.push(32, i, next);
      }
      i = next;
      continue;
    }
    if (quoteDepth > 0 || hiddenDepth > 0) {
      i++;
      continue;
    }
    if (c === 38 /* & */) {
      i = pushEntity(html, i, out);
      continue;
    }
    // Whitespace in HTML source is not a line break.
    out.push(c === 10 || c === 13 || c === 9 ? 32 : c, i, i + 1);
    i++;
  }
  return out.build();
}
