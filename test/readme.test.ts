import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { REVIEW_THRESHOLDS } from '../src/classifier/model/weights.generated.js';
import { REPLY_LABELS } from '../src/classifier/types.js';

const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
/**
 * What an example prints, run in this process against the sources (its `interview-followup` imports point at src/), in
 * the test's host time zone: a copy in a new folder, so it runs afresh however many test files share the worker.
 */
async function printed(file: string): Promise<string> {
  const code = readFileSync(join(ROOT, file), 'utf8')
    .replace(/from 'interview-followup(\/\w+)?'/g, (_, sub: string | undefined) => `from '${join(ROOT, 'src', sub ?? '', 'index.ts')}'`);
  const dir = mkdtempSync(join(ROOT, '.tmp-readme-'));
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  try {
    writeFileSync(join(dir, 'example.ts'), code);
    await import(pathToFileURL(join(dir, 'example.ts')).href);
  } finally {
    log.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines.join('\n');
}

const blocks = [...readme.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)\n```/g)].map((m) => [m[1]!, m[2]!] as const);

describe('README', () => {
  it('shows the documented examples (which CI runs) and not stale copies of them', () => {
    expect(blocks.map(([file]) => file)).toEqual([
      'examples/first-plan.ts', 'examples/classify-reply.ts', 'examples/thank-you.ts',
      'examples/calendar.ts', 'examples/candidate.ts', 'examples/recruiter.ts', 'examples/custom-template.ts', 'examples/hiring.ts',
    ]);
    for (const [file, code] of blocks) expect(code, file).toBe(readFileSync(join(ROOT, file), 'utf8').trimEnd());
  });

  it('shows a complete first plan, with the output it really prints, before any contributor command', async () => {
    const outputs = [...readme.matchAll(/<!-- output: (\S+) -->\n```text\n([\s\S]*?)\n```/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(outputs.map(([file]) => file)).toEqual(['examples/first-plan.ts', 'examples/classify-reply.ts']);
    for (const [file, shown] of outputs) expect(shown, file).toBe((await printed(file)).trimEnd());
    const order = ['## Install', '<!-- example: examples/first-plan.ts -->', '<!-- output: examples/first-plan.ts -->',
      "## Read the employer's reply", '## Draft a message', '## Documentation', '## Contributing', 'npm install && npm run demo'];
    const at = order.map((heading) => readme.indexOf(heading));
    expect(at.every((i) => i >= 0), order.filter((_, k) => at[k]! < 0).join(', ')).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(readme.indexOf('npm test')).toBeGreaterThan(readme.indexOf('## Contributing'));
  });

  it('quotes the confidence an invitation needs to pass review as the reader has it (R7)', () => {
    const [, quoted] = /an invitation needs a confidence of about (0\.\d+)/.exec(readme) ?? [];
    expect(Number(quoted)).toBe(Math.round(REVIEW_THRESHOLDS[REPLY_LABELS.indexOf('next_round')]! * 100) / 100);
  });

  it('names the two commands of a fresh clone, and .ci/run calls the same test command', () => {
    expect(readme).toContain('npm install && npm run demo');
    expect(readme).toContain('npm test ');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
