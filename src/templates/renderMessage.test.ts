import { describe, expect, it } from 'vitest';
import { messageSamples, requiredOnlySamples } from '../../test/arbitraries/templates.js';
import { InvalidArgumentError, InvalidDateError, MissingFieldError, UnknownTimeZoneError } from '../errors.js';
import { MESSAGE_KINDS } from './messageData.js';
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
    const expected = { en: 'Wednesday, December 16', de: 'Mittwoch, 16. Dezember', fr: 'mercredi 16 décembre', es: 'miércoles, 16 de diciembre', pt: 'quarta-feira, 16 de dezembro' };
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
