import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { htmlEntity } from './htmlEntities.js';

/**
 * Capital letters' names as HTML defines them, written out (the naive oracle): every capital of a small letter the
 * table knows. The reader derives them from the small letters' names.
 */
const CAPITALS: Readonly<Record<string, string>> = {
  Aacute: 'Á', Agrave: 'À', Acirc: 'Â', Auml: 'Ä', Atilde: 'Ã', Aring: 'Å', AElig: 'Æ',
  Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Euml: 'Ë', Iacute: 'Í', Igrave: 'Ì', Icirc: 'Î', Iuml: 'Ï',
  Oacute: 'Ó', Ograve: 'Ò', Ocirc: 'Ô', Ouml: 'Ö', Otilde: 'Õ', Oslash: 'Ø', OElig: 'Œ',
  Uacute: 'Ú', Ugrave: 'Ù', Ucirc: 'Û', Uuml: 'Ü', Ntilde: 'Ñ', Ccedil: 'Ç', Yacute: 'Ý', Yuml: 'Ÿ',
};

describe('htmlEntity', () => {
  it("R7: French and Portuguese capitals' names read as their letters (ÎLE, DÛ, SÃO, ŒUVRE)", () => {
    expect(['Icirc', 'Ucirc', 'Atilde', 'OElig', 'Ecirc', 'Egrave'].map(htmlEntity)).toEqual(['Î', 'Û', 'Ã', 'Œ', 'Ê', 'È']);
    expect(['eacute', 'oelig', 'nbsp', 'amp'].map(htmlEntity)).toEqual(['é', 'œ', ' ', '&']);
  });

  it('R7: names HTML does not define are no references, whatever their case', () => {
    // A capital only where the letter has one of its own: no "&Amp;", no "&Szlig;" (ß has no one-letter capital).
    for (const name of ['Amp', 'Nbsp', 'Szlig', 'EACUTE', 'EAcute', 'OELIG', 'Oelig', 'ToString', 'toString', 'constructor', 'Euro', 'Copy', '']) {
      expect(htmlEntity(name), name).toBeUndefined();
    }
  });

  it("R7: every capital HTML defines for a small letter the table knows reads as it", () => {
    for (const [name, letter] of Object.entries(CAPITALS)) {
      expect(htmlEntity(name.toLowerCase()), name).toBe(letter.toLowerCase());
      expect(htmlEntity(name), name).toBe(letter);
    }
  });

  test.prop([fc.string({ maxLength: 8 })])('R7: a name reads as HTML reads it: a small name from the table, a capital one as the oracle says', (name) => {
    const got = htmlEntity(name);
    if (Object.hasOwn(CAPITALS, name)) expect(got).toBe(CAPITALS[name]);
    else if (/[A-Z]/.test(name)) expect(got).toBeUndefined();
    else if (got !== undefined) expect(got.length).toBeLessThanOrEqual(1);
  });

  test.prop([fc.constantFrom(...Object.keys(CAPITALS)), fc.integer({ min: 0, max: 7 })])('R7: a capital name with any other letter in the wrong case is no reference', (name, at) => {
    const i = at % name.length;
    const c = name[i]!;
    const flipped = name.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + name.slice(i + 1);
    if (!Object.hasOwn(CAPITALS, flipped) && flipped.toLowerCase() !== flipped) expect(htmlEntity(flipped)).toBeUndefined();
  });
});
