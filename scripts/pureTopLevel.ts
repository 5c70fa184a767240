/**
 * The esbuild plugin that keeps the root entry tree-shakable as one file (tsup.config.ts).
 *
 * The ESM root entry is built as one file, because Node loads each file of an import graph separately (about 0.4 ms
 * a file, and more garbage collection when many mid-sized sources are read). A bundler that imports one function from
 * that file can then only drop the library's other top-level values if it knows their initialisers have no side
 * effects: split into chunk files, `"sideEffects": false` let it drop whole files; in one file it needs
 * `/* @__PURE__ *\/` annotations. The library's rule (docs: nothing registered on import, no module-level mutable
 * state) makes every top-level initialiser free of side effects, so the plugin states that for the bundler:
 *
 * - each call and `new` in a top-level `const`/`let`/`var` initialiser is annotated (not inside function bodies);
 * - an initialiser that also reads a property, does arithmetic or fills a template (`${x}`) could run a getter or
 *   `valueOf`, so it is wrapped whole: `/* @__PURE__ *\/ (() => (init))()`.
 *
 * Initialisers with `await`, `yield`, assignments, `delete`, `void`, `++`/`--` or the comma operator are left as they
 * are: they may be there for an effect. Only the emitted code changes; src/ is not rewritten.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const PURE = '/* @__PURE__ */ ';

const ASSIGNMENTS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.AsteriskAsteriskEqualsToken, ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.CaretEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.CommaToken,
]);

/** Visits `node` and its descendants, except functions and classes (their bodies run later, if at all). */
function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** Whether an initialiser may be there for an effect (then it is left alone). */
function mayHaveEffect(init: ts.Expression): boolean {
  let found = false;
  walk(init, (n) => {
    if (ts.isAwaitExpression(n) || ts.isYieldExpression(n) || ts.isDeleteExpression(n) || ts.isVoidExpression(n)) found = true;
    else if (ts.isBinaryExpression(n) && ASSIGNMENTS.has(n.operatorToken.kind)) found = true;
    else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n))
      && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) found = true;
  });
  return found;
}

/** Whether an initialiser holds an expression a bundler cannot prove free of effects, other than calls. */
function needsWrapping(init: ts.Expression): boolean {
  let found = false;
  walk(init, (n) => {
    if (ts.isTemplateExpression(n) || ts.isBinaryExpression(n) || ts.isElementAccessExpression(n)) found = true;
    else if (ts.isPropertyAccessExpression(n) && !(ts.isCallExpression(n.parent) && n.parent.expression === n)) found = true;
  });
  return found;
}

/**
 * The source of a module with its top-level initialisers marked free of side effects (see the file's comment).
 *
 * @example
 * ```ts
 * annotatePureTopLevel('export const A = Object.freeze([1]);', 'a.ts') //=> 'export const A = /* @__PURE__ *\/ Object.freeze([1]);'
 * ```
 */
export function annotatePureTopLevel(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: [at: number, text: string][] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const { initializer: init } of statement.declarationList.declarations) {
      if (init === undefined || mayHaveEffect(init)) continue;
      walk(init, (n) => {
        if (ts.isCallExpression(n) || ts.isNewExpression(n)) edits.push([n.getStart(file), PURE]);
      });
      if (needsWrapping(init)) edits.push([init.getStart(file), `${PURE}(() => (`], [init.getEnd(), '))()']);
    }
  }
  // From the end, so earlier positions stay valid; at one position the wrapper opens before the annotation.
  edits.sort((a, b) => b[0] - a[0] || (a[1] === PURE ? -1 : 1));
  let out = source;
  for (const [at, text] of edits) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

/** The esbuild plugin: every TypeScript file of src/ is read through {@link annotatePureTopLevel}. */
export const pureTopLevel: Plugin = {
  name: 'pure-top-level',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
      contents: annotatePureTopLevel(readFileSync(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
