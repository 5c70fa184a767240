import { LABELS } from '../corpus/load.js';
import { loadExamples } from '../classifier/dataset.js';
import { crossValidate } from '../classifier/trainModel.js';
const ex = loadExamples();
const cv = crossValidate(ex);
let n = 0;
for (const h of cv.heldOut) {
  let best = 0;
  for (let k = 1; k < LABELS.length; k++) if (h.z[k]! > h.z[best]!) best = k;
  if (best !== h.example.labelIndex && n++ < 45) {
    const t = (h.example.input as any).text.replace(/\s+/g, ' ').slice(0, 260);
    console.log(`${h.example.id} [${h.example.label}→${LABELS[best]}] ${(h.example.input as any).subject ?? ''} || ${t}`);
  }
}
