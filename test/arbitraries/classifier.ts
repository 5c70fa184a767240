import * as fc from 'fast-check';
import type { ReplyInput } from '../../src/classifier/types.js';
import { codePointString } from './text.js';

/**
 * Generators for the classifier's property tests (R7, R4.5), and the adversarial inputs shared by
 * the ReDoS test and the benchmark.
 */

/** Fragments that exercise every stage: HTML, quotes, headers, cue words in four languages, dates. */
const FRAGMENTS = [
  '<p>', '</p>', '<br>', '<div>', '</div>', '<blockquote>', '</blockquote>', '<style>', '</style>', '&amp;', '&#39;', '&nbsp;',
  '&#x1F600;', '\n', '\n\n', '> ', '>> ', '-- \n', 'On Tue, Dec 1, 2026 at 9:00 AM Ann <a@example.com> wrote:\n',
  '-----Original Message-----\n', 'From: Ann\nSent: Monday\n', 'Best regards,\n', 'Mit freundlichen Grüßen\n',
  'We are pleased to offer you the position. ', 'Unfortunately, ', 'however, ', 'we decided to move forward with other candidates. ',
  'not able to offer ', 'second interview ', 'references ', 'still reviewing ', 'by Friday ', 'by the end of next week ',
  'within two weeks ', 'in the next 5 business days ', 'early next week ', 'by December 4th ', 'in a few days ',
  'leider ', 'bis Ende nächster Woche ', 'bis zum 4.12. ', 'Absage ', "d'ici vendredi ", 'dans les deux semaines ',
  'malheureusement ', "n'a pas été retenue ", 'la próxima semana ', 'antes del 4 de diciembre ', 'lamentablemente ',
  '’', '“', '”', '\u00a0', '\u200b', 'é', 'e\u0301', 'İ', 'ß', '🎉', '\r\n', '\t',
];

/** Strings assembled from reply-like fragments and arbitrary characters. */
export const replyText = (): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), codePointString({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** Any string: full Unicode code points, lone surrogates, graphemes, or reply-like text. */
export const anyText = (): fc.Arbitrary<string> =>
  fc.oneof(codePointString({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 120 }), replyText());

/** A reply input: a string or an object with subject, text and/or html. */
export const replyInput = (): fc.Arbitrary<ReplyInput> =>
  fc.oneof(
    anyText(),
    fc.record({ subject: anyText(), text: anyText() }, { requiredKeys: ['text'] }),
    fc.record({ subject: anyText(), html: anyText() }, { requiredKeys: ['html'] }),
    fc.record({ subject: anyText(), text: anyText(), html: anyText() }, { requiredKeys: ['text', 'html'] }),
  );

/** An instant between 2000 and 2099 with a whole-hour UTC offset. */
export const referenceInstant = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), fc.integer({ min: -11, max: 13 }))
    .map(([t, offset]) => {
      const local = new Date(t + offset * 3_600_000);
      const sign = offset < 0 ? '-' : '+';
      const hh = String(Math.abs(offset)).padStart(2, '0');
      return `${local.toISOString().slice(0, 19)}${sign}${hh}:00`;
    });

/**
 * Adversarial inputs of about `size` characters: long runs of spaces, `>` and newlines, repeated
 * cue words and timeline phrases, deeply nested or unterminated tags, entity soup, header lookalikes.
 */
export function adversarialInputs(size: number): Record<string, string> {
  const fill = (unit: string): string => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
  return {
    spaces: fill(' '),
    'spaces and words': fill('offer      '),
    'quote markers': fill('>'),
    'quoted lines': fill('> > offer\n'),
    newlines: fill('\n'),
    'angle brackets': fill('<'),
    'unterminated tags': fill('<a'),
    'nested tags': `${'<div>'.repeat(Math.floor(size / 11))}offer${'</div>'.repeat(Math.floor(size / 11))}`,
    'unclosed comments': fill('<!--'),
    'unclosed style': fill('<style>'),
    entities: fill('&#'),
    'named entities': fill('&amp'),
    'character references': fill('&amp;&#39;&eacute;&foo;&#x1F389;'),
    'cue words': fill('offer not unfortunately however references interview '),
    'negations': fill('not not no never '),
    'timeline phrases': fill('by the end of next week within two weeks in the next 5 business days '),
    'date lookalikes': fill('1.1.1/1/1-12.12.'),
    digits: fill('1'),
    'prepositions': fill('by by on on until the the '),
    'reply headers': fill('On Tue, 1 Dec 2026 Ann wrote\n'),
    'header lines': fill('From: a\nSent: b\n'),
    'long line of header words': fill('on am le el wrote schrieb '),
    dashes: fill('-'),
    underscores: fill('_'),
    'french elisions': fill("d'ici d'ici dans les "),
    'spanish': fill('de de del el a la '),
    'german': fill('bis zum bis Ende '),
    letters: fill('a'),
    'combining marks': fill('e\u0301'),
    // Accents of different classes in a run, which composing reorders.
    'runs of mixed combining marks': `e${fill('\u0301\u0323')}`,
    emoji: fill('🎉'),
  };
}
