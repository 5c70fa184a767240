import { InvalidArgumentError } from '../errors.js';
import { cleaningPatterns } from './cleaningPatterns.js';
import { foldText, LINK_PATTERN } from './foldText.js';
import type { CleaningPatterns } from './cleaningPatterns.js';
import { MappedTextBuilder } from './mappedText.js';
import type { MappedText } from './mappedText.js';
import { pushEntity, stripHtml } from './stripHtml.js';
import { wrapsSentence } from './wrapsSentence.js';
import type { ReplyField, ReplyInput } from './types.js';

/** One field of a reply after cleaning, mapped back to the field's original string. */
export interface CleanedField extends MappedText {
  readonly field: ReplyField;
  readonly original: string;
}

/** A reply body that is HTML rather than plain text. */
export const LOOKS_LIKE_HTML_PATTERN = /<(?:html|body|div|p|br|table|span|a|b|strong|td|font|meta)(?:\s[^<>]{0,200})?\/?>/i;

/**
 * A text part that starts as an HTML document or block does (`<!DOCTYPE html>`, `<html>` with any attributes, a comment,
 * `<?xml`, `<head>`, `<style>`, `<div>`, `<p>`, `<table>`, `<center>`, `<h1>`…): read as HTML. A text that starts with
 * an inline tag (`<b>Update</b>`) or a name in angle brackets stays plain text, and so does one with markup further down
 * (HTML quoted in a plain-text reply).
 */
export const STARTS_AS_HTML_PATTERN = /^\s*<(?:!--|\?xml|(?:!doctype|html|head|body|style|div|p|table|center|h[1-6])[\s>/])/i;

/** Lines longer than this are never a header, separator or signature; a disclaimer is read by its first this many characters. */
const MAX_HEADER_LINE = 300;
/** Lines longer than this are never a sign-off. */
const MAX_CLOSING_LINE = 60;

/**
 * Characters of cleaned text kept per field: a reply's outcome and promises are in its first
 * pages, and the cap bounds the time any input can take. Longer bodies are cut at this length.
 * @defaultValue 100_000
 */
export const MAX_CLEANED_LENGTH = 100_000;
/** Normalised characters read before lines are filtered (quotes and signatures drop some). */
const MAX_NORMALIZED_LENGTH = 4 * MAX_CLEANED_LENGTH;

/**
 * Text after normalisation, with the index of the source code unit each of its code units came from (`from`, valid
 * for `length` entries: a scratch buffer, reused by the next call).
 */
interface Normalized {
  readonly text: string;
  readonly from: Int32Array;
  readonly length: number;
}

/**
 * Scratch space for the normalised text's map to its source. It never leaves a call (the cleaned field gets its own
 * arrays), so reusing it spares an allocation outside the heap per reply.
 */
let scratch = new Int32Array(0);
function scratchOf(size: number): Int32Array {
  if (scratch.length < size) scratch = new Int32Array(Math.max(size, 2 * scratch.length, 1024));
  return scratch;
}

/** Scratch space for the normalised text's code units, used once its unchanged runs are short (see below). */
let unitScratch = new Uint16Array(0);
function unitsOf(size: number): Uint16Array {
  if (unitScratch.length < size) unitScratch = new Uint16Array(Math.max(size, 2 * unitScratch.length, 1024));
  return unitScratch;
}

/** Below this mean length of the unchanged runs (after the first 64), the text is made from its code units. */
const MIN_RUN = 16;

/** The one-character strings normalisation writes in place of another character. */
const REPLACEMENTS: Readonly<Record<number, string>> = { 10: '\n', 32: ' ', 34: '"', 39: "'" };

/**
 * Normalises line breaks, whitespace, invisible characters and typographic quotes in one pass: at most one space in a
 * row, none at the end of a line, at most one blank line in a row. The text is assembled from slices of `t` (most of
 * it is unchanged), so no character is copied one by one.
 */
/** What normalisation writes for code unit `c` (followed by `next`): a line break, a space, a straight quote, `c`, or -1 for nothing. */
function normalUnit(c: number, next: number): number {
  if (c === 13) return next === 10 ? -1 : 10;
  if (c === 10 || c === 0x2028 || c === 0x2029) return 10;
  if (c === 9 || c === 11 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return 32;
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x2060 || c === 0xfeff || c === 0xad) return -1;
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 0xb4 || c === 0x60) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0x2033) return 34;
  return c;
}

/**
 * Whether normalisation keeps `d` as it is wherever it stands: printable ASCII other than the space and the backtick,
 * and the letters from U+00C0 up to the general punctuation block.
 */
function isPlain(d: number): boolean {
  return (d > 32 && d < 127 && d !== 96) || (d >= 0xc0 && d < 0x2000);
}

