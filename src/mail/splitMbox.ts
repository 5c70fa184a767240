import { InvalidArgumentError } from '../errors.js';
import { bomLength } from '../_lib/bomLength.js';
import { concatBytes } from '../_lib/concatBytes.js';

/** One message of an mbox file, as {@link splitMbox} finds it. */
export interface MboxMessage {
  /** Position in the file, from 0 (text before the first `From ` line, if any, counts as one). */
  readonly index: number;
  /** Byte offset of the message's `From ` line in the file (of its first byte when it has none). */
  readonly offset: number;
  /** The `From ` separator line without its line break; `undefined` for text before the first one. */
  readonly separator: string | undefined;
  /** The message itself: headers and body, with `>From ` lines unescaped. */
  readonly raw: Uint8Array;
}

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
/** A From_ line as mail systems write it: `From sender Tue Nov 24 16:05:00 2026`. */
const STRICT_FROM = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} +\d{1,2}:\d{2}/;
/** A header field line: a name of printable ASCII but ":" (RFC 5322 section 2.2), optional blanks, then a colon. */
export const HEADER_FIELD = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

/**
 * Whether a line that starts with `From ` can be an mbox separator: it has the shape of one
 * (`From sender Tue Nov 24 16:05:00 2026`), or the line after it is a header field. A line of prose
 * ("From our side, the interviews went well.") is neither, and a `From :` header field is not one.
 */
export function isSeparator(line: string, next: string | undefined): boolean {
  return !HEADER_FIELD.test(line) && (STRICT_FROM.test(line) || (next !== undefined && HEADER_FIELD.test(next)));
}

/**
 * The bytes of an mbox as the splitter reads them: all at once, or chunk by chunk. Read chunk by
 * chunk, it holds only the bytes from `keep` on (the message being read), so memory stays within
 * the largest message. Positions are file offsets; `base` is the offset of `bytes[0]`.
 */
class Input {
  base = 0;
  view: Uint8Array;
  private bytes: Uint8Array;
  private length: number;
  private done: boolean;

  constructor(whole: Uint8Array | undefined, private readonly chunks?: Iterator<Uint8Array>) {
    this.bytes = whole ?? new Uint8Array(0);
    this.length = this.bytes.length;
    this.view = this.bytes;
    this.done = chunks === undefined;
  }

  /** Whether the bytes are read chunk by chunk (and a message's bytes must then be copied out). */
  get streamed(): boolean {
    return this.chunks !== undefined;
  }

  get end(): number {
    return this.base + this.length;
  }

  byte(at: number): number | undefined {
    return this.view[at - this.base];
  }

  /** Reads the next non-empty chunk, dropping the bytes before `keep`; `false` at the end of the input. */
  more(keep: number): boolean {
    for (;;) {
      if (this.done) return false;
      const next = this.chunks!.next();
      if (next.done === true) {
        this.done = true;
        return false;
      }
      const chunk = next.value;
      if (chunk.length === 0) continue;
      const drop = keep - this.base;
      const live = this.length - drop;
      if (live + chunk.length > this.bytes.length) {
        const grown = new Uint8Array(Math.max(2 * this.bytes.length, live + chunk.length));
        grown.set(this.bytes.subarray(drop, this.length));
        this.bytes = grown;
      } else if (drop > 0) {
        this.bytes.copyWithin(0, drop, this.length);
      }
      this.bytes.set(chunk, live);
      this.base = keep;
      this.length = live + chunk.length;
      this.view = this.bytes.subarray(0, this.length);
      return true;
    }
  }

  /** Lets go of the chunks (a file being read is closed) when the reader of the messages stops early. */
  close(): void {
    if (!this.done) this.chunks?.return?.();
    this.done = true;
  }

  /** Whether there is a byte at `at`, reading on as needed. */
  has(at: number, keep: number): boolean {
    while (at >= this.end) if (!this.more(keep)) return false;
    return true;
  }

  /** The offset of the line feed that ends the line at `at`, or the end of the input; reads on as needed. */
  lineEnd(at: number, keep: number): number {
    let from = at;
    for (;;) {
      const i = this.view.indexOf(LF, from - this.base);
      if (i !== -1) return i + this.base;
      from = this.end;
      if (!this.more(keep)) return this.end;
    }
  }

  /** The bytes `[from, to)`: a view, or a copy when later chunks will overwrite them. */
  slice(from: number, to: number): Uint8Array {
    const view = this.view.subarray(from - this.base, to - this.base);
    return this.streamed ? view.slice() : view;
  }
}

function fromAt(input: Input, at: number): boolean {
  for (let k = 0; k < FROM_.length; k++) if (input.byte(at + k) !== FROM_[k]) return false;
  return true;
}

function ascii(input: Input, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to && i < from + 200; i++) s += String.fromCharCode(input.byte(i)!);
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

function isBlankLine(input: Input, start: number, end: number): boolean {
  return end === start || (end === start + 1 && input.byte(start) === CR);
}

/** A body line `>From `, `>>From ` …, escaped by the mbox writer. */
function isEscapedFrom(bytes: Uint8Array, at: number): boolean {
  let i = at;
  while (bytes[i] === GT) i++;
  if (i === at) return false;
  for (let k = 0; k < FROM_.length; k++) if (bytes[i + k] !== FROM_[k]) return false;
  return true;
}

