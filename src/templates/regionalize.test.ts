import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/runs.js';
import { regionOf } from '../languages/spelling.js';
import { regionalize, replacePhrases } from './regionalize.js';

describe('regional forms of a language pack', () => {
  it('replaces whole words and phrases only', () => {
    const pairs = [['equipe', 'equipa'], ['Fico no aguardo', 'Fico a aguardar']] as const;
    expect(replacePhrases('Prezada equipe, Fico no aguardo.', pairs)).toBe('Prezada equipa, Fico a aguardar.');
    // Inside a longer word, or followed by a letter with an accent, nothing changes.
    expect(replacePhrases('equipes equipeé subequipe', pairs)).toBe('equipes equipeé subequipe');
    expect(replacePhrases('{{#x}}equipe{{/x}}', pairs)).toBe('{{#x}}equipa{{/x}}');
  });

  it('applies pairs in order, each to the result of the one before', () => {
    expect(replacePhrases('contato', [['contato', 'contacto'], ['contacto', 'ligação']])).toBe('ligação');
  });

  it('leaves a message as written without pairs', () => {
    const message = { subject: 'Assunto', body: 'Corpo' };
    expect(regionalize(message, undefined)).toBe(message);
    expect(regionalize(message, [])).toBe(message);
    expect(regionalize(message, [['Corpo', 'Texto']])).toEqual({ subject: 'Assunto', body: 'Texto' });
  });

  it('reads the region of a locale', () => {
    expect(regionOf('pt-PT')).toBe('PT');
    expect(regionOf('pt-BR')).toBe('BR');
    expect(regionOf('pt')).toBeUndefined();
    expect(regionOf('es-419')).toBe('419');
  });

  it('replaces a one-letter phrase inside words too: a spelling rule (Swiss German ß → ss)', () => {
    expect(replacePhrases('Grüße, abschließend groß', [['ß', 'ss']])).toBe('Grüsse, abschliessend gross');
    // A longer phrase stays a whole word or phrase.
    expect(replacePhrases('Großes groß', [['groß', 'gross']])).toBe('Großes gross');
  });

  it('agrees with a regular-expression oracle: whole words, and any occurrence of a one-letter phrase', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', ',', '{', '}'), minLength: 0, maxLength: 30 });
    const phrase = fc.string({ unit: fc.constantFrom('a', 'b', 'é'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(word, phrase, fc.constantFrom('X', 'YY', ''), (text, from, to) => {
        const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const pattern = from.length === 1 ? escaped : `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`;
        const oracle = text.replace(new RegExp(pattern, 'gu'), to);
        expect(replacePhrases(text, [[from, to]])).toBe(oracle);
      }),
      { numRuns: runs(300) },
    );
  });
});
