import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { loadCorpus } from '../../scripts/corpus/load.js';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { extractTimeline } from '../../src/classifier/extractTimeline.js';
import { referenceInstant } from '../arbitraries/classifier.js';
import { runs } from '../helpers/runs.js';

/**
 * Links (R7, R4.5). A link's host, path and query are ids, tracking codes and file names, not words the sender wrote:
 * a message reads the same, and promises the same date, with links added on lines of their own or after a sentence.
 */
const items = loadCorpus().filter((it) => /\S\n{2,}\S/.test(it.text));

/** A link as mail holds it: any web address, `www.` without a scheme, or a click-tracking redirect with its code. */
const link = (): fc.Arbitrary<string> => fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((u) => u.replace(/^https?:\/\//, 'www.')),
  fc.stringMatching(/^[A-Za-z0-9_-]{8,60}$/).map((code) => `https://u123456.ct.sendgrid.net/ls/click?upn=${code}`),
);

/** What a reading says, without the spans (which index the input as given). */
const gist = (c: ReturnType<typeof classifyReply>) => ({ label: c.label, confidence: c.confidence, topic: c.topic, needsReview: c.needsReview, requests: c.requests.map((r) => r.kind), language: c.language });

/**
 * The message with `links` inserted at paragraph break `k`: on lines of their own, or after the sentence that ends
 * there (a line longer than a sign-off, which a link after it would make a line of text).
 */
function withLinks(text: string, links: readonly string[], k: number, own: boolean): string {
  const breaks = [...text.matchAll(/\n{2,}/g)];
  const at = breaks[k % breaks.length]!;
  const before = text.slice(0, at.index);
  const inserted = own ? `\n\n${links.join('\n')}` : /[^\n]{60}[.!?]$/.test(before) ? ` ${links.join(' ')}` : '';
  return `${before}${inserted}${text.slice(at.index)}`;
}

describe('the reader on mail with links (R7, R4.5)', () => {
  test.prop([fc.constantFrom(...items), fc.array(link(), { minLength: 1, maxLength: 3 }), fc.nat(), fc.boolean()], { numRuns: runs(150) })(
    'R7: a message reads the same with links added, and its evidence quotes the input',
    (it, links, k, own) => {
      const subject = it.subject === undefined ? {} : { subject: it.subject };
      const text = withLinks(it.text, links, k, own);
      const r = classifyReply({ ...subject, text });
      expect(gist(r)).toEqual(gist(classifyReply({ ...subject, text: it.text })));
      for (const e of r.evidence) if (e.field === 'text') expect(text.slice(e.start, e.end)).toBe(e.text);
    },
  );

  test.prop([fc.constantFrom(...items), fc.array(link(), { minLength: 1, maxLength: 3 }), fc.nat(), fc.boolean(), referenceInstant()], { numRuns: runs(100) })(
    'R4.5: a message with links added promises the same date',
    (it, links, k, own, reference) => {
      const options = { reference, timeZone: 'Europe/Berlin' };
      const r = extractTimeline(withLinks(it.text, links, k, own), options);
      const plain = extractTimeline(it.text, options);
      expect(r === null ? null : [r.kind, r.date, r.earliest, r.span.text]).toEqual(plain === null ? null : [plain.kind, plain.date, plain.earliest, plain.span.text]);
    },
  );
});