function normalize(t: string): Normalized {
  // long: one pass over every character of the reply, its run bookkeeping inline (the reader's hottest loop)
  const n = t.length;
  const from = scratchOf(Math.min(n, MAX_NORMALIZED_LENGTH));
  const parts: string[] = [];
  // The unchanged run of `t` being copied, [runStart, runEnd). Once the runs are many and short (text chopped up by
  // collapsed spaces), the text is made from `units` instead: from then on it holds every code unit written.
  let runStart = 0;
  let runEnd = 0;
  let chopped = false;
  let units: Uint16Array | null = null;
  let length = 0;
  // The last unit written (a line break before the first), and the one before it (-1 when there is none).
  let last = 10;
  let beforeLast = -1;
  for (let i = 0; i < n && length < MAX_NORMALIZED_LENGTH; i++) {
    const c = t.charCodeAt(i);
    // Printable ASCII other than the space and the backtick stays as it is.
    const u = c > 32 && c < 127 && c !== 96 ? c : normalUnit(c, t.charCodeAt(i + 1));
    if (u === -1) continue;
    if (u === 32) {
      if (last === 32 || last === 10) continue;
    } else if (u === 10 && last === 32) {
      // A line does not end in a space: take the space back (`units` forgets it with `length`).
      length--;
      if (!chopped) {
        if (runEnd > runStart) runEnd--;
        else parts.pop();
      }
      last = beforeLast;
    } else if (u === 10 && last === 10 && beforeLast === 10) {
      // A third line break in a row adds nothing (a blank line is a blank line), and skipping it keeps a text of
      // nothing but line breaks from becoming a million empty lines.
      continue;
    }
    if (chopped) {
      // The text is made from `units`.
    } else if (u === c && runEnd === i && runEnd > runStart) runEnd++;
    else {
      if (runEnd > runStart) parts.push(t.slice(runStart, runEnd));
      if (u === c) {
        runStart = i;
        runEnd = i + 1;
      } else {
        parts.push(REPLACEMENTS[u] as string);
        runStart = runEnd = 0;
      }
      if (parts.length > 64 && parts.length * MIN_RUN > length) {
        // Chopped: `units` takes over, starting with what is written so far (everything in `parts` but this unit).
        chopped = true;
        units = unitsOf(Math.min(n, MAX_NORMALIZED_LENGTH));
        const written = parts.join('');
        for (let k = 0; k < length; k++) units[k] = written.charCodeAt(k);
      }
    }
    beforeLast = length > 0 ? last : -1;
    if (units !== null) units[length] = u;
    from[length++] = i;
    last = u;
    // The characters that follow and stay as they are extend the run (a single space too): one check each.
    if (runEnd === i + 1 && !chopped) {
      const stop = Math.min(n, i + 1 + MAX_NORMALIZED_LENGTH - length);
      let j = i + 1;
      for (; j < stop; j++) {
        const d = t.charCodeAt(j);
        if (!isPlain(d)) {
          // A space stays too, unless it follows a space or a line break (then the general path drops it).
          const p = t.charCodeAt(j - 1);
          if (d !== 32 || p === 32 || p === 10) break;
        }
        from[length++] = j;
      }
      if (j > i + 1) {
        runEnd = j;
        beforeLast = t.charCodeAt(j - 2);
        last = t.charCodeAt(j - 1);
        i = j - 1;
      }
    }
  }
  if (last === 32) {
    length--;
    if (!chopped) {
      if (runEnd > runStart) runEnd--;
      else parts.pop();
    }
  }
  if (units !== null) return { text: textOf(units, length), from, length };
  if (runEnd > runStart) parts.push(t.slice(runStart, runEnd));
  return { text: parts.length === 1 ? (parts[0] as string) : parts.join(''), from, length };
}

/** The string of the first `length` code units of `units`, made in chunks (an argument list has a limit). */
function textOf(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]));
  return parts.join('');
}

function hasLetter(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf) return true;
  }
  return false;
}

/**
 * Whether the message goes on after a sign-off-like line `li` that follows its opening line ("Saludos cordiales,"
 * "Thank you!"): the next line of text is a greeting (it ends with a comma or a colon) or a sentence (longer than a
 * sign-off, or five words or more ended by a full stop, a question or an exclamation mark). A name, a title or a quoted
 * line is a signature's or a thread's, and the sign-off then ends the message.
 */
function goesOn(lines: Lines, li: number): boolean {
  for (let k = li + 1; k < lines.count; k++) {
    const line = lineAt(lines, k) ?? '';
    if (line !== '') return line.length > MAX_CLOSING_LINE ? line.charCodeAt(0) !== 62 : GOES_ON_PATTERN.test(line);
  }
  return false;
}

