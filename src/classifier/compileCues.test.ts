import { describe, expect, it } from 'vitest';
import { compileAll, indexCues } from './compileCues.js';
import { CUE_TABLES } from './cues/index.js';
import type { CueTable } from './cues/types.js';
import { featureName, Kind, readReply, replyFeatures } from './model/features.js';
import type { ReplyLanguage } from './types.js';

/** The lexicon phrases found in `text`, read as `language`, by name (`c:<language>.<label>.<name>`, see phraseName). */
function cuesIn(text: string, language: ReplyLanguage): string[] {
  const reading = readReply({ text }, language);
  const f = replyFeatures(reading);
  const names: string[] = [];
  for (let i = 0; i < f.count; i++) if (f.kinds[i] === Kind.Cue) names.push(featureName(reading, f, i));
  return names;
}

describe('the lexicon, compiled on first need (R7)', () => {
  it('R7: every phrase and request phrase of every language compiles', () => {
    for (const t of CUE_TABLES) {
      const { cues, requests } = compileAll(t);
      expect(cues.length, t.language).toBe(t.cues.length);
      expect(requests.length, t.language).toBe(t.requests.length);
      expect(new Set(cues.map((c) => c.id)).size, t.language).toBe(cues.length);
    }
  });

  it('R7: a malformed table fails its check: a duplicate name, a misplaced gap or optional slot, a short stem, an empty pattern', () => {
    const en = CUE_TABLES[0]!;
    const table = (cues: CueTable['cues']): CueTable => ({ ...en, cues, requests: [] });
    expect(() => compileAll(table([{ id: 'a', label: 'offer', pattern: 'offer' }, { id: 'a', label: 'offer', pattern: 'role' }]))).toThrow(/duplicate en cue offer\.a/);
    expect(() => compileAll({ ...en, cues: [], requests: [{ id: 'r', kind: 'sign_offer', pattern: 'sign' }, { id: 'r', kind: 'sign_offer', pattern: 'signed' }] })).toThrow(/duplicate en request sign_offer\.r/);
    // Without ids, the first words of a phrase's pattern name it: two phrases of a label named alike are an error.
    expect(() => compileAll(table([{ label: 'offer', pattern: 'offer|offers role' }, { label: 'rejection', pattern: 'offer role' }, { label: 'offer', pattern: 'offer [the] role|job' }]))).toThrow(/duplicate en cue offer\.offer-role/);
    expect(() => compileAll(table([{ label: 'offer', pattern: '.. offer' }]))).toThrow(/cue offer starts with a gap/);
    expect(() => compileAll(table([{ id: 'b', label: 'offer', pattern: '.. offer' }]))).toThrow(/cue b starts with a gap/);
    expect(() => compileAll(table([{ id: 'b', label: 'offer', pattern: '[the] offer' }]))).toThrow(/cue b starts with an optional slot/);
    expect(() => compileAll(table([{ id: 'c', label: 'offer', pattern: 'offer .... role' }]))).toThrow(/cue c has "\.\.\.\.", which is not a gap/);
    expect(() => compileAll(table([{ id: 'd', label: 'offer', pattern: 'offer [a|of*]' }]))).toThrow(/cue d has the stem "of\*", shorter than 3 letters/);
    expect(() => compileAll(table([{ id: 'e', label: 'offer', pattern: '  ' }]))).toThrow(/cue e is empty/);
    // A well-formed table indexes without the check, as a reader does.
    expect(indexCues(table([{ id: 'f', label: 'offer', pattern: 'offer [the|a] role .. start*' }])).size).toBeGreaterThan(0);
  });

  // A space starts the next word of a phrase, also inside a list of words: "caso practico|prueba tecnica" is three words
  // in a row ("caso", then "practico" or "prueba", then "tecnica"), and matched neither phrase it was written for.
  it.each([
    ['es', 'Te enviaremos un caso práctico.', 'c:es.next_round.caso-practico'],
    ['es', 'El siguiente paso es una prueba técnica.', 'c:es.next_round.caso-practico'],
    ['es', 'Adjuntamos nuestra propuesta laboral.', 'c:es.offer.propuesta-laboral'],
    ['es', 'Le enviamos nuestra propuesta de empleo.', 'c:es.offer.propuesta-laboral'],
    ['en', 'Please sign the confidentiality agreement.', 'c:en.other.nda-agreement'],
    ['en', 'Please sign the attached non-disclosure agreement.', 'c:en.other.nda-agreement'],
    ['en', 'We will share the outcome with you next week.', 'c:en.pending.let-you-outcome'],
    ['en', 'We will let you know the outcome next week.', 'c:en.pending.let-you-outcome'],
  ] as const)('R7: [%s] "%s" has the phrase %s', (language, text, name) => {
    expect(cuesIn(text, language)).toContain(name);
  });
});
