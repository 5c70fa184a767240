#!/usr/bin/env node
// Lists the longest functions in src/ (tests excluded), by lines from the function's first token to
// its closing brace (its doc comment not counted), longest first.
//
//   node scripts/function-lengths.mjs            the 10 longest
//   node scripts/function-lengths.mjs --top 25   the 25 longest
//   node scripts/function-lengths.mjs --over 60  every function over 60 lines
//   node scripts/function-lengths.mjs --json     the same, as JSON
//
// A function may say why it is long in a `// long: <reason>` comment on a line of its own, right
// above it or as its first line; test/architecture.test.ts reads that reason (see LONG_FUNCTION_LINES there).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every `.ts`/`.cts` source file under `dir` (absolute paths), tests and type tests excluded, sorted. */
export function sourceFiles(dir = path.join(ROOT, 'src')) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.c?ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** The name a function is known by: its own, or the variable, property or method it is assigned to. */
function nameOf(node) {
  if (node.name !== undefined && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent !== undefined && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && ts.isIdentifier(parent.name)) {
    return parent.name.text;
  }
  return '(anonymous)';
}

/** The reason after `// long:` in the comment lines right above `node` or on its first body line, else `undefined`. */
function longReason(source, node) {
  const lines = source.text.split('\n');
  const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
  const candidates = [];
  for (let l = first - 1; l >= 0 && /^\s*(\/\/|\*|\/\*\*)/.test(lines[l] ?? ''); l--) candidates.push(lines[l] ?? '');
  candidates.push(lines[first] ?? '', lines[first + 1] ?? '');
  for (const line of candidates) {
    const m = /\/\/\s*long:\s*(\S.*)$/.exec(line);
    if (m) return m[1].trim();
  }
  return undefined;
}

/**
 * Every function-like node with a body in `files`: `{ file, name, line, lines, reason }`, where
 * `file` is relative to the repository root, `line` the 1-based line of its first token and
 * `reason` the text of its `// long:` comment if any. Longest first; ties by file and line.
 */
export function functionLengths(files = sourceFiles()) {
  const out = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({ file: path.relative(ROOT, file).split(path.sep).join('/'), name: nameOf(node), line: start + 1, lines: end - start + 1, reason: longReason(source, node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out.sort((a, b) => b.lines - a.lines || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

function main(argv) {
  const flag = (name) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} takes a whole number, got ${JSON.stringify(argv[i + 1])}`);
    return n;
  };
  const over = flag('--over');
  const top = flag('--top') ?? (over === undefined ? 10 : Infinity);
  const rows = functionLengths().filter((f) => over === undefined || f.lines > over).slice(0, top);
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  for (const f of rows) {
    process.stdout.write(`${String(f.lines).padStart(5)}  ${f.name}  ${f.file}:${f.line}${f.reason === undefined ? '' : `  (long: ${f.reason})`}\n`);
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
