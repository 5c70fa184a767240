import { isRecord, lookup, own } from '../_lib/check.js';
import { didYouMean } from '../_lib/knownKeys.js';
import { InvalidArgumentError } from '../errors.js';
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

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** A top-level value checked against its shape; a person's members are checked by {@link checkMember}. */
function checkField(field: string, value: unknown): void {
  const shape = lookup(SHAPES, field);
  if (shape === 'flag') {
    if (value !== undefined && typeof value !== 'boolean') {
      throw new InvalidArgumentError(`data.${field}`, value, 'true or false (or no value, which leaves the paragraph out)');
    }
    return;
  }
  if (isAbsent(value) || typeof value === 'string') return;
  if (shape === 'text') throw new InvalidArgumentError(`data.${field}`, value, TEXT);
  if (shape === 'amount' && !(typeof value === 'number' && Number.isFinite(value))) {
    if (isRecord(value)) return checkSalary(field, value);
    throw new InvalidArgumentError(`data.${field}`, value, 'a text such as "EUR 78,000 per year", { amount, currency, period? }, or a finite number written for the locale');
  }
  if (shape === 'names' && !Array.isArray(value)) throw new InvalidArgumentError(`data.${field}`, value, 'a text, or an array of names');
}

const PERIODS = ['year', 'month', 'hour'];

/** `{ amount, currency, period? }`: a finite amount of 0 or more, an ISO 4217 code Intl knows, a known period. */
function checkSalary(field: string, value: Record<string, unknown>): void {
  for (const key of Object.keys(value)) {
    if (key !== 'amount' && key !== 'currency' && key !== 'period') throw new InvalidArgumentError(`data.${field}.${key}`, value[key], 'one of the fields amount, currency, period');
  }
  const { amount, currency, period } = value;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) throw new InvalidArgumentError(`data.${field}.amount`, amount, 'a finite number, 0 or more');
  let known = typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency);
  try {
    if (known) new Intl.NumberFormat('en', { style: 'currency', currency: currency as string });
  } catch {
    known = false;
  }
  if (!known) throw new InvalidArgumentError(`data.${field}.currency`, currency, 'an ISO 4217 currency code such as "EUR", "USD" or "GBP"');
  if (period !== undefined && !PERIODS.includes(period as string)) throw new InvalidArgumentError(`data.${field}.period`, period, '"year", "month" or "hour", or no period');
}

/** `data.head` must be an object when given, and its member `key` a text when given. */
function checkMember(data: object, head: string, key: string, fields: readonly string[], required: readonly string[]): void {
  const parent = own(data, head);
  if (isAbsent(parent)) return;
  if (!isRecord(parent)) {
    const members = fields.filter((f) => f.startsWith(`${head}.`)).map((f) => `${f.slice(head.length + 1)}${required.includes(f) ? '' : '?'}`);
    throw new InvalidArgumentError(`data.${head}`, parent, `an object { ${[...new Set(members)].join(', ')} }`);
  }
  const value = own(parent, key);
  if (!isAbsent(value) && typeof value !== 'string') throw new InvalidArgumentError(`data.${head}.${key}`, value, TEXT);
}

/**
 * Checks the data of a built-in message field by field, for callers without types (R1, R5, R8–R10): each field the
 * message reads must have the shape {@link MessageDataMap} gives it, so that a wrong value is an error naming its
 * path rather than a message that silently reads wrong (`askFeedback: "false"` asking for feedback, `recipient:
 * "Bob"` greeting the hiring team, `format: 42` writing "42"). Missing values are left to `MissingFieldError`.
 *
 * @param data - The caller's data object.
 * @param fields - The fields the message's template reads (`Template.fields`), e.g. `"candidate.name"`.
 * @param required - The fields it requires (`Template.required`), for the error text.
 * @param kind - The message's kind, for the error text.
 * @throws {@link InvalidArgumentError} naming the first field the message does not read, or of the wrong shape, its
 *   value and what is valid.
 * @internal
 */
export function checkMessageData(data: object, fields: readonly string[], required: readonly string[], kind: MessageKind): void {
  // A field the message does not read is a mistake the caller would never see ("stag", or rejectionReply's askFeedback
  // given to rejectionNotice): refused, naming the fields there are.
  const heads = [...new Set(fields.map((f) => f.split('.')[0]!))];
  // A field whose value is `undefined` counts as absent (`{ ...data, slots: undefined }`).
  for (const key of Object.keys(data)) {
    if (heads.includes(key) || own(data, key) === undefined) continue;
    throw new InvalidArgumentError(`data.${key}`, own(data, key), `no field of "${kind}", which reads ${heads.join(', ')}${didYouMean(key, heads)}`);
  }
  for (const field of fields) {
    const dot = field.indexOf('.');
    if (dot === -1) checkField(field, own(data, field));
    else checkMember(data, field.slice(0, dot), field.slice(dot + 1), fields, required);
  }
}
