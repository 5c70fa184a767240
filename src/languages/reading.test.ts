import { describe, expect, it } from 'vitest';
import { CUE_TABLES } from '../classifier/cues/index.js';
import { REPLY_LANGUAGES } from '../classifier/types.js';
import { LANGUAGES } from './index.js';
import { CLEANING_LINES, CUES, EVERY_REPLY_WORDS, TIMELINE_WORDS } from './reading.js';

describe("the reader's words, one reading.ts per language (R7, R4.5)", () => {
  it('R7: every language has a lexicon and timeline words, in the order of LANGUAGES', () => {
    expect([...REPLY_LANGUAGES]).toEqual([...LANGUAGES]);
    expect(CUE_TABLES.map((t) => t.language)).toEqual([...LANGUAGES]);
    expect(Object.keys(CUES)).toEqual([...LANGUAGES]);
    expect(Object.keys(EVERY_REPLY_WORDS)).toEqual([...LANGUAGES]);
    expect(Object.keys(TIMELINE_WORDS)).toEqual([...LANGUAGES]);
    for (const l of LANGUAGES) {
      expect(CUES[l].language, l).toBe(l);
      expect(EVERY_REPLY_WORDS[l].language, l).toBe(l);
      expect(TIMELINE_WORDS[l].language, l).toBe(l);
    }
  });

  it('R7: every lexicon fills the same lists, none of them empty', () => {
    const keys = Object.keys(CUE_TABLES[0]!).sort();
    for (const t of CUE_TABLES) {
      expect(Object.keys(t).sort(), t.language).toEqual(keys);
      for (const k of keys) if (Array.isArray((t as unknown as Record<string, unknown>)[k])) expect(((t as unknown as Record<string, unknown[]>)[k] ?? []).length, `${t.language}.${k}`).toBeGreaterThan(0);
    }
  });

  it('R7: the lexicon tables read their lists from the packs, made once on first read', () => {
    for (const t of CUE_TABLES) {
      // A pack writes its cues and requests in runs of one label or kind: each has its run's, in the pack's order.
      const { cues, requests, ...lists } = CUES[t.language];
      expect(t, t.language).toEqual({
        ...lists,
        ...EVERY_REPLY_WORDS[t.language],
        cues: cues.flatMap(([label, run]) => run.map((c) => (typeof c === 'string' ? { label, pattern: c } : { label, ...c }))),
        requests: requests.flatMap(([kind, patterns]) => patterns.map((pattern) => ({ kind, pattern }))),
      });
      expect(t.cues, t.language).toBe(t.cues);
      expect(t.requests, t.language).toBe(t.requests);
      // The words every reply reads in every language come from their own list, made without the rest of the lexicon.
      expect(t.stopWords, t.language).toBe(EVERY_REPLY_WORDS[t.language].stopWords);
      expect(t.contrast, t.language).toBe(EVERY_REPLY_WORDS[t.language].contrast);
    }
  });

  it('R7: every language has cleaning lines of every kind, and every kind has lines in some language', () => {
    expect(Object.keys(CLEANING_LINES)).toEqual([...LANGUAGES]);
    const kinds = Object.keys(CLEANING_LINES.en).sort();
    for (const l of LANGUAGES) {
      expect(CLEANING_LINES[l].language, l).toBe(l);
      expect(Object.keys(CLEANING_LINES[l]).sort(), l).toEqual(kinds);
    }
    for (const k of kinds.filter((x) => x !== 'language')) {
      expect(LANGUAGES.some((l) => (CLEANING_LINES[l] as unknown as Record<string, unknown[]>)[k]!.length > 0), k).toBe(true);
    }
  });

  it('R4.5: every timeline vocabulary fills the same entries', () => {
    const keys = Object.keys(TIMELINE_WORDS.en).sort();
    for (const l of LANGUAGES) expect(Object.keys(TIMELINE_WORDS[l]).sort(), l).toEqual(keys);
  });
});
