import { describe, expect, it } from 'vitest';
import { isFollowUpError, TemplateSyntaxError } from '../errors.js';
import { MAX_SECTION_DEPTH, parseTemplate, positionOf } from './parseTemplate.js';

function syntaxError(source: string, singleLine = false): TemplateSyntaxError {
  try {
    parseTemplate(source, { singleLine });
  } catch (e) {
    if (e instanceof TemplateSyntaxError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(source)} to be rejected`);
}

describe('parseTemplate', () => {
  it('parses text, fields, fallbacks and sections', () => {
    expect(parseTemplate('Hi {{name|there}}')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'field', name: 'name', path: ['name'], offset: 3, fallback: 'there' },
    ]);
    const [section] = parseTemplate('{{#a.b}}x {{c.d}}{{/a.b}}');
    expect(section).toMatchObject({ kind: 'section', name: 'a.b', path: ['a', 'b'], wholeLine: true });
    expect(section?.kind === 'section' && section.children).toEqual([
      { kind: 'text', text: 'x ' },
      { kind: 'field', name: 'c.d', path: ['c', 'd'], offset: 10 },
    ]);
  });

  it('keeps single braces and a fallback containing "|" as literal text', () => {
    expect(parseTemplate('a { b } c {{x|y|z}}')).toEqual([
      { kind: 'text', text: 'a { b } c ' },
      { kind: 'field', name: 'x', path: ['x'], offset: 10, fallback: 'y|z' },
    ]);
  });

  it('normalises CRLF and CR line endings to LF', () => {
    expect(parseTemplate('a\r\nb\rc')).toEqual([{ kind: 'text', text: 'a\nb\nc' }]);
  });

  it('drops the line of a section tag that stands alone on it', () => {
    const nodes = parseTemplate('A\n  {{#s}}  \nB\n{{/s}}\nC');
    expect(nodes).toEqual([
      { kind: 'text', text: 'A\n' },
      { kind: 'section', name: 's', path: ['s'], offset: 4, wholeLine: true, children: [{ kind: 'text', text: 'B\n' }] },
      { kind: 'text', text: 'C' },
    ]);
  });

  it.each([
    ['a {{b', 1, 3, /Unclosed "\{\{"/],
    ['a {{b\n}}', 1, 3, /Unclosed "\{\{"/],
    ['a }} b', 1, 3, /Stray "\}\}"/],
    ['ok\n  x }}', 2, 5, /Stray "\}\}"/],
    ['{{#a}}x', 1, 1, /Unclosed section \{\{#a\}\}/],
    ['x\n{{#a}}{{/b}}', 2, 7, /does not match the open section \{\{#a\}\} \(line 2, column 1\)/],
    ['{{/a}}', 1, 1, /has no matching \{\{#a\}\}/],
    ['{{}}', 1, 3, /Empty path/],
    ['{{#}}{{/}}', 1, 4, /Empty section name/],
    ['{{a b}}', 1, 4, /Invalid character " " in path "a b"/],
    ['{{ a}}', 1, 3, /Invalid character " "/],
    ['{{1a}}', 1, 3, /Invalid character "1"/],
    ['{{a-b}}', 1, 4, /Invalid character "-"/],
    ['{{a..b}}', 1, 5, /Empty segment in path "a\.\.b"/],
    ['{{.a}}', 1, 3, /Empty segment/],
    ['{{a.}}', 1, 5, /Empty segment/],
    ['{{#a}}{{#a}}{{/a}}{{/a}}', 1, 7, /nested inside a section of the same name/],
    ['{{#a}}{{#b}}{{#a}}{{/a}}{{/b}}{{/a}}', 1, 13, /nested inside a section of the same name/],
    ['{{{a}}}', 1, 1, /Triple braces/],
    ['{{a {{b}}', 1, 1, /another "\{\{" starts/],
    ['{{!comment}}', 1, 1, /Unsupported tag "\{\{!"/],
    ['{{>partial}}', 1, 1, /Unsupported tag "\{\{>"/],
    ['{{^inverted}}{{/inverted}}', 1, 1, /Unsupported tag "\{\{\^"/],
    ['{{&raw}}', 1, 1, /Unsupported tag "\{\{&"/],
    ['{{a|}}', 1, 4, /Empty fallback/],
    ['{{a|   }}', 1, 4, /Empty fallback/],
    ['{{#a|x}}{{/a}}', 1, 5, /no fallback/],
    ['😀 {{a b}}', 1, 6, /Invalid character/],
    ['x\r\ny {{', 2, 3, /Unclosed/],
  ])('rejects %j at line %i, column %i', (source, line, column, message) => {
    const error = syntaxError(source);
    expect(error.message).toMatch(message);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toContain(`(line ${line}, column ${column})`);
    expect(isFollowUpError(error, 'TEMPLATE_SYNTAX')).toBe(true);
  });

  it('rejects a line break in a one-line template (the subject)', () => {
    const error = syntaxError('Hello\nBcc: x@example.com', true);
    expect(error.message).toMatch(/single line/);
    expect([error.line, error.column]).toEqual([1, 6]);
  });

  it('limits section nesting to MAX_SECTION_DEPTH levels', () => {
    const nest = (depth: number): string => {
      const names = Array.from({ length: depth }, (_, i) => `s${i}`);
      return names.map((n) => `{{#${n}}}`).join('') + 'x' + [...names].reverse().map((n) => `{{/${n}}}`).join('');
    };
    expect(() => parseTemplate(nest(MAX_SECTION_DEPTH))).not.toThrow();
    const error = syntaxError(nest(MAX_SECTION_DEPTH + 1));
    expect(error.message).toMatch(/nested more than 32 levels/);
    expect(error.column).toBe(1 + MAX_SECTION_DEPTH * '{{#s0}}'.length + (MAX_SECTION_DEPTH - 10));
  });

  it('positionOf counts CRLF as one break and a surrogate pair as one column', () => {
    expect(positionOf('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
    expect(positionOf('😀x', 2)).toEqual({ line: 1, column: 2 });
  });

  it('parses a long template in linear time (no backtracking)', () => {
    const unit = 'Dear {{a.b|x}}, {{#s}}text {{c}}{{/s}} { } ';
    const big = unit.repeat(20_000);
    expect(parseTemplate(big)).toHaveLength(20_000 * 4 + 1);
    // Pathological inputs for a backtracking regex: many "{" or "|" without a close fail fast.
    expect(() => parseTemplate('{{a' + '|'.repeat(200_000))).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate('{'.repeat(200_001))).toThrow(TemplateSyntaxError);
  });
});
