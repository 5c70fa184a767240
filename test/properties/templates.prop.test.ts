import { fc, test } from '@fast-check/vitest';
import { parseFragment } from 'parse5';
import { describe, expect } from 'vitest';
import { InvalidArgumentError, MissingFieldError, TemplateSyntaxError } from '../../src/errors.js';
import { defineTemplate } from '../../src/templates/defineTemplate.js';
import { identArb, lineBreakValueArb, lineValueArb, valueArb } from '../arbitraries/templates.js';

interface P5Node {
  nodeName: string;
  value?: string;
  attrs?: unknown[];
  childNodes?: P5Node[];
}

/** Elements and text of a parsed HTML fragment: text of each `<p>`, with `<br>` as nothing (the `\n` after it is text). */
function inspectHtml(html: string): { elements: string[]; attributes: number; paragraphs: string[] } {
  const root = parseFragment(html) as unknown as P5Node;
  const elements: string[] = [];
  let attributes = 0;
  const paragraphs: string[] = [];
  const textOf = (node: P5Node): string => {
    if (node.nodeName === '#text') return node.value ?? '';
    elements.push(node.nodeName);
    attributes += node.attrs?.length ?? 0;
    return (node.childNodes ?? []).map(textOf).join('');
  };
  for (const child of root.childNodes ?? []) {
    if (child.nodeName === '#text') {
      if ((child.value ?? '').trim() !== '') paragraphs.push(child.value ?? '');
      continue;
    }
    paragraphs.push(textOf(child));
  }
  return { elements, attributes, paragraphs };
}

const letter = defineTemplate({
  subject: 'Thank you, {{to.name}} – {{role}}',
  body: 'Dear {{to.name}},\n\nThank you for discussing the {{role}} role at {{company}}.{{#extra}} {{extra}}{{/extra}}\n{{#note}}\n\n{{note}}\n{{/note}}\n\nBest regards,\n{{from|A candidate}}',
});

const dataArb = fc.record(
  { to: fc.record({ name: valueArb }), role: valueArb, company: valueArb, extra: valueArb, note: valueArb, from: valueArb },
  { requiredKeys: ['to', 'role', 'company'] },
);

/** The expected text, built by hand: the oracle for rendering. */
type LetterData = typeof dataArb extends fc.Arbitrary<infer T> ? T : never;

/** The template's own full stop after `{{company}}`, dropped when the value already ends a sentence ("Acme Inc."). */
const stopAfter = (value: string): string => (/[.!?\u2026]$/.test(value) ? '' : '.');

/** A value as inserted: without the blank space around it. */
const v = (value: string): string => value.trim();

function expectedText(d: LetterData): string {
  const company = v(d.company);
  return `Dear ${v(d.to.name)},\n\nThank you for discussing the ${v(d.role)} role at ${company}${stopAfter(company)}${d.extra === undefined ? '' : ` ${v(d.extra)}`}\n${d.note === undefined ? '' : `\n${v(d.note)}\n`}\nBest regards,\n${d.from === undefined ? 'A candidate' : v(d.from)}`;
}

