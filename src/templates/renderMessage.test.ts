import { describe, expect, it } from 'vitest';
import { messageSamples, requiredOnlySamples } from '../../test/arbitraries/templates.js';
import { thrown } from '../../test/helpers/thrown.js';
import { InvalidArgumentError, InvalidDateError, InvalidInputError, isFollowUpError, MissingFieldError, UnknownTimeZoneError } from '../errors.js';
import { HIRING_STAGE_WORDS, PREP_FORMAT_LABELS } from '../languages/messages.js';
import { MESSAGE_KINDS, type MessageKind } from './messageData.js';
import { PREP_FORMATS } from './prepFormats.js';
import { renderMessage } from './renderMessage.js';
import { MESSAGE_LOCALES } from './resolveLocale.js';

const tz = { timeZone: 'Europe/Berlin' };

/** Values every kind must show verbatim (role and company in all, plus the sender's name). */
function requiredValues(data: Record<string, unknown>): string[] {
  const pick = (path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);
  const fields = ['role', 'company', 'candidate.name', 'recruiter.name', 'interviewer.name', 'point', 'connection', 'referee.name', 'reason', 'stage', 'salary'];
  return fields.map(pick).filter((v): v is string => typeof v === 'string');
}

describe('renderMessage', () => {
  it('R1, R5, R8–R10: every kind renders in every locale with the required values verbatim and no tag left', () => {
    for (const locale of MESSAGE_LOCALES) {
      const samples = messageSamples(locale);
      for (const kind of MESSAGE_KINDS) {
        const data = samples[kind] as never;
        const out = renderMessage(kind, data, { locale, ...tz });
        const where = `${locale}.${kind}`;
        for (const part of [out.subject, out.text, out.html]) expect(part, where).not.toMatch(/\{\{|\}\}/);
        for (const value of requiredValues(data)) {
          expect(out.subject + out.text, `${where}: ${value}`).toContain(value);
        }
        expect(out.subject, where).not.toMatch(/[\r\n]/);
        expect(out.text, where).not.toMatch(/\n{3}|^\s|\s$/);
        expect(out.wordCount, where).toBeGreaterThan(20);
        expect(out.html.startsWith('<p>') && out.html.endsWith('</p>'), where).toBe(true);
      }
    }
  });

  it('renders every kind with only its required fields: no "Dear ," and no blank-line gaps', () => {
    const greeting = { en: 'Dear Hiring Team,', de: 'Sehr geehrte Damen und Herren,', fr: 'Madame, Monsieur,', es: 'Estimado equipo de selección:', pt: 'Prezada equipe de recrutamento,' };
    for (const locale of MESSAGE_LOCALES) {
      const samples = requiredOnlySamples(locale);
      for (const kind of MESSAGE_KINDS) {
        const out = renderMessage(kind, samples[kind] as never, { locale, ...tz });
        const where = `${locale}.${kind}`;
        const first = out.text.split('\n')[0] ?? '';
        expect(first, where).not.toMatch(/^\S+ ?[,:]$/); // "Dear ," / "Guten Tag ,"
        expect(out.text, where).not.toMatch(/\n{3}| [,.]|\{\{/);
        if (['followUp', 'offerReply', 'offerAccept', 'offerDecline', 'rejectionReply', 'nextRoundReply', 'withdrawal'].includes(kind)) {
          expect(first, `${where}: greeting falls back`).toBe(greeting[locale]);
        }
      }
    }
  });

  it('greets a named recipient by name', () => {
    const data = messageSamples('en').followUp;
    expect(renderMessage('followUp', data, { locale: 'en' }).text.split('\n')[0]).toBe('Dear Jordan Ellis,');
    expect(renderMessage('followUp', { ...data, recipient: { name: '  ' } }, { locale: 'en' }).text.split('\n')[0]).toBe('Dear Hiring Team,');
  });

  it('R1.4: thankYou stays within 150 words and 60 subject characters with realistic values', () => {
    for (const locale of MESSAGE_LOCALES) {
      const out = renderMessage('thankYou', messageSamples(locale).thankYou, { locale });
      expect(out.wordCount, locale).toBeLessThanOrEqual(150);
      expect([...out.subject].length, `${locale}: ${out.subject}`).toBeLessThanOrEqual(60);
    }
  });

  it('R5: followUp names the position and stays within 120 words', () => {
    for (const locale of MESSAGE_LOCALES) {
      const data = messageSamples(locale).followUp;
      const out = renderMessage('followUp', data, { locale });
      expect(out.wordCount, locale).toBeLessThanOrEqual(120);
      expect(out.subject + out.text, locale).toContain(data.role);
    }
  });

  it('R8.3: offerReply names the decision date written for the locale', () => {
    const expected = { en: 'Wednesday, December 16', de: 'Mittwoch, 16. Dezember', fr: 'mercredi 16 décembre', es: 'el miércoles 16 de diciembre', pt: 'quarta-feira, 16 de dezembro' };
    for (const locale of MESSAGE_LOCALES) {
      expect(renderMessage('offerReply', messageSamples(locale).offerReply, { locale }).text, locale).toContain(expected[locale]);
    }
  });

  it('R9: rejectionReply asks for feedback only when askFeedback is true', () => {
    const data = messageSamples('en').rejectionReply;
    const asked = renderMessage('rejectionReply', data, { locale: 'en' });
    const notAsked = renderMessage('rejectionReply', { ...data, askFeedback: false }, { locale: 'en' });
    expect(asked.text).toMatch(/feedback/i);
    expect(notAsked.text).not.toMatch(/feedback/i);
    expect(notAsked.text).toContain('Northwind Logistics');
    expect(notAsked.wordCount).toBeLessThan(asked.wordCount);
  });

  it('R10: nextRoundReply lists the slots one per line in the recipient zone, and writes a format key in the language', () => {
    const data = messageSamples('de').nextRoundReply;
    const out = renderMessage('nextRoundReply', data, { locale: 'de', timeZone: 'Europe/Berlin' });
    expect(out.text).toContain('\n\n- Montag, 7. Dezember um 10:00 MEZ\n- Dienstag, 8. Dezember um 14:30 MEZ\n- Mittwoch, 9. Dezember um 09:00 MEZ\n\n');
    expect(out.text).toContain('Fallstudie');
    expect(out.html).toContain('<p>- Montag, 7. Dezember um 10:00 MEZ<br>\n- Dienstag');
    const ny = renderMessage('nextRoundReply', { ...messageSamples('en').nextRoundReply, slots: ['2026-12-07T10:00:00+01:00'] }, { locale: 'en', timeZone: 'America/New_York' });
    expect(ny.text).toContain('- Monday, December 7 at 4:00 AM EST');
    // A Date is an instant too (the type takes it).
    const dated = renderMessage('nextRoundReply', { ...messageSamples('en').nextRoundReply, slots: [new Date('2026-12-07T09:00:00Z')] }, { locale: 'en', timeZone: 'America/New_York' });
    expect(dated.text).toContain('- Monday, December 7 at 4:00 AM EST');
    const ready = renderMessage('nextRoundReply', { ...data, slots: ['Mo vormittags', '- Di ab 14 Uhr'] }, { locale: 'de' });
    expect(ready.text).toContain('\n\n- Mo vormittags\n- Di ab 14 Uhr\n\n');
    expect(() => renderMessage('nextRoundReply', { ...data, slots: [] }, { locale: 'de' })).toThrow(MissingFieldError);
  });

  it('joins a list of interviewer names for the locale', () => {
    const en = renderMessage('nextRoundInvite', messageSamples('en').nextRoundInvite, { locale: 'en', ...tz });
    expect(en.text).toContain('Anna Berger and Tom Li');
    const es = renderMessage('nextRoundInvite', messageSamples('es').nextRoundInvite, { locale: 'es', ...tz });
    expect(es.text).toContain('Ana Bermúdez y Tom Li');
  });

  it('R5: uses de for de-AT, writing dates for the requested locale; another language needs an explicit fallback', () => {
    const data = messageSamples('de').offerReply;
    const at = renderMessage('offerReply', { ...data, decisionDate: '2027-01-14' }, { locale: 'de-AT' });
    expect(at.text).toContain('Donnerstag, 14. Jänner');
    expect(at.text).toContain('Bedenkzeit');
    const ch = renderMessage('offerReply', data, { locale: 'de-CH' });
    expect(ch.text).toContain('Mittwoch, 16. Dezember');
    expect(() => renderMessage('offerReply', messageSamples('en').offerReply, { locale: 'ja-JP' })).toThrow(/Invalid options\.locale "ja-JP": expected a locale whose language has built-in wording: "en", "de", "fr", "es", "pt"/);
    const ja = renderMessage('offerReply', messageSamples('en').offerReply, { locale: 'ja-JP', fallback: 'en' });
    expect(ja.text).toContain('Wednesday, December 16');
    expect(ja.text.startsWith('Dear Jordan Ellis,')).toBe(true);
    expect(renderMessage('offerReply', messageSamples('fr').offerReply, { locale: 'FR-ca' }).text).toContain('mercredi 16 décembre');
  });

  it('R1, R5, R8–R10: writes Brazilian Portuguese for pt and pt-BR, and the European forms for pt-PT', () => {
    const data = { ...messageSamples('pt').offerAccept, startDate: '2027-02-01' };
    delete (data as { recipient?: unknown }).recipient;
    for (const locale of ['pt', 'pt-BR']) {
      const out = renderMessage('offerAccept', data, { locale });
      expect(out.text, locale).toMatch(/^Prezada equipe de recrutamento,\n/);
      expect(out.text, locale).toContain('segunda-feira, 1º de fevereiro');
      expect(out.text, locale).toContain('\nAtenciosamente,\n');
    }
    const pt = renderMessage('offerAccept', data, { locale: 'pt-PT' });
    expect(pt.text).toMatch(/^Cara equipa de recrutamento,\n/);
    expect(pt.text).toContain('segunda-feira, 1 de fevereiro');
    expect(pt.text).toContain('\nCom os melhores cumprimentos,\n');
    expect(pt.text).not.toMatch(/(?<!\p{L})(?:equipe|contato|Atenciosamente)(?!\p{L})/u);
    // Another region of Portuguese reads the pack as written.
    expect(renderMessage('offerAccept', data, { locale: 'pt-AO' }).text).toMatch(/^Prezada equipe/);
    const referee = renderMessage('referenceRequest', messageSamples('pt').referenceRequest, { locale: 'pt-PT', ...tz });
    expect(referee.text).toContain('candidatou-se a esta vaga');
    expect(referee.text).toContain('partilhar connosco');
  });

  it('writes a civil date as that calendar day in any zone, and an instant as its day in the recipient zone', () => {
    const data = messageSamples('en').followUp;
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', undefined]) {
      expect(renderMessage('followUp', data, { locale: 'en', timeZone }).text, String(timeZone)).toContain('Thursday, December 3');
    }
    const instant = { ...data, interviewDate: '2026-12-04T02:00:00Z' };
    expect(renderMessage('followUp', instant, { locale: 'en', timeZone: 'America/New_York' }).text).toContain('Thursday, December 3');
    expect(renderMessage('followUp', instant, { locale: 'de', timeZone: 'Europe/Berlin' }).text).toContain('Freitag, 4. Dezember');
  });

  it('takes a custom date format', () => {
    const out = renderMessage('followUp', messageSamples('en').followUp, { locale: 'en', dateFormat: { year: 'numeric', month: 'short', day: 'numeric' } });
    expect(out.text).toContain('Dec 3, 2026');
  });

  it('rejects bad input with typed errors naming the problem', () => {
    const data = messageSamples('en').followUp;
    expect(() => renderMessage('followUp', { ...data, interviewDate: '2026-02-30' }, { locale: 'en' })).toThrow(InvalidDateError);
    expect(() => renderMessage('followUp', { ...data, interviewDate: 'next Tuesday' }, { locale: 'en' })).toThrow(/interviewDate/);
    expect(() => renderMessage('followUp', { ...data, interviewDate: '2026-12-03T10:00:00Z' }, { locale: 'en' })).toThrow(/timeZone/);
    expect(() => renderMessage('followUp', { ...data, interviewDate: '2026-12-03T10:00:00Z' }, { locale: 'en', timeZone: 'Mars/Base' })).toThrow(UnknownTimeZoneError);
    expect(() => renderMessage('followUp', data, { locale: 'not a locale!' })).toThrow(InvalidArgumentError);
    expect(() => renderMessage('nope' as never, data as never, { locale: 'en' })).toThrow(/one of "thankYou"/);
    expect(() => renderMessage('followUp', null as never, { locale: 'en' })).toThrow(InvalidArgumentError);
    expect(() => renderMessage('followUp', { ...data, role: 'Engineer\r\nBcc: x@example.com' }, { locale: 'en' })).toThrow(/single line/);
  });

  it('lists every missing field at once', () => {
    let error: unknown;
    try {
      renderMessage('offerReply', { candidate: { name: '' } } as never, { locale: 'fr' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingFieldError);
    expect([...(error as MissingFieldError).fields].sort()).toEqual(['candidate.name', 'company', 'decisionDate', 'role']);
    expect((error as Error).message).toContain('offerReply (fr)');
  });

  it('does not mutate its input', () => {
    const data = messageSamples('en').nextRoundInvite;
    const copy = structuredClone(data);
    renderMessage('nextRoundInvite', data, { locale: 'en', ...tz });
    expect(data).toEqual(copy);
  });
});

/** Every kind's sample data with `company` (and every other value equal to it) replaced. */
function withCompany(locale: (typeof MESSAGE_LOCALES)[number], kind: MessageKind, company: string): never {
  return { ...(messageSamples(locale)[kind] as object), company } as never;
}

describe('renderMessage: a value that ends a sentence', () => {
  it('R1, R5, R8–R10: "Acme Inc." and "Viento Norte S.L." keep one full stop, in every kind and language', () => {
    for (const company of ['Acme Inc.', 'Viento Norte S.L.']) {
      for (const locale of MESSAGE_LOCALES) {
        for (const kind of MESSAGE_KINDS) {
          const out = renderMessage(kind, withCompany(locale, kind, company), { locale, ...tz });
          const where = `${locale}.${kind}: ${company}`;
          expect(out.subject + out.text, where).toContain(company);
          expect(out.subject + out.text, where).not.toContain(`${company}.`);
          expect(out.html, where).not.toContain(`${company}.`);
        }
      }
    }
    // The thank-you note's first paragraph ends with the company; the closing sentence goes on after it.
    const en = renderMessage('thankYou', withCompany('en', 'thankYou', 'Acme Inc.'), { locale: 'en' }).text;
    expect(en).toContain('role at Acme Inc.\n\n');
    expect(en).toContain('about joining Acme Inc. I look forward');
    const es = renderMessage('offerReply', withCompany('es', 'offerReply', 'Viento Norte S.L.'), { locale: 'es' }).text;
    expect(es).toContain('en Viento Norte S.L. Es una noticia excelente');
  });

  it('R3.5: a stage ending with "." or "!" or "…" is not followed by a second mark', () => {
    const data = messageSamples('de').statusUpdate;
    for (const stage of ['reference checks.', 'Referenzen!', 'Referenzen…']) {
      const text = renderMessage('statusUpdate', { ...data, stage }, { locale: 'de' }).text;
      expect(text, stage).toContain(`in folgendem Schritt: ${stage}\n`);
    }
    expect(renderMessage('statusUpdate', { ...data, stage: 'Referenzen' }, { locale: 'de' }).text).toContain('Schritt: Referenzen.\n');
  });

  it('R5, R8: Portuguese never writes "em" before a weekday (it takes "na" or "no" by the weekday\'s gender)', () => {
    const samples = messageSamples('pt');
    for (const kind of MESSAGE_KINDS) {
      for (const locale of ['pt', 'pt-PT'] as const) {
        const text = renderMessage(kind, samples[kind] as never, { locale, timeZone: 'America/Sao_Paulo' }).text;
        expect(text, `${kind} (${locale})`).not.toMatch(/\bem (?:segunda|terça|quarta|quinta|sexta)-feira|\bem (?:sábado|domingo)/);
      }
    }
  });

  it('R1, R5, R8–R10: Swiss and Liechtenstein German write no "ß" in the messages\' own words; a name keeps its own', () => {
    const samples = messageSamples('de');
    for (const kind of MESSAGE_KINDS) {
      for (const locale of ['de-CH', 'de-LI'] as const) {
        const text = renderMessage(kind, samples[kind] as never, { locale, timeZone: 'Europe/Zurich' }).text;
        expect(text, `${kind} (${locale})`).not.toContain('ß');
      }
    }
    const named = renderMessage('followUp', { ...samples.followUp, candidate: { name: 'Jörg Strauß' } } as never, { locale: 'de-CH' }).text;
    expect(named).toMatch(/Mit freundlichen Grüssen\nJörg Strauß$/);
    expect(renderMessage('followUp', samples.followUp as never, { locale: 'de-DE' }).text).toContain('Mit freundlichen Grüßen');
  });

  it('R10: nextRoundReply reads the caller\'s own format phrase whole, with or without its article, in every language', () => {
    for (const locale of ['en', 'de', 'fr', 'es', 'pt'] as const) {
      const data = { ...messageSamples(locale).nextRoundReply, format: 'a short chat with the CTO' };
      const text = renderMessage('nextRoundReply', data as never, { locale, ...tz }).text;
      expect(text, locale).toContain('(a short chat with the CTO)');
      expect(text, locale).not.toMatch(/\bthe a\b|\bthe the\b/);
    }
    expect(renderMessage('nextRoundReply', { ...messageSamples('en').nextRoundReply, format: 'case-study' }, { locale: 'en', ...tz }).text)
      .toContain('I am very glad to accept and look forward to the meeting (case study).');
  });

  it('R7: a reason without final punctuation gets a full stop; one with its own mark keeps it alone, in every language', () => {
    const next = { en: 'This was not', de: 'Die Entscheidung', fr: 'Cette décision', es: 'No ha sido', pt: 'Não foi' } as const;
    for (const locale of ['en', 'de', 'fr', 'es', 'pt'] as const) {
      const data = messageSamples(locale).offerDecline;
      for (const [reason, written] of [
        ['I have accepted another offer', 'I have accepted another offer.'], ['I have accepted another offer!', 'I have accepted another offer!'], ['Ich bleibe.', 'Ich bleibe.'],
        // A mark inside closing quotes ends the sentence; one inside brackets does not.
        ['I am relocating to "Berlin."', 'I am relocating to "Berlin."'], ['Je déménage à « Berlin. »', 'Je déménage à « Berlin. »'],
        ['I am relocating (to Berlin.)', 'I am relocating (to Berlin.).'],
      ] as const) {
        const text = renderMessage('offerDecline', { ...data, reason }, { locale }).text;
        expect(text, `${locale}: ${reason}`).toContain(` ${written} ${next[locale]}`);
      }
      const withdrawal = renderMessage('withdrawal', { ...messageSamples(locale).withdrawal, reason: 'I have accepted another offer' }, { locale }).text;
      expect(withdrawal, locale).toContain(' I have accepted another offer.\n');
    }
  });
});

describe('renderMessage: flags', () => {
  it('R9: askFeedback accepts only true, false or no value; "false", "no", 0 and null are errors naming the field', () => {
    const data = messageSamples('en').rejectionReply;
    for (const askFeedback of ['false', 'no', 'true', 0, 1, null, {}, []]) {
      const error = thrown(() => renderMessage('rejectionReply', { ...data, askFeedback } as never, { locale: 'en' }));
      expect(error, String(askFeedback)).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('data.askFeedback');
      expect((error as Error).message).toMatch(/^Invalid data\.askFeedback .+: expected true or false/);
    }
    expect((thrown(() => renderMessage('rejectionReply', { ...data, askFeedback: 'false' } as never, { locale: 'en' })) as Error).message).toContain('"false"');
    expect(renderMessage('rejectionReply', { ...data, askFeedback: true }, { locale: 'en' }).text).toMatch(/feedback/);
    expect(renderMessage('rejectionReply', { ...data, askFeedback: false }, { locale: 'en' }).text).not.toMatch(/feedback/);
    expect(renderMessage('rejectionReply', { ...data, askFeedback: undefined }, { locale: 'en' }).text).not.toMatch(/feedback/);
  });

  it('R7: feedbackOffer accepts only true, false or no value', () => {
    const data = messageSamples('fr').rejectionNotice;
    for (const feedbackOffer of ['false', 0, 'oui']) {
      const error = thrown(() => renderMessage('rejectionNotice', { ...data, feedbackOffer } as never, { locale: 'fr' }));
      expect(error, String(feedbackOffer)).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('data.feedbackOffer');
    }
    const on = renderMessage('rejectionNotice', data, { locale: 'fr' });
    const off = renderMessage('rejectionNotice', { ...data, feedbackOffer: false }, { locale: 'fr' });
    expect(off.wordCount).toBeLessThan(on.wordCount);
  });
});

describe('renderMessage: values of the wrong shape', () => {
  it('R5: reports every problem of the data at once, each named data.<field>, in the order of the message\'s fields', () => {
    const error = thrown(() => renderMessage('followUp', { company: 5, role: ['R'], interviewDate: 20261203, timline: 'x' } as never, { locale: 'en' }));
    expect(isFollowUpError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as Error).message).toBe([
      'Invalid data for "followUp":',
      '  - data.role: expected a text, got ["R"]',
      '  - data.company: expected a text, got 5',
      '  - data.interviewDate: expected a civil date "YYYY-MM-DD", an ISO 8601 instant with offset such as "2026-12-03T15:00:00+01:00", or a Date, got 20261203',
      '  - data.candidate.name: missing or empty',
      '  - data.timline: not a field of "followUp", which reads role, recipient, company, interviewDate, timelineDate, candidate',
    ].join('\n'));
    expect((error as InvalidInputError).issues.map((i) => i.path.join('.'))).toEqual(['data.role', 'data.company', 'data.interviewDate', 'data.candidate.name', 'data.timline']);
    // An empty value beside a wrong one is listed with it, as is a wrong member of a person.
    expect((thrown(() => renderMessage('followUp', { candidate: { name: 7 }, company: ' ', role: 'R', interviewDate: '2026-12-03' } as never, { locale: 'en' })) as Error).message)
      .toBe('Invalid data for "followUp":\n  - data.company: missing or empty\n  - data.candidate.name: expected a text, got 7');
  });

  it('R5: missing values alone are a MissingFieldError naming each as data.<field>', () => {
    const error = thrown(() => renderMessage('followUp', {} as never, { locale: 'en' }));
    expect(error).toBeInstanceOf(MissingFieldError);
    expect((error as Error).message).toBe('Missing or empty values for template "followUp (en)": data.role, data.company, data.interviewDate, data.candidate.name.');
  });

  it('R5: a field the message does not read is said to be no field of it, with the fields it reads', () => {
    const data = { candidate: { name: 'A' }, company: 'C', role: 'R', interviewDate: '2026-12-03', timeline: 'x' };
    const error = thrown(() => renderMessage('followUp', data as never, { locale: 'en' }));
    expect(isFollowUpError(error, 'INVALID_ARGUMENT')).toBe(true);
    expect((error as Error).message)
      .toBe('Invalid data.timeline "x": expected one of the fields of "followUp", which reads role, recipient, company, interviewDate, timelineDate, candidate.');
  });

  it('names the path of a person, text or list of the wrong shape', () => {
    const cases: [MessageKind, Record<string, unknown>, string, RegExp][] = [
      ['followUp', { recipient: 'Bob' }, 'data.recipient', /expected an object \{ name\? \}/],
      ['followUp', { candidate: 'Ada' }, 'data.candidate', /expected an object \{ name \}/],
      ['thankYou', { interviewer: ['Anna'] }, 'data.interviewer', /expected an object \{ name, title\? \}/],
      ['thankYou', { interviewer: { name: 'Anna', title: 7 } }, 'data.interviewer.title', /expected a text/],
      ['followUp', { candidate: { name: 42 } }, 'data.candidate.name', /expected a text/],
      ['nextRoundReply', { format: 42 }, 'data.format', /expected a text/],
      ['offerDecline', { reason: ['x'] }, 'data.reason', /expected a text/],
      ['followUp', { role: 42 }, 'data.role', /expected a text/],
      ['nextRoundInvite', { interviewers: 42 }, 'data.interviewers', /expected a text, or an array of names/],
      ['offerNotice', { salary: Number.NaN }, 'data.salary', /a finite number/],
      ['offerNotice', { salary: true }, 'data.salary', /a finite number/],
    ];
    for (const [kind, patch, argument, expected] of cases) {
      const error = thrown(() => renderMessage(kind, { ...(messageSamples('en')[kind] as object), ...patch } as never, { locale: 'en', ...tz }));
      expect(error, argument).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument, argument).toBe(argument);
      expect((error as Error).message, argument).toMatch(expected);
    }
  });

  it('still treats null and blank values as missing', () => {
    const data = messageSamples('en').followUp;
    expect(renderMessage('followUp', { ...data, recipient: null } as never, { locale: 'en' }).text.split('\n')[0]).toBe('Dear Hiring Team,');
    expect(() => renderMessage('followUp', { ...data, role: null } as never, { locale: 'en' })).toThrow(MissingFieldError);
  });

  it('R3.5, R9: refuses a field the kind does not read, naming it and the fields there are', () => {
    // The recruiter's rejectionNotice offers feedback with feedbackOffer; askFeedback is the candidate's rejectionReply.
    const notice = messageSamples('de').rejectionNotice;
    const wrong = thrown(() => renderMessage('rejectionNotice', { ...notice, askFeedback: true } as never, { locale: 'de' }));
    expect(isFollowUpError(wrong, 'INVALID_ARGUMENT')).toBe(true);
    expect((wrong as Error).message).toMatch(/^Invalid data\.askFeedback true: expected one of the fields of "rejectionNotice", which reads .*feedbackOffer/);
    const update = messageSamples('de').statusUpdate;
    expect(() => renderMessage('statusUpdate', JSON.parse(JSON.stringify({ ...update, stag: 'Referenzen' })) as never, { locale: 'de' })).toThrow(/data\.stag .*did you mean "stage"/);
  });

  it('R3.5: a stage key, as candidateFacingStage gives it, is written as the language\'s stage phrase', () => {
    const update = messageSamples('de').statusUpdate;
    const text = renderMessage('statusUpdate', { ...update, stage: 'approvals' }, { locale: 'de' }).text;
    expect(text).not.toContain('approvals');
    expect(text).toContain(HIRING_STAGE_WORDS.de.approvals);
  });
});

describe('renderMessage: dates', () => {
  it('shows the year of a date in another year than the earliest date of the message', () => {
    const years = { responseDate: '2026-12-18', startDate: '2028-01-03' };
    const expected = {
      en: ['Monday, January 3, 2028', 'by Friday, December 18.'],
      de: ['Montag, 3. Januar 2028', 'bis Freitag, 18. Dezember.'],
      fr: ['lundi 3 janvier 2028', 'd’ici le vendredi 18 décembre.'],
      es: ['lunes 3 de enero de 2028', 'el viernes 18 de diciembre.'],
      pt: ['segunda-feira, 3 de janeiro de 2028', 'até sexta-feira, 18 de dezembro.'],
    };
    for (const locale of MESSAGE_LOCALES) {
      const text = renderMessage('offerNotice', { ...messageSamples(locale).offerNotice, ...years }, { locale }).text;
      for (const part of expected[locale]) expect(text, locale).toContain(part);
      expect(text, locale).not.toContain('2026');
    }
    const sameYear = renderMessage('offerNotice', { ...messageSamples('en').offerNotice, responseDate: '2027-01-08', startDate: '2027-02-01' }, { locale: 'en' }).text;
    expect(sameYear).toContain('Proposed start date: Monday, February 1\n');
    expect(sameYear).not.toMatch(/20\d\d/);
  });

  it('R5: a follow-up across the new year shows the year of the later date only; slots count as dates of the message', () => {
    const data = { ...messageSamples('en').followUp, interviewDate: '2026-12-30', timelineDate: '2027-01-05' };
    const text = renderMessage('followUp', data, { locale: 'en' }).text;
    expect(text).toContain('on Wednesday, December 30.');
    expect(text).toContain('by Tuesday, January 5, 2027.');
    const slots = ['2026-12-30T10:00:00+01:00', '2027-01-04T10:00:00+01:00'];
    const reply = renderMessage('nextRoundReply', { ...messageSamples('en').nextRoundReply, slots }, { locale: 'en', ...tz }).text;
    expect(reply).toContain('- Wednesday, December 30 at 10:00 AM GMT+1\n- Monday, January 4, 2027 at 10:00 AM GMT+1');
  });

  it('uses a dateFormat as given, year or not', () => {
    const data = { ...messageSamples('en').followUp, interviewDate: '2026-12-30', timelineDate: '2027-01-05' };
    const short = renderMessage('followUp', data, { locale: 'en', dateFormat: { month: 'short', day: 'numeric' } }).text;
    expect(short).toContain('on Dec 30.');
    expect(short).toContain('by Jan 5.');
    const full = renderMessage('followUp', data, { locale: 'en', dateFormat: { year: 'numeric', month: 'long', day: 'numeric' } }).text;
    expect(full).toContain('on December 30, 2026.');
    expect(full).toContain('by January 5, 2027.');
  });

  it('R5, R8: Spanish writes a date inside a sentence without the comma after the weekday; a slot line keeps it', () => {
    const es = messageSamples('es');
    expect(renderMessage('followUp', es.followUp, { locale: 'es' }).text).toContain('que tuvo lugar el jueves 3 de diciembre.');
    expect(renderMessage('offerReply', { ...es.offerReply, decisionDate: '2026-12-07' }, { locale: 'es' }).text).toContain('a más tardar, el lunes 7 de diciembre.');
    expect(renderMessage('statusUpdate', es.statusUpdate, { locale: 'es-MX' }).text).toContain('el viernes 18 de diciembre.');
    const reply = renderMessage('nextRoundReply', es.nextRoundReply, { locale: 'es', ...tz }).text;
    expect(reply).toContain('\n- lunes, 7 de diciembre, 10:00 CET\n');
    for (const kind of MESSAGE_KINDS) {
      const text = renderMessage(kind, es[kind] as never, { locale: 'es', ...tz }).text;
      expect(text, kind).not.toMatch(/\bel (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),/);
    }
    // Portuguese keeps the comma in running text: the date stands in apposition to the weekday.
    expect(renderMessage('offerReply', messageSamples('pt').offerReply, { locale: 'pt' }).text).toContain('até quarta-feira, 16 de dezembro.');
  });

  it('R10: writes a civil date given as a slot as the day; a slot that looks like an impossible date is an error', () => {
    const data = messageSamples('de').nextRoundReply;
    const out = renderMessage('nextRoundReply', { ...data, slots: ['2026-12-14', '2026-12-15T14:00:00+01:00', 'Mi vormittags'] }, { locale: 'de', ...tz });
    expect(out.text).toContain('\n\n- Montag, 14. Dezember\n- Dienstag, 15. Dezember um 14:00 MEZ\n- Mi vormittags\n\n');
    const error = thrown(() => renderMessage('nextRoundReply', { ...data, slots: ['2026-02-30'] }, { locale: 'de' }));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect((error as InvalidDateError).path).toBe('data.slots.0');
  });

  it('R5: a blank date is absent, like every other blank optional value', () => {
    const data = messageSamples('en').followUp;
    const without = renderMessage('followUp', { ...data, timelineDate: undefined }, { locale: 'en' });
    for (const timelineDate of ['', '   ']) {
      expect(renderMessage('followUp', { ...data, timelineDate }, { locale: 'en' })).toEqual(without);
    }
    expect(() => renderMessage('followUp', { ...data, interviewDate: '' }, { locale: 'en' })).toThrow(MissingFieldError);
  });
});

describe('renderMessage: salary and formats', () => {
  it('R8: writes a number salary for the locale', () => {
    // French groups digits with a narrow no-break space (U+202F) in current ICU data, a no-break space in older data.
    const fr = new Intl.NumberFormat('fr').format(78000.5);
    expect(fr).toMatch(/^78[\u00a0\u202f]000,5$/);
    const expected = { en: 'Salary: 78,000.5\n', de: 'Gehalt: 78.000,5\n', fr: `Salaire\u00a0: ${fr}\n`, es: 'Salario: 78.000,5\n', pt: 'Salário: 78.000,5\n' };
    for (const locale of MESSAGE_LOCALES) {
      expect(renderMessage('offerNotice', { ...messageSamples(locale).offerNotice, salary: 78000.5 }, { locale }).text, locale).toContain(expected[locale]);
    }
    expect(renderMessage('offerNotice', { ...messageSamples('de').offerNotice, salary: 78000 }, { locale: 'de-CH' }).text).toContain(`Gehalt: ${new Intl.NumberFormat('de-CH').format(78000)}\n`);
  });

  it('R10: German, Spanish and Portuguese name every format in a sentence that reads naturally', () => {
    for (const format of PREP_FORMATS) {
      const de = renderMessage('nextRoundReply', { ...messageSamples('de').nextRoundReply, format }, { locale: 'de', ...tz }).text;
      expect(de, format).toContain(`Ich nehme sie sehr gern an und freue mich auf den Termin (${PREP_FORMAT_LABELS.de[format]}).`);
      const es = renderMessage('nextRoundReply', { ...messageSamples('es').nextRoundReply, format }, { locale: 'es', ...tz }).text;
      expect(es, format).toContain(`La acepto con mucho gusto y espero con interés el encuentro (${PREP_FORMAT_LABELS.es[format]}).`);
      expect(es, format).not.toContain('formato de');
      const pt = renderMessage('nextRoundReply', { ...messageSamples('pt').nextRoundReply, format }, { locale: 'pt', ...tz }).text;
      expect(pt, format).toContain(`Aceito com muito prazer e aguardo com interesse o encontro (${PREP_FORMAT_LABELS.pt[format]}).`);
      expect(pt, format).not.toContain('formato de');
    }
  });
});

describe('renderMessage: values as forms give them', () => {
  it('R7: blank space around a value is trimmed, so a reason ending in a space or a line break keeps one full stop', () => {
    const spaced = {
      ...messageSamples('en').withdrawal, recipient: { name: '  Jordan Ellis  ' }, company: '  Acme  ', role: ' Dev ', reason: ' I moved.  ',
    };
    const en = renderMessage('withdrawal', spaced, { locale: 'en' });
    expect(en.subject).toBe('Withdrawing my application – Dev');
    expect(en.text).toContain('Dear Jordan Ellis,\n');
    expect(en.text).toContain('for the Dev position at Acme. I moved.\n');
    const de = renderMessage('offerDecline', { ...messageSamples('de').offerDecline, reason: 'Ich habe ein anderes Angebot angenommen.\n' }, { locale: 'de' });
    expect(de.text).toContain('Ich habe ein anderes Angebot angenommen. Die Entscheidung');
    expect(de.text).not.toMatch(/\n\./);
  });

  it('R10: a round held by phone, by video or on site is named as such, in every language, whatever its case', () => {
    const expected = {
      en: ['phone interview', 'video interview', 'on-site interview'],
      de: ['Telefoninterview', 'Videogespräch', 'Gespräch vor Ort'],
      fr: ['entretien téléphonique', 'entretien en visioconférence', 'entretien en présentiel'],
      es: ['entrevista telefónica', 'entrevista por videollamada', 'entrevista presencial'],
      pt: ['entrevista por telefone', 'entrevista por vídeo', 'entrevista presencial'],
    };
    for (const locale of MESSAGE_LOCALES) {
      for (const [i, formats] of [['phone', 'Phone'], ['video', 'VIDEO'], ['onsite', 'on-site', 'On Site']].entries()) {
        for (const format of formats) {
          const invite = renderMessage('nextRoundInvite', { ...messageSamples(locale).nextRoundInvite, format }, { locale, ...tz }).text;
          expect(invite, `${locale} ${format}`).toMatch(new RegExp(`Forma(?:t|to)\\u00a0?: ${expected[locale][i]}\\n`));
          const reply = renderMessage('nextRoundReply', { ...messageSamples(locale).nextRoundReply, format }, { locale, ...tz }).text;
          expect(reply, `${locale} ${format}`).toContain(`${expected[locale][i]}`);
          expect(reply, `${locale} ${format}`).not.toMatch(/\(format[^)]*\)/i);
        }
      }
    }
  });

  it('R5: English writes no comma between the weekday and the day, with or without the year; before the month it keeps it', () => {
    const data = { ...messageSamples('en').followUp, interviewDate: '2026-12-31', timelineDate: '2027-01-04' };
    const gb = renderMessage('followUp', data, { locale: 'en-GB' }).text;
    expect(gb).toContain('on Thursday 31 December.');
    expect(gb).toContain('by Monday 4 January 2027.');
    const us = renderMessage('followUp', data, { locale: 'en-US' }).text;
    expect(us).toContain('on Thursday, December 31.');
    expect(us).toContain('by Monday, January 4, 2027.');
  });

  it('R3.5, R3.4: European Portuguese writes the past "tomámos"; Canadian French writes "courriel"', () => {
    const pt = renderMessage('statusUpdate', messageSamples('pt').statusUpdate, { locale: 'pt-PT' }).text;
    expect(pt).toContain('Ainda não tomámos uma decisão.');
    expect(renderMessage('statusUpdate', messageSamples('pt').statusUpdate, { locale: 'pt-BR' }).text).toContain('Ainda não tomamos uma decisão.');
    const ca = renderMessage('referenceRequest', messageSamples('fr').referenceRequest, { locale: 'fr-CA', ...tz }).text;
    expect(ca).toContain('par courriel');
    expect(renderMessage('referenceRequest', messageSamples('fr').referenceRequest, { locale: 'fr', ...tz }).text).toContain('par e-mail');
  });
});

