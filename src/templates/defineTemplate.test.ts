import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, isFollowUpError, MissingFieldError, TemplateSyntaxError } from '../errors.js';
import { defineTemplate } from './defineTemplate.js';
import { thrown } from '../../test/helpers/thrown.js';

const note = defineTemplate(
  {
    subject: 'Thank you, {{interviewer.name}} – {{role}}',
    body: 'Dear {{interviewer.name}},\n\nThanks for talking about {{point}}{{#interviewer.title}} as {{interviewer.title}}{{/interviewer.title}}.\n{{#extra}}\n\nP.S. {{extra}}\n{{/extra}}\n\nBest,\n{{candidate.name|A candidate}}',
  },
  { name: 'note' },
);

const data = { interviewer: { name: 'Ana Ruiz' }, role: 'Data Engineer', point: 'the data platform' };

describe('defineTemplate', () => {
  it('renders subject, text, html and word count', () => {
    const out = note.render({ ...data, candidate: { name: 'Ada' } });
    expect(out.subject).toBe('Thank you, Ana Ruiz – Data Engineer');
    expect(out.text).toBe('Dear Ana Ruiz,\n\nThanks for talking about the data platform.\n\nBest,\nAda');
    expect(out.html).toBe('<p>Dear Ana Ruiz,</p>\n<p>Thanks for talking about the data platform.</p>\n<p>Best,<br>\nAda</p>');
    expect(out.wordCount).toBe(12);
  });

  it('uses the fallback when a value is missing, empty or blank', () => {
    for (const candidate of [undefined, { name: '' }, { name: '  \t' }, { name: null }]) {
      expect(note.render({ ...data, candidate } as never).text.endsWith('Best,\nA candidate')).toBe(true);
    }
  });

  it('renders a section only when its value is present; an omitted paragraph leaves no blank lines', () => {
    const withAll = note.render({ ...data, interviewer: { name: 'Ana', title: 'CTO' }, extra: 'See you soon.' });
    expect(withAll.text).toBe('Dear Ana,\n\nThanks for talking about the data platform as CTO.\n\nP.S. See you soon.\n\nBest,\nA candidate');
    for (const extra of [undefined, '', ' ', false, null, []]) {
      expect(note.render({ ...data, extra } as never).text).toBe('Dear Ana Ruiz,\n\nThanks for talking about the data platform.\n\nBest,\nA candidate');
    }
  });

  it('treats true, numbers, non-empty arrays and objects as present sections', () => {
    const t = defineTemplate({ subject: 's', body: '{{#x}}yes{{/x}}' });
    for (const x of [true, 0, 7, 'a', ['a'], { a: 1 }]) expect(t.render({ x }).text).toBe('yes');
    expect(() => t.render({ x: Number.NaN })).toThrow(InvalidArgumentError);
  });

  it('raises MissingFieldError listing every missing required field at once, subject and body', () => {
    const error = thrown(() => note.render({ role: ' ', interviewer: {} } as never));
    expect(error).toBeInstanceOf(MissingFieldError);
    expect((error as MissingFieldError).fields).toEqual(['interviewer.name', 'role', 'point']);
    expect((error as Error).message).toBe('Missing or empty values for template "note": data.interviewer.name, data.role, data.point.');
    expect(isFollowUpError(error, 'MISSING_FIELD')).toBe(true);
  });

  it('requires a field inside a section only when the section renders', () => {
    const t = defineTemplate({ subject: 's', body: 'a{{#s}} {{b}}{{/s}}' });
    expect(t.render({}).text).toBe('a');
    expect((thrown(() => t.render({ s: true })) as MissingFieldError).fields).toEqual(['b']);
  });

  it('inserts values literally: a value containing tags is never expanded', () => {
    const t = defineTemplate({ subject: '{{a}}', body: '{{a}} {{b}}' });
    const out = t.render({ a: '{{b}}', b: '}} {{#x}}' });
    expect(out.subject).toBe('{{b}}');
    expect(out.text).toBe('{{b}} }} {{#x}}');
  });

  it('looks up own properties only: __proto__, constructor and toString never resolve', () => {
    const t = defineTemplate({ subject: 's', body: '{{constructor}} {{toString}} {{a.__proto__}} {{a.hasOwnProperty}}' });
    const error = thrown(() => t.render({ a: {} } as never)) as MissingFieldError;
    expect(error.fields).toEqual(['constructor', 'toString', 'a.__proto__', 'a.hasOwnProperty']);
    const inherited = Object.create({ constructor: 'x', toString: 'y' }) as object;
    expect(() => t.render(inherited as never)).toThrow(MissingFieldError);
    // An own "__proto__" key (as JSON.parse creates it) is an ordinary field.
    const own = defineTemplate({ subject: 's', body: '{{__proto__}}' });
    expect(own.render(JSON.parse('{"__proto__":"ok"}') as never).text).toBe('ok');
  });

  it('writes numbers with String() and rejects other value types naming the field', () => {
    const t = defineTemplate({ subject: 's', body: '{{n}}' });
    expect(t.render({ n: 42.5 }).text).toBe('42.5');
    expect(t.render({ n: 0 }).text).toBe('0');
    for (const bad of [true, ['a'], { a: 1 }, Number.POSITIVE_INFINITY, Number.NaN, 10n, Symbol('x'), () => 'x']) {
      const error = thrown(() => t.render({ n: bad } as never));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toContain('field "n"');
    }
  });

  it('rejects CR or LF in a subject value (header injection) but allows them in the body', () => {
    const t = defineTemplate({ subject: 'Re: {{x}}', body: '{{x}}' });
    for (const x of ['a\r\nBcc: victim@example.com', 'a\nb', 'a\rb', 'a\u2028b']) {
      const error = thrown(() => t.render({ x }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toMatch(/subject value "x"[\s\S]*single line/);
    }
    const body = defineTemplate({ subject: 's', body: '{{x}}' });
    expect(body.render({ x: 'a\nb' }).html).toBe('<p>a<br>\nb</p>');
  });

  it('escapes & < > " \' in the HTML output, values and template text alike', () => {
    const t = defineTemplate({ subject: 's', body: 'Q&A: {{x}}' });
    expect(t.render({ x: `<script>alert("x")</script> & 'y'` }).html).toBe(
      '<p>Q&amp;A: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
  });

  it('lists required and all fields in order of appearance', () => {
    expect(note.required).toEqual(['interviewer.name', 'role', 'point']);
    expect(note.fields).toEqual(['interviewer.name', 'role', 'point', 'interviewer.title', 'extra', 'candidate.name']);
  });

  it('reports syntax errors of the subject and body with line and column', () => {
    const e1 = thrown(() => defineTemplate({ subject: 'Hi {{name', body: '' })) as TemplateSyntaxError;
    expect(e1).toBeInstanceOf(TemplateSyntaxError);
    expect(e1.message).toMatch(/^Template subject: Unclosed/);
    expect([e1.line, e1.column]).toEqual([1, 4]);
    const e2 = thrown(() => defineTemplate({ subject: 'ok', body: 'line\n\n{{#a}}\n{{/b}}' })) as TemplateSyntaxError;
    expect(e2.message).toMatch(/^Template body: Closing tag/);
    expect([e2.line, e2.column]).toEqual([4, 1]);
    const e3 = thrown(() => defineTemplate({ subject: 'One\nTwo', body: '' })) as TemplateSyntaxError;
    expect(e3.message).toMatch(/single line/);
  });

  it('rejects a field used both as a value and as an object of fields', () => {
    const error = thrown(() => defineTemplate({ subject: '{{a}}', body: 'x\n {{a.b}}' })) as TemplateSyntaxError;
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect([error.line, error.column]).toEqual([2, 2]);
    expect(() => defineTemplate({ subject: 's', body: '{{#a}}{{a.b}}{{/a}}' })).not.toThrow();
  });

  it('rejects data that is not an object', () => {
    const t = defineTemplate({ subject: 's', body: 'b' });
    for (const bad of [null, 'x', 1, ['a']]) expect(() => t.render(bad as never)).toThrow(InvalidArgumentError);
  });

  it('drops the full stop written right after a value that already ends a sentence ("Acme Inc.", "Yahoo!")', () => {
    const t = defineTemplate({ subject: 'At {{company}}.', body: 'I enjoyed meeting the team at {{company}}. See you soon.' });
    for (const company of ['Acme Inc.', 'Viento Norte S.L.', 'Yahoo!', 'Why Not?', 'Etc…']) {
      const out = t.render({ company });
      expect(out.subject, company).toBe(`At ${company}`);
      expect(out.text, company).toBe(`I enjoyed meeting the team at ${company} See you soon.`);
      expect(out.html, company).not.toContain(`${company}.`);
    }
    expect(t.render({ company: 'Acme' }).text).toBe('I enjoyed meeting the team at Acme. See you soon.');
    // Only a full stop is merged; other punctuation, and an ellipsis written with three dots, stay.
    expect(defineTemplate({ subject: 's', body: '{{a}}, {{a}}: {{a}}...' }).render({ a: 'Inc.' }).text).toBe('Inc., Inc.: Inc....');
    expect(defineTemplate({ subject: 's', body: '{{a}} .' }).render({ a: 'Inc.' }).text).toBe('Inc. .');
  });

  it('merges the full stop across a section end, and after a fallback, but never after literal text', () => {
    const t = defineTemplate({ subject: 's', body: 'Glad to accept{{#format}} the {{format}}{{/format}}. Greetings from {{city|St. Gallen, Switz.}}.' });
    expect(t.render({ format: 'case study (approx.)' } as never).text).toBe('Glad to accept the case study (approx.). Greetings from St. Gallen, Switz.');
    expect(t.render({ format: 'Q&A.' } as never).text).toBe('Glad to accept the Q&A. Greetings from St. Gallen, Switz.');
    expect(t.render({} as never).text).toBe('Glad to accept. Greetings from St. Gallen, Switz.');
    expect(t.render({ format: 'Q&A.', city: 'Zug' } as never).text).toBe('Glad to accept the Q&A. Greetings from Zug.');
    const literal = defineTemplate({ subject: 's', body: 'Mr.{{#x}}{{/x}}. {{a}}{{#x}}!{{/x}}.' });
    expect(literal.render({ a: 'A.', x: false } as never).text).toBe('Mr.. A.');
    expect(literal.render({ a: 'A.', x: true } as never).text).toBe('Mr.. A.!.');
  });

  it('is immutable', () => {
    expect(Object.isFrozen(note)).toBe(true);
    expect(Object.isFrozen(note.required)).toBe(true);
  });
});
