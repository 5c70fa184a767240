// Local typedoc plugin for the docs site (`npm run docs`, loaded by typedoc.json). Three small fixes
// that typedoc's options cannot express, and one check:
//
// 1. Named types stay named. A parameter or result written as `Interview` or `Application` (types
//    inferred from zod schemas), or a type parameter `K extends MessageKind`, reaches typedoc as the
//    expanded type, so a function's page inlined thousands of pixels of fields above its example.
//    When the source names a type, the page shows that name, linked to its own page.
// 2. The errors live in the root module. Every entry point re-exports the error classes; the entry
//    points own their other exports (`@primaryExport` in their module comment), so without this the
//    first of them (the planner) would own the errors too. The root `interview-followup` owns them
//    and the entry points keep a re-export. A `{@link InvalidDateError}` in a module that does not
//    re-export it (planner) resolves to the root's page, and `{@link classifier.classifyReply}` to
//    the entry point `interview-followup/classifier`.
// 3. Header links are relative to the site root. typedoc writes `navigationLinks` as given, which
//    breaks a relative link (`playground/index.html`) on pages one folder down.
//
// 4. Every exported function has a summary and an example, and every exported type, interface, class and constant
//    a summary. One without is reported as a warning, which `--treatWarningsAsErrors` (in `npm run docs`) turns into
//    a failed build.
import { Application, Converter, PageEvent, ReflectionKind } from 'typedoc';
import ts from 'typescript';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, keepNamedTypes);
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, moveErrorsToRoot);
  app.converter.addUnknownSymbolResolver(resolveAcrossEntryPoints);
  app.renderer.on(PageEvent.END, (page) => relativeHeaderLinks(app, page));
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => requireSummaryAndExample(app, project));
}

/**
 * @param {import('typedoc').Application} app
 * @param {import('typedoc').ProjectReflection} project
 */
function requireSummaryAndExample(app, project) {
  for (const reflection of project.getReflectionsByKind(ReflectionKind.Function)) {
    const fn = /** @type {import('typedoc').DeclarationReflection} */ (reflection);
    for (const signature of fn.signatures ?? []) {
      const comment = signature.comment ?? fn.comment;
      const name = fn.getFriendlyFullName();
      if (comment === undefined || comment.summary.every((part) => part.text.trim() === '')) app.logger.warn(`${name} has no summary`);
      else if (comment.getTag('@example') === undefined) app.logger.warn(`${name} has no @example`);
    }
  }
  // Types, interfaces, classes and constants need a summary too: a page with none tells a reader nothing (a type
  // inferred from a zod schema, `z.infer<typeof XSchema>`, is not covered by typedoc's own notDocumented check).
  for (const reflection of project.getReflectionsByKind(ReflectionKind.TypeAlias | ReflectionKind.Interface | ReflectionKind.Class | ReflectionKind.Variable | ReflectionKind.Enum)) {
    const comment = reflection.comment ?? /** @type {import('typedoc').DeclarationReflection} */ (reflection).signatures?.[0]?.comment;
    if (comment === undefined || comment.summary.every((part) => part.text.trim() === '')) app.logger.warn(`${reflection.getFriendlyFullName()} has no summary`);
  }
}

/**
 * @param {import('typedoc').Context} context
 * @param {import('typedoc').SignatureReflection} signature
 * @param {ts.Declaration | undefined} declaration
 */
function keepNamedTypes(context, signature, declaration) {
  if (declaration === undefined || !ts.isFunctionLike(declaration)) return;
  const fromSource = (/** @type {import('typedoc').SomeType | undefined} */ converted, /** @type {ts.TypeNode | undefined} */ node) =>
    converted !== undefined && node !== undefined && isNamed(node) ? context.converter.convertType(context, node) : converted;
  for (const parameter of signature.parameters ?? []) {
    const node = declaration.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === parameter.name)?.type;
    parameter.type = fromSource(parameter.type, node);
  }
  for (const parameter of signature.typeParameters ?? []) {
    const node = declaration.typeParameters?.find((p) => p.name.text === parameter.name);
    parameter.type = fromSource(parameter.type, node?.constraint);
    parameter.default = fromSource(parameter.default, node?.default);
  }
  signature.type = fromSource(signature.type, declaration.type);
}

