import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { loadCorpus } from '../../scripts/corpus/load.js';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { STARTS_AS_HTML_PATTERN } from '../../src/classifier/cleanReply.js';
import { extractTimeline } from '../../src/classifier/extractTimeline.js';
import { referenceInstant } from '../arbitraries/classifier.js';
import { runs } from '../helpers/runs.js';

/**
 * Plain text with its characters written as HTML references (R7, R4.5). An app that drops an HTML mail's tags keeps its
 * references ("won&#39;t"), and some mail APIs give a message's preview escaped (Gmail's `snippet`): the reader reads
 * such text as the text it stands for, and its spans quote the input as given.
 */
const items = loadCorpus().filter((it) => !STARTS_AS_HTML_PATTERN.test(it.text));

const NAMED: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', 'é': '&eacute;', 'è': '&egrave;', 'à': '&agrave;',
  'á': '&aacute;', 'ó': '&oacute;', 'í': '&iacute;', 'ñ': '&ntilde;', 'ü': '&uuml;', 'ö': '&ouml;', 'ä': '&auml;', 'ß': '&szlig;',
  'ç': '&ccedil;', 'ã': '&atilde;', 'ê': '&ecirc;', 'ô': '&ocirc;', '’': '&rsquo;', '–': '&ndash;', '—': '&mdash;',
};

/**
 * `text` escaped as a mail API escapes a preview (`&`, `<`, `>`, quotes), with letters and punctuation also written as
 * named references (`named`), or every character outside ASCII as a numeric one, decimal or hexadecimal.
 */
function escaped(text: string, how: 'preview' | 'named' | 'decimal' | 'hex'): string {
  return text.replace(/[&<>"']|[^\x00-\x7f]/gu, (c) => {
    if (how === 'preview') return '&<>"\''.includes(c) ? NAMED[c]! : c;
    if (how === 'named') return NAMED[c] ?? c;
    if ('&<>"\''.includes(c)) return NAMED[c]!;
    const cp = c.codePointAt(0)!;
    return how === 'decimal' ? `&#${cp};` : `&#x${cp.toString(16).toUpperCase()};`;
  });
}

/** What a reading says, without the spans (which index the input as given). */
const gist = (c: ReturnType<typeof classifyReply>) => ({ label: c.label, confidence: c.confidence, topic: c.topic, needsReview: c.needsReview, requests: c.requests.map((r) => r.kind), autoReply: c.autoReply });
const HOW = fc.constantFrom('preview', 'named', 'decimal', 'hex') as fc.Arbitrary<'preview' | 'named' | 'decimal' | 'hex'>;

describe('the reader on text with HTML character references (R7, R4.5)', () => {
  test.prop([fc.constantFrom(...items), HOW], { numRuns: runs(150) })(
    'R7: a message reads the same with its characters written as references, and its evidence quotes the input',
    (it, how) => {
      const subject = it.subject === undefined ? {} : { subject: it.subject };
      const input = escaped(it.text, how);
      const r = classifyReply({ ...subject, text: input });
      expect(gist(r)).toEqual(gist(classifyReply({ ...subject, text: it.text })));
      for (const e of r.evidence) expect(e.field === 'subject' ? it.subject!.slice(e.start, e.end) : input.slice(e.start, e.end)).toBe(e.text);
    },
  );

  test.prop([fc.constantFrom(...items), HOW, referenceInstant(), fc.constantFrom('Europe/Berlin', 'Europe/Paris', 'America/New_York', 'America/Sao_Paulo', 'UTC')], { numRuns: runs(150) })(
    'R4.5: a message with references promises the same date, and the span quotes the input',
    (it, how, reference, timeZone) => {
      const input = escaped(it.text, how);
      const r = extractTimeline(input, { reference, timeZone });
      const plain = extractTimeline(it.text, { reference, timeZone });
      expect(r === null ? null : [r.kind, r.date, r.earliest]).toEqual(plain === null ? null : [plain.kind, plain.date, plain.earliest]);
      if (r !== null) expect(input.slice(r.span.start, r.span.end)).toBe(r.span.text);
    },
  );
});
