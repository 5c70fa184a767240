/**
 * The shape of src/, read from the source as it stands (no build): which module may import which,
 * and how long a function may grow.
 *
 * Modules are the folders of src/ and its top-level files (errors.ts, policy.ts, hiringPolicy.ts,
 * index.ts). Layers, bottom first; calendar sits under everything but the error classes and the
 * shared helpers:
 *
 *   1. errors                         the error classes
 *   2. _lib                           helpers every module may use (never re-exported)
 *   3. calendar                       civil dates, instants, zones, business days (R4.4)
 *   4. holidays, languages,           the date-holidays adapter, the language packs, and the two
 *      policy, hiringPolicy           policy descriptors (the model derives its schemas from them)
 *   5. model                          the zod schemas
 *   6. classifier, templates, mail    reading replies, writing messages, reading raw mail
 *   7. planner, hiring                what to do and when (R1, R4, R6, R11); the hiring team's steps (R3)
 *   8. cli, index                     the command line and the root entry point
 *
 * (a) No cycle between files, type-only imports included.
 * (b) Imports point down: to a lower layer, or within the importing module; never up, and never
 *     sideways to another module of the same layer. A type-only import is exempt: the build erases
 *     it, so it adds no code of a higher layer to a lower one's bundle and cannot make modules load
 *     in a cycle (a language pack names the shape it fills, e.g. `CueTable`).
 * (c) A module with an entry point in package.json (`interview-followup/<module>`) shows other
 *     modules only the files its index.ts re-exports, directly or through a file it re-exports
 *     from; its other files are private to it. The internal modules (_lib, languages, cli) have no
 *     entry point and no index to hide behind: their files are there to be imported.
 * Naming: a file is private because its module's index does not re-export it, never because of its
 * name, as most private files already were; so no file or folder of src/ starts with `_`, except
 * the shared `_lib` (and vitest's `__snapshots__`).
 * Length: a function over {@link LONG_FUNCTION_LINES} lines says why in a `// long: <reason>`
 * comment right above it or on its first line (`node scripts/function-lengths.mjs` lists the longest).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { functionLengths, sourceFiles } from '../scripts/function-lengths.mjs';

const ROOT = path.join(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');

/** Bottom first; see the header. */
const LAYERS: readonly (readonly string[])[] = [
  ['errors'],
  ['_lib'],
  ['calendar'],
  ['holidays', 'languages', 'policy', 'hiringPolicy'],
  ['model'],
  ['classifier', 'templates', 'mail'],
  ['planner', 'hiring'],
  ['cli', 'index'],
];

/** Lines a function may span without a `// long:` reason. */
const LONG_FUNCTION_LINES = 80;

/** An import (or `export … from`) of one source file by another, paths relative to src/ with `/`. */
interface Edge {
  readonly from: string;
  readonly to: string;
  /** `import type`, `export type`, an import of types only, or `import('…').T` in a type. */
  readonly typeOnly: boolean;
  /** `export … from`: what makes the target part of the module's face. */
  readonly reexport: boolean;
}

const rel = (file: string): string => path.relative(SRC, file).split(path.sep).join('/');

