import { TemplateSyntaxError } from '../errors.js';

/** Literal text of a template, with line endings normalised to `\n`. */
export interface TextNode {
  readonly kind: 'text';
  readonly text: string;
}

/** `{{path}}` or `{{path|fallback}}`. */
export interface FieldNode {
  readonly kind: 'field';
  /** The dotted path as written, e.g. `"interviewer.name"`. */
  readonly name: string;
  readonly path: readonly string[];
  /** Offset of the tag's `{{` in the source (see {@link positionOf}). */
  readonly offset: number;
  /** The literal fallback text, when the tag has one. */
  readonly fallback?: string;
}

/** `{{#path}}…{{/path}}`: children rendered only when the value at `path` is present. */
export interface SectionNode {
  readonly kind: 'section';
  readonly name: string;
  readonly path: readonly string[];
  /** Offset of the opening tag's `{{` in the source. */
  readonly offset: number;
  /**
   * The section spans whole lines (its opening tag starts a line, its closing tag ends one), so
   * when it is omitted the blank line it leaves behind is dropped as well.
   */
  readonly wholeLine: boolean;
  readonly children: readonly TemplateNode[];
}

/** One node of a parsed template. */
export type TemplateNode = TextNode | FieldNode | SectionNode;

/** Options of {@link parseTemplate}. */
export interface ParseTemplateOptions {
  /** Reject line breaks in the template text (a mail subject is one line). @defaultValue false */
  readonly singleLine?: boolean;
  /** Named in error messages, e.g. `"subject"`. */
  readonly part?: string;
}

/** Deepest allowed nesting of sections: deeper templates are certainly mistakes, and rendering recurses. */
export const MAX_SECTION_DEPTH = 32;

const SUPPORTED = 'only {{path}}, {{path|fallback}} and {{#path}}…{{/path}} are supported';

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/**
 * 1-based line and column of `offset`; CRLF counts as one line break, a surrogate pair as one column.
 *
 * @example
 * ```ts
 * positionOf('Dear\n  {{name', 7) //=> { line: 2, column: 3 }
 * ```
 */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) {
      line++;
      column = 1;
    } else if (c === 13) {
      // the LF of a CRLF pair ends the line
    } else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && source.charCodeAt(i - 1) >= 0xd800 && source.charCodeAt(i - 1) <= 0xdbff) {
      // low half of a surrogate pair: same column as its high half
    } else {
      column++;
    }
  }
  return { line, column };
}

function fail(source: string, offset: number, message: string, part: string | undefined): never {
  const { line, column } = positionOf(source, offset);
  throw new TemplateSyntaxError(part === undefined ? message : `Template ${part}: ${message}`, line, column);
}

/**
 * Validates a dotted path starting at `offset` in `source` and splits it into segments; throws
 * with the position of the first offending character.
 */
function parsePath(source: string, start: number, end: number, part: string | undefined, what: string): string[] {
  if (start === end) fail(source, start, `Empty ${what}: write a field name such as {{company}}`, part);
  const segments: string[] = [];
  let segStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || source.charCodeAt(i) === 46) {
      if (i === segStart) {
        fail(source, i, `Empty segment in path "${source.slice(start, end)}": write names separated by single dots, such as {{interviewer.name}}`, part);
      }
      segments.push(source.slice(segStart, i));
      segStart = i + 1;
      continue;
    }
    const c = source.charCodeAt(i);
    const ok = i === segStart ? isIdentStart(c) : isIdentPart(c);
    if (!ok) {
      const shown = JSON.stringify(String.fromCodePoint(source.codePointAt(i) ?? c));
      fail(source, i, `Invalid character ${shown} in path "${source.slice(start, end)}": path segments are letters, digits and "_", not starting with a digit, separated by "."; ${SUPPORTED}`, part);
    }
  }
  return segments;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

const HASH = 35;
const SLASH = 47;

// Scanning: where the tags are, and whether each is well formed as a tag.

/** A `{{…}}` tag found by {@link scanTag}, as offsets into the source. */
interface Tag {
  /** Offset of the tag's `{{`. */
  readonly open: number;
  /** Offset of the first character inside the tag. */
  readonly inner: number;
  /** Offset of the tag's `}}`. */
  readonly end: number;
  /** Offset of the first `|` inside the tag, or -1. */
  readonly bar: number;
  /** The character code right after `{{` (`#`, `/`, or the path's first character). */
  readonly sigil: number;
}

/** Offset of the next `{{` at or after `from`, or -1; a `}}` before it is a stray closer. */
function nextOpen(source: string, from: number, part: string | undefined): number {
  const open = source.indexOf('{{', from);
  const close = source.indexOf('}}', from);
  if (close !== -1 && (open === -1 || close < open)) fail(source, close, 'Stray "}}" without a matching "{{"', part);
  return open;
}

