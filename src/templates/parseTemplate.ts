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

interface OpenSection {
  readonly name: string;
  readonly path: string[];
  readonly offset: number;
  readonly atLineStart: boolean;
  readonly children: TemplateNode[];
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Parses template source into nodes in one left-to-right pass (linear time, no regular
 * expressions). A section tag alone on its line (only spaces or tabs around it) takes its line
 * with it, so optional paragraphs leave no blank lines behind.
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
    throw new TemplateSyntaxError(`Template ${options.part ?? 'source'} must be a string, got ${typeof source}`, 1, 1);
  }
  const part = options.part;
  const root: TemplateNode[] = [];
  const stack: OpenSection[] = [];
  const openNames = new Set<string>();
  const n = source.length;
  let out = root;
  let i = 0;
  // Text accumulated since the last tag; a standalone section tag trims its indentation.
  let pending = '';

  const flush = (): void => {
    if (pending !== '') out.push({ kind: 'text', text: pending });
    pending = '';
  };
  const appendText = (from: number, to: number): void => {
    if (from >= to) return;
    let text = source.slice(from, to);
    if (options.singleLine === true) {
      for (let k = from; k < to; k++) {
        const c = source.charCodeAt(k);
        if (c === 10 || c === 13) fail(source, k, 'Line break in a one-line template (a subject must be a single line)', part);
      }
    }
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    pending += text;
  };

  while (i < n) {
    const open = source.indexOf('{{', i);
    const close = source.indexOf('}}', i);
    if (close !== -1 && (open === -1 || close < open)) {
      fail(source, close, 'Stray "}}" without a matching "{{"', part);
    }
    if (open === -1) {
      appendText(i, n);
      break;
    }
    appendText(i, open);
    const innerStart = open + 2;
    const end = source.indexOf('}}', innerStart);
    // A tag never spans lines and never contains another "{{"; note its first "|".
    let bar = -1;
    for (let k = innerStart; k < (end === -1 ? n : end); k++) {
      const c = source.charCodeAt(k);
      if (c === 124 /* | */ && bar === -1) bar = k;
      if (c === 10 || c === 13 || end === -1) {
        fail(source, open, 'Unclosed "{{": a tag must end with "}}" on the same line', part);
      }
      if (c === 123 /* { */) {
        if (k === innerStart) fail(source, open, `Triple braces "{{{" are not supported; ${SUPPORTED}`, part);
        if (source.charCodeAt(k + 1) === 123) fail(source, open, 'Unclosed "{{": another "{{" starts before this tag ends', part);
      }
    }
    if (end === -1) fail(source, open, 'Unclosed "{{": a tag must end with "}}" on the same line', part);
    const sigil = source.charCodeAt(innerStart);
    const isSection = sigil === 35 /* # */ || sigil === 47; /* / */

    if (isSection) {
      const name = source.slice(innerStart + 1, end);
      if (bar !== -1) fail(source, bar, 'A section tag takes no fallback', part);
      const path = parsePath(source, innerStart + 1, end, part, 'section name');
      // Standalone tag: only blanks between the previous line break and the next one.
      let lineStart = open;
      while (lineStart > 0 && isBlank(source.charCodeAt(lineStart - 1))) lineStart--;
      let lineEnd = end + 2;
      while (lineEnd < n && isBlank(source.charCodeAt(lineEnd))) lineEnd++;
      const atLineStart = lineStart === 0 || source.charCodeAt(lineStart - 1) === 10 || source.charCodeAt(lineStart - 1) === 13;
      const atLineEnd = lineEnd === n || source.charCodeAt(lineEnd) === 10 || source.charCodeAt(lineEnd) === 13;
      let next = end + 2;
      const skipLine = (): void => {
        next = lineEnd;
        if (source.charCodeAt(next) === 13) next++;
        if (source.charCodeAt(next) === 10) next++;
      };
      const multiLine = options.singleLine !== true;
      if (atLineStart && atLineEnd && multiLine) {
        // Standalone tag: its line disappears from the output.
        pending = pending.slice(0, pending.length - (open - lineStart));
        skipLine();
      } else if (sigil === 47 && atLineEnd && multiLine && stack[stack.length - 1]?.atLineStart === true && next < n) {
        // {{#a}}whole line{{/a}}: the line break belongs to the section.
        skipLine();
        pending += '\n';
      }
      flush();
      if (sigil === 35) {
        if (openNames.has(name)) {
          fail(source, open, `Section {{#${name}}} is nested inside a section of the same name`, part);
        }
        if (stack.length >= MAX_SECTION_DEPTH) {
          fail(source, open, `Sections are nested more than ${MAX_SECTION_DEPTH} levels deep`, part);
        }
        const section: OpenSection = { name, path, offset: open, atLineStart, children: [] };
        stack.push(section);
        openNames.add(name);
        out = section.children;
      } else {
        const top = stack.pop();
        if (top === undefined) fail(source, open, `Closing tag {{/${name}}} has no matching {{#${name}}}`, part);
        openNames.delete(top.name);
        if (top.name !== name) {
          const at = positionOf(source, top.offset);
          fail(source, open, `Closing tag {{/${name}}} does not match the open section {{#${top.name}}} (line ${at.line}, column ${at.column})`, part);
        }
        out = stack.length === 0 ? root : (stack[stack.length - 1] as OpenSection).children;
        out.push({ kind: 'section', name, path: top.path, offset: top.offset, wholeLine: top.atLineStart && atLineEnd, children: top.children });
      }
      i = next;
      continue;
    }

    if (sigil === 33 || sigil === 62 || sigil === 94 || sigil === 38 || sigil === 61) {
      fail(source, open, `Unsupported tag "{{${String.fromCharCode(sigil)}": comments, partials, inverted sections and unescaped output do not exist here; ${SUPPORTED}`, part);
    }
    const pathEnd = bar === -1 ? end : bar;
    const name = source.slice(innerStart, pathEnd);
    const path = parsePath(source, innerStart, pathEnd, part, 'path');
    flush();
    if (pathEnd === end) {
      out.push({ kind: 'field', name, path, offset: open });
    } else {
      const fallback = source.slice(pathEnd + 1, end);
      if (fallback.trim() === '') {
        fail(source, pathEnd, `Empty fallback in {{${name}|}}: write the text to use when "${name}" is missing, or wrap optional content in {{#${name}}}…{{/${name}}}`, part);
      }
      out.push({ kind: 'field', name, path, offset: open, fallback });
    }
    i = end + 2;
  }
  flush();
  const unclosed = stack[stack.length - 1];
  if (unclosed !== undefined) fail(source, unclosed.offset, `Unclosed section {{#${unclosed.name}}}: add {{/${unclosed.name}}}`, part);
  return root;
}
