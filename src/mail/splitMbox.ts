import { InvalidArgumentError } from '../errors.js';
import { bomLength } from '../_lib/bomLength.js';

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

function fromAt(bytes: Uint8Array, at: number): boolean {
  for (let k = 0; k < FROM_.length; k++) if (bytes[at + k] !== FROM_[k]) return false;
  return true;
}

/** A body line `>From `, `>>From ` …, escaped by the mbox writer. */
function isEscapedFrom(bytes: Uint8Array, at: number): boolean {
  let i = at;
  while (bytes[i] === GT) i++;
  return i > at && fromAt(bytes, i);
}

function lineEnd(bytes: Uint8Array, at: number): number {
  const end = bytes.indexOf(LF, at);
  return end === -1 ? bytes.length : end;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to && i < from + 200; i++) s += String.fromCharCode(bytes[i]!);
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  return end === start || (end === start + 1 && bytes[start] === CR);
}

/** Copies `bytes[from, to)` with one `>` removed from each `>From ` line (mboxrd escaping), and the separating blank line dropped. */
function unescape(bytes: Uint8Array, from: number, to: number): Uint8Array {
  // The writer's blank line before the next From_ line belongs to the file, not the message.
  let end = to;
  if (end - from >= 2 && bytes[end - 1] === LF) {
    const prev = bytes[end - 2] === CR ? end - 3 : end - 2;
    if (prev >= from && bytes[prev] === LF) end = bytes[end - 2] === CR ? end - 2 : end - 1;
  }
  const parts: Uint8Array[] = [];
  let copied = from;
  for (let line = from; line < end; line = lineEnd(bytes, line) + 1) {
    if (isEscapedFrom(bytes, line)) {
      parts.push(bytes.subarray(copied, line));
      copied = line + 1;
    }
  }
  if (parts.length === 0) return bytes.subarray(from, end);
  parts.push(bytes.subarray(copied, end));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/**
 * Splits an mbox file (a whole exported mailbox) into its messages: a message starts at a
 * `From ` line at the start of the file or after a blank line (or one shaped like
 * `From sender Tue Nov 24 16:05:00 2026` anywhere), and `>From ` lines in bodies are unescaped
 * (mboxrd). A UTF-8 byte-order mark at the start is skipped. Nothing is dropped: text before the first `From ` line comes out as a message with no
 * separator, for the caller to report.
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
  return messagesOf(bytes);
}

function* messagesOf(bytes: Uint8Array): Generator<MboxMessage, void, undefined> {
  let index = 0;
  let current: { offset: number; separator: string | undefined; body: number } | undefined;
  let previousBlank = true;
  // A byte-order mark is not text before the first From_ line; offsets still count its bytes.
  const start = bomLength(bytes);
  let line = start;
  while (line < bytes.length) {
    const end = lineEnd(bytes, line);
    if (fromAt(bytes, line)) {
      const text = ascii(bytes, line, end);
      if (previousBlank || STRICT_FROM.test(text)) {
        if (current !== undefined) {
          yield { index: index++, offset: current.offset, separator: current.separator, raw: unescape(bytes, current.body, line) };
        } else if (line > start && !isWhitespace(bytes, start, line)) {
          yield { index: index++, offset: 0, separator: undefined, raw: bytes.subarray(0, line) };
        }
        current = { offset: line, separator: text, body: Math.min(end + 1, bytes.length) };
        previousBlank = false;
        line = end + 1;
        continue;
      }
    }
    previousBlank = isBlankLine(bytes, line, end);
    line = end + 1;
  }
  if (current !== undefined) {
    yield { index, offset: current.offset, separator: current.separator, raw: unescape(bytes, current.body, bytes.length) };
  } else if (!isWhitespace(bytes, start, bytes.length)) {
    yield { index, offset: 0, separator: undefined, raw: bytes };
  }
}

function isWhitespace(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== LF && b !== CR) return false;
  }
  return true;
}
