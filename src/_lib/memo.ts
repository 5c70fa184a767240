/**
 * The library's one cache policy: a bounded memo of a pure computation, for answers that depend on
 * their key alone (a word's flags, a zone's formatter, a locale's language, a region's holidays).
 *
 * - **Bound.** It never holds more than `limit` entries.
 * - **Eviction: clear on full.** When a new key arrives and `limit` entries are held, every entry is
 *   dropped and filling starts over. A hit is one `Map` lookup with no bookkeeping (LRU would
 *   reorder on every hit, and most lookups are hits: words of mail, the same few zones and
 *   locales), and the working sets the library meets sit far below each bound, so a clear is rare
 *   and only costs recomputing what is asked for again.
 * - A computation that throws stores nothing; values are never `undefined` (it means "absent").
 *
 * Not a cache, so not a `Memo`: a table built once from constant data on first use (`x ??= build()`).
 */
export class Memo<K, V extends NonNullable<unknown> | null> {
  private readonly map = new Map<K, V>();

  /**
   * @param limit - The most entries held; when full, a new key empties the memo first.
   * @throws {RangeError} unless `limit` is a whole number from 1.
   */
  constructor(readonly limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`A memo's limit is a whole number from 1, got ${String(limit)}`);
  }

  /** The stored answer for `key`, else `compute(key)`, stored (after emptying a full memo). */
  get(key: K, compute: (key: K) => V): V {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  /** Entries held now (at most {@link Memo.limit}). */
  get size(): number {
    return this.map.size;
  }
}
