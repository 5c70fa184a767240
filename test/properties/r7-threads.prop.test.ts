import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { QUOTE_HEADER } from '../../scripts/classifier/threads.js';
import { loadCorpus } from '../../scripts/corpus/load.js';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { anyText, replyText } from '../arbitraries/classifier.js';
import { runs } from '../helpers/runs.js';

/**
 * Mail as it arrives in a thread (R7). A reply's subject ("Re: …", "AW: …", "RES: …") was written for an earlier
 * message, often by the candidate, so the reader leaves it out: with it or without it, the reading is the same. A
 * forward's mark ("Fwd:", "WG:", "TR:") and a mail gateway's tag ("[EXTERNAL]") say nothing: the subject reads the same
 * without them. And history quoted below a reply header, in any of the languages, is not read.
 */
const items = loadCorpus();
const REPLY_MARKS = ['re', 'aw', 'antw', 'antwort', 'res', 'réf'];
const FORWARD_MARKS = ['fwd', 'fw', 'wg', 'tr', 'rv', 'reenv', 'enc'];
const TAGS = ['[EXTERNAL]', '[EXT]', '[Extern]', '[EXTERNE]', '[externo]', '[External Email]', '[EXTERNAL]:', 'EXTERNAL:', '*EXTERNAL*', '(External)', '[EXT]:'];
/** The words an automatic reply's subject starts with, in every language, as clients write them. */
const AUTO_REPLY = [
  'automatic reply', 'auto-reply', 'auto reply', 'autoreply', 'auto-response', 'autoresponder', 'auto', 'out of office',
  'out of the office', 'out-of-office', 'out of office autoreply', 'out of office reply', 'ooo', 'automatische antwort',
  'abwesenheitsnotiz', 'réponse automatique', 'reponse automatique', 'absence du bureau', 'absente du bureau',
  'respuesta automática', 'respuesta automatica', 'fuera de la oficina', 'fuera de oficina', 'resposta automática',
  'fora do escritório', 'fora do escritorio',
];
/**
 * Real messages that open with a greeting line (short, ended by a comma or a colon) followed by a sentence, with where
 * the greeting's line ends; and sign-offs that senders also write as a message's second line.
 */
const OPENED = items.flatMap((it) => {
  const m = /^\s*[^\n]{1,59}[,:][ \t]*(?=\n(?:[ \t]*\n)*[^\n>]{61})/.exec(it.text);
  return m === null ? [] : [{ text: it.text, at: m[0].length }];
});
const OPENING_SIGN_OFFS = [
  'Thank you!', 'Thanks,', 'Best regards,', 'Saludos cordiales,', 'Reciba un cordial saludo.', 'Un saludo,', 'Cordialement,',
  'Bien cordialement,', 'Mit freundlichen Grüßen', 'Viele Grüße,', 'Danke!', 'Atenciosamente,', 'Obrigada!',
];

/** Real messages of more than one paragraph. */
const PARAGRAPHED = items.filter((it) => /\S\n{2,}\S/.test(it.text));

/** Any case: lower, upper, or each word capitalised. */
const cased = (words: string): fc.Arbitrary<string> =>
  fc.constantFrom(words, words.toUpperCase(), words.replace(/(^|[ -])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase()));

/** A mark as clients write it: any case, a count now and then, a space before the colon (French) or none after it. */
const mark = (marks: readonly string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...marks), fc.boolean(), fc.option(fc.integer({ min: 2, max: 99 }), { nil: undefined }), fc.constantFrom(':', ' :'), fc.constantFrom(' ', '', '  '))
    .map(([m, upper, count, colon, after]) => `${upper ? m.toUpperCase() : m[0]!.toUpperCase() + m.slice(1)}${count === undefined ? '' : `[${count}]`}${colon}${after}`);

/** Marks and tags before a subject, with at least one reply mark among them. */
const replyPrefix = (): fc.Arbitrary<string> =>
  fc.tuple(fc.array(fc.oneof(mark(FORWARD_MARKS), fc.constantFrom(...TAGS.map((t) => `${t} `))), { maxLength: 2 }), mark(REPLY_MARKS), fc.array(fc.oneof(mark(REPLY_MARKS), mark(FORWARD_MARKS)), { maxLength: 2 }))
    .map(([before, reply, after]) => [...before, reply, ...after].join(''));

/** A body: a real employer message or reply-like text. */
const body = (): fc.Arbitrary<string> => fc.oneof(fc.constantFrom(...items.map((it) => it.text)), replyText());

/** What a reading says, without the spans (which index the subject as given). */
const gist = (c: ReturnType<typeof classifyReply>) => ({ label: c.label, confidence: c.confidence, topic: c.topic, needsReview: c.needsReview, requests: c.requests.map((r) => r.kind) });

