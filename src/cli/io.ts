/// <reference types="node" />
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { isatty } from 'node:tty';
import { CliError } from './CliError.js';

/** What the CLI reads and writes: the real process in `bin.ts`, buffers in tests. */
export interface CliIo {
  /** Results. Written as given (no newline added); throws {@link OutputClosedError} once the reader has gone. */
  readonly stdout: (text: string) => void;
  /** Errors, warnings, progress and summaries. Written as given (no newline added). */
  readonly stderr: (text: string) => void;
  /** Reads a file given on the command line. */
  readonly readFile: (path: string) => Uint8Array;
  /**
   * Reads a file given on the command line in chunks, for a file that may not fit in memory (`--mbox`); each chunk is
   * valid until the next one is asked for. Without it, the file is read whole with `readFile`.
   */
  readonly readFileChunks?: (path: string) => Iterable<Uint8Array>;
  /**
   * The size in bytes of a file given on the command line, for the progress bar of `--mbox`; `undefined` when it has
   * none to tell (a pipe, a device) or cannot be read. Without it, the bar counts messages and bytes instead.
   */
  readonly fileSize?: (path: string) => number | undefined;
  /** Reads all of standard input. */
  readonly readStdin: () => Uint8Array;
  /**
   * Reads standard input in chunks, as they arrive (`--mbox -`); each chunk is valid until the next one is asked for.
   * Without it, standard input is read whole with `readStdin`.
   */
  readonly readStdinChunks?: () => Iterable<Uint8Array>;
  /** Whether standard input is a terminal (nothing piped in). */
  readonly stdinIsTTY: boolean;
  /** Whether standard error is a terminal (then a progress bar is drawn). */
  readonly stderrIsTTY: boolean;
  /** Whether standard output is a terminal: then the progress bar is cleared before each result line. */
  readonly stdoutIsTTY?: boolean;
  /** The terminal type (`$TERM`): `dumb` takes no escape sequences, so the progress bar is drawn without them. */
  readonly term?: string | undefined;
  /** Width for help text. */
  readonly columns: number;
  /** The clock, read only where a command says "default: now". */
  readonly now: () => Date;
  /**
   * Waits until what was written to standard output has gone out, and throws a {@link CliError} (`CANNOT_WRITE`) when
   * a write failed for any reason but a closed reader (a full disk, `> /dev/full`).
   */
  readonly flushStdout?: () => Promise<void>;
}

/**
 * Standard output was closed by the reader (`interview-followup … | head -1`): the command stops
 * where it is and exits with status 0, as git and grep do, without an error.
 */
export class OutputClosedError extends Error {
  override readonly name = 'OutputClosedError';
  constructor() {
    super('standard output was closed by the reader');
  }
}

const isBrokenPipe = (e: unknown): boolean => (e as NodeJS.ErrnoException | null | undefined)?.code === 'EPIPE';

/** The error for a write to standard output that failed: named for people, without Node's stack. */
const cannotWrite = (e: unknown): CliError => {
  const code = (e as NodeJS.ErrnoException | null | undefined)?.code;
  const reason = code === 'ENOSPC' ? 'no space left on device' : code === 'EIO' ? 'input/output error' : code === 'EDQUOT' ? 'disk quota exceeded' : String((e as Error | null)?.message ?? e);
  return new CliError('CANNOT_WRITE', `cannot write to standard output: ${reason}`, { cause: e });
};

/**
 * Writes to `stream` (standard output). A reader that goes away makes a write fail with EPIPE,
 * which Node reports as an `error` event later: that event is handled here instead of ending the
 * process with a stack trace, and the failed write, and every write after it, throws
 * {@link OutputClosedError} so that a long run (`--mbox`) stops at once. Any other failure (a full
 * disk) makes the next write, or `flush`, throw a {@link CliError} `CANNOT_WRITE`.
 */
export function writerTo(stream: Writable): ((text: string) => void) & { flush: () => Promise<void> } {
  let closed = false;
  let failed: unknown;
  stream.on('error', (e: unknown) => {
    if (isBrokenPipe(e)) closed = true;
    else failed ??= e;
  });
  const check = (): void => {
    if (closed || isBrokenPipe(stream.errored)) throw new OutputClosedError();
    if (failed !== undefined) throw cannotWrite(failed);
  };
  const write = (text: string): void => {
    check();
    stream.write(text);
    check();
  };
  const flush = async (): Promise<void> => {
    if (!closed && failed === undefined && !stream.errored) await new Promise<void>((done) => { stream.write('', () => { done(); }); });
    // The error event of a failed write comes after its callback.
    await new Promise<void>((done) => { setImmediate(done); });
    check();
  };
  return Object.assign(write, { flush });
}

/** A cell nothing wakes: `Atomics.wait` on it pauses 5 ms before a pipe with no data yet is read again. */
const RETRY = new Int32Array(new SharedArrayBuffer(4));

/**
 * Standard input, `size` bytes at most at a time, in one buffer that each read reuses (a chunk is valid until the next
 * is asked for), read to its end even when the writer is slower than this process: a pipe from `curl` or `ssh` may
 * have nothing yet (EAGAIN when fd 0 is non-blocking), which is waited for rather than reported.
 */
export function* stdinChunks(read: (buffer: Uint8Array) => number = (b) => readSync(0, b, 0, b.length, null), size = 1 << 16): Generator<Uint8Array, void, undefined> {
  const buffer = new Uint8Array(size);
  for (;;) {
    let n: number;
    try {
      n = read(buffer);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(RETRY, 0, 0, 5);
        continue;
      }
      if (code === 'EOF') return;
      throw e;
    }
    if (n === 0) return;
    yield buffer.subarray(0, n);
  }
}

/** All of standard input (see {@link stdinChunks}). */
export function readAllStdin(read?: (buffer: Uint8Array) => number): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const chunk of stdinChunks(read)) chunks.push(chunk.slice());
  return Buffer.concat(chunks);
}

/**
 * The bytes of a file, `size` at a time, in one buffer that each read reuses: a chunk is valid until the next is asked
 * for. The file is opened at the first chunk, and closed at the end, on an error, or when the reader stops early.
 */
export function* fileChunks(path: string, size = 1 << 20): Generator<Uint8Array, void, undefined> {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(size);
    for (;;) {
      const n = readSync(fd, buffer, 0, size, null);
      if (n === 0) return;
      yield buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** The real process. */
export function processIo(): CliIo {
  const stdout = writerTo(process.stdout);
  return {
    stdout,
    flushStdout: stdout.flush,
    stderr: (text) => { process.stderr.write(text); },
    readFile: (path) => readFileSync(path),
    readFileChunks: (path) => fileChunks(path),
    fileSize: (path) => {
      try {
        const stats = statSync(path);
        return stats.isFile() ? stats.size : undefined;
      } catch {
        return undefined;
      }
    },
    readStdin: () => readAllStdin(),
    readStdinChunks: () => stdinChunks(),
    // Not `process.stdin.isTTY`: making that stream puts fd 0 in non-blocking mode.
    stdinIsTTY: isatty(0),
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    term: process.env['TERM'],
    columns: Math.min(process.stdout.columns ?? 80, 100),
    now: () => new Date(),
  };
}
