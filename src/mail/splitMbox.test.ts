import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { splitMbox, splitMboxChunks } from './splitMbox.js';
import { chunksOf } from '../../test/helpers/chunksOf.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const split = (text: string) => [...splitMbox(encode(text))].map((m) => ({ index: m.index, offset: m.offset, separator: m.separator, raw: decode(m.raw) }));

describe('splitMbox', () => {
  it('the documented example', () => {
    const mbox = encode('From a@x Tue Nov 24 16:05:00 2026\nSubject: One\n\n>From here\n\nFrom b@x Wed Nov 25 09:00:00 2026\nSubject: Two\n\nHi\n');
    expect([...splitMbox(mbox)].map((m) => [m.index, m.offset, decode(m.raw)])).toEqual([
      [0, 0, 'Subject: One\n\nFrom here\n'],
      [1, 60, 'Subject: Two\n\nHi\n'],
    ]);
  });

  it('splits at From_ lines, gives byte offsets, and drops the blank line the writer adds', () => {
    const first = 'From kim@acme.example Tue Nov 24 16:05:00 2026\nSubject: Ünïcode\n\nBody one\n\n';
    const second = 'From MAILER-DAEMON Wed Nov 25 09:00:00 2026\nSubject: Two\n\nBody two\n';
    expect(split(first + second)).toEqual([
      { index: 0, offset: 0, separator: 'From kim@acme.example Tue Nov 24 16:05:00 2026', raw: 'Subject: Ünïcode\n\nBody one\n' },
      { index: 1, offset: encode(first).length, separator: 'From MAILER-DAEMON Wed Nov 25 09:00:00 2026', raw: 'Subject: Two\n\nBody two\n' },
    ]);
  });

  it('unescapes >From lines by one level (mboxrd) and leaves other quoted lines alone', () => {
    const [message] = split('From a Tue Nov 24 16:05:00 2026\nSubject: x\n\n>From the team\n>>From quoted\n> From not escaped\n>Fromage\n');
    expect(message!.raw).toBe('Subject: x\n\nFrom the team\n>From quoted\n> From not escaped\n>Fromage\n');
  });

  it('a "From " line in a body after text is not a separator unless it has the From_ date shape', () => {
    const text = 'From a Tue Nov 24 16:05:00 2026\nSubject: x\n\nHello\nFrom what I hear, you are busy.\nFrom b Wed Nov 25 09:00:00 2026\nSubject: y\n\nBye\n';
    expect(split(text).map((m) => m.raw)).toEqual(['Subject: x\n\nHello\nFrom what I hear, you are busy.\n', 'Subject: y\n\nBye\n']);
  });

  it('R7: a line of prose that starts with "From " stays in its message, also right after the headers or after a blank line', () => {
    const headers = 'From kim@acme.example Tue Nov 24 21:05:00 2026\nFrom: Kim <kim@acme.example>\nSubject: Re: interview\n\n';
    const body = 'From our side the interviews went well, but we decided not to move forward.\n\nFrom Tue Nov 24 on, we reviewed 300 applications.\nBest,\nKim\n';
    expect(split(headers + body).map((m) => m.raw)).toEqual([`From: Kim <kim@acme.example>\nSubject: Re: interview\n\n${body}`]);
    // A first body line with a header field after it is still text; the same lines after a blank line start a message.
    const quoted = 'From the hiring team\nNote: bring your ID\n';
    expect(split(`${headers}${quoted}\nFrom b@x\nSubject: Two\n\nHi\n`).map((m) => [m.separator, m.raw])).toEqual([
      ['From kim@acme.example Tue Nov 24 21:05:00 2026', `From: Kim <kim@acme.example>\nSubject: Re: interview\n\n${quoted}`],
      ['From b@x', 'Subject: Two\n\nHi\n'],
    ]);
  });

  it('a From_ line shaped as mail systems write it starts a message anywhere, even right after the headers', () => {
    expect(split('From a Tue Nov 24 16:05:00 2026\nSubject: x\n\nFrom b Wed Nov 25 09:00:00 2026\nSubject: y\n\nBye\n').map((m) => m.raw)).toEqual(['Subject: x\n', 'Subject: y\n\nBye\n']);
  });

  it('handles CRLF line endings', () => {
    const text = 'From a Tue Nov 24 16:05:00 2026\r\nSubject: x\r\n\r\n>From me\r\n\r\nFrom b Wed Nov 25 09:00:00 2026\r\nSubject: y\r\n\r\nBye\r\n';
    expect(split(text).map((m) => [m.separator, m.raw])).toEqual([
      ['From a Tue Nov 24 16:05:00 2026', 'Subject: x\r\n\r\nFrom me\r\n'],
      ['From b Wed Nov 25 09:00:00 2026', 'Subject: y\r\n\r\nBye\r\n'],
    ]);
  });

  it('nothing is lost: text before the first From_ line comes out without a separator', () => {
    expect(split('garbage\n\nFrom a Tue Nov 24 16:05:00 2026\nSubject: x\n\nBody\n')).toEqual([
      { index: 0, offset: 0, separator: undefined, raw: 'garbage\n\n' },
      { index: 1, offset: 9, separator: 'From a Tue Nov 24 16:05:00 2026', raw: 'Subject: x\n\nBody\n' },
    ]);
    expect(split('no separators at all\n')).toEqual([{ index: 0, offset: 0, separator: undefined, raw: 'no separators at all\n' }]);
  });

  it('skips a UTF-8 byte-order mark at the start; offsets still count its bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('From a Tue Nov 24 16:05:00 2026\nSubject: x\n\nBody\n')]);
    expect([...splitMbox(bytes)].map((m) => [m.index, m.offset, m.separator, decode(m.raw)])).toEqual([
      [0, 3, 'From a Tue Nov 24 16:05:00 2026', 'Subject: x\n\nBody\n'],
    ]);
  });

  it('an empty or blank file has no messages; a From_ line alone is one empty message', () => {
    expect(split('')).toEqual([]);
    expect(split('\n \n')).toEqual([]);
    expect(split('From a Tue Nov 24 16:05:00 2026\n')).toEqual([{ index: 0, offset: 0, separator: 'From a Tue Nov 24 16:05:00 2026', raw: '' }]);
  });

  it('every byte of the file is in a separator line, a message or a separating blank line', () => {
    const text = 'From a Tue Nov 24 16:05:00 2026\nA: 1\n\nx\n\nFrom b Tue Nov 24 16:05:00 2026\nB: 2\n\ny\n';
    const messages = [...splitMbox(encode(text))];
    const covered = messages.reduce((n, m) => n + (m.separator?.length ?? 0) + 1 + m.raw.length, 0);
    expect(covered + 1).toBe(encode(text).length); // + the blank line before the second From_ line
  });

  // Body lines that an mbox must escape or must not split at, mixed with ordinary text.
  const line = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'é', ' ', '>', 'F', 'r', 'o', 'm', '1', ':') }),
    fc.constantFrom('', 'From here on', '>From quoted', '>>From deeper', 'From a Tue Nov 24 16:05:00 2026', '> From'),
  );
  const message = fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ü') }), fc.array(line, { maxLength: 8 }))
    .map(([subject, body]) => `Subject: ${subject}\n\n${body.map((l) => `${l}\n`).join('')}`);

  test.prop([fc.array(message, { maxLength: 6 })], { numRuns: 300 })('an mboxrd writer\'s file splits back into exactly its messages, at their offsets', (messages) => {
    const separator = 'From sender@example.net Tue Nov 24 16:05:00 2026\n';
    const escape = (m: string): string => m.replace(/^(>*From )/gm, '>$1');
    const chunks = messages.map((m) => `${separator}${escape(m)}\n`);
    const offsets = chunks.map((_c, i) => encode(chunks.slice(0, i).join('')).length);
    const found = [...splitMbox(encode(chunks.join('')))];
    expect(found.map((m) => decode(m.raw))).toEqual(messages);
    expect(found.map((m) => m.offset)).toEqual(offsets);
    expect(found.map((m) => m.index)).toEqual(messages.map((_m, i) => i));
  });
});

