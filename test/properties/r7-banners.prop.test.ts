import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { loadCorpus } from '../../scripts/corpus/load.js';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { extractTimeline } from '../../src/classifier/extractTimeline.js';
import { referenceInstant } from '../arbitraries/classifier.js';
import { runs } from '../helpers/runs.js';

/**
 * Banners (R7, R4.5). A recipient's mail service puts a line above mail from outside: Outlook's first-contact tip, an
 * organisation's caution line. The sender never wrote it: a message reads the same, and promises the same date, below
 * any of them, and with them between its paragraphs (where a forwarded message has them).
 */
const items = loadCorpus();

/** An address as the tip names it. */
const address = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,15}$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), fc.constantFrom('com', 'de', 'fr', 'es', 'io', 'co.uk'))
  .map(([user, host, tld]) => `${user}@${host}.${tld}`);

/** Outlook's tips as it writes them, with the link on their line or not, and organisations' caution lines. */
const banner = (): fc.Arbitrary<string> => fc.oneof(
  fc.tuple(fc.constantFrom(
    (a: string) => `[You don't often get email from ${a}. Learn why this is important at https://aka.ms/LearnAboutSenderIdentification ]`,
    (a: string) => `[Some people who received this message don't often get email from ${a}. Learn why this is important at https://aka.ms/LearnAboutSenderIdentification ]`,
    (a: string) => `You don't often get email from ${a}. Learn why this is important`,
    (a: string) => `[Sie erhalten nicht häufig E-Mails von ${a}. Weitere Informationen, warum dies wichtig ist, finden Sie unter https://aka.ms/LearnAboutSenderIdentification ]`,
    (a: string) => `[Vous ne recevez pas souvent de courriers de ${a}. Découvrez pourquoi ceci est important à https://aka.ms/LearnAboutSenderIdentification ]`,
    (a: string) => `[Certaines personnes qui ont reçu ce message ne reçoivent pas souvent de courriers de ${a}. Découvrez pourquoi ceci est important à https://aka.ms/LearnAboutSenderIdentification ]`,
    (a: string) => `Sie erhalten nicht oft eine E-Mail von ${a}. Erfahren Sie, warum dies wichtig ist`,
    (a: string) => `Einige Personen, die diese Nachricht erhalten haben, erhalten nicht häufig E-Mails von ${a}. Erfahren Sie, warum dies wichtig ist`,
    (a: string) => `No suele recibir correos electrónicos de ${a}. Por qué esto es importante`,
    (a: string) => `[Algunas personas que recibieron este mensaje no suelen recibir correos electrónicos de ${a}. Por qué es esto importante ]`,
  ), address).map(([tip, a]) => tip(a)),
  fc.constantFrom(
    'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.',
    'CAUTION: This email originated from outside your organization. Exercise caution when opening attachments or clicking links, especially from unknown senders.',
    '[EXTERNAL] This email originated from outside the University. Use caution with links and attachments.',
    'This message originated from outside your organization.',
    'CAUTION: External Sender',
    'EXTERNAL EMAIL: Do not click links or open attachments unless you know the content is safe',
  ),
);

/** What a reading says, without the spans (which index the input as given). */
const gist = (c: ReturnType<typeof classifyReply>) => ({ label: c.label, confidence: c.confidence, topic: c.topic, needsReview: c.needsReview, requests: c.requests.map((r) => r.kind), language: c.language });

describe('the reader below a mail service\'s banners (R7, R4.5)', () => {
  test.prop([fc.constantFrom(...items), fc.array(banner(), { minLength: 1, maxLength: 2 }), fc.nat()], { numRuns: runs(150) })(
    'R7: a message reads the same with banners above it or between its paragraphs (as in a forward), and its evidence quotes the input',
    (it, banners, k) => {
      const subject = it.subject === undefined ? {} : { subject: it.subject };
      const breaks = [0, ...[...it.text.matchAll(/\n{2,}/g)].map((m) => m.index)];
      const at = breaks[k % breaks.length]!;
      const text = at === 0 ? `${banners.join('\n\n')}\n\n${it.text}` : `${it.text.slice(0, at)}\n\n${banners.join('\n\n')}${it.text.slice(at)}`;
      const r = classifyReply({ ...subject, text });
      expect(gist(r)).toEqual(gist(classifyReply({ ...subject, text: it.text })));
      for (const e of r.evidence) if (e.field === 'text') expect(text.slice(e.start, e.end)).toBe(e.text);
    },
  );

  test.prop([fc.constantFrom(...items), fc.array(banner(), { minLength: 1, maxLength: 2 }), referenceInstant()], { numRuns: runs(100) })(
    'R4.5: a message below banners promises the same date',
    (it, banners, reference) => {
      const options = { reference, timeZone: 'Europe/Berlin' };
      const r = extractTimeline(`${banners.join('\n\n')}\n\n${it.text}`, options);
      const plain = extractTimeline(it.text, options);
      expect(r === null ? null : [r.kind, r.date, r.earliest, r.span.text]).toEqual(plain === null ? null : [plain.kind, plain.date, plain.earliest, plain.span.text]);
    },
  );
});
