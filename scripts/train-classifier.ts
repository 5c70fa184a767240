/**
 * Trains the reply reader and writes `src/classifier/model/weights.generated.ts`.
 *
 *   npm run train:classifier              retrain and write the module
 *   npm run train:classifier -- --check   retrain and fail if the committed module differs
 *   npm run train:classifier -- --search  also print 5-fold cross-validated accuracy for a grid of L2 strengths
 *   npm run train:classifier -- --features  also print the feature names, in weight-row order (the module ships ids)
 *
 * Deterministic: the same corpus gives the same file, byte for byte. Only the training split is read for
 * learning; the sealed test split is scored by `npm run eval:classifier`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LABELS } from './corpus/load.js';
import { loadExamples } from './classifier/dataset.js';
import { crossValidate, LABEL_OPTIONS, renderWeightsModule, trainModel } from './classifier/trainModel.js';

const OUT = fileURLToPath(new URL('../src/classifier/model/weights.generated.ts', import.meta.url));
const args = process.argv.slice(2);
const started = Date.now();
const examples = loadExamples();

if (args.includes('--search')) {
  for (const l2 of [1e-4, 3e-4, 1e-3, 3e-3, 1e-2]) {
    for (const [epochs, learningRate] of [[100, 0.08], [150, 0.05], [250, 0.05]] as const) {
      const cv = crossValidate(examples, { ...LABEL_OPTIONS, l2, epochs, learningRate });
      let correct = 0;
      for (const h of cv.heldOut) {
        let best = 0;
        for (let k = 1; k < LABELS.length; k++) if (h.z[k]! > h.z[best]!) best = k;
        if (best === h.example.labelIndex) correct++;
      }
      console.log(`l2=${l2} epochs=${epochs} rate=${learningRate}: cross-validated accuracy ${(100 * correct / cv.heldOut.length).toFixed(1)}% of ${cv.heldOut.length}`);
    }
  }
}

const model = trainModel(examples);
if (args.includes('--features')) model.features.forEach((name, row) => console.log(`${row}\t${name}`));
const source = renderWeightsModule(model);
if (args.includes('--check')) {
  const committed = readFileSync(OUT, 'utf8');
  if (committed !== source) {
    console.error('src/classifier/model/weights.generated.ts differs from a fresh training run: run `npm run train:classifier`.');
    process.exit(1);
  }
  console.log(`weights.generated.ts matches a fresh training run (${((Date.now() - started) / 1000).toFixed(1)} s).`);
} else {
  writeFileSync(OUT, source);
  console.log(`wrote ${OUT} (${source.length} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
