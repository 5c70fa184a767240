import { describe, expect, it } from 'vitest';
import { fnv } from './fnv.js';
import { wordInfo, wordInfoAt } from './wordInfo.js';

describe('wordInfo (R7)', () => {
  it('R7: a word is worked out once and found again from the text it sits in, without slicing', () => {
    const info = wordInfo('unfortunately');
    expect(info.word).toBe('unfortunately');
    expect(info.hash).toBe(fnv('unfortunately'));
    expect(wordInfo('unfortunately')).toBe(info);
    const text = 'we unfortunately decided';
    expect(wordInfoAt(text, 3, 16, fnv(text, 3, 16))).toBe(info);
    // Same hash, other word: the table tells them apart by the word itself.
    expect(wordInfoAt('unfortunatelx', 0, 13, info.hash).word).toBe('unfortunatelx');
  });

  it('R7: stop words and digits are known per word', () => {
    expect(wordInfo('the').stop).not.toBe(0);
    expect(wordInfo('und').stop).not.toBe(0);
    expect(wordInfo('interview').stop).toBe(0);
    expect(wordInfo('2026').digits).toBe(true);
    expect(wordInfo('20x').digits).toBe(false);
  });

  it('R7: the table stays bounded and right after more distinct words than it keeps', () => {
    const the = wordInfo('the');
    const wrong: string[] = [];
    for (let i = 0; i < 50_000; i++) if (wordInfo(`w${i}`).word !== `w${i}`) wrong.push(`w${i}`);
    expect(wrong).toEqual([]);
    const again = wordInfo('the');
    expect(again.word).toBe('the');
    expect(again.stop).toBe(the.stop);
    expect(wordInfo('w49999')).toBe(wordInfo('w49999'));
  });
});
