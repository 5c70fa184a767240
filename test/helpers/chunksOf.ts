/**
 * A file's bytes `size` at a time, in one buffer that each chunk reuses, as a file reader gives them: code that keeps a
 * chunk past the next read without copying it fails with this.
 */
export function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  const buffer = new Uint8Array(size);
  for (let at = 0; at < bytes.length; at += size) {
    const n = Math.min(size, bytes.length - at);
    buffer.set(bytes.subarray(at, at + n));
    yield buffer.subarray(0, n);
  }
}