describe('renderMessage: a salary given as amount, currency and period', () => {
  it('R8: offerNotice writes the amount in the currency and the period in each language', () => {
    const salary = { amount: 78000, currency: 'EUR', period: 'year' } as const;
    // Intl writes the currency; the period is the language's own words.
    const expected = {
      en: `Salary: ${new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(78000)} per year\n`,
      de: `Gehalt: ${new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(78000)} pro Jahr\n`,
      fr: `Salaire\u00a0: ${new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(78000)} par an\n`,
      es: `Salario: ${new Intl.NumberFormat('es', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(78000)} al año\n`,
      pt: `Salário: ${new Intl.NumberFormat('pt', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(78000)} por ano\n`,
    };
    expect(expected.de).toBe('Gehalt: 78.000\u00a0€ pro Jahr\n');
    for (const locale of MESSAGE_LOCALES) {
      expect(renderMessage('offerNotice', { ...messageSamples(locale).offerNotice, salary }, { locale }).text, locale).toContain(expected[locale]);
    }
    // Cents are kept when there are any; no period, no period words.
    expect(renderMessage('offerNotice', { ...messageSamples('en').offerNotice, salary: { amount: 21.5, currency: 'USD', period: 'hour' } }, { locale: 'en-US' }).text).toContain('Salary: $21.50 per hour\n');
    expect(renderMessage('offerNotice', { ...messageSamples('en').offerNotice, salary: { amount: 65000, currency: 'GBP' } }, { locale: 'en-GB' }).text).toContain('Salary: £65,000\n');
  });

  it('R8: a bad amount, currency, period or field is an error naming its path', () => {
    const bad: [unknown, RegExp][] = [
      [{ amount: -1, currency: 'EUR' }, /^Invalid data\.salary\.amount -1: expected a finite number, 0 or more\.$/],
      [{ amount: Number.NaN, currency: 'EUR' }, /^Invalid data\.salary\.amount NaN/],
      [{ amount: 1, currency: 'EURO' }, /^Invalid data\.salary\.currency "EURO": expected an ISO 4217 currency code/],
      [{ amount: 1 }, /^Invalid data\.salary\.currency \(missing\)/],
      [{ amount: 1, currency: 'EUR', period: 'week' }, /^Invalid data\.salary\.period "week": expected "year", "month" or "hour", or no period\.$/],
      [{ amount: 1, currency: 'EUR', perod: 'year' }, /^Invalid data\.salary\.perod "year": expected one of the fields amount, currency, period\.$/],
    ];
    for (const [salary, message] of bad) {
      const e = thrown(() => renderMessage('offerNotice', { ...messageSamples('en').offerNotice, salary } as never, { locale: 'en' }));
      expect(isFollowUpError(e, 'INVALID_ARGUMENT'), String(e)).toBe(true);
      expect((e as Error).message).toMatch(message);
    }
  });
});