/** The tag whose `{{` is at `open`: it ends with `}}` on the same line and holds no other `{{` or a third brace. */
function scanTag(source: string, open: number, part: string | undefined): Tag {
  const n = source.length;
  const inner = open + 2;
  const end = source.indexOf('}}', inner);
  let bar = -1;
  for (let k = inner; k < (end === -1 ? n : end); k++) {
    const c = source.charCodeAt(k);
    if (c === 124 /* | */ && bar === -1) bar = k;
    if (isLineBreak(c) || end === -1) fail(source, open, 'Unclosed "{{": a tag must end with "}}" on the same line', part);
    if (c === 123 /* { */) {
      if (k === inner) fail(source, open, `Triple braces "{{{" are not supported; ${SUPPORTED}`, part);
      if (source.charCodeAt(k + 1) === 123) fail(source, open, 'Unclosed "{{": another "{{" starts before this tag ends', part);
    }
  }
  if (end === -1) fail(source, open, 'Unclosed "{{": a tag must end with "}}" on the same line', part);
  return { open, inner, end, bar, sigil: source.charCodeAt(inner) };
}

/** Where a section tag sits on its line: the blanks around it, and whether only blanks share its line. */
interface TagLine {
  /** Offset of the first of the blanks right before the tag. */
  readonly start: number;
  /** Offset right after the blanks that follow the tag. */
  readonly end: number;
  readonly atLineStart: boolean;
  readonly atLineEnd: boolean;
}

function tagLine(source: string, tag: Tag): TagLine {
  const n = source.length;
  let start = tag.open;
  while (start > 0 && isBlank(source.charCodeAt(start - 1))) start--;
  let end = tag.end + 2;
  while (end < n && isBlank(source.charCodeAt(end))) end++;
  return {
    start,
    end,
    atLineStart: start === 0 || isLineBreak(source.charCodeAt(start - 1)),
    atLineEnd: end === n || isLineBreak(source.charCodeAt(end)),
  };
}

/** The offset right after the line break that ends the line at `lineEnd` (CRLF, CR or LF), or `lineEnd` at the end. */
function afterLineBreak(source: string, lineEnd: number): number {
  let next = lineEnd;
  if (source.charCodeAt(next) === 13) next++;
  if (source.charCodeAt(next) === 10) next++;
  return next;
}

// Checking: paths, fallbacks and the nesting of sections, building the nodes as it goes.

interface OpenSection {
  readonly name: string;
  readonly path: string[];
  readonly offset: number;
  readonly atLineStart: boolean;
  readonly children: TemplateNode[];
}

/** The nodes of one template, built tag by tag in source order; each method checks what it adds. */
class TemplateTree {
  readonly root: TemplateNode[] = [];
  private readonly stack: OpenSection[] = [];
  private readonly openNames = new Set<string>();
  private out: TemplateNode[] = this.root;
  /** Text accumulated since the last tag; a standalone section tag trims its indentation. */
  private pending = '';
  private readonly part: string | undefined;
  private readonly multiLine: boolean;

  constructor(
    private readonly source: string,
    options: ParseTemplateOptions,
  ) {
    this.part = options.part;
    this.multiLine = options.singleLine !== true;
  }

  /** Literal text `source[from, to)`, line endings normalised; a line break in a one-line template is an error. */
  text(from: number, to: number): void {
    if (from >= to) return;
    const source = this.source;
    let text = source.slice(from, to);
    if (!this.multiLine) {
      for (let k = from; k < to; k++) {
        if (isLineBreak(source.charCodeAt(k))) fail(source, k, 'Line break in a one-line template (a subject must be a single line)', this.part);
      }
    }
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    this.pending += text;
  }

  /** A `{{path}}` or `{{path|fallback}}` tag; returns the offset after it. */
  field(tag: Tag): number {
    const { source, part } = this;
    const { open, inner, end, bar, sigil } = tag;
    if (sigil === 33 || sigil === 62 || sigil === 94 || sigil === 38 || sigil === 61) {
      fail(source, open, `Unsupported tag "{{${String.fromCharCode(sigil)}": comments, partials, inverted sections and unescaped output do not exist here; ${SUPPORTED}`, part);
    }
    const pathEnd = bar === -1 ? end : bar;
    const name = source.slice(inner, pathEnd);
    const path = parsePath(source, inner, pathEnd, part, 'path');
    this.flush();
    if (pathEnd === end) {
      this.out.push({ kind: 'field', name, path, offset: open });
    } else {
      const fallback = source.slice(pathEnd + 1, end);
      if (fallback.trim() === '') {
        fail(source, pathEnd, `Empty fallback in {{${name}|}}: write the text to use when "${name}" is missing, or wrap optional content in {{#${name}}}…{{/${name}}}`, part);
      }
      this.out.push({ kind: 'field', name, path, offset: open, fallback });
    }
    return end + 2;
  }

