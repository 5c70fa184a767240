import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classifier/classifyReply.js';
import { extractTimeline } from '../classifier/extractTimeline.js';
import { isFollowUpError } from '../errors.js';
import { parseEmail } from './parseEmail.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../test/fixtures/mail/${name}`, import.meta.url));

describe('parseEmail', () => {
  it('R7: a multipart message cut before its closing boundary is read and marked incomplete; a whole one is not', async () => {
    const whole = fixture('multipart-alternative.eml');
    expect((await parseEmail(whole)).incomplete).toBeUndefined();
    const text = whole.toString('latin1');
    const cut = text.slice(0, text.indexOf('--000000000000a1b2c3d4e5f6--'));
    const email = await parseEmail(cut);
    expect(email.incomplete).toBe(true);
    expect(email.text).toContain('by Friday');
    expect((await parseEmail(Buffer.from(cut, 'latin1'))).incomplete).toBe(true);
    // Not multipart: nothing to tell a cut from a whole message by.
    expect((await parseEmail('Subject: Hi\r\nContent-Type: text/plain\r\n\r\nWe will be in touch.')).incomplete).toBeUndefined();
  });

  it('R7: Auto-Submitted: auto-replied marks an automatic reply (RFC 3834), which classifyReply then flags', async () => {
    const raw = (headers: string): string => `Subject: Thanks for your email\r\n${headers}Content-Type: text/plain\r\n\r\nI am away until December 14 and will reply when I return.`;
    const auto = await parseEmail(raw('Auto-Submitted: auto-replied\r\n'));
    expect(auto.autoReply).toBe(true);
    expect(classifyReply(auto)).toMatchObject({ autoReply: true, needsReview: true });
    expect((await parseEmail(raw('auto-submitted:  Auto-Replied (vacation)\r\n'))).autoReply).toBe(true);
    // The headers of older autoresponders (vacation programs, hosting control panels).
    for (const headers of ['Precedence: auto_reply\r\n', 'X-Autoreply: yes\r\n', 'X-Autorespond: 1\r\n']) {
      expect((await parseEmail(raw(headers))).autoReply, headers).toBe(true);
    }
    // Mail a system sends on its own, not in answer to one (an application-received notice), is not a reply.
    for (const headers of ['Auto-Submitted: auto-generated\r\n', 'Auto-Submitted: no\r\n', 'Precedence: bulk\r\n', '']) {
      const email = await parseEmail(raw(headers));
      expect(email.autoReply, headers).toBeUndefined();
      expect(classifyReply(email).autoReply, headers).toBe(false);
    }
  });

  it('R7: multipart/alternative reads the quoted-printable text part, keeps the base64 HTML part, and the headers', async () => {
    const email = await parseEmail(fixture('multipart-alternative.eml'));
    expect(email).toMatchObject({
      subject: 'Re: Data Analyst interview - next steps',
      date: '2026-11-24T16:05:00-05:00',
      from: { name: 'Kim Meyer', address: 'kim.meyer@acme.example' },
      messageId: '<CAF7x9k2+status.1234@mail.acme.example>',
    });
    expect(email.text).toContain('will get back to you by Friday.\n\nBest regards,');
    expect(email.html).toContain('<b>by Friday</b>');
  });

  it('R4.5: the Date header is the reference of the timeline (Tuesday 24 November → Friday 27 November)', async () => {
    const email = await parseEmail(fixture('multipart-alternative.eml'));
    const timeline = extractTimeline(email, { reference: email.date!, timeZone: 'America/New_York' });
    expect(timeline?.date).toBe('2026-11-27');
  });

  it('R7: quoted-printable UTF-8 with soft line breaks and an RFC 2047 subject', async () => {
    const email = await parseEmail(fixture('quoted-printable.eml'));
    expect(email.subject).toBe('Ihre Bewerbung als Datenanalystin – Rückmeldung');
    expect(email.text).toContain('dass wir uns für eine andere Kandidatin entschieden haben, deren Profil');
    expect(email.text).toContain('Mit freundlichen Grüßen');
    expect(email.from).toEqual({ name: 'Weber, Jonas', address: 'j.weber@beispiel-gmbh.example' });
    expect(email.date).toBe('2026-12-07T09:12:44+01:00');
    expect(classifyReply(email).language).toBe('de');
  });

  it('R7: a base64 body and base64-encoded words; a comment after the zone is ignored', async () => {
    const email = await parseEmail(fixture('base64.eml'));
    expect(email.subject).toBe("Proposition d'embauche");
    expect(email.from).toEqual({ name: 'Camille Durand', address: 'camille.durand@exemple.example' });
    expect(email.text).toContain("le poste d'analyste de données");
    expect(email.date).toBe('2026-12-03T14:30:00+01:00');
    expect(classifyReply(email).language).toBe('fr');
  });

  it('R7: ISO-8859-1 bytes are decoded by the declared charset, as bytes or as an ArrayBuffer', async () => {
    const bytes = fixture('latin1.eml');
    const email = await parseEmail(bytes);
    expect(email.subject).toBe('Segunda entrevista - Analista de datos (selección)');
    expect(email.from?.name).toBe('Lucía Peña');
    expect(email.text).toContain('¿Podrías indicarnos tu disponibilidad para la próxima semana?');
    const copy = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(copy).set(bytes);
    expect(await parseEmail(copy)).toEqual(email);
    expect(classifyReply(email).language).toBe('es');
  });

  it('R7: Windows-1252 curly quotes, en dash and euro sign', async () => {
    const email = await parseEmail(fixture('windows-1252.eml'));
    expect(email.text).toContain('Data Analyst – Berlin, with an annual salary of €62,000. Please review the attached “offer letter”');
    expect(email.date).toBe('2026-12-11T17:45:10+00:00');
  });

  it('R7: an HTML-only message gives its HTML and an empty text, so classifyReply reads the HTML', async () => {
    const email = await parseEmail(fixture('html-only.eml'));
    expect(email.html).toContain('<p>Dear Jo,</p>');
    expect(email.html).toContain('Globex Talent Team &amp; Hiring Managers');
    expect(email.text).toBe('');
    expect(email.from).toEqual({ name: 'Careers at Globex', address: 'no-reply@globex-ats.example' });
    const result = classifyReply(email);
    expect(result.evidence.every((e) => e.field === 'html' || e.field === 'subject')).toBe(true);
    expect(result.evidence.some((e) => e.field === 'html')).toBe(true);
  });

  it('R4.5: a Date header that is not a date leaves `date` out instead of guessing', async () => {
    const email = await parseEmail(fixture('bad-date.eml'));
    expect(email).not.toHaveProperty('date');
    expect(email.subject).toBe('Quick update');
    expect(email.from).toEqual({ name: '', address: 'recruiter@initech.example' });
    expect(email).not.toHaveProperty('html');
  });

  it('a string message, LF line endings, an mbox From_ line on top, and no Date header', async () => {
    const email = await parseEmail('From kim@acme.example Tue Nov 24 16:05:00 2026\nSubject: Hello\n\nBody text\n');
    expect(email).toEqual({ subject: 'Hello', text: 'Body text\n' });
  });

  it('R7: a message whose lines end in a carriage return alone (no line feed) is read, as bytes or as a string', async () => {
    const raw = 'From: HR <hr@initech.example>\rSubject: Offer of employment\rDate: Wed, 2 Dec 2026 09:30:00 +0100\r\rWe are delighted to offer you the position.\r';
    const expected = { subject: 'Offer of employment', date: '2026-12-02T09:30:00+01:00', from: { name: 'HR', address: 'hr@initech.example' }, text: expect.stringMatching(/^We are delighted to offer you the position\.\n?$/) as string };
    expect(await parseEmail(new TextEncoder().encode(raw))).toMatchObject(expected);
    expect(await parseEmail(raw)).toMatchObject(expected);
  });

  it('R4.5: blanks before the colon of a header field ("Date :", an obsolete form) do not lose the field', async () => {
    const raw = 'From : HR <hr@initech.example>\r\nSubject\t: Interview invitation\r\nDate : Wed, 2 Dec 2026 09:30:00 +0100\r\n\r\nPlease send us your availability: by Friday.\r\n';
    const expected = { subject: 'Interview invitation', date: '2026-12-02T09:30:00+01:00', from: { name: 'HR', address: 'hr@initech.example' } };
    expect(await parseEmail(raw)).toMatchObject(expected);
    expect(await parseEmail(new TextEncoder().encode(raw))).toMatchObject(expected);
    // Only field names of the header block change: the body keeps its text.
    expect((await parseEmail(raw)).text).toContain('availability: by Friday.');
  });

  it('R4.5: a Date header with the day of week in full or an offset after GMT is read', async () => {
    expect((await parseEmail('Date: Tuesday, 24 November 2026 16:05:00 +0100\nSubject: x\n\nHi\n')).date).toBe('2026-11-24T16:05:00+01:00');
    expect((await parseEmail('Date: Tue, 24 Nov 2026 16:05:00 GMT+0100\nSubject: x\n\nHi\n')).date).toBe('2026-11-24T16:05:00+01:00');
  });

  it('R4.5: a Date header outside the years 0001-9999 once its offset is applied leaves `date` out', async () => {
    expect(await parseEmail('Date: Mon, 1 Jan 0001 00:30:00 +0100\nSubject: x\n\nHi\n')).not.toHaveProperty('date');
    expect(await parseEmail('Date: Fri, 31 Dec 9999 23:59:59 -1200\nSubject: x\n\nHi\n')).not.toHaveProperty('date');
  });

  it('skips a first "From " line only when it is an mbox line: by its shape, or with a header field after it', async () => {
    expect(await parseEmail('From kim@acme.example\nSubject: Hello\n\nBody text\n')).toEqual({ subject: 'Hello', text: 'Body text\n' });
    // A line of prose is what the message starts with, and the error says so.
    const error: unknown = await parseEmail('From our side the interviews went well.\n\nBest, Kim\n').then(() => undefined, (e: unknown) => e);
    expect(isFollowUpError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as Error).message).toMatch(/it starts with "From our side the interviews went well\."$/);
  });

  it('the documented example', async () => {
    const email = await parseEmail('Date: Tue, 24 Nov 2026 16:05:00 -0500\r\nSubject: Next steps\r\n\r\nWe will get back to you by Friday.');
    expect(email.date).toBe('2026-11-24T16:05:00-05:00');
    expect(email).toMatchObject({ subject: 'Next steps', text: expect.stringMatching(/^We will get back to you by Friday\.\n?$/) as string });
  });

  it('skips a UTF-8 byte-order mark before the headers, in bytes and in a string', async () => {
    const text = 'Date: Tue, 24 Nov 2026 16:05:00 -0500\r\nSubject: Next steps\r\n\r\nWe will get back to you by Friday.';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(await parseEmail(bytes)).toMatchObject({ subject: 'Next steps', date: '2026-11-24T16:05:00-05:00' });
    expect(await parseEmail(`\uFEFF${text}`)).toMatchObject({ subject: 'Next steps', date: '2026-11-24T16:05:00-05:00' });
    expect(await parseEmail(`\uFEFFFrom kim@acme.example Tue Nov 24 16:05:00 2026\n${text}`)).toMatchObject({ subject: 'Next steps' });
  });

  it('quotes the first line of a CRLF message without its "\\r"', async () => {
    const error: unknown = await parseEmail(new TextEncoder().encode('this line is not a header\r\n\r\nBody\r\n')).then(() => undefined, (e: unknown) => e);
    expect((error as Error).message).toMatch(/it starts with "this line is not a header"$/);
  });

  it.each([
    ['an empty string', ''],
    ['blank lines', '\n\n  \n'],
    ['plain text', 'Hi Jo, thanks for coming in yesterday.'],
    ['bytes of plain text', new TextEncoder().encode('Hi Jo,\nthanks')],
    ['a From_ line alone', 'From kim@acme.example Tue Nov 24 16:05:00 2026\n'],
  ])('rejects %s with InvalidInputError naming what it starts with', async (_name, raw) => {
    const error: unknown = await parseEmail(raw).then(() => undefined, (e: unknown) => e);
    expect(isFollowUpError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as Error).message).toMatch(/^Invalid email:\n {2}- \(root\): the message (is empty|does not start with a header field)/);
  });

  it('rejects a value that is not a message', async () => {
    const error: unknown = await parseEmail(42 as never).then(() => undefined, (e: unknown) => e);
    expect(isFollowUpError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as Error).message).toContain('got number');
  });
});
