import { optionalTextAt, optionsAt, own } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { InvalidArgumentError, MissingFieldError, TemplateSyntaxError } from '../errors.js';
import { countWords } from './countWords.js';
import { parseTemplate, positionOf, type TemplateNode } from './parseTemplate.js';
import { textToHtml } from './textToHtml.js';
import type { RenderedMessage, TemplateFields } from './types.js';

/** The two parts of a message template, in the syntax of {@link defineTemplate}. */
export interface TemplateSource<Subject extends string = string, Body extends string = string> {
  /** One line: a line break in the subject template, or in a value inserted into it, is an error. */
  readonly subject: Subject;
  /** Plain text: a blank line separates paragraphs, a single line break is kept. No HTML. */
  readonly body: Body;
}

/** Options of {@link defineTemplate}. */
export interface DefineTemplateOptions {
  /** Named in {@link MissingFieldError} messages, e.g. `"thankYou (de)"`. */
  readonly name?: string;
}

/** A parsed template, ready to render many times. */
export interface Template<Data = TemplateFields<string, string>> {
  readonly source: TemplateSource;
  /** Fields that must always be present (outside sections, without fallback), in order of appearance. */
  readonly required: readonly string[];
  /** Every field and section name the template reads, in order of appearance. */
  readonly fields: readonly string[];
  /**
   * Renders the subject, the plain-text body and the HTML body.
   *
   * @throws {@link MissingFieldError} listing every required value that is missing or blank.
   * @throws {@link InvalidArgumentError} for a value that is not a string or finite number, or a
   *   subject value containing a line break.
   */
  render(data: Data): RenderedMessage;
}

interface FieldInfo {
  readonly required: string[];
  readonly fields: string[];
}

function collect(nodes: readonly TemplateNode[], inSection: boolean, info: FieldInfo, seenReq: Set<string>, seen: Set<string>): void {
  for (const node of nodes) {
    if (node.kind === 'text') continue;
    if (!seen.has(node.name)) {
      seen.add(node.name);
      info.fields.push(node.name);
    }
    if (node.kind === 'section') {
      collect(node.children, true, info, seenReq, seen);
    } else if (!inSection && node.fallback === undefined && !seenReq.has(node.name)) {
      seenReq.add(node.name);
      info.required.push(node.name);
    }
  }
}

/** A path read as a value cannot also be the parent of another path (`{{a}}` with `{{a.b}}`). */
function checkConflicts(nodes: readonly TemplateNode[], leaves: Set<string>, parents: Set<string>, source: string, part: string): void {
  for (const node of nodes) {
    if (node.kind === 'text') continue;
    if (node.kind === 'section') {
      for (let k = 1; k < node.path.length; k++) parents.add(node.path.slice(0, k).join('.'));
      checkConflicts(node.children, leaves, parents, source, part);
      continue;
    }
    for (let k = 1; k < node.path.length; k++) {
      const prefix = node.path.slice(0, k).join('.');
      if (leaves.has(prefix)) conflict(prefix, node.name, source, node.offset, part);
      parents.add(prefix);
    }
    if (parents.has(node.name)) conflict(node.name, `${node.name}.…`, source, node.offset, part);
    leaves.add(node.name);
  }
}

function conflict(leaf: string, nested: string, source: string, offset: number, part: string): never {
  const { line, column } = positionOf(source, offset);
  throw new TemplateSyntaxError(
    `Field "${leaf}" is used both as a value and as the parent of "${nested}" in the ${part}: a field is either a value or an object of fields`,
    line,
    column,
  );
}

function lookup(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    // Own properties only: "__proto__", "constructor" or "toString" never reach the prototype.
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const BLANK = /^\s*$/;
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

/**
 * The text of a value without the blank space around it (a form field's trailing space or line break), `undefined`
 * when missing or blank; throws for a value of the wrong type.
 */
function valueText(value: unknown, name: string): string | undefined {
  if (typeof value === 'string') return BLANK.test(value) ? undefined : value.trim();
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new InvalidArgumentError(`value of field "${name}"`, value, 'a string or a finite number');
}

function isPresent(value: unknown, name: string): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (value === true) return true;
  if (typeof value === 'string') return !BLANK.test(value);
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return true;
  } else if (Array.isArray(value)) {
    return value.length > 0;
  } else if (typeof value === 'object') {
    return true;
  }
  throw new InvalidArgumentError(`section value "${name}"`, value, 'a boolean, a string, a finite number, an array or an object');
}

/**
 * Marks that end a value as a sentence would: after a value ending in one, a literal full stop that follows it in the
 * template is dropped ("Acme Inc." + "." gives "Acme Inc.", "Yahoo!" + "." gives "Yahoo!"). U+2026 is the ellipsis. A
 * closing quote after the mark ends the sentence too (`relocating to "Berlin."`, `« Berlin. »`); a closing bracket does
 * not (`(Acme Inc.)` + "." gives `(Acme Inc.).`, the sentence around the brackets ending there).
 */
