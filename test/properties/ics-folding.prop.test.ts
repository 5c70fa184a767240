import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { expect } from 'vitest';
import { foldIcsLine } from '../../src/planner/ics/foldIcsLine.js';
import { eventsToICS } from '../../src/planner/ics/eventsToICS.js';
import { codePointString } from '../arbitraries/text.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
/** Any unicode text, astral characters and line breaks included (no lone surrogates: they are not text). */
const summary = fc
  .array(fc.oneof(fc.constantFrom('\n', '\r\n', '\r', ',', ';', '\\', '"', ':', '\t'), fc.string({ unit: 'grapheme', maxLength: 4 }), codePointString({ maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** What a TEXT value can carry: line breaks as LF, no control characters other than tab. */
function asTextValue(s: string): string {
  return s.replace(/\r\n|\r|[\u0085\u2028\u2029]/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

test.prop([summary, fc.string({ unit: 'grapheme', maxLength: 300 })])(
  'every physical line is at most 75 octets of whole UTF-8 characters, and unfolding restores the text',
  (title, description) => {
    const text = eventsToICS([{ uid: 'e', title, description, date: '2026-12-08' }], { now: '2026-12-01T09:00:00Z' });
    expect(text.endsWith('\r\n')).toBe(true);
    const physical = text.slice(0, -2).split('\r\n');
    for (const line of physical) {
      const bytes = encoder.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Decoding each line on its own succeeds only if no character was split between lines.
      expect(decoder.decode(bytes)).toBe(line);
      expect(line).not.toMatch(/[\r\n]/);
    }
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.summary).toBe(asTextValue(title));
    expect(event.description).toBe(asTextValue(description));
  },
);

test.prop([fc.string({ unit: 'grapheme', maxLength: 400 })])('foldIcsLine: removing every CRLF-space gives back the logical line', (line) => {
  const folded = foldIcsLine(line);
  expect(folded.replaceAll('\r\n ', '')).toBe(line);
  for (const part of folded.split('\r\n')) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
});
