import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { loadCorpus } from '../../scripts/corpus/load.js';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { cleaningPatterns } from '../../src/classifier/cleaningPatterns.js';
import { extractTimeline } from '../../src/classifier/extractTimeline.js';
import { referenceInstant } from '../arbitraries/classifier.js';
import { runs } from '../helpers/runs.js';

/**
 * Links and images (R7, R4.5). A link's path and query are ids, tracking codes and file names, not words the sender
 * wrote, and only its host's name says something (a scheduling tool's, a meeting service's): a message with links
 * added on lines of their own reads as it does with each link written as its host's name (a naive oracle through the
 * URL parser), and promises the same date. (After a sentence, the line is longer with a link than with its host's
 * name, and the cleaner weighs a line's length: src/classifier/classifyReply.test.ts has examples there.) An inline image's marker in a text part stands for
 * a picture: a message reads the same with markers added anywhere, its first lines too.
 */
const items = loadCorpus().filter((it) => /\S\n{2,}\S[^]*\n{2,}\S/.test(it.text));

/** A link as mail holds it: any web address, `www.` without a scheme, or a click-tracking redirect with its code. */
const link = (): fc.Arbitrary<string> => fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((u) => u.replace(/^https?:\/\//, 'www.')),
  fc.stringMatching(/^[A-Za-z0-9_-]{8,60}$/).map((code) => `https://u123456.ct.sendgrid.net/ls/click?upn=${code}`),
  // In angle brackets, as Outlook and Gmail write a link's address after its text in a text part.
  fc.webUrl().map((u) => `<${u}>`),
);

/** An inline image's marker, as Outlook and Gmail write it in a text part. */
const marker = (): fc.Arbitrary<string> => fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^[0-9A-F]{8}\.[0-9A-F]{8}$/)).map(([n, id]) => `[cid:image00${n}.png@${id}]`),
  fc.constantFrom('[image: Acme logo]', '[image: Careers at Acme]', '[image: image.png]', '[image: LinkedIn]'),
);

/** A link as its host's name (the label before the last dot of its host name), with the punctuation it ends with. */
function asHostName(link: string): string {
  if (link.startsWith('<')) return asHostName(link.slice(1, -1)).replace(/[.,;:!?)\]]+$/, '');
  const closing = /[.,;:!?)\]]*$/.exec(link)![0];
  const labels = new URL(link.startsWith('www.') ? `http://${link}` : link).hostname.split('.');
  // Past a two-part ending ("acme.co.uk"), as the reader reads it.
  if (labels.length > 2 && labels[labels.length - 1]!.length === 2 && labels[labels.length - 2]!.length <= 3) labels.pop();
  return (labels.length > 1 ? labels[labels.length - 2]! : '') + closing;
}

/**
 * The message with `added` inserted at its paragraph break `k` (from `first` on), or above it (`k` past the last
 * break, with `first` 0): each on a paragraph of its own (two lines in a row may be one wrapped line), or after the
 * sentence that ends there (a paragraph of one line longer than a sign-off, which a link after it would make a line of
 * text; in a paragraph of several lines, whether a line break only wraps a line depends on the lines' lengths), the
 * line no longer than the 300 characters within which the cleaner looks for notices.
 */
function withAdded(text: string, added: readonly string[], k: number, own: boolean, first: number): string {
  const breaks = [...text.matchAll(/\n{2,}/g)].slice(first);
  if (first === 0 && own && k % (breaks.length + 1) === breaks.length) return `${added.join('\n\n')}\n\n${text}`;
  const at = breaks[k % breaks.length]!;
  const before = text.slice(0, at.index);
  const line = /(?:^|\n\n)([^\n]{60,}[.!?])$/.exec(before)?.[1];
  const inline = ` ${added.join(' ')}`;
  const inserted = own ? `\n\n${added.join('\n\n')}` : line !== undefined && line.length + inline.length <= 300 ? inline : '';
  return `${before}${inserted}${text.slice(at.index)}`;
}

/** What a reading says, without the spans (which index the input as given). */
const gist = (c: ReturnType<typeof classifyReply>) => ({ label: c.label, confidence: c.confidence, topic: c.topic, needsReview: c.needsReview, requests: c.requests.map((r) => r.kind), language: c.language });

