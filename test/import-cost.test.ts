/**
 * What importing the core entry costs, read from its bundle (made here with esbuild, as the build makes it): the
 * engine's reading of the code is most of it, since the reply reader's words, weights and patterns are made on first
 * use. Two properties of the bundle keep that reading cheap, and a stray character or pattern would quietly lose them:
 *
 * - Only ASCII characters. A file with any other character is decoded and scanned as UTF-16, which costs every import
 *   about a sixth more. The bundler escapes such characters in strings, but not in `String.raw` templates, regular
 *   expression literals or the comments it keeps (inside object and array literals).
 * - No Unicode property class (`\p{L}`) in a regular-expression literal: V8 builds the class when it parses the
 *   literal, even one it never runs. Such patterns are made from strings on first use (`new RegExp('\\p{L}', 'u')`).
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function bundle(entry: string): string {
  const result = buildSync({
    entryPoints: [entry], absWorkingDir: ROOT, bundle: true, write: false, format: 'esm', platform: 'neutral',
    target: 'es2022', external: ['date-holidays', 'postal-mime', 'zod'], logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Each line of `code` that `pattern` matches, with its number (for a failure that says where). */
function linesMatching(code: string, pattern: RegExp): string[] {
  return code.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${i + 1}: ${line.trim().slice(0, 160)}`] : []));
}

describe('the core entry bundle', () => {
  const code = bundle('src/index.ts');

  it('holds the whole library (the reply reader included)', () => {
    expect(code).toContain('function classifyReply(');
    expect(code).toContain('function planFollowUp(');
  });

  it('is ASCII only', () => {
    expect(linesMatching(code, /[^\x00-\x7f]/)).toEqual([]);
  });

  it('has no Unicode property class in a regular-expression literal', () => {
    // In a string the backslash is escaped (`"\\p{L}"`); a single one is a regular-expression literal's.
    expect(linesMatching(code, /(^|[^\\])\\[pP]\{/)).toEqual([]);
  });
});
