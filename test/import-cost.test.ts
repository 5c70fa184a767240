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
 *
 * The ESM build makes the core entry one file (tsup.config.ts), since Node reads and compiles each file of an import on
 * its own; the last tests check that a bundler can still leave out of a user's bundle what the user does not import.
 */
import { build, buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotatePureTopLevel, pureTopLevel } from '../scripts/pureTopLevel.js';

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

describe('annotatePureTopLevel (the core entry as one file stays tree-shakable)', () => {
  it('marks the calls of top-level initialisers, and wraps reads, arithmetic and templates', () => {
    const out = annotatePureTopLevel(
      'export const A = Object.freeze([1]);\nconst B = new Memo(3);\nconst C = `x${A.length}`;\nexport const D = MIN * DAY;',
      'a.ts',
    );
    expect(out).toBe(
      'export const A = /* @__PURE__ */ Object.freeze([1]);\nconst B = /* @__PURE__ */ new Memo(3);\n'
        + 'const C = /* @__PURE__ */ (() => (`x${A.length}`))();\nexport const D = /* @__PURE__ */ (() => (MIN * DAY))();',
    );
  });

  it('leaves function bodies, statements and initialisers that may be there for an effect as they are', () => {
    const source = [
      'const f = (d: number) => d - (w(d) + 6) % 7;',
      'function g() { return h(1); }',
      'register(g);',
      'const D = await load();',
      'const E = (f(1), 2);',
      'const F = (counter += 1);',
      'const G = 1;',
    ].join('\n');
    expect(annotatePureTopLevel(source, 'a.ts')).toBe(source);
  });

  it('lets a bundler leave out every top-level value that one imported function does not use', async () => {
    // The core entry as the build makes it, then bundled by a user's app that imports isCivilDate alone.
    const made = await build({
      entryPoints: ['src/index.ts'], absWorkingDir: ROOT, bundle: true, write: false, format: 'esm', platform: 'neutral',
      target: 'es2022', external: ['date-holidays', 'postal-mime', 'zod'], logLevel: 'silent', plugins: [pureTopLevel],
    });
    const core = made.outputFiles[0]?.text ?? '';
    const app = await build({
      stdin: { contents: "import { isCivilDate } from 'core'; console.log(isCivilDate('2026-12-01'));", loader: 'js' },
      bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent',
      plugins: [{
        name: 'core',
        setup(b) {
          b.onResolve({ filter: /^core$/ }, () => ({ path: 'core', namespace: 'core' }));
          b.onLoad({ filter: /.*/, namespace: 'core' }, () => ({ contents: core, loader: 'js' }));
        },
      }],
    });
    const code = app.outputFiles[0]?.text ?? '';
    expect(code).toContain('function isCivilDate(');
    // Values that used to be left in because their initialisers call, read or compute (policy fields, the tracker's
    // transitions, the reader's word lists and patterns, a template over the locales).
    for (const left of ['POLICY_FIELDS', 'TRANSITIONS', 'CUES', 'SUPPORTED', 'MIN_MS', 'lazyRecord', 'class Memo']) {
      expect(code, `the bundle keeps ${left}`).not.toContain(left);
    }
    expect(code.length).toBeLessThan(4000);
  });
});
