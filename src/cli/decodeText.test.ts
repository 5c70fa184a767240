import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.js';

describe('decodeText', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Wir wünschen Ihnen alles Gute – €'))).toBe('Wir wünschen Ihnen alles Gute – €');
  });

  it('reads bytes that are not UTF-8 as Windows-1252: ü as 0xFC, the euro sign and curly quotes of 0x80–0x9F', () => {
    expect(decodeText(Uint8Array.from([0x77, 0xfc, 0x6e, 0x73, 0x63, 0x68, 0x65, 0x6e]))).toBe('wünschen');
    expect(decodeText(Uint8Array.from([0x93, 0x80, 0x35, 0x94, 0x20, 0x96, 0x20, 0xe9]))).toBe('“€5” – é');
  });

  it('skips a UTF-8 byte-order mark, also before text that is then read as Windows-1252', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x48, 0x69]))).toBe('Hi');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xfc]))).toBe('ü');
  });
});