describe('splitMboxChunks', () => {
  const show = (messages: Iterable<{ index: number; offset: number; separator: string | undefined; raw: Uint8Array }>) =>
    [...messages].map((m) => ({ index: m.index, offset: m.offset, separator: m.separator, raw: decode(m.raw) }));

  const line = fc.constantFrom('', '\r', 'From a Tue Nov 24 16:05:00 2026', 'From 17812@xxx Tue Nov 24 21:05:00 +0000 2026', 'From b@x', 'From our side', '>From x',
    '>>From y', 'Subject: s', 'X-A : 1', ' folded', 'text ü', '\uFEFF');
  test.prop([fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.integer({ min: 1, max: 9 })], { numRuns: 500 })(
    'R7: a file read in chunks of any size splits as the whole file does, at the same offsets, even when the reader reuses its buffer',
    (lines, eol, last, size) => {
      const bytes = encode(lines.join(eol) + (last ? eol : ''));
      expect(show(splitMboxChunks(chunksOf(bytes, size)))).toEqual(show(splitMbox(bytes)));
    },
  );

  it('lets go of the chunks (a file is closed) when the reader stops early', () => {
    let closed = false;
    function* chunks(): Generator<Uint8Array> {
      try {
        yield encode('From a Tue Nov 24 16:05:00 2026\nSubject: x\n\nOne\n\n');
        yield encode('From b Tue Nov 24 16:05:00 2026\nSubject: y\n\nTwo\n');
      } finally {
        closed = true;
      }
    }
    for (const m of splitMboxChunks(chunks())) {
      expect(m.index).toBe(0);
      break;
    }
    expect(closed).toBe(true);
  });
});

describe('splitMbox: input that is not bytes', () => {
  it.each([null, undefined, 42, 'From a Tue Nov 24 16:05:00 2026\n', [70, 114], new ArrayBuffer(4)])('throws InvalidArgumentError naming bytes for %o, at the call', (bytes) => {
    let error: unknown;
    try {
      splitMbox(bytes as unknown as Uint8Array);
    } catch (e) {
      error = e;
    }
    expect(isFollowUpError(error, 'INVALID_ARGUMENT') && error.argument).toBe('bytes');
  });

  it('takes a Node Buffer', () => {
    expect([...splitMbox(Buffer.from('From a@x Tue Nov 24 16:05:00 2026\nSubject: One\n\nHi\n'))].map((m) => m.index)).toEqual([0]);
  });
});
