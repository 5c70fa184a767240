import { CliError, usageError } from './CliError.js';
import { decodeText } from './decodeText.js';
import { escapeControls } from './escapeControls.js';
import type { CliIo } from './io.js';

/** `-` or no argument: standard input. */
export const isStdin = (path: string | undefined): boolean => path === undefined || path === '-';

/** How a source is named in messages. */
export const describeSource = (path: string | undefined): string => (isStdin(path) ? 'standard input' : path!);

/** Binary data: NUL bytes, or many control characters, in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > n / 10;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  return true;
}

/** Why a file or standard input could not be read, in words. */
export function whyUnreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null | undefined)?.code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((e as Error | null)?.message ?? e);
}

/** The usage error for standard input that is a terminal: nothing was piped in. */
export const nothingPiped = (what: string): CliError => usageError(`nothing to read: give ${what} as a file argument, or pipe it into standard input`);

/** The error for a source that could not be read (`CANNOT_READ`). */
export const cannotRead = (path: string | undefined, e: unknown): CliError =>
  new CliError('CANNOT_READ', `cannot read ${describeSource(path)}: ${whyUnreadable(e)}`, { cause: e });

/**
 * The error for input that is empty or binary, `problem` saying which: a usage error for standard input (exit 2:
 * nothing, or the wrong thing, was piped in), an input error for a file (exit 1).
 */
export const badInput = (path: string | undefined, problem: string): CliError =>
  isStdin(path) ? usageError(`standard input ${problem}`) : new CliError('INVALID_INPUT', `${path} ${problem}`);

/**
 * The bytes of a file, or of standard input for `-` or no path. Empty or binary standard input is a
 * usage error (exit 2: nothing, or the wrong thing, was piped in); an unreadable, empty or binary
 * file is an input error (exit 1).
 */
export function readInput(io: CliIo, path: string | undefined, what: string): Uint8Array {
  if (isStdin(path) && io.stdinIsTTY) throw nothingPiped(what);
  let bytes: Uint8Array;
  try {
    bytes = isStdin(path) ? io.readStdin() : io.readFile(path!);
  } catch (e) {
    throw cannotRead(path, e);
  }
  if (isBlank(bytes)) throw badInput(path, `is empty: expected ${what}`);
  if (looksBinary(bytes)) throw badInput(path, `looks binary: expected ${what} as text`);
  return bytes;
}

/**
 * Parsed JSON of a file or standard input. Invalid JSON is one line, exit 1, with the whole of
 * the parser's message: the excerpt it quotes, which shows where the error is, keeps its line breaks
 * written as `\x0a`, as in any quoted phrase.
 */
export function readJson(io: CliIo, path: string | undefined, what: string): unknown {
  const text = decodeText(readInput(io, path, what));
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError('INVALID_INPUT', `${describeSource(path)} is not valid JSON: ${escapeControls((e as Error).message)}`, { cause: e });
  }
}
