import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const ENTRIES = ['index', 'calendar/index', 'holidays/index', 'model/index', 'planner/index', 'classifier/index', 'templates/index', 'hiring/index', 'mail/index']
  .map((e) => join(ROOT, 'src', `${e}.ts`));

describe('the public API is documented', () => {
  it('every exported function has a TSDoc summary and an @example', { timeout: 60_000 }, () => {
    const program = ts.createProgram(ENTRIES, {
      module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true,
    });
    const checker = program.getTypeChecker();
    const problems = new Set<string>();
    let functions = 0;
    for (const entry of ENTRIES) {
      const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declaration = symbol.declarations?.[0];
        if (declaration === undefined || !ts.isFunctionDeclaration(declaration)) continue;
        functions++;
        const where = `${declaration.getSourceFile().fileName.replace(`${ROOT}/`, '')}: ${symbol.name}`;
        if (symbol.getDocumentationComment(checker).length === 0) problems.add(`${where} has no summary`);
        else if (!ts.getJSDocTags(declaration).some((t) => t.tagName.text === 'example')) problems.add(`${where} has no @example`);
      }
    }
    expect(functions).toBeGreaterThan(100);
    expect([...problems]).toEqual([]);
  });
});
