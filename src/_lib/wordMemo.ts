/**
 * A bounded memo from words to small integers (flags, language masks). Mail reuses a small vocabulary, so looking
 * each distinct word up once pays; the bound keeps memory flat on adversarial input: when full, it starts over.
 */
export class WordMemo {
  private readonly map = new Map<string, number>();

  /** @param limit - Entries kept before the memo is emptied and refilled. */
  constructor(private readonly limit = 20_000) {}

  get(word: string, compute: (word: string) => number): number {
    const known = this.map.get(word);
    if (known !== undefined) return known;
    const value = compute(word);
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(word, value);
    return value;
  }
}
