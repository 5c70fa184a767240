import { describe, expect, it } from 'vitest';
import { CUE_TABLES } from '../cues/index.js';
import { REPLY_LANGUAGES } from '../types.js';
import { TIMELINE_VOCABULARIES } from './index.js';

describe('one file per language (R7, R4.5)', () => {
  it('R7: every language has a lexicon and timeline words, in the order of REPLY_LANGUAGES', () => {
    expect(CUE_TABLES.map((t) => t.language)).toEqual([...REPLY_LANGUAGES]);
    expect(TIMELINE_VOCABULARIES.map((t) => t.language)).toEqual([...REPLY_LANGUAGES]);
  });

  it('R7: every lexicon fills the same lists, none of them empty', () => {
    const keys = Object.keys(CUE_TABLES[0]!).sort();
    for (const t of CUE_TABLES) {
      expect(Object.keys(t).sort(), t.language).toEqual(keys);
      for (const k of keys) if (Array.isArray((t as unknown as Record<string, unknown>)[k])) expect(((t as unknown as Record<string, unknown[]>)[k] ?? []).length, `${t.language}.${k}`).toBeGreaterThan(0);
    }
  });

  it('R4.5: every timeline vocabulary fills the same entries (apart from the optional ones a language may not need)', () => {
    const optional = new Set(['countUnits', 'countInfixes', 'periodWords']);
    const required = (v: object): string[] => Object.keys(v).filter((k) => !optional.has(k)).sort();
    const keys = required(TIMELINE_VOCABULARIES[0]!);
    for (const v of TIMELINE_VOCABULARIES) expect(required(v), v.language).toEqual(keys);
  });
});