/** The module of a file: its top folder under src/, or the name of a top-level file. */
function moduleOf(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? file.replace(/\.c?ts$/, '') : file.slice(0, slash);
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause === undefined) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return clause.name === undefined && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** Every module specifier a file names: imports, re-exports, dynamic `import()`, `require()` and import types. */
function specifiers(file: string): { spec: string; typeOnly: boolean; reexport: boolean }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { spec: string; typeOnly: boolean; reexport: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node), reexport: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, typeOnly: isTypeOnlyExport(node), reexport: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, typeOnly: true, reexport: false });
    } else if (ts.isCallExpression(node) && node.arguments[0] !== undefined && ts.isStringLiteralLike(node.arguments[0])
      && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      out.push({ spec: node.arguments[0].text, typeOnly: false, reexport: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The source file a relative specifier names (`./x.js` is `./x.ts`, `./x.cjs` is `./x.cts`, a folder its index.ts). */
function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.cjs$/, '.cts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

/** The import graph of src/ (tests excluded), and the relative specifiers that name no file. */
function importGraph(): { edges: Edge[]; unresolved: string[] } {
  const edges: Edge[] = [];
  const unresolved: string[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const { spec, typeOnly, reexport } of specifiers(file)) {
      if (!spec.startsWith('.')) continue; // a package
      const target = resolveSpecifier(file, spec);
      if (target === undefined) unresolved.push(`${rel(file)}: "${spec}"`);
      else edges.push({ from: rel(file), to: rel(target), typeOnly, reexport });
    }
  }
  return { edges, unresolved };
}

/** The modules with an entry point in package.json (`./calendar` → `calendar`). */
function entryModules(): Set<string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  return new Set(Object.keys(pkg.exports).filter((k) => /^\.\/[\w-]+$/.test(k) && k !== './package.json').map((k) => k.slice(2)));
}

/** The files of each module's face: its index.ts and every file reached from it through `export … from`. */
function publicFiles(edges: readonly Edge[], modules: Iterable<string>): Set<string> {
  const reexports = new Map<string, string[]>();
  for (const e of edges) if (e.reexport) reexports.set(e.from, [...(reexports.get(e.from) ?? []), e.to]);
  const seen = new Set<string>();
  const stack = [...modules].map((m) => `${m}/index.ts`);
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(reexports.get(file) ?? []));
  }
  return seen;
}

// The checks, each a pure function of the graph so a made-up graph can show it fails.

const show = (e: Edge): string => `src/${e.from} → src/${e.to}${e.typeOnly ? ' (types)' : ''}`;

/** (a) Every cycle between files, as the edges of each strongly connected group (Tarjan). */
function cycles(edges: readonly Edge[]): string[] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (next.get(v) ?? []).includes(v)) groups.push(group);
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return groups.map((group) => {
    const members = new Set(group);
    return `cycle: ${edges.filter((e) => members.has(e.from) && members.has(e.to)).map(show).join(', ')}`;
  });
}

/** (b) Value imports that point up, or sideways to another module of the same layer, or into a module with no layer. */
function layerViolations(edges: readonly Edge[], layers: readonly (readonly string[])[]): string[] {
  const layerOf = new Map(layers.flatMap((modules, i) => modules.map((m) => [m, i] as const)));
  const out: string[] = [];
  for (const e of edges) {
    const a = moduleOf(e.from), b = moduleOf(e.to);
    if (a === b || e.typeOnly) continue;
    const la = layerOf.get(a), lb = layerOf.get(b);
    if (la === undefined || lb === undefined) out.push(`${show(e)}: module "${la === undefined ? a : b}" has no layer (add it to LAYERS)`);
    else if (lb > la) out.push(`${show(e)}: up from ${a} (layer ${la + 1}) to ${b} (layer ${lb + 1})`);
    else if (lb === la) out.push(`${show(e)}: sideways between ${a} and ${b} (both layer ${la + 1})`);
  }
  return out;
}

/** (c) Imports of another module's private files: not on an entry module's face, or named or filed under `_`. */
function privateImports(edges: readonly Edge[], entries: ReadonlySet<string>, faces: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const a = moduleOf(e.from), b = moduleOf(e.to);
    if (a === b || !e.to.includes('/')) continue;
    const inner = e.to.slice(b.length + 1);
    if (inner.split('/').some((segment) => segment.startsWith('_'))) out.push(`${show(e)}: a private file of ${b} (its name starts with "_")`);
    else if (entries.has(b) && !faces.has(e.to)) out.push(`${show(e)}: a private file of ${b} (${b}/index.ts does not re-export it)`);
  }
  return out;
}