/** A greeting's end, or a sentence of five words or more. */
const GOES_ON_PATTERN = /[,:]$|^(?:\S+ ){4}.*[.?!]$/;

/** The lines of a text: `starts[k]` and `ends[k]` bound line k (its line break excluded). */
interface Lines {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly count: number;
}

function splitLines(t: string): Lines {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let p = 0; ;) {
    const q = t.indexOf('\n', p);
    starts.push(p);
    ends.push(q < 0 ? t.length : q);
    if (q < 0) break;
    p = q + 1;
  }
  return { text: t, starts, ends, count: starts.length };
}

/** Line `k` as a string, or undefined past the last line. */
function lineAt(lines: Lines, k: number): string | undefined {
  return k < lines.count ? lines.text.slice(lines.starts[k], lines.ends[k]) : undefined;
}

function isReplyHeader(p: CleaningPatterns, line: string, lines: Lines, index: number): boolean {
  if (line.length > MAX_HEADER_LINE) return false;
  // A reply header ends with a colon (the pattern ends in ` ?:$`): checking that first spares the pattern on every
  // other line.
  if (line.charCodeAt(line.length - 1) === 58 && p.replyHeader.test(line)) return headsQuote(line, lines, index + 1);
  // Or its verb wraps onto the next line, a short one ending with the colon.
  const next = index + 1;
  if (next >= lines.count) return false;
  const start = lines.starts[next] ?? 0;
  const end = lines.ends[next] ?? 0;
  if (end - start > 80 || lines.text.charCodeAt(end - 1) !== 58 || end === start || !p.replyHeaderStart.test(line)) return false;
  const joined = `${line} ${lines.text.slice(start, end)}`;
  return p.replyHeader.test(joined) && headsQuote(joined, lines, next + 1);
}

/**
 * Whether a line that reads as a reply header is one: mail clients write a date or an address in it ("On 1 Dec 2026,
 * Jane <j@x.com> wrote:"), or quoted lines or nothing follow it. "Here is what the hiring manager wrote:" is the
 * sender's.
 */
function headsQuote(line: string, lines: Lines, below: number): boolean {
  if (/[\d@]/.test(line)) return true;
  below = pastBlanks(lines, below - 1) + 1;
  // Nothing below it: HTML's quote, dropped with its <blockquote>.
  return below >= lines.count || lines.text.charCodeAt(lines.starts[below] ?? -1) === 62 /* > */;
}

/** The last of the blank lines right below line `li`, or `li`: a header block may stand a blank line below its heading. */
function pastBlanks(lines: Lines, li: number): number {
  while (lineAt(lines, li + 1) === '') li++;
  return li;
}

/**
 * The line of a sign-off that the sender's text leads to below line `li`: among the next {@link SIGN_OFF_NEAR} lines of
 * text, with a line of text before it that is no notice. -1 when a quoted line, a header or a notice comes first, when
 * the sign-off follows right after (a notice above the signature is one), or when none does.
 */
function signOffBelow(p: CleaningPatterns, lines: Lines, li: number): number {
  let read = 0;
  for (let k = li + 1; k < lines.count && read <= SIGN_OFF_NEAR; k++) {
    const line = lineAt(lines, k) ?? '';
    if (line === '') continue;
    if (line.length <= MAX_CLOSING_LINE && p.closing.test(line)) return read > 0 ? k : -1;
    if (line.charCodeAt(0) === 62 || (line.length <= MAX_HEADER_LINE && p.anyLine.test(line))) return -1;
    read++;
  }
  return -1;
}

/** How many lines of text may stand between a notice-like line the sender wrote and the sign-off below it. */
const SIGN_OFF_NEAR = 2;

/** A header line without the stars that mark its field's name bold in text made from HTML ("*From:* Ana"). */
const unbold = (l: string): string => l.replace(/^\*\*?/, '');

function isForwardHeader(p: CleaningPatterns, line: string, lines: Lines, index: number): boolean {
  if (line.length > MAX_HEADER_LINE) return false;
  if (p.quoteSeparator.test(line)) {
    // A bare rule (dashes or underscores alone) starts a quoted message only with its header block right below it
    // ("From: …" and another field, their names in bold or not): otherwise it underlines a heading or sets a part of
    // the message apart, and the message reads on.
    if (hasLetter(line)) return true;
    if (lineAt(lines, ++index) === '') index++;
    line = unbold(lineAt(lines, index) ?? '');
  }
  // A sender field that starts with a digit is a time or a place ("From: 10:00 am", "De : 10h"), not a sender. One
  // with an address needs one more field below it; one without, two (mail clients write sent, to and subject):
  // "From: Thursday, December 24" and "To: Sunday, January 3" alone are an office's closing days.
  if (!p.fromField.test(line) || /^[^:]*: ?\d/.test(line)) return false;
  let fields = line.includes('@') ? 1 : 0;
  for (let k = index + 1; k <= index + 4 && k < lines.count; k++) {
    const length = (lines.ends[k] ?? 0) - (lines.starts[k] ?? 0);
    if (length > MAX_HEADER_LINE) continue;
    const l = unbold(lineAt(lines, k) ?? '');
    if (p.headerField.test(l) && !p.fromField.test(l) && ++fields === 2) return true;
  }
  return false;
}

