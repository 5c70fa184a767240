import { describe, expect, it } from 'vitest';
import { lazyRecord } from './lazyRecord.js';

describe('lazyRecord', () => {
  it('makes each value on its first read, once, and reads like a plain object', () => {
    const made: string[] = [];
    const r = lazyRecord({ en: () => (made.push('en'), ['hello']), de: () => (made.push('de'), ['hallo']) });
    expect(made).toEqual([]);
    expect(r.de).toEqual(['hallo']);
    expect(made).toEqual(['de']);
    expect(r.de).toBe(r.de);
    expect(made).toEqual(['de']);
    expect(Object.keys(r)).toEqual(['en', 'de']);
    expect({ ...r }).toEqual({ en: ['hello'], de: ['hallo'] });
    expect(made).toEqual(['de', 'en']);
  });
});