describe('the reader on mail in a thread (R7)', () => {
  test.prop([body(), replyPrefix(), anyText()], { numRuns: runs(150) })('R7: a reply reads the same with its subject or without it', (text, prefix, rest) => {
    expect(classifyReply({ subject: `${prefix}${rest}`, text })).toEqual(classifyReply({ text }));
  });

  test.prop([body(), fc.array(fc.oneof(mark(FORWARD_MARKS), fc.constantFrom(...TAGS.map((t) => `${t} `))), { minLength: 1, maxLength: 3 }), anyText()], { numRuns: runs(150) })(
    'R7: a forwarded or tagged subject reads as the subject without its marks (a forward\'s marks as one plain "Fwd: ")',
    (text, marks, subject) => {
      const prefix = marks.join('');
      const withMarks = classifyReply({ subject: `${prefix}${subject}`, text });
      // A forward's subject says one thing: the first header block in the body begins the forwarded message, which is
      // read (a body with "-----Original Message-----" reads differently under "Fwd:"). Its form (which mark, case,
      // count, several marks) and a gateway's tags say nothing more.
      const forwarded = marks.some((m) => !TAGS.some((t) => m === `${t} `));
      expect(gist(withMarks)).toEqual(gist(classifyReply({ subject: `${forwarded ? 'Fwd: ' : ''}${subject}`, text })));
      // Its spans still index the subject as given.
      for (const e of withMarks.evidence) if (e.field === 'subject') expect(`${prefix}${subject}`.slice(e.start, e.end)).toBe(e.text);
    },
  );

  test.prop([body(), fc.option(fc.constantFrom(...TAGS), { nil: undefined }), fc.constantFrom(...AUTO_REPLY).chain(cased), fc.constantFrom(': ', ' : ', ' - ', ' – ', ' — ', ''), anyText()], { numRuns: runs(150) })(
    'R7: an automatic reply is flagged for review and read as its body alone',
    (text, tag, words, after, rest) => {
      const subject = `${tag === undefined ? '' : `${tag} `}${words}${after}${after === '' ? '' : rest}`;
      const r = classifyReply({ subject, text });
      expect(r.autoReply).toBe(true);
      expect(r.needsReview).toBe(true);
      expect(gist({ ...r, needsReview: false })).toEqual(gist({ ...classifyReply({ text }), needsReview: false }));
    },
  );

  test.prop([body(), fc.constantFrom(...AUTO_REPLY).chain(cased), fc.constantFrom(' of', 'ism', ' report', 's', 'e de respuesta', '2')], { numRuns: runs(100) })(
    'R7: a subject that only starts with those words, running on without a colon or a dash, is not an automatic reply',
    (text, words, more) => {
      expect(classifyReply({ subject: `${words}${more} in our team`, text }).autoReply).toBe(false);
    },
  );

  test.prop([body(), anyText().filter((s) => !AUTO_REPLY.some((w) => s.toLowerCase().includes(w.split(' ')[0]!.slice(0, 3))))], { numRuns: runs(100) })(
    'R7: a subject without those words, or no subject, is never an automatic reply',
    (text, subject) => {
      expect(classifyReply({ subject, text }).autoReply).toBe(false);
      expect(classifyReply({ text }).autoReply).toBe(false);
      expect(classifyReply(text).autoReply).toBe(false);
    },
  );

  test.prop([fc.constantFrom(...OPENED), fc.constantFrom(...OPENING_SIGN_OFFS), fc.constantFrom('\n\n', '\n')], { numRuns: runs(150) })(
    'R7: a sign-off-like line between the greeting and the message ("Saludos cordiales," "Thank you!") changes nothing',
    ({ text, at }, signOff, gap) => {
      expect(gist(classifyReply({ text: `${text.slice(0, at)}${gap}${signOff}${text.slice(at)}` }))).toEqual(gist(classifyReply({ text })));
    },
  );

  test.prop([fc.constantFrom(...PARAGRAPHED), fc.nat(), fc.constantFrom('-', '_'), fc.integer({ min: 8, max: 72 })], { numRuns: runs(150) })(
    'R7: a rule (a line of dashes or underscores) between two paragraphs changes nothing',
    (it, k, c, n) => {
      const breaks = [...it.text.matchAll(/\n{2,}/g)];
      const at = breaks[k % breaks.length]!;
      const text = `${it.text.slice(0, at.index)}\n\n${c.repeat(n)}\n\n${it.text.slice(at.index + at[0].length)}`;
      const subject = it.subject === undefined ? {} : { subject: it.subject };
      expect(gist(classifyReply({ ...subject, text }))).toEqual(gist(classifyReply({ ...subject, text: it.text })));
    },
  );

  test.prop([fc.constantFrom(...items), fc.boolean()], { numRuns: runs(150) })(
    'R7: HTML passed as the text part reads as it does passed as HTML',
    (it, paragraphs) => {
      const escaped = it.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const markup = paragraphs ? escaped.split(/\n{2,}/).map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('\n') : `<div>${escaped.replace(/\n/g, '<br>\n')}</div>`;
      const subject = it.subject === undefined ? {} : { subject: it.subject };
      expect(gist(classifyReply({ ...subject, text: markup }))).toEqual(gist(classifyReply({ ...subject, html: markup })));
    },
  );

  test.prop([fc.constantFrom(...items), fc.constantFrom(...Object.values(QUOTE_HEADER)), fc.array(anyText(), { minLength: 1, maxLength: 6 })], { numRuns: runs(150) })(
    'R7: history quoted below a reply header, in any language, is not read',
    (it, header, quoted) => {
      const lines = quoted.join('\n').split(/\r\n|\r|\n/).map((l) => `> ${l}`);
      const subject = it.subject === undefined ? {} : { subject: it.subject };
      expect(gist(classifyReply({ ...subject, text: `${it.text}\n\n${header}\n${lines.join('\n')}` }))).toEqual(gist(classifyReply({ ...subject, text: it.text })));
    },
  );
});
