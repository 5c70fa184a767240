/** One function of src/ as scripts/function-lengths.mjs measures it. */
export interface FunctionLength {
  /** Path from the repository root, with `/`. */
  readonly file: string;
  readonly name: string;
  /** 1-based line of the function's first token. */
  readonly line: number;
  /** Lines from the first token to the closing brace, doc comment not counted. */
  readonly lines: number;
  /** The text after `// long:` above the function or on its first line, if any. */
  readonly reason: string | undefined;
}

/** Every `.ts`/`.cts` source file under `dir` (default: src/), tests excluded, as absolute paths. */
export function sourceFiles(dir?: string): string[];

/** Every function with a body in `files` (default: src/), longest first. */
export function functionLengths(files?: readonly string[]): FunctionLength[];