describe('options and data from plain JavaScript', () => {
  const followUp = { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer', interviewDate: '2026-12-03' };

  it('R5: a timeZone that is not an IANA zone is refused up front, though the data has no time to write in it', () => {
    for (const timeZone of ['Mars', 'Europe/Berln']) {
      const e = thrown(() => renderMessage('followUp', followUp, { locale: 'en', timeZone }));
      expect(isFollowUpError(e, 'UNKNOWN_TIME_ZONE'), String(e)).toBe(true);
      expect((e as Error).message).toContain('options.timeZone');
    }
    const e = thrown(() => renderMessage('followUp', followUp, { locale: 'en', timeZone: 5 } as never));
    expect(isFollowUpError(e, 'UNKNOWN_TIME_ZONE')).toBe(true);
    expect((e as Error).message).toMatch(/^Invalid options\.timeZone: unknown time zone 5: expected an IANA zone name/);
    // A valid zone, or none, still renders a date-only message.
    expect(renderMessage('followUp', followUp, { locale: 'en', timeZone: 'Europe/Berlin' }).text).toContain('December 3');
    expect(renderMessage('followUp', followUp, { locale: 'en', timeZone: undefined }).text).toContain('December 3');
  });

  it('R3.5: a field whose value is undefined counts as absent, as an option does', () => {
    const data = messageSamples('en').statusUpdate;
    expect(renderMessage('statusUpdate', { ...data, slots: undefined } as never, { locale: 'en' }).text)
      .toBe(renderMessage('statusUpdate', data, { locale: 'en' }).text);
    // A field with a value that the message does not read is still refused, naming the field meant.
    expect((thrown(() => renderMessage('statusUpdate', { ...data, stag: 'x' } as never, { locale: 'en' })) as Error).message)
      .toMatch(/^Invalid data\.stag "x": expected one of the fields of "statusUpdate", which reads .*\(did you mean "stage"\?\)\.$/);
  });
});
