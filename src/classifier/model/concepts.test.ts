import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/helpers/runs.js';
import { ConceptIndex } from '../conceptIndex.js';
import { featureId, featureName, Kind, readReply, replyFeatures } from './features.js';

/** The names of the concept occurrences of a reply, in order. */
function conceptNames(input: { subject?: string; text: string }): string[] {
  const reading = readReply(input);
  const f = replyFeatures(reading);
  const out: string[] = [];
  for (let i = 0; i < f.count; i++) {
    const k = f.kinds[i];
    if (k === Kind.Concept || k === Kind.NegatedConcept || k === Kind.SubjectConcept) out.push(featureName(reading, f, i));
  }
  return out;
}

describe('concepts (R7)', () => {
  it('R7: a word and its counterparts in the other languages give one feature', () => {
    // Our own sentences; `offer` and `interview` are concepts of every pack.
    expect(conceptNames({ text: 'We would like to make you an offer.' })).toContain('k:offer');
    expect(conceptNames({ text: 'Wir freuen uns, Ihnen ein Angebot für die Stelle zu machen.' })).toContain('k:offer');
    expect(conceptNames({ text: 'Nous avons le plaisir de vous faire une offre pour ce poste.' })).toContain('k:offer');
    expect(conceptNames({ text: 'Nos complace hacerle una propuesta para el puesto.' })).toContain('k:offer');
    // Spanish "oferta (laboral, de empleo)" is mostly the job posting the candidate applied to, not an offer.
    expect(conceptNames({ text: 'Has postulado a una oferta laboral en nuestro portal.' })).not.toContain('k:offer');
    expect(conceptNames({ text: 'Temos o prazer de lhe fazer uma oferta para a vaga.' })).toContain('k:offer');
    expect(conceptNames({ text: 'Wir laden Sie herzlich zu einem Vorstellungsgespräch ein.' })).toContain('k:interview');
    expect(featureId('k:offer')).not.toBe(featureId('w:offer'));
  });

  it('R7: a concept in a negation\'s scope and one in the subject are features of their own', () => {
    expect(conceptNames({ text: 'We are not able to offer you the role.' })).toContain('kn:offer');
    const subject = conceptNames({ subject: 'Your offer', text: 'Please find the details attached.' });
    expect(subject).toContain('ks:offer');
    // A subject word also counts as a body word, and so does its concept.
    expect(subject).toContain('k:offer');
  });

  it('R7: a stem matches the words it starts, the longest stem first, and short stems are refused', () => {
    // Forms are folded like the words they are compared with (accents removed).
    const index = new ConceptIndex({ interview: 'gespräch* vorstellungsgespräch*', talk: 'gesprächs*' });
    expect(index.of('vorstellungsgesprachs', 'vor')?.names[0]).toBe('k:interview');
    expect(index.of('gesprachstermin', 'ges')?.names[0]).toBe('k:talk');
    expect(index.of('gesprach', 'ges')?.names[0]).toBe('k:interview');
    expect(index.of('gesamt', 'ges')).toBeUndefined();
    expect(() => new ConceptIndex({ x: 'ab*' })).toThrow(/shorter than 3 letters/);
  });

  /** Texts of concept words, negators, placeholders, digits and anything else. */
  const words = fc.array(fc.oneof(
    fc.constantFrom('offer', 'Angebot', 'not', 'kein', 'interview', 'entretien', 'unfortunately', 'leider', '{{ name }}', '2026', '.'),
    fc.string({ maxLength: 8 }),
  ), { maxLength: 40 }).map((w) => w.join(' '));
  test.prop([words, fc.option(words, { nil: undefined })], { numRuns: runs(100) })(
    'R7: every concept occurrence sits on a word occurrence of the same span, and weighs twice as much',
    (text, subject) => {
      const reading = readReply(subject === undefined ? { text } : { subject, text });
      const f = replyFeatures(reading);
      for (let i = 0; i < f.count; i++) {
        const k = f.kinds[i];
        if (k !== Kind.Concept && k !== Kind.NegatedConcept && k !== Kind.SubjectConcept) continue;
        let word = -1;
        for (let j = 0; j < f.count && word < 0; j++) {
          const kj = f.kinds[j];
          const isWord = kj === Kind.Word || kj === Kind.Negated || kj === Kind.Subject || kj === Kind.SubjectWord;
          if (isWord && f.fields[j] === f.fields[i] && f.starts[j] === f.starts[i] && f.ends[j] === f.ends[i]) word = j;
        }
        expect(word).toBeGreaterThanOrEqual(0);
        expect(f.values[i]).toBeCloseTo(2 * f.values[word]!, 12);
      }
    },
  );
});
