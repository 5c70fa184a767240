import { fc, test } from '@fast-check/vitest';
import { parseFragment } from 'parse5';
import { describe, expect } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { MESSAGES } from '../../src/languages/messages.js';
import { draftThankYouNotes, type ThankYouInterviewer } from '../../src/templates/draftThankYouNotes.js';
import { MESSAGE_KINDS } from '../../src/templates/messageData.js';
import { renderMessage } from '../../src/templates/renderMessage.js';
import { MESSAGE_LOCALES } from '../../src/templates/resolveLocale.js';
import {
  companyArb, connectionArb, lineBreakValueArb, messageSamples, personNameArb, pointArb, roleArb, valueArb,
} from '../arbitraries/templates.js';

interface P5Node {
  nodeName: string;
  value?: string;
  childNodes?: P5Node[];
}

function walk(node: P5Node, elements: string[]): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName !== '#document-fragment') elements.push(node.nodeName);
  return (node.childNodes ?? []).map((c) => walk(c, elements)).join('');
}

const localeArb = fc.constantFrom(...MESSAGE_LOCALES);
const kindArb = fc.constantFrom(...MESSAGE_KINDS);

/** Replaces every string leaf of the sample data (except dates and slots) by an adversarial value. */
function poison(data: unknown, values: string[], next: () => string, key = ''): unknown {
  if (typeof data === 'string') {
    if (/Date$|^deadline$/.test(key)) return data;
    const v = next();
    values.push(v);
    return v;
  }
  if (Array.isArray(data)) return key === 'slots' ? data : data.map((d) => poison(d, values, next, key));
  if (typeof data === 'object' && data !== null) {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, poison(v, values, next, k)]));
  }
  return data;
}

describe('built-in messages with adversarial values', () => {
  test.prop([kindArb, localeArb, fc.array(valueArb, { minLength: 16, maxLength: 16 })])(
    'no tag left over, every value verbatim in text and parsed HTML, and no element injected',
    (kind, locale, pool) => {
      let i = 0;
      const values: string[] = [];
      const data = poison(messageSamples(locale)[kind], values, () => pool[i++ % pool.length] as string);
      const out = renderMessage(kind, data as never, { locale, timeZone: 'Europe/Berlin' });
      const all = values.join('\u0000');
      for (const token of ['{{', '}}']) if (!all.includes(token)) expect(out.subject + out.text + out.html).not.toContain(token);
      const elements: string[] = [];
      const shown = walk(parseFragment(out.html) as unknown as P5Node, elements);
      expect(elements.filter((e) => e !== 'p' && e !== 'br')).toEqual([]);
      for (const value of values) {
        // Inside the format slot a checklist key is translated; everything else is shown as given, without the blank
        // space around it.
        if (kind.startsWith('nextRound') && value === (data as { format?: string }).format) continue;
        const v = value.trim();
        expect(out.subject + out.text).toContain(v);
        if (out.text.includes(v)) expect(shown).toContain(v);
      }
    },
  );

  test.prop([kindArb, localeArb, lineBreakValueArb])('a line break in a value shown in the subject is rejected (header injection)', (kind, locale, bad) => {
    const data = messageSamples(locale)[kind] as Record<string, unknown>;
    const subject = MESSAGES[locale][kind].subject;
    // Every subject shows the role or the candidate's name; put the line break there.
    const field = subject.includes('{{role}}') ? 'role' : 'candidate.name';
    expect(subject).toContain(`{{${field}}}`);
    const poisoned = field === 'role' ? { ...data, role: bad } : { ...data, candidate: { name: bad } };
    expect(() => renderMessage(kind, poisoned as never, { locale, timeZone: 'Europe/Berlin' })).toThrow(InvalidArgumentError);
    expect(() => renderMessage(kind, poisoned as never, { locale, timeZone: 'Europe/Berlin' })).toThrow(/single line/);
  });

  test.prop([localeArb, fc.constantFrom('__proto__', 'constructor', 'toString'), valueArb])(
    'prototype keys in data are ignored: they never fill a field',
    (locale, key, value) => {
      const data = JSON.parse(JSON.stringify(messageSamples(locale).withdrawal)) as Record<string, unknown>;
      delete data['role'];
      Object.defineProperty(data, key, { value, enumerable: true, configurable: true, writable: true });
      expect(() => renderMessage('withdrawal', data as never, { locale })).toThrow(/role/);
    },
  );
});

const interviewersArb = fc
  .uniqueArray(fc.tuple(personNameArb, pointArb), { minLength: 1, maxLength: 6, selector: ([, point]) => point.toLowerCase() })
  .map((rows) => rows.map(([name, point], i): ThankYouInterviewer => ({ id: `i${i}`, name, points: [point] })));

describe('R1: per-interviewer thank-you notes', () => {
  test.prop([localeArb, roleArb, companyArb, personNameArb, connectionArb, interviewersArb])(
    'R1.1, R1.5: one note per interviewer, pairwise distinct, each with its own point and name verbatim',
    (locale, role, company, name, connection, interviewers) => {
      const notes = draftThankYouNotes({ company, role, interviewers }, { name, connection }, { locale });
      expect(notes).toHaveLength(interviewers.length);
      expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
      notes.forEach((note, i) => {
        const person = interviewers[i] as ThankYouInterviewer;
        expect(note.interviewerId).toBe(person.id);
        for (const v of [person.name, person.points[0] as string, role, company, connection, name]) expect(note.subject + note.text).toContain(v);
        for (const other of interviewers) if (other !== person) expect(note.text).not.toContain(`${other.points[0]}.`);
      });
    },
  );

  test.prop([localeArb, roleArb, companyArb, personNameArb, connectionArb, interviewersArb])(
    'R1.4: with realistic values the body stays within 150 words and the subject within 60 characters',
    (locale, role, company, name, connection, interviewers) => {
      const notes = draftThankYouNotes({ company, role, interviewers }, { name, connection }, { locale, onLimit: 'throw' });
      for (const note of notes) {
        expect(note.wordCount).toBeLessThanOrEqual(150);
        expect([...note.subject].length).toBeLessThanOrEqual(60);
        expect(note.warnings).toEqual([]);
      }
    },
  );
});