describe('template engine with adversarial values', () => {
  test.prop([dataArb])('text equals the hand-built oracle: values inserted literally, never re-expanded', (d) => {
    const out = letter.render(d);
    expect(out.text).toBe(expectedText(d));
    expect(out.subject).toBe(`Thank you, ${v(d.to.name)} – ${v(d.role)}`);
  });

  test.prop([dataArb])('no "{{" or "}}" in any output unless a value contained it', (d) => {
    const out = letter.render(d);
    const values = [d.to.name, d.role, d.company, d.extra, d.note, d.from].filter((v) => v !== undefined).join('\u0000');
    for (const token of ['{{', '}}']) {
      if (!values.includes(token)) {
        expect(out.subject).not.toContain(token);
        expect(out.text).not.toContain(token);
        expect(out.html).not.toContain(token);
      }
    }
  });

  test.prop([dataArb])('HTML parses to <p>/<br> only, without attributes, and shows every value verbatim', (d) => {
    const out = letter.render(d);
    const { elements, attributes, paragraphs } = inspectHtml(out.html);
    expect(new Set(elements).size <= 2 && elements.every((e) => e === 'p' || e === 'br')).toBe(true);
    expect(attributes).toBe(0);
    const shown = paragraphs.join('\n\n');
    for (const value of [d.to.name, d.role, d.company, d.extra, d.note, d.from]) if (value !== undefined) expect(shown).toContain(v(value));
    // The escaped HTML never contains a raw "<" other than our own tags.
    expect(out.html.replace(/<\/?p>|<br>/g, '')).not.toMatch(/[<>]/);
  });

  test.prop([dataArb, lineBreakValueArb, fc.constantFrom('to.name', 'role')])('a line break in a subject value is always rejected (header injection)', (d, bad, field) => {
    const data = field === 'role' ? { ...d, role: bad } : { ...d, to: { name: bad } };
    expect(() => letter.render(data)).toThrow(InvalidArgumentError);
  });

  test.prop([dataArb, fc.constantFrom('\n', '\r\n', ' \t', '\u2028'), fc.constantFrom('to.name', 'role')])(
    'blank space around a subject value (a form field\'s trailing line break) is trimmed, not refused',
    (d, blank, field) => {
      const data = field === 'role' ? { ...d, role: `${blank}${d.role}${blank}` } : { ...d, to: { name: `${d.to.name}${blank}` } };
      expect(letter.render(data).subject).toBe(`Thank you, ${v(d.to.name)} – ${v(d.role)}`);
    },
  );

  test.prop([dataArb, fc.subarray(['to', 'role', 'company'] as const, { minLength: 1 }), fc.constantFrom(undefined, '', '   ', '\n\t')])(
    'MissingFieldError lists exactly the missing required fields, all at once',
    (d, drop, blank) => {
      const data: Record<string, unknown> = { ...d };
      for (const key of drop) data[key] = key === 'to' ? { name: blank } : blank;
      let error: unknown;
      try {
        letter.render(data as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(MissingFieldError);
      const expected = ['to.name', 'role', 'company'].filter((f) => drop.includes(f.split('.')[0] as never));
      expect((error as MissingFieldError).fields).toEqual(expected);
    },
  );

  test.prop([fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'), lineValueArb])(
    'prototype keys never resolve unless they are own data',
    (key, value) => {
      const t = defineTemplate({ subject: 's', body: `{{${key}}}` });
      expect(() => t.render({} as never)).toThrow(MissingFieldError);
      expect(() => t.render(Object.create({ [key]: value }) as never)).toThrow(MissingFieldError);
      const own = JSON.parse(JSON.stringify({ [key]: value })) as Record<string, unknown>;
      if (key === '__proto__') Object.defineProperty(own, '__proto__', { value, enumerable: true });
      expect(t.render(own as never).text).toBe(v(value));
    },
  );
});

type Piece = { kind: 'text'; text: string } | { kind: 'field'; name: string; fallback?: string } | { kind: 'section'; name: string; inner: Piece[] };

const plainTextArb = fc.string({ maxLength: 10 }).map((s) => s.replace(/[{}]/g, '_'));
const piecesArb: fc.Arbitrary<Piece[]> = fc.letrec<{ pieces: Piece[] }>((tie) => ({
  pieces: fc.array(
    fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      plainTextArb.map((text): Piece => ({ kind: 'text', text })),
      fc.tuple(identArb, fc.option(lineValueArb.map((s) => s.replace(/[{}|]/g, '_')), { nil: undefined })).map(([name, fallback]): Piece =>
        fallback === undefined || fallback.trim() === '' ? { kind: 'field', name } : { kind: 'field', name, fallback },
      ),
      fc.tuple(identArb.map((n) => `s_${n}`), tie('pieces')).map(([name, inner]): Piece => ({ kind: 'section', name, inner })),
    ),
    { maxLength: 6 },
  ),
})).pieces;

function sourceOf(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'field' ? `{{${p.name}${p.fallback === undefined ? '' : `|${p.fallback}`}}}` : `{{#${p.name}}}${sourceOf(p.inner)}{{/${p.name}}}`))
    .join('');
}

function sectionNames(pieces: readonly Piece[], open: string[] = []): boolean {
  return pieces.every((p) => p.kind !== 'section' || (!open.includes(p.name) && sectionNames(p.inner, [...open, p.name])));
}

describe('template parser', () => {
  test.prop([fc.string({ maxLength: 60 })])('arbitrary text either parses or throws TemplateSyntaxError with a valid position', (source) => {
    try {
      defineTemplate({ subject: 's', body: source });
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateSyntaxError);
      const { line, column } = e as TemplateSyntaxError;
      expect(line).toBeGreaterThanOrEqual(1);
      expect(column).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(source.split(/\r\n|\r|\n/).length);
    }
  });

  test.prop([piecesArb, lineValueArb])('well-formed generated templates parse and render with no tag left over', (pieces, value) => {
    fc.pre(sectionNames(pieces));
    const source = sourceOf(pieces);
    let template;
    try {
      template = defineTemplate({ subject: 'x', body: source });
    } catch (e) {
      // Only a name used both as a value and as a section parent may be refused here.
      expect(e).toBeInstanceOf(TemplateSyntaxError);
      return;
    }
    const safe = value.replace(/[{}]/g, '_');
    const data = Object.fromEntries(template.fields.map((f) => [f, safe]));
    const out = template.render(data);
    expect(out.text).not.toMatch(/\{\{|\}\}/);
  });
});