/**
 * What one pass keeps of the normalised text: `pieces` holds, for each piece, the normalised index it starts at and
 * its length, or `-1 - index` for a line break mapped to the normalised character at `index`.
 */
interface Kept {
  readonly pieces: number[];
  readonly length: number;
  readonly sawQuote: boolean;
}

/**
 * Lines the cleaner reads in two patterns before it compiles the one that tells them apart in a single test (see
 * {@link CleaningPatterns.headerLine}): the first replies read pay less, the later ones run faster.
 */
const LINES_BEFORE_ONE_PATTERN = 512;
let linesRead = 0;

/** Whether `line` may be a header, separator, footer or notice (the lines {@link keepLines} looks at more closely). */
function mayBeDropped(p: CleaningPatterns, line: string): boolean {
  if (linesRead >= LINES_BEFORE_ONE_PATTERN) return p.anyLine.test(line);
  linesRead++;
  return p.headerLine.test(line) || p.disclaimer.test(line);
}

/**
 * One pass over the normalised lines: with `keepQuotes`, quoted lines are read (their `>` markers dropped); with
 * `forwarded` (the subject marks a forward), the first header block below a note begins the forwarded message, which
 * is read, rather than a quoted one.
 */
function keepLines(lines: Lines, keepQuotes: boolean, forwarded = false): Kept {
  // long: one pass over the lines, each line's kinds (quote, header, banner, sign-off, notice, opening) decided in turn
  const p = cleaningPatterns();
  const t = lines.text;
  const pieces: number[] = [];
  let length = 0;
  let content = false;
  // Whether the one line read so far opens the message (see below): a sign-off-like line right after it opens the
  // message too when a greeting or a sentence follows it ({@link goesOn}), and is dropped rather than ending it.
  let opening = false;
  let inHeaderBlock = false;
  let blank = 0;
  let sawQuote = false;
  // The line of the sign-off below a notice-like line, -1 once none is found, -2 before the first look (see below).
  let signOffAt = -2;
  // The last paragraph kept (after a blank line or a line ended as a sentence is): where its pieces begin, the length
  // kept before it and where its text begins; and where the kept text ends.
  let para = -1;
  let paraLength = 0;
  let paraFrom = 0;
  let keptEnd = 0;
  for (let li = 0; li < lines.count && length < MAX_CLEANED_LENGTH; li++) {
    const lineStart = lines.starts[li] ?? 0;
    const end = lines.ends[li] ?? 0;
    let offset = lineStart;
    if (inHeaderBlock) {
      if (end - offset <= MAX_HEADER_LINE && p.headerField.test(unbold(t.slice(offset, end)))) continue;
      inHeaderBlock = false;
    }
    if (offset < end && t.charCodeAt(offset) === 62 /* > */) {
      sawQuote = true;
      if (!keepQuotes) continue;
      while (offset < end && (t.charCodeAt(offset) === 62 || t.charCodeAt(offset) === 32)) offset++;
    }
    const size = end - offset;
    // Most lines are plain text: one pattern tells them apart (a reply header ends with a colon; a sign-off, the only
    // line the block below can act on that the pattern leaves out, is looked for where the block would look for it).
    const line = size > 0 && size <= MAX_HEADER_LINE ? t.slice(offset, end) : '';
    if (line !== '' && (t.charCodeAt(end - 1) === 58 || mayBeDropped(p, line) || (content && size <= MAX_CLOSING_LINE && p.closing.test(line)))) {
      if (p.forwardSeparator.test(line)) {
        inHeaderBlock = true;
        forwarded = false;
        li = pastBlanks(lines, li);
        continue;
      }
      if (isReplyHeader(p, line, lines, li)) {
        if (content && !keepQuotes) break;
        if (!p.replyHeader.test(line)) li++; // the header's second line
        continue;
      }
      if (isForwardHeader(p, line, lines, li)) {
        if (content && !keepQuotes && !forwarded) break;
        inHeaderBlock = true;
        forwarded = false;
        li = pastBlanks(lines, li);
        continue;
      }
      // A mail service's banner ("[You don't often get email from …]") is dropped wherever it stands, with the lines it
      // wraps onto up to its closing bracket (three at most).
      if (p.banner.test(line)) {
        if (line.charCodeAt(0) === 91 /* [ */ && !line.includes(']')) {
          for (let k = li + 1; k < li + 4 && k < lines.count; k++) {
            if (lineAt(lines, k)?.includes(']') === true) {
              li = k;
              break;
            }
          }
        }
        continue;
      }
      // A notice-like line ends the message, unless the message's text goes on below it to a sign-off: then the sender
      // wrote it ("This email and the attached offer letter are confidential, …" above the offer). Each look runs a few
      // lines, up to the sign-off it finds, and once none is found none is looked for again.
      const signature = p.signature.test(line);
      if (content && !signature && signOffAt !== -1 && signOffAt < li && p.disclaimer.test(line)) signOffAt = signOffBelow(p, lines, li);
      if (signature || (signOffAt < li && p.disclaimer.test(line))) {
        if (content) break;
        continue;
      }
      if (content && size <= MAX_CLOSING_LINE && p.closing.test(line)) {
        if (!opening || !goesOn(lines, li)) break;
        opening = false;
        continue;
      }
    }
    // A notice written as one long line (a paragraph of text made from HTML) ends the message as a short one does, read
    // by its start.
    if (content && size > MAX_HEADER_LINE && p.disclaimer.test(t.slice(offset, offset + MAX_HEADER_LINE))) {
      if (signOffAt !== -1 && signOffAt < li) signOffAt = signOffBelow(p, lines, li);
      if (signOffAt < li) break;
    }
    if (size === 0) {
      if (length > 0) blank++;
      continue;
    }
    if (length > 0) {
      const before = t.charCodeAt(keptEnd - 1);
      if (blank > 0 || before === 46 /* . */ || before === 33 /* ! */ || before === 63 /* ? */) {
        para = pieces.length;
        paraLength = length;
        paraFrom = offset;
      }
      // The line break (and the blank line) map to the line break before this line.
      const at = Math.max(0, lineStart - 1);
      pieces.push(-1 - at);
      length++;
      if (blank > 0) {
        pieces.push(-1 - at);
        length++;
      }
    }
    blank = 0;
    const room = Math.min(size, MAX_CLEANED_LENGTH - length);
    pieces.push(offset, room);
    length += room;
    keptEnd = offset + room;
    // A line of links and inline images' markers only ("https://…", "[image: Acme logo]", "[cid:image001.png@01DA…]") has
    // no words: it is kept, but it neither opens the message nor makes it begin. Otherwise the message's first line of
    // text opens it (a greeting, a heading, a sender's name) when it is short and not ended as a sentence is ("Dear Ana,"
    // "Hola:", "¡Felicidades, has sido seleccionado!").
    if (line === '' || !(line.includes('//') || line.includes('www.') || line.includes('[')) || hasLetter(foldText(line).replace(LINK_PATTERN, ' '))) {
      opening = !content && size <= MAX_CLOSING_LINE && !/[.?]\s*$/.test(line);
      if (hasLetter(t, offset, end)) content = true;
    }
  }
  // A data-protection paragraph without a heading at the end of the message, below more of it than a greeting (a line
  // ended by a comma or a colon), is a notice ("We will keep your data for 12 months in accordance with GDPR"); one in
  // the middle is the sender's.
  // (The text above is read from its end: a pattern anchored there would be tried at each of its characters.)
  const above = para > 0 ? t.slice(pieces[0], paraFrom).trimEnd() : '';
  const last = above.charCodeAt(above.length - 1);
  if (above !== '' && last !== 44 /* , */ && last !== 58 /* : */ && p.privacy.test(t.slice(paraFrom, Math.min(keptEnd, paraFrom + MAX_HEADER_LINE)))) {
    pieces.length = para;
    length = paraLength;
  }
  return { pieces, length, sawQuote };
}

