import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Rule ids (R1 … R11, R4.2 …) are defined once, in our own words, in docs/rules.md. Every id that
// a user can meet (README, guides, doc comments rendered on the API site) must be defined there,
// and every mention in the README and the guides' prose must link to its definition.

const ROOT = join(import.meta.dirname, '..');
const RULES = 'docs/rules.md';
const ID = /\bR(\d+)(?:\.(\d+))?(?![\d.]\d)/g;

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const guides = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
const userDocs = ['README.md', ...guides];

/**
 * The source files whose words a user may meet (messages, errors, TSDoc): not tests, and not generated data such as the
 * encoded weights, whose letters can spell an id ("…R24…") by chance.
 */
function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.ts') && !/\.(test(-d)?|generated)\.ts$/.test(e.name) ? [`${dir}/${e.name}`] : []);
}

/**
 * The heading anchor GitHub and typedoc both give a heading made of letters, digits, spaces and
 * simple punctuation: lower case, punctuation dropped, spaces turned into hyphens.
 */
const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

/** The ids docs/rules.md defines, each by a heading such as `### R4.2 One full business day of grace`, and their anchors. */
function definitions(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const m of read(RULES).matchAll(/^#{2,3} (R\d+(?:\.\d+)?) (.+)$/gm)) ids.set(m[1]!, slug(`${m[1]} ${m[2]}`));
  return ids;
}

/** Every id mentioned in `text` ("R4.1–R4.3" mentions R4.1 and R4.3; "R1.3b" mentions R1.3). */
function mentionedIds(text: string): string[] {
  return [...text.matchAll(ID)].map((m) => m[0]);
}

/** Markdown without fenced code blocks, inline code and HTML comments: the prose a reader sees. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

describe('docs/rules.md defines every rule id a user meets', () => {
  const defined = definitions();

  it('gives every definition a heading whose anchor GitHub and typedoc agree on', () => {
    for (const m of read(RULES).matchAll(/^#{2,3} (R\d.*)$/gm)) expect(m[1], 'letters, digits, spaces, single hyphens and . , \' only').toMatch(/^(?!.*--)[A-Za-z0-9 .,'-]+$/);
    expect(new Set(defined.values()).size).toBe(defined.size);
  });

  it('defines R1 to R11 and their sub-ids', () => {
    expect(defined.size).toBeGreaterThanOrEqual(11 + 5 + 5 + 5 + 3 + 4);
    expect([...defined.keys()]).toEqual(expect.arrayContaining(Array.from({ length: 11 }, (_, i) => `R${i + 1}`)));
  });

  it.each([...userDocs, 'examples', 'src'])('%s mentions no undefined rule id', (where) => {
    const files = where.endsWith('.md') ? [where] : walk(where);
    const undefinedIds = files.flatMap((file) =>
      mentionedIds(read(file)).filter((id) => !defined.has(id)).map((id) => `${file}: ${id}`));
    expect([...new Set(undefinedIds)]).toEqual([]);
  });

  it.each(userDocs.filter((f) => f !== RULES))('%s links every rule id in its prose to its definition', (file) => {
    const base = relative(join(ROOT, file, '..'), join(ROOT, RULES));
    const text = prose(read(file));
    const linked = new RegExp(`\\[(R\\d+(?:\\.\\d+)?)\\]\\(${base.replace('.', '\\.')}#([\\w-]+)\\)`, 'g');
    const bad: string[] = [];
    for (const m of text.matchAll(linked)) if (defined.get(m[1]!) !== m[2]) bad.push(`${m[0]} should point to #${defined.get(m[1]!)}`);
    const unlinked = mentionedIds(text.replace(linked, '')).map((id) => `${id} is not a link to ${base}#${defined.get(id)}`);
    expect([...bad, ...new Set(unlinked)]).toEqual([]);
  });
});

describe('user-facing docs refer only to files in the repository', () => {
  it.each(userDocs)('%s does not mention DOMAIN.md or ../shared', (file) => {
    expect(read(file)).not.toMatch(/DOMAIN\.md|\.\.\/shared\//);
  });

  it.each(userDocs)('%s links only to files that exist', (file) => {
    const missing = [...prose(read(file)).matchAll(/\]\((?!https?:|mailto:|#)([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((target) => !existsSync(join(ROOT, file, '..', decodeURIComponent(target))));
    expect(missing).toEqual([]);
  });
});
