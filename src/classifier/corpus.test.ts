import { describe, expect, it } from 'vitest';
import { evaluate, readCorpus, SET2_DIR } from '../../scripts/eval-classifier.js';

/**
 * The invented development sets (R7, R4.5). They are training data of the reply reader now (at a lower weight
 * than real mail), so their label accuracy measures nothing and is not asserted here: the figures that count are on
 * the sealed split of real mail (realCorpus.test.ts). What stays is language detection and the timeline floors.
 */
const MIN_PROMISES_FOUND = 0.9;
const MAX_SPURIOUS_DATES = 0.1;
/**
 * The languages the invented sets are written in. Languages added later (Portuguese) have no invented messages:
 * their detection is measured on real mail (test/corpus/realCorpus.test.ts).
 */
const INVENTED_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

describe('development corpus (R7, R4.5)', () => {
  const corpus = readCorpus();
  const e = evaluate(corpus);

  it('R7: the corpus is there', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
  });

  it('R7: the language of each message is detected, in each of the four languages the set is written in', () => {
    expect(Object.keys(e.perLanguage).filter((l) => e.perLanguage[l as keyof typeof e.perLanguage].total > 0)).toEqual([...INVENTED_LANGUAGES]);
    for (const l of INVENTED_LANGUAGES) expect(e.perLanguage[l].detected / e.perLanguage[l].total, l).toBeGreaterThanOrEqual(0.95);
  });

  it('R4.5: annotated promises are found, and few firm dates are reported where there is none', () => {
    expect(e.timeline.found / e.timeline.promised).toBeGreaterThanOrEqual(MIN_PROMISES_FOUND);
    expect(e.timeline.spurious / e.timeline.silent).toBeLessThanOrEqual(MAX_SPURIOUS_DATES);
  });
});

describe('second set (R7)', () => {
  const corpus = readCorpus(SET2_DIR);
  const e = evaluate(corpus);

  it('R7: the set is there, in the four languages, and its language is detected', () => {
    expect(corpus.length).toBe(200);
    for (const l of INVENTED_LANGUAGES) {
      const f = e.perLanguage[l];
      expect(f.total, l).toBeGreaterThanOrEqual(40);
      expect(f.detected / f.total, l).toBeGreaterThanOrEqual(0.95);
    }
  });
});
