import { isRecord, lookup, own } from '../_lib/check.js';
import { didYouMean } from '../_lib/knownKeys.js';
import { describe, isFollowUpError } from '../errors.js';
import { DATE_EXPECTED, messageDayAt } from './formatMessageDate.js';
import type { MessageDataMap, MessageKind } from './messageData.js';

/**
 * What a top-level field of the built-in messages holds: a text; a flag that switches a paragraph on (`true`) or off;
 * an amount (a text, or a number written for the locale); a list of names; an object of texts (a person); or a value
 * `renderMessage` writes itself (dates and slots, checked there).
 */
type FieldShape = 'text' | 'flag' | 'amount' | 'names' | 'person' | 'written';

/** Every field of every built-in kind's data. */
type MessageField = { [K in MessageKind]: keyof MessageDataMap[K] }[MessageKind];

/** The shape of each field; the compiler asks for a new field's shape here. */
const SHAPES: { readonly [F in MessageField]: FieldShape } = {
  candidate: 'person', recipient: 'person', recruiter: 'person', interviewer: 'person', referee: 'person',
  company: 'text', role: 'text', point: 'text', connection: 'text', reason: 'text', stage: 'text', format: 'text',
  salary: 'amount',
  askFeedback: 'flag', feedbackOffer: 'flag',
  interviewers: 'names',
  interviewDate: 'written', timelineDate: 'written', decisionDate: 'written', startDate: 'written',
  expectedDate: 'written', responseDate: 'written', deadline: 'written', slots: 'written',
};

const TEXT = 'a text';

/** The problem of a required value that is missing or empty. @internal */
export const MISSING = 'missing or empty';

/**
 * One problem with the data of a message: its path (`data.role`), its value, and what is wrong (`expected a text, got
 * ["R"]`, `missing or empty`). `expected` is set for a value of the wrong type and for a field the message does not
 * read: alone, such a problem is an {@link InvalidArgumentError} saying what would be valid. @internal
 */
export interface DataIssue {
  readonly path: string;
  readonly value: unknown;
  readonly expected?: string;
  readonly problem: string;
  /** The library's own error for this value (an `InvalidDateError`), thrown as is when it is the only problem. */
  readonly error?: Error;
}

/** A value of the wrong type at `path`. */
const wrongType = (path: string, value: unknown, expected: string): DataIssue => ({ path, value, expected, problem: `expected ${expected}, got ${describe(value)}` });

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** A required value that counts as not given: absent, blank, or an empty list. */
function isEmpty(value: unknown): boolean {
  return isAbsent(value) || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** A date field (`interviewDate` …), checked as `renderMessage` reads it; blank counts as absent. `slots` is a list or a text. */
function checkWritten(field: string, value: unknown, issues: DataIssue[]): void {
  if (isAbsent(value) || (typeof value === 'string' && value.trim() === '')) return;
  if (field === 'slots') {
    if (typeof value !== 'string' && !Array.isArray(value)) issues.push(wrongType('data.slots', value, 'an array of ISO 8601 instants, civil dates, Dates or ready-made strings, one per slot'));
    return;
  }
  try {
    // The zone is only needed to write an instant; whether one is given is checked when the date is written.
    messageDayAt(value, 'UTC', `data.${field}`);
  } catch (e) {
    if (!isFollowUpError(e, 'INVALID_DATE')) throw e;
    issues.push({ ...wrongType(`data.${field}`, value, DATE_EXPECTED), error: e });
  }
}

/** A top-level value checked against its shape; a person's members are checked by {@link checkMember}. */
function checkField(field: string, value: unknown, issues: DataIssue[]): void {
  const shape = lookup(SHAPES, field);
  const path = `data.${field}`;
  if (shape === 'flag') {
    if (value !== undefined && typeof value !== 'boolean') issues.push(wrongType(path, value, 'true or false (or no value, which leaves the paragraph out)'));
    return;
  }
  if (shape === 'written') return checkWritten(field, value, issues);
  if (isAbsent(value) || typeof value === 'string') return;
  if (shape === 'text') issues.push(wrongType(path, value, TEXT));
  else if (shape === 'amount' && !(typeof value === 'number' && Number.isFinite(value))) {
    if (isRecord(value)) checkSalary(field, value, issues);
    else issues.push(wrongType(path, value, 'a text such as "EUR 78,000 per year", { amount, currency, period? }, or a finite number written for the locale'));
  } else if (shape === 'names') {
    if (!Array.isArray(value)) issues.push(wrongType(path, value, 'a text, or an array of names'));
    else (value as readonly unknown[]).forEach((name, i) => {
      if (typeof name !== 'string' || name.trim() === '') issues.push(wrongType(`${path}.${i}`, name, 'a non-empty string'));
    });
  }
}

const PERIODS = ['year', 'month', 'hour'];

/** `{ amount, currency, period? }`: a finite amount of 0 or more, an ISO 4217 code Intl knows, a known period. */
function checkSalary(field: string, value: Record<string, unknown>, issues: DataIssue[]): void {
  for (const key of Object.keys(value)) {
    if (key !== 'amount' && key !== 'currency' && key !== 'period') issues.push(wrongType(`data.${field}.${key}`, value[key], 'one of the fields amount, currency, period'));
  }
  const { amount, currency, period } = value;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) issues.push(wrongType(`data.${field}.amount`, amount, 'a finite number, 0 or more'));
  let known = typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency);
  try {
    if (known) new Intl.NumberFormat('en', { style: 'currency', currency: currency as string });
  } catch {
    known = false;
  }
  if (!known) issues.push(wrongType(`data.${field}.currency`, currency, 'an ISO 4217 currency code such as "EUR", "USD" or "GBP"'));
  if (period !== undefined && !PERIODS.includes(period as string)) issues.push(wrongType(`data.${field}.period`, period, '"year", "month" or "hour", or no period'));
}