/** `bytes` (one message) with one `>` removed from each `>From ` line (mboxrd escaping), and the separating blank line dropped. */
function unescape(bytes: Uint8Array): Uint8Array {
  // The writer's blank line before the next From_ line belongs to the file, not the message.
  let end = bytes.length;
  if (end >= 2 && bytes[end - 1] === LF) {
    const prev = bytes[end - 2] === CR ? end - 3 : end - 2;
    if (prev >= 0 && bytes[prev] === LF) end = bytes[end - 2] === CR ? end - 2 : end - 1;
  }
  const parts: Uint8Array[] = [];
  let copied = 0;
  for (let line = 0; line < end; ) {
    if (isEscapedFrom(bytes, line)) {
      parts.push(bytes.subarray(copied, line));
      copied = line + 1;
    }
    const next = bytes.indexOf(LF, line);
    line = next === -1 ? end : next + 1;
  }
  if (parts.length === 0) return bytes.subarray(0, end);
  parts.push(bytes.subarray(copied, end));
  return concatBytes(parts);
}

/**
 * Splits an mbox file (a whole exported mailbox) into its messages: a message starts at a
 * `From ` line shaped like `From sender Tue Nov 24 16:05:00 2026` anywhere, or at another `From `
 * line that a header field follows, at the start of the file or after a blank line. So a body line
 * that starts with "From " in a mailbox written without `>From ` escaping ("From our side, the
 * interviews went well.") stays in its message, even as the first line of the body, right after the
 * blank line that ends the headers (there only the first shape starts a message). `>From ` lines in
 * bodies are unescaped (mboxrd). A UTF-8 byte-order mark at the start is skipped. Nothing is
 * dropped: text before the first `From ` line comes out as a message with no separator, for the
 * caller to report.
 *
 * @param bytes - The file's bytes.
 * @returns The messages in file order, each with its index and byte offset.
 * @throws {@link InvalidArgumentError} when `bytes` is not a `Uint8Array` (checked at the call, before the first message).
 * @example
 * ```ts
 * const mbox = new TextEncoder().encode('From a@x Tue Nov 24 16:05:00 2026\nSubject: One\n\n>From here\n\nFrom b@x Wed Nov 25 09:00:00 2026\nSubject: Two\n\nHi\n')
 * [...splitMbox(mbox)].map((m) => [m.index, m.offset, new TextDecoder().decode(m.raw)])
 * //=> [[0, 0, 'Subject: One\n\nFrom here\n'], [1, 60, 'Subject: Two\n\nHi\n']]
 * ```
 */
export function splitMbox(bytes: Uint8Array): Generator<MboxMessage, void, undefined> {
  // Also a Uint8Array of another realm (an iframe's, a worker's) or a Node Buffer.
  if (Object.prototype.toString.call(bytes) !== '[object Uint8Array]') throw new InvalidArgumentError('bytes', bytes, "the mbox file's bytes, as a Uint8Array");
  return messagesOf(new Input(bytes));
}

/**
 * {@link splitMbox} of a file read in chunks (each chunk may be reused by the reader once the next
 * is asked for): the same messages, offsets and indexes, each copied out of the chunks, with only
 * the message being read held in memory. @internal
 */
export function splitMboxChunks(chunks: Iterable<Uint8Array>): Generator<MboxMessage, void, undefined> {
  return messagesOf(new Input(undefined, chunks[Symbol.iterator]()));
}

function* messagesOf(input: Input): Generator<MboxMessage, void, undefined> {
  try {
    yield* split(input);
  } finally {
    input.close();
  }
}

function* split(input: Input): Generator<MboxMessage, void, undefined> {
  let index = 0;
  let current: { offset: number; separator: string | undefined; body: number } | undefined;
  // Before the first line, as after a blank line, a From_ line may start a message.
  let previousBlank = true;
  // Between a From_ line and the blank line that ends its headers; then the first line of the body.
  let inHeaders = false;
  let firstBodyLine = false;
  // Text before the first From_ line is kept from the first byte (a byte-order mark included).
  const keep = (): number => current?.body ?? 0;
  input.has(2, 0);
  // A byte-order mark is not text before the first From_ line; offsets still count its bytes.
  const start = bomLength(input.view.subarray(0, 3));
  let line = start;
  while (input.has(line, keep())) {
    const end = input.lineEnd(line, keep());
    if (fromAt(input, line)) {
      const text = ascii(input, line, end);
      // The line after is read only when the shape of this one does not settle it, after a blank line that does not
      // end the headers: a body's first line, as a line within a paragraph, needs the shape.
      const headerNext = (): boolean => input.has(end + 1, keep()) && HEADER_FIELD.test(ascii(input, end + 1, input.lineEnd(end + 1, keep())));
      if (!HEADER_FIELD.test(text) && (STRICT_FROM.test(text) || (previousBlank && !firstBodyLine && headerNext()))) {
        if (current !== undefined) {
          yield { index: index++, offset: current.offset, separator: current.separator, raw: unescape(input.slice(current.body, line)) };
        } else if (line > start && !isWhitespace(input, start, line)) {
          yield { index: index++, offset: 0, separator: undefined, raw: input.slice(0, line) };
        }
        current = { offset: line, separator: text, body: Math.min(end + 1, input.end) };
        previousBlank = false;
        inHeaders = true;
        firstBodyLine = false;
        line = end + 1;
        continue;
      }
    }
    const blank = isBlankLine(input, line, end);
    firstBodyLine = inHeaders && blank;
    if (blank) inHeaders = false;
    previousBlank = blank;
    line = end + 1;
  }
  if (current !== undefined) {
    yield { index, offset: current.offset, separator: current.separator, raw: unescape(input.slice(current.body, input.end)) };
  } else if (!isWhitespace(input, start, input.end)) {
    yield { index, offset: 0, separator: undefined, raw: input.slice(0, input.end) };
  }
}

function isWhitespace(input: Input, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = input.byte(i)!;
    if (b !== 0x20 && b !== 0x09 && b !== LF && b !== CR) return false;
  }
  return true;
}
