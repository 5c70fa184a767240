import { describe, expect, it } from 'vitest';
import { formatBytes, ProgressBar } from './progressBar.js';

function bar(total: number | undefined, mode: 'ansi' | 'plain' | 'off' = 'ansi'): { bar: ProgressBar; writes: string[] } {
  const writes: string[] = [];
  return { bar: new ProgressBar((text) => { writes.push(text); }, total, mode), writes };
}

describe('formatBytes', () => {
  it('writes bytes, KiB, MiB and GiB, rounded down', () => {
    expect([0, 1023, 1024, 1075, 1048575, 1048576, 3 * 1024 ** 3 - 1].map(formatBytes)).toEqual(['0 B', '1023 B', '1.0 KiB', '1.0 KiB', '1023.9 KiB', '1.0 MiB', '2.99 GiB']);
  });
});

describe('ProgressBar', () => {
  it('with a total, draws the share of the bytes read, redrawn only when the whole percentage changes', () => {
    const { bar: b, writes } = bar(2 * 1024 * 1024);
    for (let bytes = 0, n = 0; bytes <= 2 * 1024 * 1024; bytes += 1000, n++) b.update(bytes, n);
    expect(writes).toHaveLength(100);
    expect(writes[0]).toBe('\r\x1b[K[------------------------------]   0% 0 B of 2.0 MiB, 0 messages');
    expect(writes.at(-1)).toBe('\r\x1b[K[##############################]  99% 1.9 MiB of 2.0 MiB, 2077 messages');
    b.update(2 * 1024 * 1024, 2098, true);
    // A file that grew since its size was read does not draw past the end.
    b.update(3 * 1024 * 1024, 2099, true);
    expect(writes.slice(-2)).toEqual([
      '\r\x1b[K[##############################] 100% 2.0 MiB of 2.0 MiB, 2098 messages',
      '\r\x1b[K[##############################] 100% 2.0 MiB of 2.0 MiB, 2099 messages',
    ]);
  });

  it('without a total (standard input), counts messages and bytes read, redrawn when the bytes shown change', () => {
    const { bar: b, writes } = bar(undefined, 'plain');
    for (let bytes = 0, n = 0; bytes < 5 * 1024 * 1024; bytes += 1000, n++) b.update(bytes, n);
    // 0 B, then 1,023 steps of 0.1 KiB, then 49 of 0.1 MiB: fewer draws than messages.
    expect(writes.length).toBeLessThan(1100);
    expect(writes[0]).toBe('\r0 messages, 0 B read');
    expect(writes.at(-1)).toBe('\r5139 messages, 4.9 MiB read');
    expect(writes.join('')).not.toMatch(/%|\x1b/);
    b.clear();
    expect(writes.at(-1)).toBe(`\r${' '.repeat('5139 messages, 4.9 MiB read'.length)}\r`);
    b.update(1, 1);
    expect(writes.at(-1)).toBe('\r1 message, 1 B read');
  });

  it('draws nothing when off, or for a total of 0 bytes', () => {
    for (const { bar: b, writes } of [bar(100, 'off'), bar(undefined, 'off'), bar(0)]) {
      b.update(50, 1, true);
      b.clear();
      expect(writes).toEqual([]);
    }
  });
});
