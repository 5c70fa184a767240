import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors.js';
import { prepChecklists } from './prepChecklists.js';
import { prepChecklist } from './prepChecklist.js';

describe('prepChecklist', () => {
  it('R10: returns the checklist for executive meetings, skills assessments, case studies and presentations', () => {
    for (const format of ['executive', 'skills-assessment', 'case-study', 'presentation'] as const) {
      const items = prepChecklist(format, 'en');
      expect(items, format).toEqual(prepChecklists[format].en);
      expect(items.length, format).toBeGreaterThan(3);
    }
    expect(prepChecklist('case-study', 'en')[0]).toMatch(/business problem/);
  });

  it('R10: follows the locale, falls back only when asked, and accepts model formats and loose spelling', () => {
    expect(prepChecklist('presentation', 'de-AT')).toEqual(prepChecklists.presentation.de);
    expect(prepChecklist('presentation', 'it-IT', { fallback: 'en' })).toEqual(prepChecklists.presentation.en);
    expect(() => prepChecklist('presentation', 'it-IT')).toThrow(/Invalid locale "it-IT"/);
    expect(prepChecklist('assessment', 'fr')).toEqual(prepChecklists['skills-assessment'].fr);
    expect(prepChecklist('video', 'es')).toEqual(prepChecklists.general.es);
    expect(prepChecklist(' Case Study ' as never, 'en')).toEqual(prepChecklists['case-study'].en);
  });

  it('R10: spells the list as the locale\'s region spells its language, as the messages do (de-CH: "ss" for "ß")', () => {
    const swiss = prepChecklist('case-study', 'de-CH');
    expect(prepChecklist('case-study', 'de').join(' ')).toContain('ß');
    expect(swiss.join(' ')).not.toContain('ß');
    expect(swiss).toEqual(prepChecklists['case-study'].de.map((item) => item.replaceAll('ß', 'ss')));
    expect(prepChecklist('case-study', 'de-LI')).toEqual(swiss);
    expect(prepChecklist('case-study', 'de-AT')).toEqual(prepChecklists['case-study'].de);
  });

  it('returns a fresh array and rejects unknown formats naming the valid ones', () => {
    const a = prepChecklist('panel', 'en');
    a.push('mine');
    expect(prepChecklist('panel', 'en')).not.toContain('mine');
    expect(() => prepChecklist('karaoke' as never, 'en')).toThrow(InvalidArgumentError);
    expect(() => prepChecklist('karaoke' as never, 'en')).toThrow(/"case-study"/);
    expect(() => prepChecklist('__proto__' as never, 'en')).toThrow(InvalidArgumentError);
  });
});
