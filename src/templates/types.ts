/** A value a template inserts: strings as given, finite numbers through `String(n)`. */
export type TemplateValue = string | number;

/**
 * A value that decides whether a `{{#section}}` renders: present when it is `true`, a non-blank
 * string, a finite number, a non-empty array or an object; absent when `false`, `null`,
 * `undefined`, `""` (or only whitespace) or `[]`.
 */
export type SectionValue = boolean | TemplateValue | readonly unknown[] | object | null | undefined;

/** Any data a template built from a non-literal string accepts. */
export type AnyTemplateData = { readonly [key: string]: unknown };

/** What rendering a template or a built-in message produces. */
export interface RenderedMessage {
  /** The subject line: one line, no HTML. */
  readonly subject: string;
  /** The body as plain text (`\n` line breaks; a blank line between paragraphs). */
  readonly text: string;
  /** The body as HTML: `<p>` per paragraph, `<br>` per single line break, every character escaped. */
  readonly html: string;
  /** Words in the body text (whitespace-separated tokens with at least one letter or digit). */
  readonly wordCount: number;
}

// ---- Type-level template scanning (R-independent): the fields a literal template needs. ----

interface Scanned<Req extends string, Opt extends string, Sec extends string> {
  req: Req;
  opt: Opt;
  sec: Sec;
}

type Pop<T extends unknown[]> = T extends [...infer Init, unknown] ? Init : [];

/** Walks the tags of `S` left to right, tail-recursively, tracking how many sections are open. */
type Scan<S extends string, Depth extends unknown[] = [], Req extends string = never, Opt extends string = never, Sec extends string = never> =
  S extends `${infer _Before}{{${infer Tag}}}${infer Rest}`
    ? Tag extends `#${infer Name}`
      ? Scan<Rest, [...Depth, Name], Req, Opt, Sec | Name>
      : Tag extends `/${string}`
        ? Scan<Rest, Pop<Depth>, Req, Opt, Sec>
        : Tag extends `${infer Path}|${string}`
          ? Scan<Rest, Depth, Req, Opt | Path, Sec>
          : Depth extends []
            ? Scan<Rest, Depth, Req | Tag, Opt, Sec>
            : Scan<Rest, Depth, Req, Opt | Tag, Sec>
    : Scanned<Req, Opt, Sec>;

type Head<P extends string> = P extends `${infer H}.${string}` ? H : P;
type Under<P extends string, K extends string> = P extends `${K}.${infer R}` ? R : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

type FieldType<K extends string, Req extends string, Opt extends string, Sec extends string> =
  [Under<Req | Opt | Sec, K>] extends [never]
    ? K extends Req | Opt ? TemplateValue : SectionValue
    : Build<Under<Req, K>, Under<Opt, K>, Under<Sec, K>>;

type Build<Req extends string, Opt extends string, Sec extends string> = Simplify<
  { [K in Head<Req>]: FieldType<K, Req, Opt, Sec> } & {
    [K in Exclude<Head<Opt | Sec>, Head<Req>>]?: FieldType<K, Req, Opt, Sec> | null | undefined;
  }
>;

type Merge<A, B> = A extends Scanned<infer R1, infer O1, infer S1>
  ? B extends Scanned<infer R2, infer O2, infer S2>
    ? Build<R1 | R2, O1 | O2, S1 | S2>
    : never
  : never;

/**
 * The data a template needs, inferred from its literal subject and body: `{{a}}` is a required
 * {@link TemplateValue}; `{{a|fallback}}`, fields inside a section and section names are optional;
 * `{{a.b}}` becomes `{ a: { b: TemplateValue } }`. Non-literal strings give {@link AnyTemplateData}.
 *
 * @example
 * ```ts
 * type D = TemplateFields<'Hi {{user.name}}', '{{#vip}}Welcome back{{/vip}}'>
 * //=> { user: { name: string | number }; vip?: SectionValue }
 * ```
 */
export type TemplateFields<Subject extends string, Body extends string> = string extends Subject
  ? AnyTemplateData
  : string extends Body
    ? AnyTemplateData
    : Merge<Scan<Subject>, Scan<Body>>;
