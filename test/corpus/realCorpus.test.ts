import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateItems, sealedTestItems } from '../../scripts/classifier/evaluateReal.js';
import { renderWeightsModule, trainModel } from '../../scripts/classifier/trainModel.js';
import { LABELS, LANGS, loadCorpus, sourceFoldKeys, sourceOf, splitKeys, testSplit, TOPICS_BY_LABEL } from '../../scripts/corpus/load.js';
import { readReply } from '../../src/classifier/model/features.js';

/**
 * The real-mail corpus behind the reply reader (R7): employer messages written by others, labelled by
 * docs/labelling.md, with a sealed test split. These tests keep its shape, the split's guarantees and the
 * reproducibility of the shipped weights; the quality floor sits a few points under the figure measured when the
 * weights were trained, so a real regression fails and noise does not.
 */
const items = loadCorpus();
const test = testSplit(items);
const NO_TIME_LIMIT = 0;
/** Share of each language's real messages whose language must be detected (100% in every language when set). */
const MIN_DETECTED = 0.95;

describe('real-mail corpus (R7)', () => {
  // 3,543 messages when the weights were trained; the scarcest label, reference_check, had 107 (60 is the aim).
  it('R7: at least 600 messages, every label and language represented', () => {
    expect(items.length).toBeGreaterThanOrEqual(600);
    for (const label of LABELS) expect(items.filter((i) => i.label === label).length, label).toBeGreaterThanOrEqual(30);
    for (const lang of LANGS) expect(items.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(60);
  });

  it('R7: every item has a source, a verbatim text and a topic of its label', () => {
    for (const it of items) {
      expect(it.source.length, it.id).toBeGreaterThan(5);
      expect(TOPICS_BY_LABEL[it.label], it.id).toContain(it.topic);
      for (const t of it.timelines) expect(`${it.subject ?? ''}\n${it.text}`, `${it.id}: ${t.text}`).toContain(t.text);
    }
  });

  it('R7: the sealed split holds at least a quarter of the messages, in every label', () => {
    expect(test.size / items.length).toBeGreaterThanOrEqual(0.25);
    for (const label of LABELS) expect(items.some((i) => i.label === label && test.has(i.id)), label).toBe(true);
  });

  it('R7: the language of real mail is detected, in every language (Portuguese and Spanish told apart)', () => {
    for (const lang of LANGS) {
      const own = items.filter((i) => i.lang === lang);
      const detected = own.filter((i) => readReply({ text: i.text, ...(i.subject === undefined ? {} : { subject: i.subject }) }).language === lang);
      expect(detected.length / own.length, `${lang}: ${own.filter((i) => !detected.includes(i)).map((i) => i.id).join(', ')}`).toBeGreaterThanOrEqual(MIN_DETECTED);
    }
  });

  it('R7: a source fold key joins exactly the items linked by a shared source or split key', () => {
    const train = items.filter((it) => !test.has(it.id));
    const fold = sourceFoldKeys(train);
    const keys = splitKeys(train);
    // Naive oracle: grow each component by repeatedly adding every item that shares a source or a split key with it.
    const component = new Map<string, number>();
    let next = 0;
    for (const start of train) {
      if (component.has(start.id)) continue;
      const sources = new Set([sourceOf(start)]);
      const splits = new Set([keys.get(start.id)!]);
      for (let grew = true; grew;) {
        grew = false;
        for (const it of train) {
          if (component.has(it.id) || !(sources.has(sourceOf(it)) || splits.has(keys.get(it.id)!))) continue;
          component.set(it.id, next);
          sources.add(sourceOf(it));
          splits.add(keys.get(it.id)!);
          grew = true;
        }
      }
      component.set(start.id, next++);
    }
    const byComponent = new Map<number, string>();
    const byKey = new Map<string, number>();
    for (const it of train) {
      const c = component.get(it.id)!;
      const k = fold.get(it.id)!;
      expect(byComponent.get(c) ?? k, it.id).toBe(k);
      expect(byKey.get(k) ?? c, it.id).toBe(c);
      byComponent.set(c, k);
      byKey.set(k, c);
    }
  });

  it('R7: near-duplicates never straddle the split', () => {
    const keys = splitKeys(items);
    const side = new Map<string, boolean>();
    for (const it of items) {
      const key = keys.get(it.id) ?? it.id;
      const inTest = test.has(it.id);
      expect(side.get(key) ?? inTest, `${it.id} (${key})`).toBe(inTest);
      side.set(key, inTest);
    }
  });
});

describe('reply reader weights (R7)', () => {
  // Training is a fixed amount of work (a few seconds); with no time limit, the verdict never depends on machine speed.
  it('R7: retraining on the corpus reproduces the committed weights byte for byte', { timeout: NO_TIME_LIMIT }, () => {
    const committed = readFileSync(fileURLToPath(new URL('../../src/classifier/model/weights.generated.ts', import.meta.url)), 'utf8');
    expect(renderWeightsModule(trainModel()) === committed, 'run `npm run train:classifier` and commit the result').toBe(true);
  });
});

/**
 * Floors on the sealed split, under the figures measured when the weights were trained: accuracy 82.8% (1,008/1,217),
 * expected calibration error 0.024 (the ceiling is the 0.05 aimed at).
 */
const MIN_ACCURACY = 0.79;
const MAX_ECE = 0.05;

describe('reply reader on the sealed real split (R7)', () => {
  const e = evaluateItems(sealedTestItems());

  it(`R7: accuracy stays at or above ${MIN_ACCURACY * 100}%`, () => {
    expect(e.overall.correct / e.overall.total, e.misses.map((m) => `${m.id} ${m.expected}→${m.got}`).join(', ')).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it(`R7: confidence stays calibrated (expected calibration error ≤ ${MAX_ECE})`, () => {
    expect(e.ece).toBeLessThanOrEqual(MAX_ECE);
  });

  it('R7: the accuracy is reported with an interval from resampling its sources, which holds it', () => {
    const accuracy = e.overall.correct / e.overall.total;
    expect(e.sources).toBeGreaterThan(100);
    expect(e.sources).toBeLessThan(e.overall.total);
    expect(e.interval.low).toBeLessThan(accuracy);
    expect(e.interval.high).toBeGreaterThan(accuracy);
    for (const [label, { recall }] of Object.entries(e.perLabel)) {
      expect(e.recallInterval[label]!.low, label).toBeLessThanOrEqual(recall);
      expect(e.recallInterval[label]!.high, label).toBeGreaterThanOrEqual(recall);
    }
    for (const [lang, r] of Object.entries(e.perLanguage)) {
      if (r.total === 0) expect(e.languageInterval[lang], lang).toBeUndefined();
      else expect(e.languageInterval[lang]!.low, lang).toBeLessThanOrEqual(r.correct / r.total);
    }
  });
});