/** `data.head` must be an object when given, and its member `key` a text when given; a wrong `head` is reported once. */
function checkMember(data: object, head: string, key: string, fields: readonly string[], required: readonly string[], issues: DataIssue[]): void {
  const parent = own(data, head);
  if (isAbsent(parent)) return;
  if (!isRecord(parent)) {
    if (issues.some((i) => i.path === `data.${head}`)) return;
    const members = fields.filter((f) => f.startsWith(`${head}.`)).map((f) => `${f.slice(head.length + 1)}${required.includes(f) ? '' : '?'}`);
    issues.push(wrongType(`data.${head}`, parent, `an object { ${[...new Set(members)].join(', ')} }`));
    return;
  }
  const value = own(parent, key);
  if (!isAbsent(value) && typeof value !== 'string') issues.push(wrongType(`data.${head}.${key}`, value, TEXT));
}

/** The value at a field's path (`candidate.name`), own properties only; `undefined` under a value that is not an object. */
function valueAt(data: object, field: string): unknown {
  let current: unknown = data;
  for (const part of field.split('.')) current = isRecord(current) ? own(current, part) : undefined;
  return current;
}

/**
 * Checks the data of a built-in message field by field, for callers without types (R1, R5, R8–R10): each field the
 * message reads must have the shape {@link MessageDataMap} gives it, so that a wrong value is an error naming its
 * path rather than a message that silently reads wrong (`askFeedback: "false"` asking for feedback, `recipient:
 * "Bob"` greeting the hiring team, `format: 42` writing "42").
 *
 * @param data - The caller's data object.
 * @param fields - The fields the message's template reads (`Template.fields`), e.g. `"candidate.name"`.
 * @param required - The fields it requires (`Template.required`).
 * @param kind - The message's kind, for the error text.
 * @returns Every problem, in the order of the template's fields, then the fields the message does not read: values
 *   of the wrong type, and, beside them, the required values that are missing or empty (alone, these are left to the
 *   template's `MissingFieldError`).
 * @internal
 */
export function checkMessageData(data: object, fields: readonly string[], required: readonly string[], kind: MessageKind): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const field of fields) {
    const dot = field.indexOf('.');
    if (dot === -1) checkField(field, own(data, field), issues);
    else checkMember(data, field.slice(0, dot), field.slice(dot + 1), fields, required, issues);
    const path = `data.${field}`;
    if (required.includes(field) && isEmpty(valueAt(data, field)) && !issues.some((i) => path === i.path || path.startsWith(`${i.path}.`))) {
      issues.push({ path, value: valueAt(data, field), problem: MISSING });
    }
  }
  // A field the message does not read is a mistake the caller would never see ("stag", or rejectionReply's askFeedback
  // given to rejectionNotice): refused, naming the fields there are. A field whose value is `undefined` counts as
  // absent (`{ ...data, slots: undefined }`).
  const heads = [...new Set(fields.map((f) => f.split('.')[0]!))];
  for (const key of Object.keys(data)) {
    if (heads.includes(key) || own(data, key) === undefined) continue;
    const fieldsOf = `"${kind}", which reads ${heads.join(', ')}${didYouMean(key, heads)}`;
    issues.push({ path: `data.${key}`, value: own(data, key), expected: `one of the fields of ${fieldsOf}`, problem: `not a field of ${fieldsOf}` });
  }
  return issues;
}
