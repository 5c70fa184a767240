import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError, UnknownTimeZoneError } from '../errors.js';
import { formatMessageDate, MESSAGE_SLOT_FORMAT } from './formatMessageDate.js';
import { thrown } from '../../test/helpers/thrown.js';

describe('formatMessageDate', () => {
  it('writes civil dates for the locale: "Thursday, December 3" / "Donnerstag, 3. Dezember"', () => {
    expect(formatMessageDate('2026-12-03', 'en')).toBe('Thursday, December 3');
    expect(formatMessageDate('2026-12-03', 'de')).toBe('Donnerstag, 3. Dezember');
    expect(formatMessageDate('2026-12-03', 'fr')).toBe('jeudi 3 décembre');
    expect(formatMessageDate('2026-12-03', 'es')).toBe('jueves, 3 de diciembre');
    expect(formatMessageDate('2027-01-07', 'de-AT')).toBe('Donnerstag, 7. Jänner');
  });

  it('writes the first of the month as "1er" in French', () => {
    expect(formatMessageDate('2027-02-01', 'fr')).toBe('lundi 1er février');
    expect(formatMessageDate('2027-02-01', 'fr-CA')).toBe('lundi 1er février');
    expect(formatMessageDate('2027-02-11', 'fr')).toBe('jeudi 11 février');
    expect(formatMessageDate('2027-02-01', 'en')).toBe('Monday, February 1');
    expect(formatMessageDate('2027-02-01T09:00:00+01:00', 'fr', { timeZone: 'Europe/Paris', dateFormat: MESSAGE_SLOT_FORMAT })).toBe('lundi 1er février à 09:00 UTC+1');
  });

  it('writes a civil date as the same day in every zone; an instant as its day in the given zone', () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'America/Los_Angeles']) {
      expect(formatMessageDate('2026-12-03', 'en', { timeZone })).toBe('Thursday, December 3');
    }
    expect(formatMessageDate('2026-12-04T02:00:00Z', 'en', { timeZone: 'America/New_York' })).toBe('Thursday, December 3');
    expect(formatMessageDate('2026-12-04T02:00:00Z', 'en', { timeZone: 'Asia/Tokyo' })).toBe('Friday, December 4');
  });

  it('writes a date as it stands alone: Spanish keeps the comma after the weekday', () => {
    expect(formatMessageDate('2026-12-03', 'es')).toBe('jueves, 3 de diciembre');
    expect(formatMessageDate('2026-12-03', 'es-MX')).toBe('jueves, 3 de diciembre');
  });

  it('refuses a locale without built-in wording, as renderMessage does, unless a fallback is named', () => {
    for (const locale of ['xx', 'it', 'ja-JP']) {
      const error = thrown(() => formatMessageDate('2026-12-03', locale));
      expect(error, locale).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('locale');
      expect((error as Error).message).toMatch(/built-in wording: "en", "de", "fr", "es", "pt".*fallback/);
    }
    expect(formatMessageDate('2026-12-03', 'ja-JP', { fallback: 'en' })).toBe('Thursday, December 3');
    expect(() => formatMessageDate('2026-12-03', 'en_US')).toThrow(InvalidArgumentError);
    expect(() => formatMessageDate('2026-12-03', 42 as never)).toThrow(InvalidArgumentError);
  });

  it('rejects anything else with a typed error', () => {
    expect(() => formatMessageDate('2026-13-01', 'en')).toThrow(InvalidDateError);
    expect(() => formatMessageDate('Dec 3', 'en')).toThrow(InvalidDateError);
    expect(() => formatMessageDate(20791 as never, 'en')).toThrow(InvalidDateError);
    expect(() => formatMessageDate('2026-12-03T10:00:00', 'en', { timeZone: 'UTC' })).toThrow(InvalidDateError);
    expect(() => formatMessageDate('2026-12-03T10:00:00Z', 'en')).toThrow(InvalidArgumentError);
    expect(() => formatMessageDate('2026-12-03T10:00:00Z', 'en', { timeZone: 'Nowhere/City' })).toThrow(UnknownTimeZoneError);
  });
});
