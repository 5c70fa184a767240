import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT, consumers } from './consumer.js';

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.ts')).sort();

describe('examples run against the packed package (as users install it)', () => {
  it('there are examples', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  it.each(examples)('examples/%s', (file) => {
    const { full } = consumers();
    const { code } = transformSync(readFileSync(join(ROOT, 'examples', file), 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
    const out = join(full, file.replace(/\.ts$/, '.mjs'));
    writeFileSync(out, code);
    // Each example asserts its own key results; a non-zero exit fails the test.
    const stdout = execFileSync(process.execPath, [out], { cwd: full, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    expect(stdout.length).toBeGreaterThan(0);
  });
});
