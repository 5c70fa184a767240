import type { Instant } from '../calendar/instant.js';
import { InvalidInputError, isFollowUpError } from '../errors.js';
import { bomLength } from '../_lib/bomLength.js';
import { loadPostalMime } from './loadPostalMime.js';
import type { MimeMailbox } from './loadPostalMime.js';
import { parseMailDate } from './parseMailDate.js';
import { repairWindows1252 } from '../_lib/repairWindows1252.js';

/** A sender: display name (empty when none) and address. */
export interface EmailAddress {
  readonly name: string;
  readonly address: string;
}

/**
 * A raw email read into what {@link classifier.classifyReply | classifyReply} and
 * {@link classifier.extractTimeline | extractTimeline} take: pass it to `classifyReply` as it is,
 * and its `date` as the timeline's `reference`.
 */
export interface ParsedEmail {
  /** The decoded `Subject` header; empty when there is none. */
  readonly subject: string;
  /** The plain-text body; empty for an HTML-only message (`classifyReply` then reads `html`). */
  readonly text: string;
  /** The HTML body, when the message has one. */
  readonly html?: string;
  /** The `Date` header as an instant with the sender's offset; absent when missing or not a valid date. */
  readonly date?: Instant;
  /** The first `From` mailbox. */
  readonly from?: EmailAddress;
  /** The `Message-ID` header, angle brackets included. */
  readonly messageId?: string;
  /**
   * `true` when the message is multipart and its body ends without the closing boundary: it was
   * most likely cut short (a damaged mbox, an interrupted download), so its text may be partial.
   */
  readonly incomplete?: true;
  /**
   * `true` when the headers mark an automatic reply, such as an out-of-office notice sent by the employer's mail system
   * rather than by a person: `Auto-Submitted: auto-replied` (RFC 3834), `Precedence: auto_reply`, or an `X-Autoreply`
   * or `X-Autorespond` header. `Auto-Submitted: auto-generated` (a notice a system sends on its own, not in answer to a
   * message) is not one. `classifyReply` reads it.
   */
  readonly autoReply?: true;
}

/** A multipart `Content-Type` header's boundary, quoted or not. */
const BOUNDARY = /^\s*multipart\/[^;]*;(?:.*;)?\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/is;

/** Whether `raw` holds the closing delimiter of `boundary` ("--boundary--"). */
function closes(raw: string | Uint8Array, boundary: string): boolean {
  const end = `--${boundary}--`;
  if (typeof raw === 'string') return raw.includes(end);
  const first = end.charCodeAt(0);
  for (let i = raw.indexOf(first); i !== -1 && i + end.length <= raw.length; i = raw.indexOf(first, i + 1)) {
    let j = 1;
    while (j < end.length && raw[i + j] === end.charCodeAt(j)) j++;
    if (j === end.length) return true;
  }
  return false;
}

/** The raw message: its text, or its bytes (any charset the message declares). */
export type RawEmail = string | Uint8Array | ArrayBuffer;

// A header field name: printable ASCII except ":" (RFC 5322 §2.2), then optional blanks and a colon.
const HEADER_FIELD = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

/** The first line of a message, as ASCII (header field names always are). */
function firstLine(raw: RawEmail, skip: number): string {
  if (typeof raw === 'string') {
    const end = raw.indexOf('\n', skip);
    return raw.slice(skip, end === -1 ? raw.length : end);
  }
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  let line = '';
  for (let i = skip; i < bytes.length && i < skip + 1000 && bytes[i] !== 0x0a; i++) line += String.fromCharCode(bytes[i]!);
  return line;
}

function byteLength(raw: RawEmail): number {
  return typeof raw === 'string' ? raw.length : raw.byteLength;
}

/**
 * Where the message starts: after a UTF-8 byte-order mark that an editor wrote, and after an mbox
 * `From ` line that some tools keep in a saved .eml.
 */
function startOfMessage(raw: RawEmail): number {
  const bom = bomLength(typeof raw === 'string' || raw instanceof Uint8Array ? raw : new Uint8Array(raw));
  const line = firstLine(raw, bom);
  if (!line.startsWith('From ')) return bom;
  const next = bom + line.length + 1;
  return next > byteLength(raw) ? byteLength(raw) : next;
}

function malformed(message: string, cause?: unknown): InvalidInputError {
  return new InvalidInputError('email', [{ path: [], message }], cause === undefined ? undefined : { cause });
}

