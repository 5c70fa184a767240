/**
 * How the progress bar is drawn: `off` (stderr is not a terminal, or it carries JSON lines), `ansi`
 * (redrawn in place, the line cleared with an escape sequence), `plain` (for `TERM=dumb`: redrawn
 * after a carriage return and cleared with spaces, no escape sequences, as git does).
 */
export type ProgressMode = 'off' | 'ansi' | 'plain';

/** The mode for a stderr that is (or is not) a terminal of type `term`, with or without `--json`. */
export const progressMode = (isTTY: boolean, term: string | undefined, json: boolean): ProgressMode =>
  !isTTY || json ? 'off' : term === 'dumb' ? 'plain' : 'ansi';

/** A one-line progress bar for stderr, redrawn in place. */
export class ProgressBar {
  private shown = -1;
  private drawn = 0;
  constructor(private readonly write: (text: string) => void, private readonly total: number, private readonly mode: ProgressMode, private readonly width = 30) {}

  /** Redraws when the whole percentage changes (at most 101 redraws, whatever the total). */
  update(count: number): void {
    if (this.mode === 'off' || this.total === 0) return;
    // A file that grew since its messages were counted does not draw past the end.
    const done = Math.min(count, this.total);
    const percent = Math.floor((done / this.total) * 100);
    if (percent === this.shown) return;
    this.shown = percent;
    const filled = Math.round((done / this.total) * this.width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${String(percent).padStart(3)}% ${done}/${this.total}`;
    this.write(this.mode === 'ansi' ? `\r\x1b[K${line}` : `\r${line.padEnd(this.drawn)}`);
    this.drawn = line.length;
  }

  /** Clears the bar, so that a line can be printed; the next update draws it again. */
  clear(): void {
    if (this.drawn === 0) return;
    this.write(this.mode === 'ansi' ? '\r\x1b[K' : `\r${' '.repeat(this.drawn)}\r`);
    this.drawn = 0;
    this.shown = -1;
  }
}