  /** A `{{#path}}` or `{{/path}}` tag; returns the offset after it (after its line when it stands alone). */
  section(tag: Tag): number {
    const { source, part } = this;
    const { open, inner, end, bar, sigil } = tag;
    const name = source.slice(inner + 1, end);
    if (bar !== -1) fail(source, bar, 'A section tag takes no fallback', part);
    const path = parsePath(source, inner + 1, end, part, 'section name');
    const line = tagLine(source, tag);
    let next = end + 2;
    if (line.atLineStart && line.atLineEnd && this.multiLine) {
      // Standalone tag: its line disappears from the output.
      this.pending = this.pending.slice(0, this.pending.length - (open - line.start));
      next = afterLineBreak(source, line.end);
    } else if (sigil === SLASH && line.atLineEnd && this.multiLine && this.stack[this.stack.length - 1]?.atLineStart === true && next < source.length) {
      // {{#a}}whole line{{/a}}: the line break belongs to the section.
      next = afterLineBreak(source, line.end);
      this.pending += '\n';
    }
    this.flush();
    if (sigil === HASH) this.open(name, path, open, line.atLineStart);
    else this.close(name, open, line.atLineEnd);
    return next;
  }

  /** The nodes, once every section is closed. */
  finish(): TemplateNode[] {
    this.flush();
    const unclosed = this.stack[this.stack.length - 1];
    if (unclosed !== undefined) fail(this.source, unclosed.offset, `Unclosed section {{#${unclosed.name}}}: add {{/${unclosed.name}}}`, this.part);
    return this.root;
  }

  private flush(): void {
    if (this.pending !== '') this.out.push({ kind: 'text', text: this.pending });
    this.pending = '';
  }

  private open(name: string, path: string[], offset: number, atLineStart: boolean): void {
    const { source, part } = this;
    if (this.openNames.has(name)) fail(source, offset, `Section {{#${name}}} is nested inside a section of the same name`, part);
    if (this.stack.length >= MAX_SECTION_DEPTH) fail(source, offset, `Sections are nested more than ${MAX_SECTION_DEPTH} levels deep`, part);
    const section: OpenSection = { name, path, offset, atLineStart, children: [] };
    this.stack.push(section);
    this.openNames.add(name);
    this.out = section.children;
  }

  private close(name: string, offset: number, atLineEnd: boolean): void {
    const { source, part, stack } = this;
    const top = stack.pop();
    if (top === undefined) fail(source, offset, `Closing tag {{/${name}}} has no matching {{#${name}}}`, part);
    this.openNames.delete(top.name);
    if (top.name !== name) {
      const at = positionOf(source, top.offset);
      fail(source, offset, `Closing tag {{/${name}}} does not match the open section {{#${top.name}}} (line ${at.line}, column ${at.column})`, part);
    }
    this.out = stack.length === 0 ? this.root : (stack[stack.length - 1] as OpenSection).children;
    this.out.push({ kind: 'section', name, path: top.path, offset: top.offset, wholeLine: top.atLineStart && atLineEnd, children: top.children });
  }
}

/**
 * Parses template source into nodes in one left-to-right pass (linear time, no regular
 * expressions): {@link scanTag} finds each tag, a {@link TemplateTree} checks it and adds its node.
 * A section tag alone on its line (only spaces or tabs around it) takes its line with it, so
 * optional paragraphs leave no blank lines behind.
 *
 * @throws {@link TemplateSyntaxError} with the 1-based line and column of the first problem.
 * @example
 * ```ts
 * parseTemplate('Hi {{name|there}}')
 * //=> [{ kind: 'text', text: 'Hi ' }, { kind: 'field', name: 'name', path: ['name'], offset: 3, fallback: 'there' }]
 * ```
 */
export function parseTemplate(source: string, options: ParseTemplateOptions = {}): TemplateNode[] {
  if (typeof source !== 'string') {
    throw new TemplateSyntaxError(`Template ${options.part ?? 'source'} must be a string, got ${source === undefined ? 'nothing' : typeof source}`, 1, 1);
  }
  const tree = new TemplateTree(source, options);
  const n = source.length;
  let i = 0;
  while (i < n) {
    const open = nextOpen(source, i, options.part);
    if (open === -1) {
      tree.text(i, n);
      break;
    }
    tree.text(i, open);
    const tag = scanTag(source, open, options.part);
    i = tag.sigil === HASH || tag.sigil === SLASH ? tree.section(tag) : tree.field(tag);
  }
  return tree.finish();
}