function mailbox(from: MimeMailbox | undefined): EmailAddress | undefined {
  const box = from?.group === undefined ? from : from.group[0];
  if (box?.address === undefined || box.address === '') return undefined;
  return { name: repairWindows1252(box.name), address: box.address };
}

/**
 * Reads a raw RFC 5322 message (an `.eml` file, one message of an mbox) into a plain object for
 * {@link classifier.classifyReply | classifyReply} (R7), with its `Date` header as the reference
 * for {@link classifier.extractTimeline | extractTimeline} (R4.5).
 *
 * Decodes multipart messages, quoted-printable and base64 bodies, and any declared charset
 * (ISO-8859-1, Windows-1252, UTF-8 …), through the optional peer dependency
 * [postal-mime](https://www.npmjs.com/package/postal-mime), loaded on the first call.
 *
 * @param raw - The whole message, headers first: a string or its bytes.
 * @returns The subject, bodies, date, sender and message id, and whether a multipart body lacks its
 *   end (`incomplete`).
 * @throws {@link InvalidInputError} when `raw` is empty or does not start with a header field (a
 *   UTF-8 byte-order mark before it is skipped).
 * @throws {@link MissingDependencyError} when postal-mime is not installed.
 * @example
 * ```ts
 * const email = await parseEmail('Date: Tue, 24 Nov 2026 16:05:00 -0500\r\nSubject: Next steps\r\n\r\nWe will get back to you by Friday.')
 * email.date //=> '2026-11-24T16:05:00-05:00'
 * extractTimeline(email, { reference: email.date, timeZone: 'America/New_York' })?.date //=> '2026-11-27'
 * ```
 */
export async function parseEmail(raw: RawEmail): Promise<ParsedEmail> {
  if (typeof raw !== 'string' && !(raw instanceof Uint8Array) && !(raw instanceof ArrayBuffer)) {
    throw malformed(`expected the raw message as a string, Uint8Array or ArrayBuffer, got ${raw === null ? 'null' : typeof raw}`);
  }
  const start = startOfMessage(raw);
  if (byteLength(raw) - start === 0 || (typeof raw === 'string' && raw.slice(start).trim() === '')) throw malformed('the message is empty');
  const line = firstLine(raw, start);
  if (!HEADER_FIELD.test(line)) {
    // A line of a CRLF file ends with "\r", which is not part of what the message starts with.
    throw malformed(`the message does not start with a header field ("Name: value"), it starts with ${JSON.stringify(line.replace(/\r$/, '').slice(0, 40))}`);
  }
  const body = start === 0 ? raw : typeof raw === 'string' ? raw.slice(start) : (raw instanceof Uint8Array ? raw : new Uint8Array(raw)).subarray(start);
  const PostalMime = await loadPostalMime();
  let email;
  try {
    email = await new PostalMime().parse(body);
  } catch (cause) {
    if (isFollowUpError(cause)) throw cause;
    throw malformed(`postal-mime could not read it: ${(cause as Error).message}`, cause);
  }
  const header = (key: string): string | undefined => email.headers.find((h) => h.key === key)?.value;
  const dateHeader = header('date');
  const date = dateHeader === undefined ? undefined : parseMailDate(dateHeader);
  const from = mailbox(email.from);
  const type = BOUNDARY.exec(header('content-type') ?? '');
  const boundary = type === null ? undefined : (type[1] ?? type[2]);
  const incomplete = boundary !== undefined && !closes(body instanceof ArrayBuffer ? new Uint8Array(body) : body, boundary);
  return {
    subject: repairWindows1252(email.subject ?? ''),
    text: repairWindows1252(email.text ?? ''),
    ...(email.html === undefined ? {} : { html: repairWindows1252(email.html) }),
    ...(date === undefined ? {} : { date }),
    ...(from === undefined ? {} : { from }),
    ...(email.messageId === undefined ? {} : { messageId: email.messageId }),
    ...(incomplete ? { incomplete: true as const } : {}),
    // A message its sender's system sent on its own in answer to another (an out-of-office notice): RFC 3834's header,
    // and those of older autoresponders.
    ...(/^\s*auto-replied/i.test(header('auto-submitted') ?? '') || /^\s*auto_reply/i.test(header('precedence') ?? '') ||
      header('x-autoreply') !== undefined || header('x-autorespond') !== undefined ? { autoReply: true as const } : {}),
  };
}
