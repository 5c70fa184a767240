/**
 * Generators for the template properties: adversarial values (template syntax, HTML, quotes,
 * emoji, right-to-left text, very long strings) and realistic message data.
 */
import { fc } from '@fast-check/vitest';

/** Fragments that break naive template engines and HTML output. */
export const NASTY_FRAGMENTS = [
  '{{', '}}', '{{x}}', '{{#s}}', '{{/s}}', '{{name|x}}', '{', '}', '|',
  '<script>alert(1)</script>', '<b>', '</p>', '<img src=x onerror=alert(1)>', '&amp;', '&', '&lt;',
  '"', "'", '`', '\\', '${x}', '$&', '$1',
  '😀', '👩🏽‍💻', '🇩🇪', 'שלום', 'مرحبا', '\u202Eevil\u202C', '\u200F', 'Zoë', 'Łódź', 'ß', '東京',
  '__proto__', 'constructor', 'toString', '\t', ' ',
] as const;

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const isBlank = (s: string): boolean => s.trim() === '';
/** NUL and lone surrogates are rewritten by HTML parsers; CR/LF and other line breaks are kept out of one-line values. */
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/g;
const UNSAFE = /[\u0000\uD800-\uDFFF]/gu;

/** A non-blank one-line value made of adversarial fragments (valid Unicode, no NUL). */
export const lineValueArb: fc.Arbitrary<string> = fc
  .array(fragment, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('').replace(LINE_BREAKS, ' ').replace(UNSAFE, '?'))
  .filter((s) => !isBlank(s));

/** A very long one-line value (thousands of characters). */
export const longValueArb: fc.Arbitrary<string> = fc
  .tuple(lineValueArb, fc.integer({ min: 200, max: 800 }))
  .map(([s, n]) => s.repeat(Math.ceil((n * 5) / s.length) + 1).slice(0, n * 5).replace(UNSAFE, '?'))
  .filter((s) => !isBlank(s));

/** Any non-blank one-line value: mostly short, sometimes very long. */
export const valueArb: fc.Arbitrary<string> = fc.oneof({ weight: 9, arbitrary: lineValueArb }, { weight: 1, arbitrary: longValueArb });

/** A value containing at least one line break: must be rejected in a subject. */
export const lineBreakValueArb: fc.Arbitrary<string> = fc
  .tuple(lineValueArb, fc.constantFrom('\r\n', '\n', '\r', '\u2028', '\u2029', '\u0085'), fc.string({ maxLength: 20 }))
  .map(([a, br, b]) => `${a}${br}${b}`);

/** Realistic person names, including accents and non-Latin scripts. */
export const personNameArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('Ana', 'Tom', 'Zoë', 'Łukasz', 'María José', 'Jean-Luc', "Siobhán", 'Yūki', 'Olumide', 'Ngọc Anh', 'Søren', 'Noor', 'אבי', 'Ахмед'),
    fc.constantFrom('Ruiz', 'Li', 'Müller', "O'Brien", 'Nowak', 'García-López', 'Dubois', 'Tanaka', 'Adeyemi', 'Nguyen', 'Kjær', 'Haddad', 'כהן', 'Иванов'),
  )
  .map(([first, last]) => `${first} ${last}`);

/** Short realistic noun phrases for discussed points (R1.3b). */
export const pointArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('your plan to', 'the team’s work to', 'how you intend to', 'the roadmap to', 'your approach to'),
    fc.constantFrom('migrate billing', 'rebuild the data platform', 'cut on-call load', 'hire two more engineers', 'open an office in Lisbon', 'improve onboarding'),
    fc.constantFrom('', ' next year', ' before the summer', ' in small steps', ' with <b>no</b> downtime & "zero" regressions'),
  )
  .map(([a, b, c]) => `${a} ${b}${c}`);

/** A safe identifier for a template path segment. */
export const identArb: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
