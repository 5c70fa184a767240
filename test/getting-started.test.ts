import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const guide = readFileSync(join(ROOT, 'docs/getting-started.md'), 'utf8');

/**
 * The code of docs/getting-started.md, run as one module against the sources: its `expr //=> value`
 * lines become assertions, so the outputs the guide shows are the ones the library gives.
 */
function guideAsModule(): string {
  const code = [...guide.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1]!).join('\n');
  return [
    "import { expect } from 'vitest';",
    code
      .replace(/from 'interview-followup(\/\w+)?'/g, (_, sub: string | undefined) => `from '${join(ROOT, 'src', sub ?? '', 'index.ts')}'`)
      .replace(/^(.*\S)\s*\/\/=> (.*)$/gm, 'expect($1).toEqual($2);'),
  ].join('\n');
}

describe('docs/getting-started.md', () => {
  it('shows outputs that the code gives (install → plan → classify → draft)', async () => {
    const module = guideAsModule();
    expect(module.match(/expect\(/g)?.length).toBeGreaterThanOrEqual(9);
    const dir = mkdtempSync(join(ROOT, '.tmp-guide-'));
    try {
      writeFileSync(join(dir, 'guide.ts'), module);
      await import(pathToFileURL(join(dir, 'guide.ts')).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
