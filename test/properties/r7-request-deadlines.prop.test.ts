import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { findTimePhrases } from '../../src/classifier/findTimePhrases.js';
import { runs } from '../helpers/runs.js';

// R7, R8: a request's due date is a deadline the time reader finds, taken from the request's own sentence when that
// sentence has one, and from another sentence only when no request of that sentence has it. Mail is built from
// sentences whose bounds the test knows, so the oracle reads sentences as the rule states it.

const options = { reference: '2026-12-01T09:00:00Z', timeZone: 'UTC' } as const;

/** Sentences of invitation mail: requests with and without a deadline, deadlines alone, promises and small talk. */
const SENTENCES = [
  'Please send us your transcripts by Friday.',
  'Please send us your transcripts.',
  'Please complete the coding exercise by Monday.',
  'Please complete the coding exercise.',
  'Please let us know your availability by Wednesday.',
  'Please let us know your availability for next week.',
  'Please confirm your attendance by Thursday.',
  'Please book a slot using the link below.',
  'The deadline is Friday.',
  'Please reply by Tuesday.',
  'We would like to invite you to a second interview.',
  'We will get back to you by Friday.',
  'Thank you for your time.',
  'We enjoyed meeting you.',
];

/** The sentences joined by a space, with each one's bounds. */
const mailArb = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }).map((picked) => {
  const bounds: [number, number][] = [];
  let text = '';
  for (const s of picked) {
    if (text !== '') text += ' ';
    bounds.push([text.length, text.length + s.length]);
    text += s;
  }
  return { text, bounds };
});

test.prop([mailArb], { numRuns: runs(150) })(
  'R7: a request is due by a deadline of its own sentence when it has one, else by one of a sentence that asks for nothing else',
  ({ text, bounds }) => {
    const sentenceOf = (at: number): number => bounds.findIndex(([from, to]) => at >= from && at < to);
    const deadlines = findTimePhrases(text, options).filter((p) => p.role === 'request' && p.kind !== 'vague');
    const requests = classifyReply(text, options).requests;
    for (const r of requests) {
      const own = sentenceOf(r.span.start);
      const ownDeadlines = deadlines.filter((d) => sentenceOf(d.span.start) === own);
      if (r.due === undefined) {
        expect(ownDeadlines, `${r.kind} in "${text}"`).toEqual([]);
        // Nor one in another sentence near it (120 characters before it, 240 after) that no other request sits in.
        const near = deadlines.filter((d) => (d.span.start >= r.span.end ? d.span.start - r.span.end <= 240 : r.span.start - d.span.end <= 120));
        const free = near.filter((d) => !requests.some((q) => q !== r && sentenceOf(q.span.start) === sentenceOf(d.span.start)));
        expect(free, `${r.kind} in "${text}"`).toEqual([]);
        continue;
      }
      // The due date is a deadline the time reader finds, with its words.
      const d = deadlines.find((p) => p.span.start === r.dueSpan?.start && p.span.end === r.dueSpan.end);
      expect(d?.date, `${r.kind} in "${text}"`).toBe(r.due);
      expect(text.slice(r.dueSpan!.start, r.dueSpan!.end)).toBe(r.dueSpan!.text);
      const at = sentenceOf(r.dueSpan!.start);
      if (ownDeadlines.length > 0) {
        expect(at, `${r.kind} in "${text}"`).toBe(own);
      } else {
        // From another sentence: one that no other request of the reply sits in.
        expect(requests.filter((q) => q !== r && sentenceOf(q.span.start) === at), `${r.kind} in "${text}"`).toEqual([]);
      }
    }
  },
);
