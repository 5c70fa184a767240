import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { loadCorpus } from '../../scripts/corpus/load.js';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { extractTimeline } from '../../src/classifier/extractTimeline.js';
import { referenceInstant } from '../arbitraries/classifier.js';
import { runs } from '../helpers/runs.js';

/**
 * Text decomposed into letters and accents (R7, R4.5). A PDF's text, or mail from some systems, holds "é" as "e" and
 * U+0301: the reader reads it as the same text composed (the words it looks for are written composed), and its spans
 * quote the input as given.
 */
const accented = loadCorpus().filter((it) => it.text.normalize('NFD') !== it.text);

/** What a reading says, without the spans (which index the input as given). */
const gist = (c: ReturnType<typeof classifyReply>) => ({ label: c.label, confidence: c.confidence, topic: c.topic, needsReview: c.needsReview, requests: c.requests.map((r) => r.kind), autoReply: c.autoReply });

describe('the reader on decomposed text (R7, R4.5)', () => {
  test.prop([fc.constantFrom(...accented), fc.boolean()], { numRuns: runs(150) })(
    'R7: a message reads the same decomposed as composed, and its evidence quotes the decomposed input',
    (it, withSubject) => {
      const subject = withSubject && it.subject !== undefined ? it.subject : undefined;
      const input = { text: it.text.normalize('NFD'), ...(subject === undefined ? {} : { subject: subject.normalize('NFD') }) };
      const r = classifyReply(input);
      expect(gist(r)).toEqual(gist(classifyReply({ text: it.text, ...(subject === undefined ? {} : { subject }) })));
      for (const e of r.evidence) expect((e.field === 'subject' ? input.subject! : input.text).slice(e.start, e.end)).toBe(e.text);
    },
  );

  test.prop([fc.constantFrom(...accented), referenceInstant(), fc.constantFrom('Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'America/Sao_Paulo', 'UTC')], { numRuns: runs(150) })(
    'R4.5: a decomposed message promises the same date, and the span quotes the decomposed input',
    (it, reference, timeZone) => {
      const input = it.text.normalize('NFD');
      const r = extractTimeline(input, { reference, timeZone });
      const composed = extractTimeline(it.text, { reference, timeZone });
      expect(r === null ? null : [r.kind, r.date, r.earliest, r.span.text.normalize('NFC')]).toEqual(composed === null ? null : [composed.kind, composed.date, composed.earliest, composed.span.text]);
      if (r !== null) expect(input.slice(r.span.start, r.span.end)).toBe(r.span.text);
    },
  );
});
