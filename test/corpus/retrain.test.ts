// Retraining is a check of its own: `npm test` runs it as a step beside the package checks (scripts/test.mjs), where a
// core is free, and the unit and property runs leave it out; any other vitest run (test:unit, test:deep) includes it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderWeightsModule, trainModel } from '../../scripts/classifier/trainModel.js';

const NO_TIME_LIMIT = 0;

describe('reply reader weights (R7)', () => {
  // Training is a fixed amount of work (about ten seconds); with no time limit, the verdict never depends on machine speed.
  it('R7: retraining on the corpus reproduces the committed weights byte for byte', { timeout: NO_TIME_LIMIT }, () => {
    const committed = readFileSync(fileURLToPath(new URL('../../src/classifier/model/weights.generated.ts', import.meta.url)), 'utf8');
    expect(renderWeightsModule(trainModel()) === committed, 'run `npm run train:classifier` and commit the result').toBe(true);
  });
});
