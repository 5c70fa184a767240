/**
 * How the progress bar is drawn: `off` (stderr is not a terminal, or it carries JSON lines), `ansi`
 * (redrawn in place, the line cleared with an escape sequence), `plain` (for `TERM=dumb`: redrawn
 * after a carriage return and cleared with spaces, no escape sequences, as git does).
 */
export type ProgressMode = 'off' | 'ansi' | 'plain';

/** The mode for a stderr that is (or is not) a terminal of type `term`, with or without `--json`. */
export const progressMode = (isTTY: boolean, term: string | undefined, json: boolean): ProgressMode =>
  !isTTY || json ? 'off' : term === 'dumb' ? 'plain' : 'ansi';

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/** `n / unit`, rounded down to `digits` decimals. */
const down = (n: number, unit: number, digits: number): string => (Math.floor((n / unit) * 10 ** digits) / 10 ** digits).toFixed(digits);

/** A byte count for people, rounded down: `512 B`, `12.3 KiB`, `3.4 MiB`, `2.15 GiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < KiB) return `${bytes} B`;
  if (bytes < MiB) return `${down(bytes, KiB, 1)} KiB`;
  if (bytes < GiB) return `${down(bytes, MiB, 1)} MiB`;
  return `${down(bytes, GiB, 2)} GiB`;
}

const messagesOf = (n: number): string => `${n} message${n === 1 ? '' : 's'}`;

/**
 * A one-line progress bar for stderr, redrawn in place. With a total (a file's size in bytes) it shows the share of
 * the bytes read: `[#########---------------------]  31% 912.4 KiB of 2.8 MiB, 1204 messages`, redrawn when the whole
 * percentage changes (at most 101 times). Without one (standard input) it counts: `1204 messages, 912.4 KiB read`,
 * redrawn when the number of bytes shown changes.
 */
export class ProgressBar {
  private shown: string | undefined = undefined;
  private drawn = 0;
  constructor(private readonly write: (text: string) => void, private readonly total: number | undefined, private readonly mode: ProgressMode, private readonly width = 30) {}

  /** Shows `bytes` read and `messages` done; `last`: the final figures, drawn even when the bar would not move. */
  update(bytes: number, messages: number, last = false): void {
    if (this.mode === 'off' || this.total === 0) return;
    let key: string;
    let line: string;
    if (this.total === undefined) {
      key = formatBytes(bytes);
      line = `${messagesOf(messages)}, ${key} read`;
    } else {
      // A file that grew since its size was read does not draw past the end.
      const done = Math.min(bytes, this.total);
      key = String(Math.floor((done / this.total) * 100));
      const filled = Math.round((done / this.total) * this.width);
      line = `[${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${key.padStart(3)}% ${formatBytes(done)} of ${formatBytes(this.total)}, ${messagesOf(messages)}`;
    }
    if (key === this.shown && !last) return;
    this.shown = key;
    this.write(this.mode === 'ansi' ? `\r\x1b[K${line}` : `\r${line.padEnd(this.drawn)}`);
    this.drawn = line.length;
  }

  /** Clears the bar, so that a line can be printed; the next update draws it again. */
  clear(): void {
    if (this.drawn === 0) return;
    this.write(this.mode === 'ansi' ? '\r\x1b[K' : `\r${' '.repeat(this.drawn)}\r`);
    this.drawn = 0;
    this.shown = undefined;
  }
}
