/**
 * Text with, for each of its UTF-16 code units, the range of the original input it came from.
 * `starts[i]`/`ends[i]` bound the original characters that produced `text[i]` (an HTML entity
 * `&amp;` yields one `&` whose range covers all five characters). Internal to the classifier.
 */
export interface MappedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Accumulates mapped characters in linear time. */
export class MappedTextBuilder {
  private chunks: string[] = [];
  private pending = '';
  private s: Int32Array;
  private e: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.s = new Int32Array(c);
    this.e = new Int32Array(c);
  }

  private grow(): void {
    const s = new Int32Array(this.s.length * 2);
    s.set(this.s);
    this.s = s;
    const e = new Int32Array(this.e.length * 2);
    e.set(this.e);
    this.e = e;
  }

  /** Appends one code unit that came from `original[start, end)`. */
  push(ch: string, start: number, end: number): void {
    if (this.length === this.s.length) this.grow();
    this.s[this.length] = start;
    this.e[this.length] = end;
    this.length++;
    this.pending += ch;
    if (this.pending.length >= 4096) {
      this.chunks.push(this.pending);
      this.pending = '';
    }
  }

  /** The code unit most recently pushed, or `''`. */
  last(): string {
    if (this.pending.length > 0) return this.pending[this.pending.length - 1] ?? '';
    const c = this.chunks[this.chunks.length - 1];
    return c === undefined ? '' : (c[c.length - 1] ?? '');
  }

  /** Removes the last `n` code units. */
  drop(n: number): void {
    let left = n;
    while (left > 0 && this.length > 0) {
      if (this.pending.length === 0) this.pending = this.chunks.pop() ?? '';
      const k = Math.min(left, this.pending.length);
      this.pending = this.pending.slice(0, this.pending.length - k);
      this.length -= k;
      left -= k;
    }
  }

  build(): MappedText {
    this.chunks.push(this.pending);
    this.pending = '';
    const text = this.chunks.join('');
    this.chunks = [text];
    return { text, starts: this.s.subarray(0, this.length), ends: this.e.subarray(0, this.length) };
  }
}

/** The identity mapping of a string onto itself. */
export function identityMapped(text: string): MappedText {
  const n = text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
}
