import { describe, expect, it } from 'vitest';
import { repairWindows1252 } from './repairWindows1252.js';

describe('repairWindows1252', () => {
  it('reads C1 controls as the Windows-1252 characters of the same bytes', () => {
    expect(repairWindows1252('\u0093offer\u0094 \u0096 \u008062,000 \u0085')).toBe('“offer” – €62,000 …');
  });

  it('leaves other text, and the five unassigned bytes, as they are', () => {
    const text = 'Grüße, Peña, 日本 \u0081\u008d\u008f\u0090\u009d';
    expect(repairWindows1252(text)).toBe(text);
  });
});
