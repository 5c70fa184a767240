import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliError } from './CliError.js';
import { fileChunks, OutputClosedError, readAllStdin, stdinChunks, writerTo } from './io.js';

/** A stream whose reader went away after `accepted` writes: later writes fail with EPIPE, as a pipe to `head` does. */
function pipeTo(accepted: number): { stream: Writable; written: string[] } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (written.length >= accepted) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' }));
        return;
      }
      written.push(chunk.toString());
      callback();
    },
  });
  return { stream, written };
}

const tick = (): Promise<void> => new Promise((resolve) => { setImmediate(resolve); });

describe('writerTo', () => {
  it('turns EPIPE into OutputClosedError for the failed write and every later one, with no unhandled error event', async () => {
    const { stream, written } = pipeTo(1);
    const write = writerTo(stream);
    write('one\n');
    expect(() => { write('two\n'); }).toThrow(OutputClosedError);
    await tick(); // the error event comes later; it must not end the process
    expect(() => { write('three\n'); }).toThrow(OutputClosedError);
    expect(written).toEqual(['one\n']);
  });
});

/** A stream that fails every write with `code` (a full disk: ENOSPC). */
function failingWith(code: string): Writable {
  return new Writable({
    write(_chunk: Buffer, _encoding, callback) {
      callback(Object.assign(new Error(`write ${code}`), { code, syscall: 'write' }));
    },
  });
}

describe('writerTo: other write failures', () => {
  it('reports a full disk as CANNOT_WRITE in words, at the next write or at flush, never as an uncaught error', async () => {
    const write = writerTo(failingWith('ENOSPC'));
    write('only line\n'); // the failure comes later, as an event
    const flushed = await write.flush().then(() => undefined, (e: unknown) => e);
    expect(flushed).toBeInstanceOf(CliError);
    expect(flushed).toMatchObject({ code: 'CANNOT_WRITE', exitCode: 1, message: 'cannot write to standard output: no space left on device' });
    expect(() => { write('more\n'); }).toThrow(/cannot write to standard output: no space left on device/);
  });

  it('flush resolves when everything went out, and a closed reader is still OutputClosedError', async () => {
    const { stream, written } = pipeTo(5);
    const write = writerTo(stream);
    write('a\n');
    await expect(write.flush()).resolves.toBeUndefined();
    expect(written.join('')).toBe('a\n');
    const closed = writerTo(pipeTo(0).stream);
    expect(() => { closed('x\n'); }).toThrow(OutputClosedError);
    await expect(closed.flush()).rejects.toBeInstanceOf(OutputClosedError);
  });
});

describe('readAllStdin', () => {
  it('waits for a slow writer: EAGAIN (no data yet on a non-blocking pipe) is retried, not reported', () => {
    const parts = [new TextEncoder().encode('{"a":'), new TextEncoder().encode('1}')];
    const script: (Uint8Array | 'EAGAIN')[] = ['EAGAIN', parts[0]!, 'EAGAIN', 'EAGAIN', parts[1]!];
    const bytes = readAllStdin((buffer) => {
      const next = script.shift();
      if (next === undefined) return 0;
      if (next === 'EAGAIN') throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, read'), { code: 'EAGAIN' });
      buffer.set(next);
      return next.length;
    });
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}');
  });

  it('passes any other read error on (a directory on standard input: EISDIR)', () => {
    expect(() => readAllStdin(() => { throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' }); })).toThrow(/EISDIR/);
  });
});

describe('stdinChunks', () => {
  it('R7: gives standard input as it arrives, read by read, in one reused buffer, waiting out EAGAIN', () => {
    const script: string[] = ['From a Tue', 'EAGAIN', ' Nov 24 16:05', ':00 2026\n'];
    let reads = 0;
    const read = (buffer: Uint8Array): number => {
      reads++;
      const next = script.shift();
      if (next === undefined) return 0;
      if (next === 'EAGAIN') throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, read'), { code: 'EAGAIN' });
      return new TextEncoder().encodeInto(next, buffer).written;
    };
    const chunks = stdinChunks(read, 16);
    const first = chunks.next().value as Uint8Array;
    // One read for one chunk: nothing more is read before the reader asks for it.
    expect(reads).toBe(1);
    expect(new TextDecoder().decode(first)).toBe('From a Tue');
    const rest: string[] = [];
    for (const chunk of chunks) {
      expect(chunk.buffer).toBe(first.buffer);
      rest.push(new TextDecoder().decode(chunk));
    }
    expect(rest).toEqual([' Nov 24 16:05', ':00 2026\n']);
    expect(reads).toBe(5);
  });
});

describe('fileChunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chunks-'));
  const path = join(dir, 'export.mbox');
  writeFileSync(path, 'From a Tue Nov 24 16:05:00 2026\nSubject: x\n\nBody\n');
  // The file descriptors this process has open (Linux's /proc), to see that a file is closed again.
  const openFiles = (): number => readdirSync('/proc/self/fd').length;

  it('R7: reads a file a fixed number of bytes at a time, in one reused buffer', () => {
    const seen: string[] = [];
    let buffer: ArrayBufferLike | undefined;
    for (const chunk of fileChunks(path, 16)) {
      seen.push(Buffer.from(chunk).toString());
      buffer ??= chunk.buffer;
      expect(chunk.buffer).toBe(buffer);
    }
    expect(seen.join('')).toBe('From a Tue Nov 24 16:05:00 2026\nSubject: x\n\nBody\n');
    expect(seen.map((c) => c.length)).toEqual([16, 16, 16, 1]);
  });

  it.runIf(existsSync('/proc/self/fd'))('closes the file at the end, and when the reader stops early', () => {
    const before = openFiles();
    for (const _chunk of fileChunks(path, 4)) expect(openFiles()).toBe(before + 1);
    expect(openFiles()).toBe(before);
    for (const _chunk of fileChunks(path, 4)) break;
    expect(openFiles()).toBe(before);
  });

  it('passes a missing file or a directory on as the error of the first read', () => {
    expect(() => [...fileChunks(join(dir, 'nope.mbox'))]).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => [...fileChunks(dir)]).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});
