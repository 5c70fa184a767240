import { describe, expect, it } from 'vitest';
import { sealedTestItems } from '../../scripts/classifier/evaluateReal.js';
import { THREAD_VARIANTS, threadFigures } from '../../scripts/classifier/threads.js';

/**
 * Real employer mail as apps receive it (R7): every message of the sealed split in a thread, signed, as HTML, wrapped,
 * with Windows line ends, decomposed into letters and accents, with an applicant-tracking system's or a phone's footer,
 * a notice on one long line or a less common sign-off, below banners in other wordings (as `npm run eval:classifier`
 * reports them). Quoted history, header blocks, signatures,
 * markup and line wrapping must not change what the reader makes of a message: each variant keeps the label of the
 * message alone for 99.5% of messages or more (100% for all but links, 99.9%, and wrapping, when this was written).
 * Wrapped mail keeps 99% or more: a line break that may only wrap a line is read by the line's length, and a few
 * messages read differently wrapped (99.5% to 99.7% of them kept their label with the weights of the last releases).
 * A paragraph in another language below the message (an English equal-opportunity statement below German mail) keeps
 * its language, but its words are still read (English phrases count on mail in every language, as ATS mail mixes
 * them in): 88% or more keep their label (89.3% when this was written, 89.8% with the weights of 1,280 features, 90.3% on 3,919 messages,
 * 81.7% before the first language of the body decided the message's).
 */
const MIN_SAME = 0.995;
const MIN_SAME_WRAPPED = 0.99;
const MIN_SAME_FOREIGN = 0.88;
const minSame = (name: string): number => (name === 'wrapped' ? MIN_SAME_WRAPPED : name === 'foreign paragraph' ? MIN_SAME_FOREIGN : MIN_SAME);
const items = sealedTestItems();
const figures = threadFigures(items);

describe('the reader on mail as it arrives (R7)', () => {
  it('covers every variant of scripts/classifier/threads.ts', () => {
    expect(figures.variants.map((v) => v.name)).toEqual(THREAD_VARIANTS.map((v) => v.name));
  });

  // A reply's subject is not read at all: test/properties/r7-threads.prop.test.ts checks that exactly.
  it.each(figures.variants.filter((v) => v.name !== 'reply subject').map((v) => [v.name, v] as const))(
    'R7: %s: at least 99.5% of sealed real messages keep the label they get alone (99% wrapped, 88% below a foreign paragraph)',
    (_, v) => {
      expect(v.total).toBe(items.length);
      expect(v.same / v.total).toBeGreaterThanOrEqual(minSame(v.name));
    },
  );

});
