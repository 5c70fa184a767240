import { describe, expect, it } from 'vitest';
import { evaluate, readCorpus, SET2_DIR } from '../../scripts/eval-classifier.js';
import { REPLY_LABELS } from './types.js';

/**
 * Quality floor on the development corpus (R7, R4.5). The floors sit a few points under the
 * figures measured when they were set (98.9% accuracy, every recall ≥ 94.9%, 44/44 promises), so
 * the test fails on a real regression, not on noise. The held-out corpus is the real measure.
 */
const MIN_ACCURACY = 0.95;
const MIN_RECALL = 0.88;
const MIN_PROMISES_FOUND = 0.9;
const MAX_SPURIOUS_DATES = 0.1;

describe('development corpus (R7, R4.5)', () => {
  const corpus = readCorpus();
  const e = evaluate(corpus);

  it('R7: the corpus is there', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
  });

  it(`R7: accuracy stays at or above ${MIN_ACCURACY * 100}%`, () => {
    expect(e.accuracy, `misclassified: ${e.misses.map((m) => `${m.id} ${m.expected}→${m.got}`).join(', ')}`).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it.each(REPLY_LABELS)(`R7: recall of %s stays at or above ${MIN_RECALL * 100}%`, (label) => {
    expect(e.perLabel[label].recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('R7: every language is detected and classified well', () => {
    for (const f of Object.values(e.perLanguage)) {
      expect(f.accuracy).toBeGreaterThanOrEqual(0.9);
      expect(f.detected / f.total).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('R4.5: annotated promises are found, and few firm dates are reported where there is none', () => {
    expect(e.timeline.found / e.timeline.promised).toBeGreaterThanOrEqual(MIN_PROMISES_FOUND);
    expect(e.timeline.spurious / e.timeline.silent).toBeLessThanOrEqual(MAX_SPURIOUS_DATES);
  });
});

/**
 * Floor on the second set in test/fixtures/replies/set2 (R7): 200 replies written independently
 * of the development corpus. Its misses were fixed with general phrase families (withdrawn offers,
 * NDAs, internal hires, trial days, assessment centres, receipt acknowledgements, …), after which it
 * measured 100% (every recall 100%). Since it has informed the cues, the floors sit well under
 * that figure and it no longer counts as held out.
 */
const SET2_MIN_ACCURACY = 0.95;
const SET2_MIN_RECALL = 0.88;

describe('second set (R7)', () => {
  const corpus = readCorpus(SET2_DIR);
  const e = evaluate(corpus);

  it('R7: the set is there, in the four languages', () => {
    expect(corpus.length).toBe(200);
    for (const f of Object.values(e.perLanguage)) expect(f.total).toBeGreaterThanOrEqual(40);
  });

  it(`R7: accuracy stays at or above ${SET2_MIN_ACCURACY * 100}%`, () => {
    expect(e.accuracy, `misclassified: ${e.misses.map((m) => `${m.id} ${m.expected}→${m.got}`).join(', ')}`).toBeGreaterThanOrEqual(SET2_MIN_ACCURACY);
  });

  it.each(REPLY_LABELS)(`R7: recall of %s stays at or above ${SET2_MIN_RECALL * 100}%`, (label) => {
    expect(e.perLabel[label].recall).toBeGreaterThanOrEqual(SET2_MIN_RECALL);
  });

  it('R7: every language is detected and classified well', () => {
    for (const f of Object.values(e.perLanguage)) {
      expect(f.accuracy).toBeGreaterThanOrEqual(0.9);
      expect(f.detected / f.total).toBeGreaterThanOrEqual(0.95);
    }
  });
});
