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

/** Accumulates mapped code units in linear time (typed arrays, no string concatenation). */
export class MappedTextBuilder {
  private units: Uint16Array;
  private s: Int32Array;
  private e: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.units = new Uint16Array(c);
    this.s = new Int32Array(c);
    this.e = new Int32Array(c);
  }

  private grow(): void {
    const size = this.units.length * 2;
    const u = new Uint16Array(size);
    u.set(this.units);
    this.units = u;
    const s = new Int32Array(size);
    s.set(this.s);
    this.s = s;
    const e = new Int32Array(size);
    e.set(this.e);
    this.e = e;
  }

  /** Appends one UTF-16 code unit that came from `original[start, end)`. */
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.s[this.length] = start;
    this.e[this.length] = end;
    this.length++;
  }

  /** Appends every code unit of `text`, all from `original[start, end)`. */
  pushString(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) this.push(text.charCodeAt(k), start, end);
  }

  build(): MappedText {
    const parts: string[] = [];
    const CHUNK = 8192;
    for (let i = 0; i < this.length; i += CHUNK) {
      parts.push(String.fromCharCode.apply(null, this.units.subarray(i, Math.min(this.length, i + CHUNK)) as unknown as number[]));
    }
    return { text: parts.join(''), starts: this.s.subarray(0, this.length), ends: this.e.subarray(0, this.length) };
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
