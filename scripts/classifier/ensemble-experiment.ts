// Development aid: what the 80 kB ceiling costs, in cross-validation on the training split only (never the sealed split).
//   npx tsx scripts/classifier/ensemble-experiment.ts            folds drawn as the sealed split is
//   FOLDS=source …                                              each source in one fold
//   RAW=1 …                                                     the models unpruned and unquantized
//   TOPIC_LEVELS=7 …                                            topic weights in ±7 steps (4 ship)
// For each fold it trains the label and topic models as trainModel does and predicts with the label logits mixed with
// the topic model's probabilities summed per label (weight `alpha` on the label model; 1 is the reader as it ships),
// at the temperature fitted on the mixed held-out logits.
//
// December 2026, on 2,428 training messages (accuracy, folds as sealed / by source):
// - shipped form: alpha 1 79.0% / 77.6%; alpha 0.5 79.0% / 77.2%, 0.7 78.9% / 78.1%. The topic weights in four steps
//   carry nothing the label weights lack.
// - topic weights in ±7 steps: alpha 0.5 79.8% / 78.5%; ±15 steps 80.1% / 78.7% (7 steps took about 1.9 kB more than 4
//   when last measured, which the classifier entry does not have).
// - unpruned and unquantized: alpha 1 80.0% / 78.8%; alpha 0.5 80.9% / 80.4%. The 1,330 features and the weight steps
//   that keep the entry under 80 kB cost one to one and a half points alone, and about two with the topic model mixed in.
// Room: the 76 of 576 lexicon phrases that match no training or development message take 1,662 B of the entry (78,299 B
// without them, 79,961 B with): most of what topic weights in ±7 steps would need.
import { LABELS, TOPICS, TOPICS_BY_LABEL } from '../corpus/load.js';
import { loadExamples } from './dataset.js';
import type { Example } from './dataset.js';
import { buildVocabulary, LABEL_OPTIONS, samples, shippedPair, TOPIC_LEVELS, TOPIC_OPTIONS, toRow } from './trainModel.js';
import { fitTemperature, logits, softmax, train } from './softmax.js';

if (import.meta.url === `file://${process.argv[1]}`) {
  const examples = loadExamples();
  const topicLabel = TOPICS.map((t) => LABELS.findIndex((l) => (TOPICS_BY_LABEL[l] as readonly string[]).includes(t)));
  const foldOf = (e: Example): number => (process.env.FOLDS === 'source' ? e.sourceFold : e.fold);
  const levels = Number(process.env.TOPIC_LEVELS ?? TOPIC_LEVELS);
  const held: { zl: Float64Array; zt: Float64Array; y: number }[] = [];
  for (let fold = 0; fold < 5; fold++) {
    const trainSet = examples.filter((e) => e.split === 'invented' || (e.split === 'train' && foldOf(e) !== fold));
    const vocab = buildVocabulary(trainSet);
    const label = train(samples(trainSet, vocab, (e) => e.labelIndex, LABELS.length), vocab.names.length, LABELS.length, LABEL_OPTIONS);
    const real = trainSet.filter((e) => e.topicIndex >= 0);
    const topic = train(samples(real, vocab, (e) => e.topicIndex, TOPICS.length), vocab.names.length, TOPICS.length, TOPIC_OPTIONS);
    const models = process.env.RAW ? { label, topic } : shippedPair(label, topic, levels);
    for (const e of examples) {
      if (e.split !== 'train' || foldOf(e) !== fold) continue;
      const x = toRow(e, vocab);
      held.push({ zl: logits(models.label, x), zt: logits(models.topic, x), y: e.labelIndex });
    }
  }
  const topicLogits = (zt: Float64Array): Float64Array => {
    const sums = new Float64Array(LABELS.length);
    softmax(zt).forEach((p, t) => { sums[topicLabel[t]!]! += p; });
    return sums.map((p) => Math.log(p + 1e-9));
  };
  for (const alpha of [1, 0.7, 0.5, 0.3, 0]) {
    const rows = held.map((h) => {
      const tl = topicLogits(h.zt);
      return { z: h.zl.map((v, k) => alpha * v + (1 - alpha) * tl[k]!), y: h.y };
    });
    const t = fitTemperature(rows);
    let ok = 0;
    let nll = 0;
    for (const r of rows) {
      const p = softmax(r.z, t);
      let best = 0;
      for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
      if (best === r.y) ok++;
      nll -= Math.log(p[r.y]!);
    }
    const mode = `${process.env.FOLDS === 'source' ? 'source folds' : 'folds as sealed'}, ${process.env.RAW ? 'unpruned' : `shipped form, topic weights in ±${levels} steps`}`;
    console.log(`${mode}: alpha ${alpha}: acc ${(100 * ok / rows.length).toFixed(1)}% nll ${(nll / rows.length).toFixed(4)} T ${t}`);
  }
}