/** A cleaned field's maps to its source: the starts and ends of `length` code units. */
interface Maps {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Maps in a buffer of their own (one allocation outside the heap for both). */
function ownMaps(length: number): Maps {
  const buffer = new ArrayBuffer(8 * length);
  return { starts: new Int32Array(buffer, 0, length), ends: new Int32Array(buffer, 4 * length, length) };
}

/**
 * Maps in buffers that the next reply read with the same slot reuses (see {@link cleanFields}): the reply reader reads
 * a reply's fields before it returns, and so spares allocations outside the heap per field. The buffers may be longer
 * than the text; the reader reads only the entries of its characters.
 */
class ReusedMaps {
  private maps: Maps = { starts: new Int32Array(0), ends: new Int32Array(0) };

  take(length: number): Maps {
    if (this.maps.starts.length < length) {
      const size = Math.max(length, 2 * this.maps.starts.length, 1024);
      this.maps = { starts: new Int32Array(size), ends: new Int32Array(size) };
    }
    return this.maps;
  }
}

/** Where the reused maps of a reply's subject and of its body come from. */
let reusedMaps: { readonly subject: (length: number) => Maps; readonly body: (length: number) => Maps } | undefined;

function makeReusedMaps(): { readonly subject: (length: number) => Maps; readonly body: (length: number) => Maps } {
  const subject = new ReusedMaps();
  const body = new ReusedMaps();
  return { subject: (length) => subject.take(length), body: (length) => body.take(length) };
}

/** The text and the map to the source of what a pass kept. */
function assemble(norm: Normalized, kept: Kept, source: MappedText | null, maps: (length: number) => Maps): MappedText {
  const { pieces, length } = kept;
  const { starts, ends } = maps(length);
  const parts: string[] = [];
  const from = norm.from;
  let k = 0;
  for (let j = 0; j < pieces.length; j++) {
    const at = pieces[j] ?? 0;
    if (at < 0) {
      const i = from[-1 - at] ?? 0;
      parts.push('\n');
      starts[k] = source === null ? i : (source.starts[i] ?? 0);
      ends[k] = source === null ? i + 1 : (source.ends[i] ?? 0);
      k++;
      continue;
    }
    const size = pieces[++j] ?? 0;
    parts.push(norm.text.slice(at, at + size));
    if (source === null) {
      for (let q = at; q < at + size; q++, k++) {
        const i = from[q] ?? 0;
        starts[k] = i;
        ends[k] = i + 1;
      }
    } else {
      for (let q = at; q < at + size; q++, k++) {
        const i = from[q] ?? 0;
        starts[k] = source.starts[i] ?? 0;
        ends[k] = source.ends[i] ?? 0;
      }
    }
  }
  return { text: unwrapped(parts.length === 1 ? (parts[0] as string) : parts.join('')), starts, ends };
}

/**
 * `text` with each line break that only wraps a long line (plain-text mail is wrapped at about 72 characters) made a
 * space, so that a sentence reads the same wrapped or not. One character for one: the maps stay as they are. Breaks
 * before white space never wrap. (A loop over the breaks, rather than a replace with a function, that calls nothing
 * per break from the engine and copies nothing when no break wraps.)
 */
function unwrapped(text: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (wrapsSentence(text, i) && !/\s/.test(text.charAt(i + 1))) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Cleans one reply body (R7): drops quoted earlier messages, forwarded headers, signatures,
 * sign-offs and disclaimers, and normalises whitespace and typographic quotes, keeping the map to
 * the original. When nothing but quoted text remains, the quoted text is kept instead (a pasted
 * thread that starts with the employer's message).
 *
 * @param text - The body as plain text.
 * @param source - Where each character of `text` came from, or `null` when `text` is the original itself.
 * @param forwarded - Whether the subject marks a forward: a header block below a note then begins the forwarded
 * message.
 */
export function cleanBody(text: string, source: MappedText | null, maps: (length: number) => Maps = ownMaps, forwarded = false): MappedText {
  // (A search for `&` first spares most texts the pattern's slower scan.)
  if (source === null && text.includes('&') && TEXT_ENTITY_PATTERN.test(text)) {
    source = decoded(text);
    text = source.text;
  }
  if (COMBINING_PATTERN.test(text)) {
    source = composed(text, source);
    text = source.text;
  }
  const norm = normalize(text);
  const lines = splitLines(norm.text);
  const first = keepLines(lines, false, forwarded);
  // Nothing but quoted text: read the quotes (normalised once, for both passes).
  if (first.sawQuote && !keptLetter(norm.text, first)) return assemble(norm, keepLines(lines, true), source, maps);
  return assemble(norm, first, source, maps);
}

/** A character reference in plain text (`&#39;`, `&amp;`, `&eacute;`), its `;` written: text is not HTML ("AT&T"). */
export const TEXT_ENTITY_PATTERN = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,9});/i;
const TEXT_ENTITY_AT = new RegExp(TEXT_ENTITY_PATTERN.source, 'iy');

/**
 * Plain text `t` with its character references decoded ("won&#39;t" reads "won't"), each mapped to its reference. Text
 * that an app made from HTML by dropping the tags keeps them, and so do the previews some mail APIs give (Gmail's
 * `snippet`). A name the reader does not know (`&foo;`) stays as written.
 */
function decoded(t: string): MappedText {
  const n = Math.min(t.length, MAX_NORMALIZED_LENGTH);
  const b = new MappedTextBuilder(n);
  for (let i = 0; i < n;) {
    TEXT_ENTITY_AT.lastIndex = i;
    if (t.charCodeAt(i) === 38 && TEXT_ENTITY_AT.test(t)) i = pushEntity(t, i, b);
    else b.push(t.charCodeAt(i), i, ++i);
  }
  return b.build();
}

/** A combining accent (U+0300 to U+036F), as text decomposed into letters and accents holds them ("e" + U+0301). */
export const COMBINING_PATTERN = /[\u0300-\u036f]/;

/**
 * `t` with each letter and the accents after it made one character where Unicode has one ("e" and U+0301 become "é"),
 * mapped to the input (through `source` when `t` came from HTML). Text copied from a PDF, or sent by some systems,
 * comes so decomposed, and the words the reader looks for (sign-offs, month and day names, the lexicon) are composed.
 * Only the first characters that normalisation reads are composed.
 */
function composed(t: string, source: MappedText | null): MappedText {
  const n = Math.min(t.length, MAX_NORMALIZED_LENGTH);
  const b = new MappedTextBuilder(n);
  // A letter with one accent, composed (or -1 when Unicode has no one character for it): the common case, asked of
  // `normalize` once per pair in a text.
  const pairs = new Map<number, number>();
  for (let i = 0, j = 1; i < n; i = j++) {
    // At most four accents to a letter (composing a longer run costs time that grows with its square), and none to an
    // accent (the rest of a run: nothing to compose).
    const base = t.charCodeAt(i);
    if (base < 0x300 || base > 0x36f) for (; j < n && j - i < 5 && t.charCodeAt(j) >= 0x300 && t.charCodeAt(j) <= 0x36f; j++);
    const start = source === null ? i : source.starts[i]!;
    const end = source === null ? j : source.ends[j - 1]!;
    if (j === i + 2) {
      const key = base * 65536 + t.charCodeAt(i + 1);
      let u = pairs.get(key);
      if (u === undefined) {
        const c = t.slice(i, j).normalize('NFC');
        pairs.set(key, (u = c.length === 1 ? c.charCodeAt(0) : -1));
      }
      if (u >= 0) {
        b.push(u, start, end);
        continue;
      }
    }
    if (j === i + 1) b.push(base, start, end);
    else b.pushString(t.slice(i, j).normalize('NFC'), start, end);
  }
  return b.build();
}

/** Whether what a pass kept holds a letter. */
function keptLetter(t: string, kept: Kept): boolean {
  const { pieces } = kept;
  for (let j = 0; j < pieces.length; j++) {
    const at = pieces[j] ?? 0;
    if (at < 0) continue;
    const size = pieces[++j] ?? 0;
    if (hasLetter(t, at, at + size)) return true;
  }
  return false;
}

/**
 * Cleans a subject line: whitespace and quotes, and the marks a mail client puts before it. The subject of a reply
 * ("Re: …", "AW: …") is left out as a whole: it was written for an earlier message of the thread, often by the
 * candidate ("Re: Following up on my interview"), and says nothing of what the reply says; so is that of an automatic
 * reply ({@link isAutoReplySubject}). A forwarded message's subject is read without its mark ("Fwd: …").
 */
function cleanSubject(subject: string, maps: (length: number) => Maps): MappedText {
  const cut = subject.length > 2000 ? subject.slice(0, 2000) : subject;
  const c = COMBINING_PATTERN.test(cut) ? composed(cut, null) : null;
  const norm = normalize(c === null ? cut : c.text);
  const { subjectPrefix, replyMark, autoReply } = cleaningPatterns();
  const prefix = subjectPrefix.exec(norm.text)?.[0] ?? '';
  const skip = replyMark.test(prefix) || autoReply.test(norm.text) ? norm.length : prefix.length;
  const n = norm.length - skip;
  const { starts, ends } = maps(n);
  const from = norm.from;
  for (let k = 0; k < n; k++) {
    const i = from[k + skip]!;
    starts[k] = c === null ? i : c.starts[i]!;
    ends[k] = c === null ? i + 1 : c.ends[i]!;
  }
  return { text: skip === 0 ? norm.text : norm.text.slice(skip), starts, ends };
}

/** Whether `subject` is that of an automatic reply ("Automatic reply: …", "Out of office", "Abwesenheitsnotiz: …"). */
export function isAutoReplySubject(subject: string): boolean {
  return cleaningPatterns().autoReply.test(normalize(subject.slice(0, 2000).normalize('NFC')).text);
}

/**
 * A forwarded message's HTML (`forwarded`: the subject marks a forward) is read with its quotes, where Apple Mail puts
 * the forwarded message; so is HTML with nothing but quotes, as a plain text with nothing but quoted lines is.
 */
function cleanHtml(html: string, maps: (length: number) => Maps, forwarded = false): MappedText {
  const stripped = stripHtml(html, MAX_NORMALIZED_LENGTH, forwarded);
  const cleaned = cleanBody(stripped.text, stripped, maps, forwarded);
  if (forwarded || hasLetter(cleaned.text) || !/<blockquote/i.test(html)) return cleaned;
  const quoted = stripHtml(html, MAX_NORMALIZED_LENGTH, true);
  return cleanBody(quoted.text, quoted, maps);
}

/** A text part shorter than this (trimmed) may be a stub beside the HTML part that holds the message. */
const STUB_LENGTH = 300;

function fieldOf(field: ReplyField, original: string, cleaned: MappedText): CleanedField {
  return { field, original, text: cleaned.text, starts: cleaned.starts, ends: cleaned.ends };
}

/**
 * Splits a reply into its cleaned fields (subject first, then the body), each mapped back to the
 * field's original string (R7).
 *
 * @throws {@link InvalidArgumentError} if `input` is neither a string nor an object with a string
 * `text` or `html`, or if `subject`, `text` or `html` is present but not a string, or `autoReply` present but not a
 * boolean.
 * @example
 * ```ts
 * cleanReply('Hi!\n\nWe are pleased to offer you the role.\n\nBest regards,\nAnna')[0].text
 * //=> "Hi!\n\nWe are pleased to offer you the role."
 * ```
 */
export function cleanReply(input: ReplyInput): CleanedField[] {
  return cleanFields(input, false);
}

/**
 * {@link cleanReply}; with `reuse`, the fields' maps (`starts`, `ends`) live in buffers, possibly longer than the text,
 * that the next call with `reuse` overwrites: for a caller that is done with them before it calls again (the reply
 * reader).
 */
export function cleanFields(input: ReplyInput, reuse: boolean): CleanedField[] {
  const reused = reuse ? (reusedMaps ??= makeReusedMaps()) : undefined;
  const subjectMaps = reused === undefined ? ownMaps : reused.subject;
  const bodyMaps = reused === undefined ? ownMaps : reused.body;
  if (typeof input === 'string') {
    const cleaned = LOOKS_LIKE_HTML_PATTERN.test(input) ? cleanHtml(input, bodyMaps) : cleanBody(input, null, bodyMaps);
    return [fieldOf('text', input, cleaned)];
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidArgumentError('reply', input, 'a string or an object { subject?, text, html? } with a string text or html');
  }
  const { subject, text, html } = input as { subject?: unknown; text?: unknown; html?: unknown };
  if (subject !== undefined && typeof subject !== 'string') {
    throw new InvalidArgumentError('reply.subject', subject, 'a string or nothing');
  }
  if (text !== undefined && typeof text !== 'string') throw new InvalidArgumentError('reply.text', text, 'a string or nothing');
  if (html !== undefined && typeof html !== 'string') throw new InvalidArgumentError('reply.html', html, 'a string or nothing');
  const { autoReply } = input as { autoReply?: unknown };
  if (autoReply !== undefined && typeof autoReply !== 'boolean') throw new InvalidArgumentError('reply.autoReply', autoReply, 'true, false or nothing');
  if (text === undefined && html === undefined) {
    throw new InvalidArgumentError('reply', input, 'an object with a string `text` or `html` (or both)');
  }
  const fields: CleanedField[] = [];
  const forwarded = subject !== undefined && cleaningPatterns().forwardMark.test(subject.trimStart());
  if (subject !== undefined) fields.push(fieldOf('subject', subject, cleanSubject(subject, subjectMaps)));
  if (text !== undefined && html !== undefined && text.trim().length < STUB_LENGTH) {
    // A short text part beside a much longer HTML one is a stub ("please view this message in an HTML-capable
    // client"), as applicant-tracking systems send: the HTML part is the message.
    const fromHtml = cleanHtml(html, bodyMaps, forwarded);
    if (fromHtml.text.trim().length > 3 * text.trim().length) {
      fields.push(fieldOf('html', html, fromHtml));
      return fields;
    }
  }
  if (text !== undefined && (text.trim() !== '' || html === undefined)) {
    // Some senders put HTML in the text part, and some apps pass HTML as `text`: a text that starts as HTML is read so.
    fields.push(fieldOf('text', text, STARTS_AS_HTML_PATTERN.test(text) ? cleanHtml(text, bodyMaps, forwarded) : cleanBody(text, null, bodyMaps, forwarded)));
  } else if (html !== undefined) {
    fields.push(fieldOf('html', html, cleanHtml(html, bodyMaps, forwarded)));
  }
  return fields;
}
