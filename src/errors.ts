/**
 * Every error this library throws for a caller mistake carries one of these codes.
 * Expected outcomes (an unclassifiable reply, a silent employer) are values, never errors.
 */
export type FollowUpErrorCode =
  | 'INVALID_DATE'
  | 'DATE_OUT_OF_RANGE'
  | 'INVALID_ARGUMENT'
  | 'INVALID_CALENDAR'
  | 'UNKNOWN_REGION'
  | 'UNKNOWN_TIME_ZONE'
  | 'MISSING_DEPENDENCY'
  | 'INVALID_INPUT'
  | 'INVALID_TIMELINE'
  | 'INVALID_TRANSITION'
  | 'TEMPLATE_SYNTAX'
  | 'MISSING_FIELD';

/**
 * Base class of every error thrown by `interview-followup`.
 *
 * Use {@link isFollowUpError} rather than `instanceof`: the ESM and CommonJS builds, and each
 * subpath entry, carry their own copy of the class.
 */
export class FollowUpError extends Error {
  override readonly name: string = 'FollowUpError';
  readonly code: FollowUpErrorCode;

  constructor(code: FollowUpErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** A value that should be a civil date (`YYYY-MM-DD`), an instant or an epoch day is not one. */
export class InvalidDateError extends FollowUpError {
  override readonly name = 'InvalidDateError';
  readonly value: unknown;
  /** Where the value was found, e.g. `"interview.endedAt"`, when the caller passed it in an object. */
  readonly path: string | undefined;
  constructor(value: unknown, expected: string, path?: string) {
    super('INVALID_DATE', `Invalid ${path ?? 'date'} ${describe(value)}: expected ${expected}.`);
    this.value = value;
    this.path = path;
  }
}

/** A date, or a computation's result, falls outside the supported range. */
export class DateRangeError extends FollowUpError {
  override readonly name = 'DateRangeError';
  readonly value: unknown;
  constructor(value: unknown, message: string) {
    super('DATE_OUT_OF_RANGE', message);
    this.value = value;
  }
}

/** An argument has the wrong type or value (a non-integer count, an unknown option). */
export class InvalidArgumentError extends FollowUpError {
  override readonly name = 'InvalidArgumentError';
  readonly argument: string;
  readonly value: unknown;
  constructor(argument: string, value: unknown, expected: string) {
    super('INVALID_ARGUMENT', `Invalid ${argument} ${describe(value)}: expected ${expected}.`);
    this.argument = argument;
    this.value = value;
  }
}

/** Calendar options that cannot describe a working calendar. */
export class InvalidCalendarError extends FollowUpError {
  override readonly name = 'InvalidCalendarError';
  constructor(message: string) {
    super('INVALID_CALENDAR', message);
  }
}

/** A region code that is not an ISO 3166-1 country or ISO 3166-2 subdivision known to the data. */
export class UnknownRegionError extends FollowUpError {
  override readonly name = 'UnknownRegionError';
  readonly region: unknown;
  readonly suggestions: readonly string[];
  /** `note` says more about this region, e.g. that the data has no holidays for a country whose weekend is known. */
  constructor(region: unknown, suggestions: readonly string[], note = '') {
    const hint = (suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '') + note;
    super(
      'UNKNOWN_REGION',
      `Unknown region ${describe(region)}: expected an ISO 3166-1 country ("US") or ISO 3166-2 subdivision ("US-CA"); listRegions() lists them.${hint}`,
    );
    this.region = region;
    this.suggestions = suggestions;
  }
}

/** A time zone that is not an IANA zone name the runtime knows. */
export class UnknownTimeZoneError extends FollowUpError {
  override readonly name = 'UnknownTimeZoneError';
  readonly timeZone: unknown;
  /** Where the zone was found, e.g. `"interview.employerTimeZone"`, when the caller passed it in an object. */
  readonly path: string | undefined;
  constructor(timeZone: unknown, path?: string) {
    // A zone left out is missing, not unknown.
    const missing = timeZone === undefined || timeZone === null || timeZone === '';
    const what = path === undefined ? (missing ? 'Missing time zone' : 'Unknown time zone') : `Invalid ${path}: ${missing ? 'missing' : 'unknown'} time zone`;
    super('UNKNOWN_TIME_ZONE', `${what}${timeZone === undefined ? '' : ` ${describe(timeZone)}`}: expected an IANA zone name such as "Europe/Berlin" or "America/New_York".`);
    this.timeZone = timeZone;
    this.path = path;
  }
}

/** An optional peer dependency needed by this entry point is not installed. */
export class MissingDependencyError extends FollowUpError {
  override readonly name = 'MissingDependencyError';
  readonly dependency: string;
  constructor(dependency: string, entry: string, options?: { cause?: unknown }) {
    super(
      'MISSING_DEPENDENCY',
      `"${entry}" needs the optional peer dependency "${dependency}", which is not installed: run \`npm install ${dependency}\`.`,
      options,
    );
    this.dependency = dependency;
  }
}

/** One problem found while validating input, with the path to the offending field. */
export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Input that does not match a schema; `issues` lists every problem found. */
export class InvalidInputError extends FollowUpError {
  override readonly name = 'InvalidInputError';
  readonly issues: readonly InputIssue[];
  constructor(what: string, issues: readonly InputIssue[], options?: { cause?: unknown }) {
    const lines = issues.map((i) => `  - ${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
    super('INVALID_INPUT', `Invalid ${what}:\n${lines.join('\n')}`, options);
    this.issues = issues;
  }
}

/** A timeline that cannot be resolved, or resolves to an impossible date (before the interview). */
export class InvalidTimelineError extends FollowUpError {
  override readonly name = 'InvalidTimelineError';
  readonly timeline: unknown;
  constructor(timeline: unknown, message: string) {
    super('INVALID_TIMELINE', message);
    this.timeline = timeline;
  }
}

/** An event that cannot follow the application's current state. */
export class InvalidTransitionError extends FollowUpError {
  override readonly name = 'InvalidTransitionError';
  readonly state: string;
  readonly event: string;
  /** `where` names a replayed event's place, e.g. ` (applications.2.events.3, application "acme")`. */
  constructor(state: string, event: string, reason: string, where = '') {
    super('INVALID_TRANSITION', `Cannot apply event "${event}"${where} in state "${state}": ${reason}`);
    this.state = state;
    this.event = event;
  }
}

/** A template that does not parse; `line` and `column` are 1-based. */
export class TemplateSyntaxError extends FollowUpError {
  override readonly name = 'TemplateSyntaxError';
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super('TEMPLATE_SYNTAX', `${message} (line ${line}, column ${column})`);
    this.line = line;
    this.column = column;
  }
}

/**
 * Rendering needs values that are missing or empty; `fields` lists all of them at once (`candidate.name`), and the
 * message names each as a field of the data (`data.candidate.name`).
 */
export class MissingFieldError extends FollowUpError {
  override readonly name = 'MissingFieldError';
  readonly fields: readonly string[];
  constructor(fields: readonly string[], template?: string) {
    const where = template === undefined ? '' : ` for template "${template}"`;
    super('MISSING_FIELD', `Missing or empty value${fields.length > 1 ? 's' : ''}${where}: ${fields.map((f) => `data.${f}`).join(', ')}.`);
    this.fields = fields;
  }
}

/**
 * The error class of each code: what {@link isFollowUpError} narrows to, so that `error.path`, `error.argument` or
 * `error.issues` type-check.
 *
 * @example
 * ```ts
 * const onError = (e: FollowUpErrorByCode['INVALID_INPUT']) => e.issues.map((i) => i.path.join('.'))
 * ```
 */
export interface FollowUpErrorByCode {
  INVALID_DATE: InvalidDateError;
  DATE_OUT_OF_RANGE: DateRangeError;
  INVALID_ARGUMENT: InvalidArgumentError;
  INVALID_CALENDAR: InvalidCalendarError;
  UNKNOWN_REGION: UnknownRegionError;
  UNKNOWN_TIME_ZONE: UnknownTimeZoneError;
  MISSING_DEPENDENCY: MissingDependencyError;
  INVALID_INPUT: InvalidInputError;
  INVALID_TIMELINE: InvalidTimelineError;
  INVALID_TRANSITION: InvalidTransitionError;
  TEMPLATE_SYNTAX: TemplateSyntaxError;
  MISSING_FIELD: MissingFieldError;
}

/** The error class of `code` (see {@link FollowUpErrorByCode}). */
export type FollowUpErrorOf<C extends FollowUpErrorCode> = FollowUpErrorByCode[C] & { readonly code: C };

const CODES: ReadonlySet<string> = new Set<FollowUpErrorCode>([
  'INVALID_DATE', 'DATE_OUT_OF_RANGE', 'INVALID_ARGUMENT', 'INVALID_CALENDAR', 'UNKNOWN_REGION',
  'UNKNOWN_TIME_ZONE', 'MISSING_DEPENDENCY', 'INVALID_INPUT', 'INVALID_TIMELINE',
  'INVALID_TRANSITION', 'TEMPLATE_SYNTAX', 'MISSING_FIELD',
]);

/**
 * Whether `error` was thrown by this library, optionally with a given code. Works across the ESM
 * and CommonJS builds, where `instanceof` does not.
 *
 * @example
 * ```ts
 * try { calendar.addBusinessDays('2026-02-30', 1) }
 * catch (e) { if (isFollowUpError(e, 'INVALID_DATE')) console.log(e.path, e.value) }
 * ```
 */
export function isFollowUpError(error: unknown): error is FollowUpError;
export function isFollowUpError<C extends FollowUpErrorCode>(error: unknown, code: C): error is FollowUpErrorOf<C>;
export function isFollowUpError(error: unknown, code?: FollowUpErrorCode): error is FollowUpError {
  if (typeof error !== 'object' || error === null || !(error instanceof Error)) return false;
  const c = (error as { code?: unknown }).code;
  if (typeof c !== 'string' || !CODES.has(c)) return false;
  return code === undefined || c === code;
}

/** Renders a bad value for an error message: strings quoted, long values cut, a value left out as "(missing)". */
export function describe(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null) text = String(value);
  else if (value === undefined) text = '(missing)';
  else if (value instanceof Date) text = `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  else {
    try { text = JSON.stringify(value) ?? String(value); } catch { text = Object.prototype.toString.call(value); }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
