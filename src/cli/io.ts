/// <reference types="node" />
import { readFileSync } from 'node:fs';

/** What the CLI reads and writes: the real process in `bin.ts`, buffers in tests. */
export interface CliIo {
  /** Results. Written as given (no newline added). */
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
  /** Width for help text. */
  readonly columns: number;
  /** The clock, read only where a command says "default: now". */
  readonly now: () => Date;
}

/** The real process. */
export function processIo(): CliIo {
  return {
    stdout: (text) => { process.stdout.write(text); },
    stderr: (text) => { process.stderr.write(text); },
    readFile: (path) => readFileSync(path),
    readStdin: () => readFileSync(0),
    stdinIsTTY: process.stdin.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: Math.min(process.stdout.columns ?? 80, 100),
    now: () => new Date(),
  };
}
