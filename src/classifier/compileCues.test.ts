import { describe, expect, it } from 'vitest';
import { compileAll, indexCues } from './compileCues.js';
import { CUE_TABLES } from './cues/index.js';
import type { CueTable } from './cues/types.js';

describe('the lexicon, compiled on first need (R7)', () => {
  it('R7: every phrase and request phrase of every language compiles', () => {
    for (const t of CUE_TABLES) {
      const { cues, requests } = compileAll(t);
      expect(cues.length, t.language).toBe(t.cues.length);
      expect(requests.length, t.language).toBe(t.requests.length);
      expect(new Set(cues.map((c) => c.id)).size, t.language).toBe(cues.length);
    }
  });

  it('R7: a malformed table fails: a duplicate id when indexed, a misplaced gap when compiled', () => {
    const en = CUE_TABLES[0]!;
    const table = (cues: CueTable['cues']): CueTable => ({ ...en, cues, requests: [] });
    expect(() => indexCues(table([{ id: 'a', label: 'offer', pattern: 'offer' }, { id: 'a', label: 'offer', pattern: 'role' }]))).toThrow(/duplicate/);
    expect(() => indexCues(table([{ id: 'b', label: 'offer', pattern: '.. offer' }]))).toThrow(/starts with a gap/);
    expect(() => compileAll(table([{ id: 'c', label: 'offer', pattern: 'offer .... role' }]))).toThrow(/not a gap/);
  });
});
