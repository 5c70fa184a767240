import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { runs } from '../../../test/helpers/runs.js';
import { featureName, readReply, replyFeatures } from './features.js';
import type { FeatureOccurrences, Reading } from './features.js';

/** Words that start lexicon phrases, name concepts or mark negation, so that named occurrences are many. */
const WORDS = [
  'unfortunately', 'we', 'will', 'not', 'move', 'forward', 'with', 'your', 'application', 'offer', 'interview',
  'pleased', 'to', 'the', 'position', 'has', 'been', 'filled', 'references', 'please', 'confirm', 'however',
  'Angebot', 'leider', 'nicht', 'Vorstellungsgespräch', 'offre', 'entretien', 'oferta', 'entrevista', '12', '{{ name }}',
];
const text = fc.array(fc.constantFrom(...WORDS, '.', ',', '\n'), { maxLength: 40 }).map((w) => w.join(' '));

/** Every occurrence of a reading as the reply reader reports it: id, value, kind, place and name. */
function described(reading: Reading, f: FeatureOccurrences): string[] {
  const out: string[] = [];
  for (let i = 0; i < f.count; i++) out.push(`${f.ids[i]} ${f.values[i]} ${f.kinds[i]} ${f.fields[i]} ${f.starts[i]} ${f.ends[i]} ${featureName(reading, f, i)}`);
  return out;
}

describe('replyFeatures (R7)', () => {
  test.prop([text, text, text], { numRuns: runs(100) })(
    'R7: a reused collection, which keeps the names a previous reply left, reads a reply as fresh arrays do',
    (before, subject, body) => {
      const previous = readReply({ text: before });
      replyFeatures(previous, true);
      const reading = readReply({ subject, text: body });
      const reused = described(reading, replyFeatures(reading, true));
      expect(reused).toEqual(described(reading, replyFeatures(reading)));
    },
  );
});
