/**
 * Invariants of the values a message is written from: a value that ends a sentence is never followed by a second full
 * stop, a flag is a boolean or nothing, a text field is a text, a blank date is no date, and a date shows its year
 * exactly when the year differs from that of the message's earliest date.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { defineTemplate } from '../../src/templates/defineTemplate.js';
import { MESSAGE_KINDS, type MessageKind } from '../../src/templates/messageData.js';
import { renderMessage } from '../../src/templates/renderMessage.js';
import { MESSAGE_LOCALES } from '../../src/templates/resolveLocale.js';
import { companyArb, lineValueArb, messageSamples } from '../arbitraries/templates.js';

const localeArb = fc.constantFrom(...MESSAGE_LOCALES);
const kindArb = fc.constantFrom(...MESSAGE_KINDS);
const options = { timeZone: 'Europe/Berlin' };

/** A company name that ends a sentence: a realistic or adversarial name, then ".", "!", "?" or "…". */
const finalCompanyArb = fc
  .tuple(fc.oneof(companyArb, lineValueArb.filter((v) => !/[.!?\u2026]$/.test(v))), fc.constantFrom('.', '!', '?', '\u2026', ' Inc.', ' S.L.', ' e.V.'))
  .map(([name, end]) => `${name}${end}`);

/** A value that is neither `true`, `false` nor `undefined`. */
const notAFlagArb = fc.anything().filter((v) => v !== undefined && typeof v !== 'boolean');

/** A value that is neither a string nor `null`/`undefined` (which stand for a missing text). */
const notATextArb = fc.anything().filter((v) => v !== undefined && v !== null && typeof v !== 'string');

describe('a value that ends a sentence', () => {
  test.prop([kindArb, localeArb, finalCompanyArb])(
    'R1, R5, R8–R10: no built-in message follows it with the template\'s own full stop',
    (kind, locale, company) => {
      const data = { ...(messageSamples(locale)[kind] as object), company };
      const out = renderMessage(kind, data as never, { locale, ...options });
      const shown = company.trim();
      expect(out.subject + out.text).toContain(shown);
      expect(out.subject + out.text).not.toContain(`${shown}.`);
    },
  );

  test.prop([lineValueArb.map((v) => v.replace(/[{}]/g, '_')), fc.constantFrom('', '.', '!', '?', '\u2026'), fc.constantFrom(' Next.', '\n\nNext.', '')])(
    'in a template of your own, "{{v}}." gives one mark whatever v ends with, and only a full stop is dropped',
    (value, end, after) => {
      const v = `${value}${end}`;
      const out = defineTemplate({ subject: 'Re: {{v}}.', body: `About {{v}}.${after}` }).render({ v });
      // Inserted without the blank space around it, so a trailing space does not hide the mark before it.
      const shown = v.trim();
      const stop = /[.!?\u2026]$/.test(shown) ? '' : '.';
      expect(out.subject).toBe(`Re: ${shown}${stop}`);
      expect(out.text).toBe(`About ${shown}${stop}${after}`);
    },
  );
});

describe('flags and texts of the built-in messages', () => {
  const flags: readonly (readonly [MessageKind, 'askFeedback' | 'feedbackOffer'])[] = [['rejectionReply', 'askFeedback'], ['rejectionNotice', 'feedbackOffer']];

  test.prop([fc.constantFrom(...flags), localeArb, notAFlagArb])('R9: no flag accepts a value that is not a boolean', ([kind, flag], locale, value) => {
    const data = { ...(messageSamples(locale)[kind] as object), [flag]: value };
    let error: unknown;
    try {
      renderMessage(kind, data as never, { locale });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(`data.${flag}`);
  });

  test.prop([fc.constantFrom(...flags), localeArb])('R9: true adds the paragraph, false and no value leave it out', ([kind, flag], locale) => {
    const base = messageSamples(locale)[kind] as object;
    const on = renderMessage(kind, { ...base, [flag]: true } as never, { locale });
    const off = renderMessage(kind, { ...base, [flag]: false } as never, { locale });
    const none = renderMessage(kind, { ...base, [flag]: undefined } as never, { locale });
    expect(none).toEqual(off);
    expect(on.wordCount).toBeGreaterThan(off.wordCount);
  });

  test.prop([kindArb, localeArb, fc.constantFrom('company', 'role', 'candidate.name'), notATextArb])(
    'a text field given anything but a text is an error naming its path',
    (kind, locale, field, value) => {
      const sample = messageSamples(locale)[kind] as Record<string, unknown>;
      const data = field === 'candidate.name' ? { ...sample, candidate: { name: value } } : { ...sample, [field]: value };
      let error: unknown;
      try {
        renderMessage(kind, data as never, { locale, ...options });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(`data.${field}`);
    },
  );
});

describe('dates of a message', () => {
  const dayArb = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  test.prop([localeArb, dayArb, dayArb])('a date shows its year exactly when the year differs from the earliest date of the message', (locale, responseDate, startDate) => {
    const data = { ...messageSamples(locale).offerNotice, responseDate, startDate, salary: undefined };
    const text = renderMessage('offerNotice', data, { locale }).text;
    const first = (responseDate < startDate ? responseDate : startDate).slice(0, 4);
    for (const day of [responseDate, startDate]) {
      const year = day.slice(0, 4);
      expect(text.includes(year), `${day} (first year ${first})`).toBe(year !== first);
    }
  });

  test.prop([localeArb, fc.stringMatching(/^[ \t]{0,4}$/)])('R5: a blank timelineDate is the same as none', (locale, blank) => {
    const data = messageSamples(locale).followUp;
    expect(renderMessage('followUp', { ...data, timelineDate: blank }, { locale })).toEqual(renderMessage('followUp', { ...data, timelineDate: undefined }, { locale }));
  });
});
