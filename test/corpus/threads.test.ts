import { describe, expect, it } from 'vitest';
import { sealedTestItems } from '../../scripts/classifier/evaluateReal.js';
import { THREAD_VARIANTS, threadFigures } from '../../scripts/classifier/threads.js';

/**
 * Real employer mail as apps receive it (R7): every message of the sealed split in a thread, signed, as HTML, wrapped,
 * with Windows line ends, decomposed into letters and accents (as `npm run eval:classifier` reports them). Quoted history, header blocks, signatures,
 * markup and line wrapping must not change what the reader makes of a message: each variant keeps the label of the
 * message alone for 99.5% of messages or more (100% for all but wrapping, 99.6%, when this was written).
 */
const MIN_SAME = 0.995;
const items = sealedTestItems();
const figures = threadFigures(items);

describe('the reader on mail as it arrives (R7)', () => {
  it('covers every variant of scripts/classifier/threads.ts', () => {
    expect(figures.variants.map((v) => v.name)).toEqual(THREAD_VARIANTS.map((v) => v.name));
  });

  // A reply's subject is not read at all: test/properties/r7-threads.prop.test.ts checks that exactly.
  it.each(figures.variants.filter((v) => v.name !== 'reply subject').map((v) => [v.name, v] as const))(
    `R7: %s: at least ${MIN_SAME * 100}% of sealed real messages keep the label they get alone`,
    (_, v) => {
      expect(v.total).toBe(items.length);
      expect(v.same / v.total).toBeGreaterThanOrEqual(MIN_SAME);
    },
  );

});
