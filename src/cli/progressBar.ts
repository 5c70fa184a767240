/** A one-line progress bar for stderr, redrawn in place; only drawn when stderr is a terminal. */
export class ProgressBar {
  private shown = -1;
  private drawn = false;
  constructor(private readonly write: (text: string) => void, private readonly total: number, private readonly enabled: boolean, private readonly width = 30) {}

  /** Redraws when the whole percentage changes (at most 101 redraws, whatever the total). */
  update(done: number): void {
    if (!this.enabled || this.total === 0) return;
    const percent = Math.floor((done / this.total) * 100);
    if (percent === this.shown) return;
    this.shown = percent;
    const filled = Math.round((done / this.total) * this.width);
    this.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${String(percent).padStart(3)}% ${done}/${this.total}`);
    this.drawn = true;
  }

  /** Clears the bar, so that a line can be printed; the next update draws it again. */
  clear(): void {
    if (!this.drawn) return;
    this.write('\r\x1b[K');
    this.drawn = false;
    this.shown = -1;
  }
}
