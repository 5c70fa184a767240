/// <reference types="node" />
import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** What the CLI reads and writes: the real process in `bin.ts`, buffers in tests. */
export interface CliIo {
  /** Results. Written as given (no newline added); throws {@link OutputClosedError} once the reader has gone. */
  readonly stdout: (text: string) => void;
  /** Errors, warnings, progress and summaries. Written as given (no newline added). */
  readonly stderr: (text: string) => void;
  /** Reads a file given on the command line. */
  readonly readFile: (path: string) => Uint8Array;
  /** Reads all of standard input. */
  readonly readStdin: () => Uint8Array;
  /** Whether standard input is a terminal (nothing piped in). */
  readonly stdinIsTTY: boolean;
  /** Whether standard error is a terminal (then a progress bar is drawn). */
  readonly stderrIsTTY: boolean;
  /** The terminal type (`$TERM`): `dumb` takes no escape sequences, so the progress bar is drawn without them. */
  readonly term?: string | undefined;
  /** Width for help text. */
  readonly columns: number;
  /** The clock, read only where a command says "default: now". */
  readonly now: () => Date;
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

/**
 * Writes to `stream` (standard output). A reader that goes away makes a write fail with EPIPE,
 * which Node reports as an `error` event later: that event is handled here instead of ending the
 * process with a stack trace, and the failed write, and every write after it, throws
 * {@link OutputClosedError} so that a long run (`--mbox`) stops at once. Other errors are thrown
 * as before.
 */
export function writerTo(stream: Writable): (text: string) => void {
  let closed = false;
  stream.on('error', (e: unknown) => {
    if (!isBrokenPipe(e)) throw e;
    closed = true;
  });
  return (text) => {
    if (closed || isBrokenPipe(stream.errored)) throw new OutputClosedError();
    stream.write(text);
    if (isBrokenPipe(stream.errored)) throw new OutputClosedError();
  };
}

/** The real process. */
export function processIo(): CliIo {
  return {
    stdout: writerTo(process.stdout),
    stderr: (text) => { process.stderr.write(text); },
    readFile: (path) => readFileSync(path),
    readStdin: () => readFileSync(0),
    stdinIsTTY: process.stdin.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    term: process.env['TERM'],
    columns: Math.min(process.stdout.columns ?? 80, 100),
    now: () => new Date(),
  };
}