/** Naming: files and folders of src/ whose name starts with `_`, other than `_lib` and `__snapshots__`. */
function underscoreNames(dir = SRC): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const shared = (entry.name === '_lib' && dir === SRC) || entry.name === '__snapshots__';
    if (entry.name.startsWith('_') && !shared && (entry.isDirectory() || /\.c?ts$/.test(entry.name))) out.push(`src/${rel(full)}`);
    if (entry.isDirectory() && entry.name !== '__snapshots__') out.push(...underscoreNames(full));
  }
  return out;
}

describe('architecture of src/', () => {
  const { edges, unresolved } = importGraph();

  it('reads every relative import (each names a file of src/)', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
  });

  it('(a) has no cycle between files', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it(`(b) imports only point down the layers: ${LAYERS.map((l) => l.join(' ')).join(' < ')}`, () => {
    expect(layerViolations(edges, LAYERS)).toEqual([]);
  });

  it("(c) imports no other module's private files", () => {
    const entries = entryModules();
    expect([...entries].sort()).toEqual(['calendar', 'classifier', 'hiring', 'holidays', 'mail', 'model', 'planner', 'templates']);
    expect(privateImports(edges, entries, publicFiles(edges, entries))).toEqual([]);
  });

  it('names no file or folder with a leading "_" but the shared src/_lib', () => {
    expect(underscoreNames()).toEqual([]);
  });

  it(`has no function over ${LONG_FUNCTION_LINES} lines without a "// long:" reason`, () => {
    const long = functionLengths().filter((f) => f.lines > LONG_FUNCTION_LINES && f.reason === undefined);
    expect(long.map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`)).toEqual([]);
  });

  describe('the checks fail on a made-up graph', () => {
    const edge = (from: string, to: string, typeOnly = false, reexport = false): Edge => ({ from, to, typeOnly, reexport });

    it('finds a cycle through three files, and a file importing itself', () => {
      const found = cycles([edge('a/x.ts', 'b/y.ts'), edge('b/y.ts', 'c/z.ts'), edge('c/z.ts', 'a/x.ts', true), edge('d.ts', 'd.ts'), edge('a/x.ts', 'e.ts')]);
      expect(found).toHaveLength(2);
      expect(found.join('\n')).toContain('src/c/z.ts → src/a/x.ts (types)');
      expect(found.join('\n')).toContain('src/d.ts → src/d.ts');
      expect(found.join('\n')).not.toContain('e.ts');
    });

    it('finds an upward, a sideways and an unlayered import, and lets a type-only one up', () => {
      const found = layerViolations([
        edge('calendar/zone.ts', 'model/Event.ts'),
        edge('planner/plan.ts', 'hiring/index.ts'),
        edge('planner/plan.ts', 'extra/thing.ts'),
        edge('languages/types.ts', 'classifier/types.ts', true),
        edge('planner/plan.ts', 'calendar/zone.ts'),
        edge('planner/a.ts', 'planner/b.ts'),
      ], LAYERS);
      expect(found).toEqual([
        'src/calendar/zone.ts → src/model/Event.ts: up from calendar (layer 3) to model (layer 5)',
        'src/planner/plan.ts → src/hiring/index.ts: sideways between planner and hiring (both layer 7)',
        'src/planner/plan.ts → src/extra/thing.ts: module "extra" has no layer (add it to LAYERS)',
      ]);
    });

    it("finds an import of another module's unexported or underscored file", () => {
      const graph = [
        edge('model/index.ts', 'model/Event.ts', false, true),
        edge('hiring/a.ts', 'model/Event.ts'),
        edge('hiring/a.ts', 'model/ids.ts'),
        edge('hiring/a.ts', 'model/_ids.ts'),
        edge('hiring/a.ts', '_lib/memo.ts'),
        edge('templates/a.ts', 'languages/en/messages.ts'),
        edge('model/Event.ts', 'model/ids.ts'),
      ];
      expect(privateImports(graph, new Set(['model']), publicFiles(graph, ['model']))).toEqual([
        'src/hiring/a.ts → src/model/ids.ts: a private file of model (model/index.ts does not re-export it)',
        'src/hiring/a.ts → src/model/_ids.ts: a private file of model (its name starts with "_")',
      ]);
    });
  });
});
