import { isFollowUpError } from '../errors.js';
import type { FollowUpError } from '../errors.js';
import { CliError } from './CliError.js';
import { escapeControlsInLines } from './escapeControls.js';
import type { CliIo } from './io.js';

/** Exit statuses of the CLI: 0 success, 1 invalid input or a failed command, 2 a usage error. */
export type ExitStatus = 0 | 1 | 2;

/**
 * Where the CLI's output goes: results on stdout (JSON with `--json`), errors and warnings on
 * stderr (JSON lines with `--json`), stack traces only with `--debug`. Text output has its control
 * characters written visibly (`\x1b`), line breaks apart: a reply's words never reach the terminal
 * as escape sequences.
 */
export class Reporter {
  json: boolean;
  debug: boolean;
  /** The command being run (`add`, `classify` …), once known: a usage error then points to its help. */
  command: string | undefined = undefined;
  readonly io: CliIo;

  constructor(io: CliIo, json: boolean, debug: boolean) {
    this.io = io;
    this.json = json;
    this.debug = debug;
  }

  /** A command's result: `value` as JSON with `--json`, else `text()`. */
  result(value: unknown, text: () => string): void {
    this.io.stdout(`${this.json ? JSON.stringify(value, null, 2) : escapeControlsInLines(text())}\n`);
  }

  /** A warning on stderr; the command goes on. */
  warn(code: string, message: string, extra: Record<string, unknown> = {}): void {
    this.io.stderr(this.json ? `${JSON.stringify({ warning: { code, message, ...extra } })}\n` : `warning: ${escapeControlsInLines(message)}\n`);
  }

  /**
   * Reports an error on stderr and returns the exit status for it. A usage error in text ends with
   * a pointer to `--help`, unless `helpShown` says the help was just printed.
   */
  error(e: unknown, { helpShown = false }: { readonly helpShown?: boolean } = {}): ExitStatus {
    const { code, message, status, details } = describeError(e);
    const stack = this.debug && e instanceof Error ? e.stack : undefined;
    if (this.json) {
      this.io.stderr(`${JSON.stringify({ error: { code, message, exitStatus: status, ...details, ...(stack === undefined ? {} : { stack }) } })}\n`);
    } else {
      const hint = status === 2 && !helpShown ? `\nRun \`interview-followup ${this.command === undefined ? '' : `${this.command} `}--help\` for usage.` : '';
      const unexpected = code === 'INTERNAL' && stack === undefined ? '\n(run again with --debug for the stack trace)' : '';
      this.io.stderr(`error: ${escapeControlsInLines(message)}${hint}${unexpected}\n${stack === undefined ? '' : `${stack}\n`}`);
    }
    return status;
  }
}

interface ErrorReport {
  readonly code: string;
  readonly message: string;
  readonly status: ExitStatus;
  readonly details: Record<string, unknown>;
}

function describeError(e: unknown): ErrorReport {
  if (e instanceof CliError) return { code: e.code, message: e.message, status: e.exitCode, details: {} };
  if (isFollowUpError(e)) {
    const error = e as FollowUpError & { issues?: unknown; dependency?: unknown; suggestions?: unknown };
    const details: Record<string, unknown> = {};
    if (error.issues !== undefined) details['issues'] = error.issues;
    if (error.dependency !== undefined) details['dependency'] = error.dependency;
    if (Array.isArray(error.suggestions) && error.suggestions.length > 0) details['suggestions'] = error.suggestions;
    // The library points to its function; at the shell, the command lists the regions.
    const message = error.code === 'UNKNOWN_REGION' ? error.message.replace('listRegions() lists them', '`interview-followup regions` lists them') : error.message;
    return { code: error.code, message, status: 1, details };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message: `unexpected failure: ${message}`, status: 1, details: {} };
}
