import { describe, expect, it } from 'vitest';
import { THREAD_VARIANTS, threadFigures } from '../../scripts/classifier/threads.js';
import { loadCorpus } from '../../scripts/corpus/load.js';

/**
 * Real employer mail as apps receive it (R7): every corpus message in a thread, signed, as HTML, with Windows line
 * ends. Quoted history, header blocks, signatures and markup must not change what the reader makes of a message:
 * each variant keeps the label of the message alone (all of them did when this was written; the floor leaves room
 * for a message or two of a future lexicon).
 */
const MIN_SAME = 0.995;
const items = loadCorpus();
const figures = threadFigures(items);

describe('the reader on mail as it arrives (R7)', () => {
  it('covers every variant of scripts/classifier/threads.ts', () => {
    expect(figures.variants.map((v) => v.name)).toEqual(THREAD_VARIANTS.map((v) => v.name));
  });

  // A reply's subject is not read at all: test/properties/r7-threads.prop.test.ts checks that exactly.
  it.each(figures.variants.filter((v) => v.name !== 'reply subject').map((v) => [v.name, v] as const))(
    `R7: %s: at least ${MIN_SAME * 100}% of real messages keep the label they get alone`,
    (_, v) => {
      expect(v.total).toBe(items.length);
      expect(v.same / v.total).toBeGreaterThanOrEqual(MIN_SAME);
    },
  );

});
