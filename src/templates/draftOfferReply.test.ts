import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { InvalidArgumentError, InvalidDateError } from '../errors.js';
import { draftOfferReply } from './draftOfferReply.js';
import { thrown } from '../../test/helpers/thrown.js';

const data = { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer' };
const calendar = createCalendar();

describe('draftOfferReply', () => {
  it('R8.3: asks for 2 business days by default and names that date', () => {
    const thursday = draftOfferReply(data, { calendar, receivedOn: '2026-12-03', locale: 'en' });
    expect(thursday.decisionDate).toBe('2026-12-07');
    expect(thursday.text).toContain('by Monday, December 7');
    const friday = draftOfferReply(data, { calendar, receivedOn: '2026-12-04', locale: 'de' });
    expect(friday.decisionDate).toBe('2026-12-08');
    expect(friday.text).toContain('Dienstag, 8. Dezember');
  });

  it('R8.3: the policy\'s offerDecisionBusinessDays sets the date; businessDays, when given, wins', () => {
    expect(draftOfferReply(data, { calendar, receivedOn: '2026-12-04', locale: 'en', policy: { offerDecisionBusinessDays: 3 } }).decisionDate).toBe('2026-12-09');
    expect(draftOfferReply(data, { calendar, receivedOn: '2026-12-04', locale: 'en', policy: { offerDecisionBusinessDays: 3 }, businessDays: 1 }).decisionDate).toBe('2026-12-07');
    expect(() => draftOfferReply(data, { calendar, receivedOn: '2026-12-04', locale: 'en', policy: { offerDecisionBusinessDays: 0 } })).toThrow(InvalidArgumentError);
  });

  it('R8.3: the employer\'s own deadline comes first: the letter never promises an answer after it', () => {
    // Received Thursday 2026-12-03 late at night, "please confirm by tomorrow": the answer is promised for Friday, not Monday.
    const tight = draftOfferReply(data, { calendar, receivedOn: '2026-12-03', locale: 'en', deadline: '2026-12-04' });
    expect(tight.decisionDate).toBe('2026-12-04');
    expect(tight.text).toContain('by Friday, December 4');
    expect(tight.text).not.toContain('December 7');
    // A later deadline leaves the policy's date; the day of receipt itself is allowed.
    expect(draftOfferReply(data, { calendar, receivedOn: '2026-12-03', locale: 'en', deadline: '2026-12-18' }).decisionDate).toBe('2026-12-07');
    expect(draftOfferReply(data, { calendar, receivedOn: '2026-12-03', locale: 'fr', deadline: '2026-12-03' }).decisionDate).toBe('2026-12-03');
    const before = thrown(() => draftOfferReply(data, { calendar, receivedOn: '2026-12-03', locale: 'en', deadline: '2026-12-02' }));
    expect(before).toBeInstanceOf(InvalidDateError);
    expect((before as Error).message).toMatch(/^Invalid options\.deadline "2026-12-02": expected a civil date "YYYY-MM-DD" on or after receivedOn \(2026-12-03\)/);
  });

  it('R8.3: counts business days in the employer calendar (holidays, other weekends)', () => {
    const withHoliday = createCalendar({ holidays: ['2026-12-07'] });
    expect(draftOfferReply(data, { calendar: withHoliday, receivedOn: '2026-12-03', locale: 'en' }).decisionDate).toBe('2026-12-08');
    const friSat = createCalendar({ weekend: [5, 6] });
    expect(draftOfferReply(data, { calendar: friSat, receivedOn: '2026-12-03', locale: 'en' }).decisionDate).toBe('2026-12-07');
    expect(draftOfferReply(data, { calendar, receivedOn: '2026-12-03', businessDays: 1, locale: 'en' }).decisionDate).toBe('2026-12-04');
  });

  it('R8.1, R8.2: thanks, and asks for the offer in writing with salary, benefits and start date', () => {
    const { text } = draftOfferReply(data, { calendar, receivedOn: '2026-12-03', locale: 'en' });
    for (const cue of ['Thank you', 'in writing', 'salary', 'benefits', 'start date', 'Data Engineer', 'Acme']) expect(text).toContain(cue);
  });

  it('R8.1: a company ending with a full stop keeps one', () => {
    const es = draftOfferReply({ ...data, company: 'Viento Norte S.L.' }, { calendar, receivedOn: '2026-12-03', locale: 'es' });
    expect(es.text).toContain('en Viento Norte S.L. Es una noticia excelente');
    expect(es.text).toContain('el lunes 7 de diciembre.');
  });

  it('rejects data that is not an object, naming it', () => {
    for (const bad of [null, undefined, 'Ada', 42, []]) {
      const error = thrown(() => draftOfferReply(bad as never, { calendar, receivedOn: '2026-12-03', locale: 'en' }));
      expect(error, String(bad)).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('data');
    }
  });

  it('rejects a bad date, count or calendar', () => {
    expect(() => draftOfferReply(data, { calendar, receivedOn: '03.12.2026', locale: 'en' })).toThrow(InvalidDateError);
    for (const businessDays of [0, -1, 1.5, Number.NaN]) {
      expect(() => draftOfferReply(data, { calendar, receivedOn: '2026-12-03', businessDays, locale: 'en' })).toThrow(InvalidArgumentError);
    }
    expect(() => draftOfferReply(data, { calendar: {} as never, receivedOn: '2026-12-03', locale: 'en' })).toThrow(InvalidArgumentError);
  });
});
