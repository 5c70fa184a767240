import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors.js';
import { resolveLocale } from './resolveLocale.js';

describe('resolveLocale', () => {
  it('falls back de-AT → de → en, keeping the requested locale for dates when its language exists', () => {
    expect(resolveLocale('de-AT')).toEqual({ language: 'de', dateLocale: 'de-AT' });
    expect(resolveLocale('es-MX')).toEqual({ language: 'es', dateLocale: 'es-MX' });
    expect(resolveLocale('fr-Latn-CA')).toEqual({ language: 'fr', dateLocale: 'fr-Latn-CA' });
    expect(resolveLocale('EN-gb')).toEqual({ language: 'en', dateLocale: 'en-GB' });
    expect(resolveLocale('ja-JP')).toEqual({ language: 'en', dateLocale: 'en' });
  });

  it('rejects malformed tags', () => {
    for (const bad of ['', 'de_AT!', 'x', 42, undefined]) expect(() => resolveLocale(bad as never)).toThrow(InvalidArgumentError);
  });
});