/**
 * A type written with names only: `Interview`, `readonly Event[]`, `Interview | Date`,
 * `SafeParseResult<Interview>`, `string`. Object literals, mapped and conditional types are left to
 * typedoc.
 * @param {ts.TypeNode} node
 * @returns {boolean}
 */
function isNamed(node) {
  if (ts.isTypeReferenceNode(node)) return (node.typeArguments ?? []).every(isNamed);
  if (ts.isArrayTypeNode(node)) return isNamed(node.elementType);
  if (ts.isTypeOperatorNode(node)) return node.operator === ts.SyntaxKind.ReadonlyKeyword && isNamed(node.type);
  if (ts.isUnionTypeNode(node)) return node.types.every(isNamed) && node.types.some((t) => !ts.isLiteralTypeNode(t) && !isKeyword(t));
  if (ts.isParenthesizedTypeNode(node)) return isNamed(node.type);
  return ts.isLiteralTypeNode(node) || isKeyword(node);
}

/** @param {ts.TypeNode} node */
function isKeyword(node) {
  return node.kind >= ts.SyntaxKind.FirstKeyword && node.kind <= ts.SyntaxKind.LastKeyword;
}

/** @param {import('typedoc').Context} context */
function moveErrorsToRoot(context) {
  const project = context.project;
  const root = project.children?.find((m) => m.name === 'interview-followup');
  if (root === undefined) throw new Error('typedoc-plugin: no module named interview-followup (the @module tag of src/index.ts)');
  const replace = (/** @type {any[] | undefined} */ list, from, to) => {
    const i = list?.indexOf(from) ?? -1;
    if (i >= 0) list[i] = to;
  };
  for (const reference of [...(root.children ?? [])]) {
    if (!reference.isReference()) continue;
    const target = reference.getTargetReflection();
    const file = project.getSymbolIdFromReflection(target)?.fileName ?? '';
    if (!file.endsWith('/src/errors.ts') || target.parent === root) continue;
    const owner = /** @type {import('typedoc').DeclarationReflection} */ (target.parent);
    for (const key of ['children', 'childrenIncludingDocuments']) {
      replace(owner[key], target, reference);
      replace(root[key], reference, target);
    }
    reference.parent = owner;
    target.parent = root;
  }
}

/**
 * @param {import('typedoc').DeclarationReference} ref
 * @param {import('typedoc').Reflection} reflection
 */
function resolveAcrossEntryPoints(ref, reflection) {
  const path = ref.symbolReference?.path?.map((p) => p.path) ?? [];
  if (ref.moduleSource !== undefined || path.length === 0 || path.length > 2) return undefined;
  const modules = reflection.project.children ?? [];
  const where = path.length === 2 ? modules.filter((m) => m.name.endsWith(`/${path[0]}`)) : modules.filter((m) => m.name === 'interview-followup');
  for (const module of where) {
    const found = module.children?.find((c) => c.name === path.at(-1));
    if (found !== undefined) return { target: found.isReference() ? found.getTargetReflectionDeep() : found };
  }
  return undefined;
}

/**
 * @param {import('typedoc').Application} app
 * @param {PageEvent} page
 */
function relativeHeaderLinks(app, page) {
  if (page.contents === undefined) return;
  const up = '../'.repeat(page.url.split('/').length - 1);
  if (up === '') return;
  for (const url of Object.values(app.options.getValue('navigationLinks'))) {
    if (/^[a-z]+:|^\/|^#/i.test(url)) continue;
    page.contents = page.contents.replaceAll(`href="${url}"`, `href="${up}${url}"`);
  }
}
