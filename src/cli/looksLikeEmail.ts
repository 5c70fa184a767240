import { bomLength } from '../_lib/bomLength.js';

/** Header fields that mark a raw message (one is not enough: a reply may start with "Subject: …"). */
const MAIL_HEADERS = new Set([
  'from', 'to', 'cc', 'date', 'subject', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding',
  'received', 'return-path', 'delivered-to', 'reply-to', 'in-reply-to', 'references', 'sender', 'dkim-signature',
]);

const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;

/** How much of the input is read: the header block of most mail, and more than enough to tell. */
const HEAD = 16384;

/**
 * Whether text is a raw RFC 5322 message (an .eml file) rather than a reply's body: its first lines,
 * up to the first blank line, are header fields (folded lines allowed), two or more of them
 * well-known mail headers. An mbox `From ` line on top is allowed, and so is a UTF-8 byte-order mark.
 * Only the first 16 KiB are read: a line that goes on past them is left out, since the header
 * block of a message may be longer (Microsoft 365 writes 10 to 25 KiB of headers). Lines may end in
 * CRLF, LF, or CR alone.
 */
export function looksLikeEmail(bytes: Uint8Array): boolean {
  const start = bomLength(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + HEAD));
  const lines = head.split(head.includes('\n') ? /\r?\n/ : /\r/);
  if (bytes.length > start + HEAD) lines.pop();
  let known = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === 0 && line.startsWith('From ')) continue;
    if (line === '') return known >= 2;
    if (/^[ \t]/.test(line) && i > 0) continue;
    const m = FIELD.exec(line);
    if (m === null) return false;
    if (MAIL_HEADERS.has(m[1]!.toLowerCase())) known++;
  }
  return known >= 2;
}
