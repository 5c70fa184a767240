import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)\n```/g)].map((m) => [m[1]!, m[2]!] as const);

describe('README', () => {
  it('shows the documented examples (which CI runs) and not stale copies of them', () => {
    expect(blocks.map(([file]) => file)).toEqual([
      'examples/calendar.ts', 'examples/candidate.ts', 'examples/recruiter.ts',
      'examples/classify-reply.ts', 'examples/thank-you.ts', 'examples/custom-template.ts', 'examples/hiring.ts',
    ]);
    for (const [file, code] of blocks) expect(code, file).toBe(readFileSync(join(ROOT, file), 'utf8').trimEnd());
  });

  it('names the two commands of a fresh clone, and .ci/run calls the same test command', () => {
    expect(readme).toContain('npm install && npm run demo');
    expect(readme).toContain('npm test ');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
