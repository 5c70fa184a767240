import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { PolicyField } from '../src/_lib/policyFields.js';
import { generatedPage, POLICY_DOCS, ROOT } from '../scripts/policy-docs.js';

// The policy descriptors (src/policy.ts, src/hiringPolicy.ts) are the one place each default, bound and rule id
// is written. These tests keep the docs and the doc comments from drifting away from them.

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const FIELDS: Readonly<Record<string, PolicyField>> = Object.assign({}, ...POLICY_DOCS.map((d) => d.fields));
const SOURCES = { 'src/policy.ts': 'POLICY_FIELDS', 'src/hiringPolicy.ts': 'HIRING_POLICY_FIELDS' };

/** The numbers a default is written with, in order: `[1]`, `[7, 10]` for a window. */
const numbersOf = (field: PolicyField): number[] => (field.kind === 'window' ? [field.default.from, field.default.to] : [field.default]);

describe('policy docs are generated from the descriptors', () => {
  it.each(POLICY_DOCS.map((d) => [d.file, d]))('%s holds the table scripts/policy-docs.ts writes (run `npx tsx scripts/policy-docs.ts` after changing a policy)', (file, doc) => {
    expect(read(file)).toBe(generatedPage(doc));
  });

  it('R1–R11: every field cites a rule and describes itself in one line', () => {
    expect(Object.keys(FIELDS).length).toBeGreaterThanOrEqual(15);
    for (const [name, field] of Object.entries(FIELDS)) {
      expect(field.rule, name).toMatch(/^R\d+(\.\d+)?$/);
      expect(field.description, name).toMatch(/^[A-Z].*\.$/);
      expect(field.description, name).not.toContain('\n');
    }
  });

  it.each(Object.entries(SOURCES))('%s: the doc comment of each field gives its default (@defaultValue) and its rule', (file, name) => {
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
    const checked: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.name.getText() === name) {
        const table = (node.initializer as ts.AsExpression).expression as ts.ObjectLiteralExpression;
        for (const property of table.properties) {
          const key = property.name!.getText();
          const field = FIELDS[key]!;
          const tag = ts.getJSDocTags(property).find((t) => t.tagName.text === 'defaultValue');
          const written = [...String(ts.getTextOfJSDocComment(tag?.comment) ?? '').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
          expect(written, `${file}: ${key}`).toEqual(numbersOf(field));
          expect(ts.getJSDocCommentsAndTags(property).map((c) => c.getText()).join('\n'), `${file}: ${key}`).toContain(`${field.rule}`);
          checked.push(key);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(checked.length).toBeGreaterThan(0);
  });

  // Other pages repeat some defaults in tables of their own ("| `graceBusinessDays` | 1: the earliest … |").
  it.each(readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`))('%s: every "default" table states the default of the policy keys it names', (file) => {
    const mismatches: string[] = [];
    let defaultTable = false;
    for (const line of read(file).split('\n')) {
      if (!line.startsWith('|')) { defaultTable = false; continue; }
      const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      if (cells[1] === 'default') { defaultTable = true; continue; }
      if (!defaultTable) continue;
      const keys = cells[0]!.split(' / ').map((k) => /^`(\w+)`$/.exec(k)?.[1]);
      const values = keys.length > 1 ? cells[1]!.split(' / ') : [cells[1]!];
      keys.forEach((key, i) => {
        const field = key === undefined ? undefined : FIELDS[key];
        if (field === undefined) return;
        const stated = [...(values[i] ?? '').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])).slice(0, numbersOf(field).length);
        if (JSON.stringify(stated) !== JSON.stringify(numbersOf(field))) mismatches.push(`${key}: "${values[i]}" should state ${numbersOf(field).join(' to ')}`);
      });
    }
    expect(mismatches).toEqual([]);
  });
});
