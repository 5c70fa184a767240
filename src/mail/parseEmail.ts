import type { Instant } from '../calendar/instant.js';
import { InvalidInputError, isFollowUpError } from '../errors.js';
import { bomLength } from '../_lib/bomLength.js';
import { loadPostalMime } from './loadPostalMime.js';
import type { MimeMailbox } from './loadPostalMime.js';
import { parseMailDate } from './parseMailDate.js';
import { HEADER_FIELD, isSeparator } from './splitMbox.js';
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

/**
 * The raw message: its bytes (any charset the message declares), or its text. Pass the bytes of
 * 8-bit mail: a string is read as UTF-8 text, so it is right only for 7-bit mail (quoted-printable
 * or base64 bodies) and for mail in UTF-8.
 */
export type RawEmail = string | Uint8Array | ArrayBuffer;

const LF = 0x0a;
const CR = 0x0d;

/** The first line of a message from `skip` on, as ASCII (header field names always are), without a line feed. */
function firstLine(raw: string | Uint8Array, skip: number): string {
  if (typeof raw === 'string') {
    const end = raw.indexOf('\n', skip);
    return raw.slice(skip, end === -1 ? raw.length : end);
  }
  let line = '';
  for (let i = skip; i < raw.length && i < skip + 1000 && raw[i] !== LF; i++) line += String.fromCharCode(raw[i]!);
  return line;
}

/**
 * Where the message starts: after a UTF-8 byte-order mark that an editor wrote, and after an mbox
 * `From ` line that some tools keep in a saved .eml (one shaped as mbox writers write it, or one
 * that a header field follows: not a first line of prose such as "From our side, ...").
 */
function startOfMessage(raw: string | Uint8Array): number {
  const bom = bomLength(raw);
  const line = firstLine(raw, bom);
  if (!line.startsWith('From ')) return bom;
  const next = bom + line.length + 1;
  if (next >= raw.length) return raw.length;
  return isSeparator(line.replace(/\r$/, ''), firstLine(raw, next)) ? next : bom;
}

/** A message whose lines end in a carriage return alone (no line feed anywhere): its lines then end in a line feed. */
function withLineFeeds(raw: string | Uint8Array): string | Uint8Array {
  if (typeof raw === 'string') return raw.includes('\n') || !raw.includes('\r') ? raw : raw.replace(/\r/g, '\n');
  return raw.includes(LF) || !raw.includes(CR) ? raw : raw.map((b) => (b === CR ? LF : b));
}

/**
 * The message with the blanks between a header field's name and its colon removed (`Date :` as
 * `Date:`, an obsolete form of RFC 5322 that postal-mime does not read), or the message itself
 * when no field of its header block has them.
 */
function withClosedFieldNames(raw: string | Uint8Array): string | Uint8Array {
  const code = typeof raw === 'string' ? (i: number): number => raw.charCodeAt(i) : (i: number): number => raw[i]!;
  const cuts: [number, number][] = [];
  for (let line = 0; line < raw.length; ) {
    let i = line;
    while (i < raw.length && code(i) > 0x20 && code(i) < 0x7f && code(i) !== 0x3a) i++;
    if (i === line && (code(i) === LF || code(i) === CR)) break; // the blank line that ends the header block
    let colon = i;
    while (i > line && colon < raw.length && (code(colon) === 0x20 || code(colon) === 0x09)) colon++;
    if (colon > i && code(colon) === 0x3a) cuts.push([i, colon]);
    while (colon < raw.length && code(colon) !== LF) colon++;
    line = colon + 1;
  }
  if (cuts.length === 0) return raw;
  const keep = cuts.map(([from], k) => [k === 0 ? 0 : cuts[k - 1]![1], from] as const).concat([[cuts.at(-1)![1], raw.length]]);
  if (typeof raw === 'string') return keep.map(([a, b]) => raw.slice(a, b)).join('');
  const out = new Uint8Array(keep.reduce((n, [a, b]) => n + b - a, 0));
  let at = 0;
  for (const [a, b] of keep) { out.set(raw.subarray(a, b), at); at += b - a; }
  return out;
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
 * [postal-mime](https://www.npmjs.com/package/postal-mime), loaded on the first call. Lines may end
 * in CRLF, LF or a carriage return alone, and a header field may have blanks before its colon
 * (`Date :`).
 *
 * Pass the message's bytes (a `Buffer`, `Uint8Array` or `ArrayBuffer`) when it may hold 8-bit
 * text: a string is read as UTF-8 text before the declared charset is applied, so an 8-bit
 * ISO-8859-1 or Windows-1252 body given as a string comes out garbled. A string is right for 7-bit
 * mail (quoted-printable or base64 bodies) and for mail in UTF-8.
 *
 * @param raw - The whole message, headers first: its bytes, or (7-bit or UTF-8 mail) its text.
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
  const message = withLineFeeds(raw instanceof ArrayBuffer ? new Uint8Array(raw) : raw);
  const start = startOfMessage(message);
  if (message.length - start === 0 || (typeof message === 'string' && message.slice(start).trim() === '')) throw malformed('the message is empty');
  const line = firstLine(message, start);
  if (!HEADER_FIELD.test(line)) {
    // A line of a CRLF file ends with "\r", which is not part of what the message starts with.
    throw malformed(`the message does not start with a header field ("Name: value"), it starts with ${JSON.stringify(line.replace(/\r$/, '').slice(0, 40))}`);
  }
  const body = withClosedFieldNames(start === 0 ? message : typeof message === 'string' ? message.slice(start) : message.subarray(start));
  const PostalMime = await loadPostalMime();
  let email;
  try {
    email = await new PostalMime().parse(body);
  } catch (cause) {
    if (isFollowUpError(cause)) throw cause;
    throw malformed(`postal-mime could not read it: ${(cause as Error).message}`, cause);
  }
  // A key as postal-mime gives it, trimmed: blanks before the colon are not part of the name.
  const header = (key: string): string | undefined => email.headers.find((h) => h.key.trim() === key)?.value;
  const dateHeader = header('date');
  const date = dateHeader === undefined ? undefined : parseMailDate(dateHeader);
  const from = mailbox(email.from);
  const type = BOUNDARY.exec(header('content-type') ?? '');
  const boundary = type === null ? undefined : (type[1] ?? type[2]);
  const incomplete = boundary !== undefined && !closes(body, boundary);
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
