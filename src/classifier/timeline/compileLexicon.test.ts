import { describe, expect, it } from 'vitest';
import { TIMELINE_WORDS } from '../../languages/reading.js';
import type { TimelineVocabulary } from '../../languages/timelineVocabulary.js';
import { compileLexicon } from './compileLexicon.js';

/** The weekday names the compiled weekday rule of `v` finds in a folded text. */
function weekdaysIn(v: TimelineVocabulary, text: string): (string | undefined)[] {
  const rule = compileLexicon(v).rules.find((r) => r.kind === 'weekday');
  if (rule === undefined) throw new Error(`no weekday rule for ${v.language}`);
  return [...text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))].map((m) => m.groups?.wd);
}

describe('compileLexicon (R4.5)', () => {
  it('R4.5: a phrase that names no day stops a weekday name it starts with, and only there', () => {
    const en = TIMELINE_WORDS.en;
    const withTitle = { ...en, notDayWords: [...en.notDayWords, 'friday night lights'] };
    expect(weekdaysIn(withTitle, 'we watched friday night lights again')).toEqual([]);
    expect(weekdaysIn(withTitle, 'we will decide by friday night')).toEqual(['friday']);
    expect(weekdaysIn(withTitle, 'by friday, then friday night lights')).toEqual(['friday']);
    // Without the phrase the same words are read as a Friday.
    expect(weekdaysIn(en, 'we watched friday night lights again')).toEqual(['friday']);
  });
});
