import { fc, test } from '@fast-check/vitest';
import MarkdownIt from 'markdown-it';
import { describe, expect } from 'vitest';
import type { Reflection } from '../../src/model/Reflection.js';
import { reflectionToMarkdown } from '../../src/planner/reflectionToMarkdown.js';
import { runs } from '../helpers/runs.js';

const md = new MarkdownIt({ html: true, linkify: false });

/** Text that Markdown would print for a value: one line, outer white space removed. */
const shown = (s: string): string => s.replace(/\r\n?|[\n\u0085\u2028\u2029]/g, ' ').trim();
const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', '\t', '#', '*', '_', '`', '[', ']', '(', ')', '<', '>', '&', '!', '|', '~', '-', '+', '=', '1', '.', '\\', 'é', '😀'), minLength: 1, maxLength: 30 })
  .filter((s) => s.trim() !== '');

const reflectionArb: fc.Arbitrary<Reflection> = fc.record({
  interviewId: fc.constant('r1'),
  writtenAt: fc.constant('2026-12-01T18:00:00Z'),
  questions: fc.array(fc.record({ question: text, answer: text }), { maxLength: 4 }),
  cultureTakeaways: fc.array(text, { maxLength: 3 }),
  roleTakeaways: fc.array(text, { maxLength: 3 }),
});

describe('R2 reflection export', () => {
  test.prop([reflectionArb], { numRuns: runs(200) })('values are shown as written and never change the document structure', (reflection) => {
    const tokens = md.parse(reflectionToMarkdown(reflection), {});
    const headings = tokens.filter((t) => t.type === 'heading_open').map((t) => t.tag);
    const sections = [reflection.questions.length > 0, (reflection.cultureTakeaways ?? []).length > 0, (reflection.roleTakeaways ?? []).length > 0].filter(Boolean).length;
    expect(headings).toEqual(['h1', ...(reflection.questions.length > 0 ? ['h2', ...reflection.questions.map(() => 'h3')] : []), ...Array<string>(sections - (reflection.questions.length > 0 ? 1 : 0)).fill('h2')]);
    expect(tokens.some((t) => t.type === 'html_block' || t.type === 'code_block' || t.type === 'fence' || t.type === 'hr')).toBe(false);
    const inline = tokens.filter((t) => t.type === 'inline');
    expect(inline.every((t) => (t.children ?? []).every((c) => c.type !== 'html_inline' && c.type !== 'link_open' && c.type !== 'code_inline' && c.type !== 's_open'))).toBe(true);
    const items = tokens.filter((t) => t.type === 'list_item_open').length;
    expect(items).toBe((reflection.cultureTakeaways ?? []).length + (reflection.roleTakeaways ?? []).length);
    const allText = inline.map((t) => (t.children ?? []).filter((c) => c.type === 'text').map((c) => c.content).join('')).join('\n');
    for (const q of reflection.questions) {
      expect(allText).toContain(shown(q.question));
      expect(allText).toContain(shown(q.answer ?? ''));
    }
    for (const item of [...(reflection.cultureTakeaways ?? []), ...(reflection.roleTakeaways ?? [])]) expect(allText).toContain(shown(item));
  });
});
