import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/helpers/thrown.js';
import { InvalidArgumentError, isFollowUpError } from '../errors.js';
import { resolveLocale } from './resolveLocale.js';

describe('resolveLocale', () => {
  it('R5: drops subtags de-AT → de, keeping the requested locale for dates', () => {
    expect(resolveLocale('de-AT')).toEqual({ language: 'de', dateLocale: 'de-AT' });
    expect(resolveLocale('es-MX')).toEqual({ language: 'es', dateLocale: 'es-MX' });
    expect(resolveLocale('fr-Latn-CA')).toEqual({ language: 'fr', dateLocale: 'fr-Latn-CA' });
    expect(resolveLocale('EN-gb')).toEqual({ language: 'en', dateLocale: 'en-GB' });
  });

  it('R5: a locale without built-in wording is an error naming the supported languages, never silent English', () => {
    for (const tag of ['it', 'ja-JP', 'zh-Hant-TW']) {
      const e = thrown(() => resolveLocale(tag));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
      expect((e as Error).message).toContain(`Invalid locale "${tag}"`);
      expect((e as Error).message).toContain('"en", "de", "fr", "es"');
      expect((e as Error).message).toContain('fallback');
    }
  });

  it('R5: an explicit fallback names the language to use instead', () => {
    expect(resolveLocale('ja-JP', { fallback: 'en' })).toEqual({ language: 'en', dateLocale: 'en' });
    expect(resolveLocale('it-IT', { fallback: 'es' })).toEqual({ language: 'es', dateLocale: 'es' });
    expect(resolveLocale('de-CH', { fallback: 'en' })).toEqual({ language: 'de', dateLocale: 'de-CH' });
    expect(() => resolveLocale('it', { fallback: 'it' as never })).toThrow(/Invalid fallback "it"/);
  });

  it('keys of Object.prototype are not languages', () => {
    for (const tag of ['constructor', 'toString', '__proto__']) expect(() => resolveLocale(tag)).toThrow(InvalidArgumentError);
  });

  it('rejects malformed tags', () => {
    for (const bad of ['', 'de_AT!', 'x', 42, undefined]) expect(() => resolveLocale(bad as never)).toThrow(InvalidArgumentError);
  });
});
