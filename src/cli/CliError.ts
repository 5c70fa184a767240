/**
 * A mistake in how the command was called (exit status 2), or input that cannot be used (exit
 * status 1), found by the CLI itself. Errors of the library carry their own `code` and exit with 1.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: 'USAGE' | 'INVALID_INPUT' | 'CANNOT_READ' | 'CANNOT_WRITE';
  readonly exitCode: 1 | 2;
  constructor(code: CliError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.exitCode = code === 'USAGE' ? 2 : 1;
  }
}

/** A usage error: exit status 2. */
export const usageError = (message: string): CliError => new CliError('USAGE', message);
