import { describe, expect, it } from 'vitest';
import { countWords } from './countWords.js';

describe('countWords', () => {
  it('R1.4: counts whitespace-separated words with a letter or digit', () => {
    expect(countWords('Thank you – truly!')).toBe(3);
    expect(countWords('  Dear Ana,\n\nI   enjoyed\tit. 2026 • — …  ')).toBe(6);
    expect(countWords('Donnerstag, 3. Dezember')).toBe(3);
    expect(countWords("l’équipe d'Acme")).toBe(2);
    expect(countWords('')).toBe(0);
    expect(countWords('😀 ✓')).toBe(2);
  });
});