/**
 * Links whose host's name the oracle can stand in for: one that starts with a letter (a digit before a full stop is an
 * ordinal, "3."), and is no sign-off ("lg", Liebe Grüße, would end the message on its own line).
 */
const fair = (links: readonly string[]): boolean => links.every((l) => {
  const name = asHostName(l);
  return /^(?:[a-z]|[.,;:!?)\]]*$)/i.test(name) && !cleaningPatterns().closing.test(name);
});

describe('the reader on mail with links and images (R7, R4.5)', () => {
  test.prop([fc.constantFrom(...items), fc.webUrl({ withQueryParameters: true }), fc.constantFrom('Apply here', 'Acme Careers', '[image: Acme]')], { numRuns: runs(300) })(
    'R7: a link in angle brackets after a line\'s text ("here<https://…>", as text parts write it) reads as the link bare',
    (it, url, words) => {
      const subject = it.subject === undefined ? {} : { subject: it.subject };
      const read = (line: string) => gist(classifyReply({ ...subject, text: `${line}\n\n${it.text}` }));
      expect(read(`${words}<${url}>`)).toEqual(read(`${words} ${url}`));
    },
  );

  // After the message's first paragraph, whose first line the cleaner reads by its length (a link's line is longer than
  // its host's name).
  test.prop([fc.constantFrom(...items), fc.array(link(), { minLength: 1, maxLength: 3 }), fc.nat(), fc.constant(true)], { numRuns: runs(150) })(
    'R7: a message with links added on lines of their own reads as with their hosts\' names, and its evidence quotes the input',
    (it, links, k, own) => {
      fc.pre(fair(links));
      const subject = it.subject === undefined ? {} : { subject: it.subject };
      const text = withAdded(it.text, links, k, own, 1);
      const r = classifyReply({ ...subject, text });
      // The confidence may move in its third decimal: a line of links only is no line of text (it opens nothing), where
      // the oracle's line of names is one.
      const oracle = classifyReply({ ...subject, text: withAdded(it.text, links.map(asHostName), k, own, 1) });
      expect([r.label, r.topic, r.language, r.requests.map((q) => q.kind)]).toEqual([oracle.label, oracle.topic, oracle.language, oracle.requests.map((q) => q.kind)]);
      for (const e of r.evidence) if (e.field === 'text') expect(text.slice(e.start, e.end)).toBe(e.text);
    },
  );

  test.prop([fc.constantFrom(...items), fc.array(link(), { minLength: 1, maxLength: 3 }), fc.nat(), fc.constant(true), referenceInstant()], { numRuns: runs(100) })(
    'R4.5: a message with links added on lines of their own promises the date it does with their hosts\' names',
    (it, links, k, own, reference) => {
      fc.pre(fair(links));
      const options = { reference, timeZone: 'Europe/Berlin' };
      const r = extractTimeline(withAdded(it.text, links, k, own, 1), options);
      const plain = extractTimeline(withAdded(it.text, links.map(asHostName), k, own, 1), options);
      expect(r === null ? null : [r.kind, r.date, r.earliest, r.span.text]).toEqual(plain === null ? null : [plain.kind, plain.date, plain.earliest, plain.span.text]);
    },
  );

  test.prop([fc.constantFrom(...items), fc.array(marker(), { minLength: 1, maxLength: 3 }), fc.nat(), fc.boolean(), referenceInstant()], { numRuns: runs(150) })(
    'R7, R4.5: a message reads the same, and promises the same date, with image markers added anywhere',
    (it, markers, k, own, reference) => {
      const subject = it.subject === undefined ? {} : { subject: it.subject };
      const text = withAdded(it.text, markers, k, own, 0);
      const r = classifyReply({ ...subject, text });
      expect(gist(r)).toEqual(gist(classifyReply({ ...subject, text: it.text })));
      for (const e of r.evidence) if (e.field === 'text') expect(text.slice(e.start, e.end)).toBe(e.text);
      const options = { reference, timeZone: 'Europe/Berlin' };
      const t = extractTimeline(text, options);
      const plain = extractTimeline(it.text, options);
      expect(t === null ? null : [t.kind, t.date, t.earliest, t.span.text]).toEqual(plain === null ? null : [plain.kind, plain.date, plain.earliest, plain.span.text]);
    },
  );
});
