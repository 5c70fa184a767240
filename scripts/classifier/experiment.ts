// Development aid: cross-validated accuracy on the training split only (never the sealed test split).
import { LABELS, LANGS } from '../corpus/load.js';
import { loadExamples } from './dataset.js';
import type { Example } from './dataset.js';
import { crossValidate, LABEL_OPTIONS } from './trainModel.js';

const examples = loadExamples();
const variants: [string, (e: Example) => boolean][] = [
  ['with invented', () => true],
  // ['real only', (e) => e.split !== 'invented'],
];
for (const [name, keep] of variants) {
  const cv = crossValidate(examples.filter(keep), LABEL_OPTIONS);
  let ok = 0;
  const byLang: Record<string, [number, number]> = {};
  const byLabel: Record<string, [number, number]> = {};
  for (const h of cv.heldOut) {
    let best = 0;
    for (let k = 1; k < LABELS.length; k++) if (h.z[k]! > h.z[best]!) best = k;
    const good = best === h.example.labelIndex;
    if (good) ok++;
    const l = (byLang[h.example.lang] ??= [0, 0]);
    l[1]++;
    if (good) l[0]++;
    const b = (byLabel[h.example.label] ??= [0, 0]);
    b[1]++;
    if (good) b[0]++;
  }
  console.log(`${name}: ${(100 * ok / cv.heldOut.length).toFixed(1)}% of ${cv.heldOut.length} | ` +
    LANGS.map((g) => `${g} ${byLang[g] ? (100 * byLang[g]![0] / byLang[g]![1]).toFixed(0) : '-'}%`).join(' ') + ' | ' +
    LABELS.map((g) => `${g} ${byLabel[g] ? (100 * byLabel[g]![0] / byLabel[g]![1]).toFixed(0) : '-'}%`).join(' '));
}
