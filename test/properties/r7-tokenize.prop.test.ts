import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { foldText } from '../../src/classifier/foldText.js';
import { markPattern, tokenize, wordPattern } from '../../src/classifier/tokenize.js';
import { anyText, replyText } from '../arbitraries/classifier.js';
import { runs } from '../helpers/runs.js';

/**
 * The naive oracle: the words are the matches of wordPattern(), one regular-expression search after another; a word
 * written in decomposed form loses its combining marks; a sentence ends at `.`, `!`, `?`, `;`, `•` or a line break
 * between two words, except a period right after a one- or two-digit number ("am 2. Mai", "10.30").
 */
function oracle(text: string, maxWords: number): { words: string[]; starts: number[]; ends: number[]; sentences: number[] } {
  const out = { words: [] as string[], starts: [] as number[], ends: [] as number[], sentences: [] as number[] };
  const re = new RegExp(wordPattern().source, wordPattern().flags);
  let sentence = 0;
  let m: RegExpExecArray | null;
  while (out.words.length < maxWords && (m = re.exec(text)) !== null) {
    const previous = out.words[out.words.length - 1];
    const gap = text.slice(out.ends[out.ends.length - 1] ?? 0, m.index);
    const shortNumber = previous !== undefined && /^[0-9]{1,2}$/.test(previous);
    if (previous !== undefined && [...gap].some((c, i) => '.!?;\n\u2022'.includes(c) && !(c === '.' && i === 0 && shortNumber))) sentence++;
    const raw = m[0];
    const decomposed = raw.length > 1 && (raw.charCodeAt(0) > 0x2ff || /[\u0300-\u036f]/.test(raw));
    out.words.push(decomposed ? raw.replace(markPattern(), '') : raw);
    out.starts.push(m.index);
    out.ends.push(m.index + raw.length);
    out.sentences.push(sentence);
  }
  return out;
}

/** Words, numbers and every kind of separator, decomposed accents and characters beyond the BMP. */
const pieces = (): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom('offer', 'Über', '2', '10', '123', '.', '!', '?', ';', '\n', '\u2022', ' ', ',', "'", 'e\u0301', '\u0951\u0952', 'ß', '🎉', '𝐀𝐁', '\ud800', '\udc00', '日本'), { maxLength: 30 })
    .map((parts) => parts.join(''));

describe('tokenize (R7)', () => {
  test.prop([fc.oneof(anyText(), replyText().map(foldText), pieces()), fc.integer({ min: 1, max: 40 })], { numRuns: runs(300) })(
    'R7: the one-pass tokenizer finds the words, positions and sentences of the regular-expression oracle',
    (text, maxWords) => {
      for (const limit of [maxWords, Number.POSITIVE_INFINITY]) {
        const t = tokenize(text, limit);
        const o = oracle(text, limit);
        expect(t.infos.map((w) => w.word)).toEqual(o.words);
        expect([...t.starts]).toEqual(o.starts);
        expect([...t.ends]).toEqual(o.ends);
        expect([...t.sentences]).toEqual(o.sentences);
        expect(t.count).toBe(o.words.length);
      }
    },
  );
});
