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

/** Where JSON.parse says it stopped: Node 20 "… in JSON at position 9", newer Node adds " (line 1 column 10)". */
const POSITION = /(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/;
/** How much of a long line the excerpt shows. */
const EXCERPT_WIDTH = 72;

/** The line of `text` around `offset`, cut to {@link EXCERPT_WIDTH} around it, and a caret under `offset`. */
function excerpt(text: string, lineStart: number, offset: number): string {
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  const at = offset - lineStart;
  const from = line.length <= EXCERPT_WIDTH ? 0 : Math.max(0, Math.min(at - EXCERPT_WIDTH / 2, line.length - EXCERPT_WIDTH));
  const before = from > 0 ? '...' : '';
  const after = from + EXCERPT_WIDTH < line.length ? '...' : '';
  // Control characters (a tab, an escape) are shown as one space each, so the caret stays under its character.
  const shown = line.slice(from, from + EXCERPT_WIDTH).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return `  ${before}${shown}${after}\n  ${' '.repeat(before.length + at - from)}^`;
}

/** Whether `prefix` is a beginning of JSON: it parses, or fails only because the text ended there. @internal */
export function endsEarly(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (e) {
    const message = (e as Error).message;
    const match = POSITION.exec(message);
    return message.startsWith('Unexpected end') || (match !== null && Number(match[1]) >= prefix.length);
  }
}

/**
 * Where the text stops being JSON when the parser does not say (Node 20: `Unexpected token 'x', "…" is not valid
 * JSON`): the shortest prefix that fails for another reason than its end, found by halving (the parser reads from the
 * start, so every longer prefix fails there too). `undefined` if no prefix does. @internal
 */
export function firstBadCharacter(text: string): number | undefined {
  let low = 0;
  let high = text.length;
  if (endsEarly(text)) return undefined;
  // endsEarly(text.slice(0, low)) holds and endsEarly(text.slice(0, high)) does not.
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (endsEarly(text.slice(0, mid))) low = mid;
    else high = mid;
  }
  return high - 1;
}

/**
 * The error for text that is not JSON. When the parser says where it stopped (or the text just ends), the error
 * reads `bad.json:2:7: not valid JSON: <the parser's reason>` with the line and a caret under the place (found by
 * {@link firstBadCharacter} when the parser does not say); else it keeps the parser's whole message.
 */
function invalidJson(source: string, text: string, e: unknown): CliError {
  const message = (e as Error).message;
  const match = POSITION.exec(message);
  const offset = match !== null ? Number(match[1]) : message === 'Unexpected end of JSON input' ? text.trimEnd().length : firstBadCharacter(text);
  if (offset === undefined || offset > text.length) {
    return new CliError('INVALID_INPUT', `${source} is not valid JSON: ${escapeControls(message)}`, { cause: e });
  }
  // The caret shows the place, so the parser's own quote of the text (`Unexpected token 'x', "…" is not valid JSON`) goes.
  const reason = match === null ? message.replace(/, ".*" is not valid JSON$/s, '') : message.slice(0, match.index);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(0, lineStart).split('\n').length;
  const where = `${source}:${line}:${offset - lineStart + 1}`;
  return new CliError('INVALID_INPUT', `${where}: not valid JSON: ${escapeControls(reason)}\n${excerpt(text, lineStart, offset)}`, { cause: e });
}

/**
 * Parsed JSON of a file or standard input. Invalid JSON is exit 1, named by line and column with an excerpt of the
 * line where the parser says it stopped (see {@link invalidJson}).
 */
export function readJson(io: CliIo, path: string | undefined, what: string): unknown {
  const text = decodeText(readInput(io, path, what));
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw invalidJson(describeSource(path), text, e);
  }
}