const FINAL_MARK = /[.!?\u2026](?:["'\u201d\u2019]|[ \u00a0\u202f]?\u00bb)?$/;

/** What one rendering of a part (subject or body) carries from node to node. */
interface RenderState {
  readonly subject: boolean;
  /** Required fields found missing or blank, each once. */
  readonly missing: string[];
  /** Whether the output so far ends with an inserted value (or fallback) that ends with a {@link FINAL_MARK}. */
  afterMark: boolean;
}

/** Literal text after the output so far: one full stop right after a value that ends a sentence is dropped. */
function literal(text: string, state: RenderState): string {
  const merged = state.afterMark && text.charCodeAt(0) === 46 && text.charCodeAt(1) !== 46 ? text.slice(1) : text;
  if (text !== '') state.afterMark = false;
  return merged;
}

function renderNodes(nodes: readonly TemplateNode[], data: unknown, state: RenderState): string {
  let out = '';
  let dropBreak = false;
  for (const node of nodes) {
    if (node.kind === 'text') {
      // An omitted whole-line section between two blank lines leaves one blank line, not two.
      out += literal(dropBreak && node.text.charCodeAt(0) === 10 ? node.text.slice(1) : node.text, state);
      dropBreak = false;
    } else if (node.kind === 'field') {
      const text = valueText(lookup(data, node.path), node.name);
      if (text === undefined) {
        if (node.fallback !== undefined) {
          out += node.fallback;
          state.afterMark = FINAL_MARK.test(node.fallback);
        } else if (!state.missing.includes(node.name)) {
          state.missing.push(node.name);
        }
      } else {
        if (state.subject && LINE_BREAK.test(text)) {
          throw new InvalidArgumentError(`subject value "${node.name}"`, text, 'a single line: a line break in a subject could inject mail headers');
        }
        out += text;
        state.afterMark = FINAL_MARK.test(text);
      }
    } else if (isPresent(lookup(data, node.path), node.name)) {
      out += renderNodes(node.children, data, state);
    } else if (node.wholeLine && (out.endsWith('\n\n') || out === '')) {
      dropBreak = true;
    }
  }
  return out;
}

/**
 * Parses a message template once, so that it can be rendered many times (R1, R5, R8–R10).
 *
 * The syntax is `{{path.to.field}}`, `{{path|fallback text}}` and `{{#path}}…{{/path}}`, nothing
 * else. With string literals, TypeScript infers the data the template needs: rendering without a
 * required field does not compile. At run time a missing or blank required value raises
 * {@link MissingFieldError} listing all of them; values are inserted literally without the blank space
 * around them (a value containing `{{x}}` is not expanded), looked up as own properties only, and escaped in the HTML output. A
 * full stop written right after a value that already ends with `.`, `!`, `?` or `…` is dropped, so
 * `"at {{company}}."` gives "at Acme Inc." rather than "at Acme Inc..".
 *
 * @param source - The `subject` (one line) and `body` (plain text) templates.
 * @param options - A `name` for error messages.
 * @returns A {@link Template} whose `render(data)` gives `{ subject, text, html, wordCount }`.
 * @throws {@link TemplateSyntaxError} with the 1-based line and column of malformed or unknown syntax.
 * @example
 * ```ts
 * const note = defineTemplate({ subject: 'Thanks, {{name}}', body: 'Hello {{name}},\n\n{{#topic}}About {{topic}}.{{/topic}}' })
 * note.render({ name: 'Ada' }).subject //=> "Thanks, Ada"
 * ```
 */
export function defineTemplate<const Subject extends string, const Body extends string>(
  source: TemplateSource<Subject, Body>,
  options: DefineTemplateOptions = {},
): Template<TemplateFields<Subject, Body>> {
  if (typeof source !== 'object' || source === null) {
    throw new InvalidArgumentError('template source', source, 'an object { subject, body } of template strings');
  }
  const subjectNodes = parseTemplate(source.subject, { singleLine: true, part: 'subject' });
  const bodyNodes = parseTemplate(source.body, { part: 'body' });
  const leaves = new Set<string>();
  const parents = new Set<string>();
  checkConflicts(subjectNodes, leaves, parents, source.subject, 'subject');
  checkConflicts(bodyNodes, leaves, parents, source.body, 'body');
  const info: FieldInfo = { required: [], fields: [] };
  const seenReq = new Set<string>();
  const seen = new Set<string>();
  collect(subjectNodes, false, info, seenReq, seen);
  collect(bodyNodes, false, info, seenReq, seen);
  const opts = optionsAt(options, 'options', 'an object { name? }');
  knownKeys(opts, ['name'], 'options key');
  const name = optionalTextAt(own(opts, 'name'), 'options.name');
  const frozenSource: TemplateSource = Object.freeze({ subject: source.subject, body: source.body });

  const render = (data: TemplateFields<Subject, Body>): RenderedMessage => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new InvalidArgumentError('template data', data, 'an object of field values');
    }
    const missing: string[] = [];
    const subject = renderNodes(subjectNodes, data, { subject: true, missing, afterMark: false });
    const text = renderNodes(bodyNodes, data, { subject: false, missing, afterMark: false });
    if (missing.length > 0) throw new MissingFieldError(missing, name);
    return { subject, text, html: textToHtml(text), wordCount: countWords(text) };
  };

  return Object.freeze({
    source: frozenSource,
    required: Object.freeze(info.required),
    fields: Object.freeze(info.fields),
    render,
  });
}
