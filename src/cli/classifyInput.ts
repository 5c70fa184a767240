import { classifyReply } from '../classifier/classifyReply.js';
import { extractTimeline } from '../classifier/extractTimeline.js';
import { findTimePhrases } from '../classifier/findTimePhrases.js';
import type { ExtractedTimeline } from '../classifier/types.js';
import { civilDateInZone, zoneOfOffset } from '../calendar/zone.js';
import { parseEmail } from '../mail/parseEmail.js';
import type { ParsedEmail } from '../mail/parseEmail.js';
import { splitMbox } from '../mail/splitMbox.js';
import { usageError } from './CliError.js';
import { decodeText } from './decodeText.js';
import { escapeControls } from './escapeControls.js';
import { checkReceived, checkZone } from './flags.js';
import { looksLikeEmail } from './looksLikeEmail.js';
import { describeSource, isStdin, readInput } from './readInput.js';
import type { Reporter } from './reporter.js';
import { spanWords } from '../_lib/spanText.js';

/** Options of `classify`. */
export interface ClassifyFlags {
  readonly received?: string | undefined;
  readonly zone?: string | undefined;
}

/** Where a timeline's reference came from: `from-line` is the date of a mailbox message's `From ` line. */
export type ReferenceSource = 'date-header' | 'received' | 'from-line' | 'now';

/** A classified message: classifyReply's result passed through, with the timeline and what it was counted from. */
export type ClassifiedMessage = Record<string, unknown> & {
  readonly label: string;
  readonly confidence: number;
  readonly timeline: ExtractedTimeline | null;
  /** With no timeline: a day the employer promised that had passed when the reply was written ("by Friday the 20th" on the 25th). */
  readonly passedPromise?: { readonly date: string; readonly phrase: string };
  readonly reference: { readonly instant: string; readonly source: ReferenceSource; readonly timeZone: string };
};

/** Checks `--received` and `--zone` under their own names, before any input is read. */
export function checkClassifyFlags(flags: ClassifyFlags): void {
  checkReceived(flags.received);
  checkZone(flags.zone);
}

/**
 * The instant a message's timeline is counted from, and where it came from. For one reply, `--received`
 * wins over the email's Date header (the user said when it arrived), then now. In a mailbox
 * (`inMailbox`), every message keeps its own Date header, and `--received` stands in only for a
 * missing one, before the date of the message's `From ` line (`fromLine`) and now.
 */
function referenceOf(date: string | undefined, flags: ClassifyFlags, now: () => Date, inMailbox: boolean, fromLine: string | undefined): [string, ReferenceSource] {
  if (flags.received !== undefined && (!inMailbox || date === undefined)) return [flags.received, 'received'];
  if (date !== undefined) return [date, 'date-header'];
  if (fromLine !== undefined) return [fromLine, 'from-line'];
  return [now().toISOString(), 'now'];
}

/**
 * Classifies one reply (text or a parsed email) and reads its timeline from the right reference
 * (see `referenceOf`; `mailbox` is given for a message of an mbox file, with the date of its
 * `From ` line when it has one), in `--zone`, else a zone with the reference's UTC offset at that
 * instant, else UTC. The flags are checked.
 */
export function classifyMessage(input: string | ParsedEmail, flags: ClassifyFlags, now: () => Date, mailbox?: { readonly fromLine?: string | undefined }): ClassifiedMessage {
  const email = typeof input === 'string' ? undefined : input;
  const [instant, source] = referenceOf(email?.date, flags, now, mailbox !== undefined, mailbox?.fromLine);
  const timeZone = flags.zone ?? zoneOfOffset(instant) ?? 'UTC';
  const result = classifyReply(input, { reference: instant, timeZone }) as unknown as Record<string, unknown> & { label: string; confidence: number };
  const reference = { instant, source, timeZone };
  // An automatic reply promises nothing: the day its sender is back is not a day the employer set.
  if (result['autoReply'] === true) return { ...result, timeline: null, reference };
  const timeline = extractTimeline(input, { reference: instant, timeZone });
  if (timeline !== null) return { ...result, timeline, reference };
  const today = civilDateInZone(instant, timeZone);
  const passed = findTimePhrases(input, { reference: instant, timeZone }).find((p) => p.role === 'promise' && p.kind !== 'vague' && p.date < today);
  return { ...result, timeline, ...(passed === undefined ? {} : { passedPromise: { date: passed.date, phrase: spanWords(passed.span) } }), reference };
}

/**
 * The warning for a reference written with a UTC offset that no known zone has at that instant
 * (`+05:17`, or `-02:30` in January): dates are then counted in UTC, and the user should know.
 * `undefined` when `--zone` was given or the offset has a zone.
 */
export function unknownOffsetWarning(reference: ClassifiedMessage['reference'], flags: ClassifyFlags): string | undefined {
  if (flags.zone !== undefined || zoneOfOffset(reference.instant) !== undefined) return undefined;
  const offset = /[+-]\d{2}:\d{2}$/.exec(reference.instant)?.[0] ?? reference.instant;
  const where = reference.source === 'received' ? '--received' : reference.source === 'from-line' ? 'the "From " line' : 'the Date header';
  return `the UTC offset ${offset} of ${where} (${reference.instant}) has no known time zone at that date: dates such as "by Friday" were counted in UTC (pass --zone with the employer's time zone)`;
}

const field = (value: Record<string, unknown>, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

/** The text form of a classified message: label, confidence, topic (when the classifier gives one), evidence and timeline. */
export function describeClassification(result: ClassifiedMessage): string {
  const topic = field(result, 'topic');
  const language = field(result, 'language');
  const facts = [`confidence ${result.confidence.toFixed(2)}`];
  if (typeof language === 'string') facts.push(`language ${language}`);
  if (typeof topic === 'string') facts.push(`topic ${topic}`);
  const marker = field(result, 'autoReply') === true ? " — an automatic reply, not the employer's answer" : field(result, 'needsReview') === true ? ' — needs review' : '';
  const lines = [`${result.label} (${facts.join(', ')})${marker}`];
  const evidence = field(result, 'evidence');
  if (Array.isArray(evidence)) {
    for (const e of evidence as Record<string, unknown>[]) {
      if (typeof e['text'] === 'string') lines.push(`  "${escapeControls(spanWords(e as { field?: unknown; text: string }))}"${typeof e['label'] === 'string' ? ` → ${e['label']}` : ''}`);
    }
  }
  const requests = field(result, 'requests');
  if (Array.isArray(requests)) {
    for (const r of requests as Record<string, unknown>[]) {
      const kind = typeof r['kind'] === 'string' ? r['kind'] : 'request';
      const span = r['span'] as Record<string, unknown> | undefined;
      const words = typeof span?.['text'] === 'string' ? spanWords(span as { field?: unknown; text: string }) : undefined;
      const due = r['due'];
      // The answer an offer waits for, which the reply does not ask for in words: its span is the offer's words.
      const quoted = r['implied'] === true ? ' (an offer waits for an answer)' : words !== undefined ? ` ("${escapeControls(words)}")` : '';
      lines.push(`  asks: ${kind}${quoted}${typeof due === 'string' ? `, by ${due}` : ''}`);
    }
  }
  const t = result.timeline;
  const passed = result.passedPromise;
  lines.push(field(result, 'autoReply') === true ? 'no timeline read: an automatic reply promises nothing'
    : t !== null ? `promised: ${t.kind} ${t.date} ("${escapeControls(t.phrase)}")`
    : passed === undefined ? 'no timeline promised'
    : `no date to wait for: the promised day ${passed.date} ("${escapeControls(passed.phrase)}") had passed when the reply was written`);
  return lines.join('\n');
}

/** `classify [file|-]`: a reply's text, or a raw .eml message (detected by extension or content). */
export async function classifyInput(reporter: Reporter, file: string | undefined, flags: ClassifyFlags): Promise<void> {
  const bytes = readInput(reporter.io, file, 'an employer\'s reply (text or a raw .eml message)');
  const messages = mboxMessages(bytes);
  if (messages > 1) {
    throw usageError(`${describeSource(file)} looks like an mbox file with ${messages} messages, and classify reads one: use \`interview-followup classify --mbox ${isStdin(file) ? '-' : file}\` to classify each of them`);
  }
  const isEmail = (file !== undefined && /\.eml$/i.test(file)) || looksLikeEmail(bytes);
  if (!isEmail) {
    const result = classifyMessage(decodeText(bytes), flags, reporter.io.now);
    if (flags.received === undefined) {
      reporter.warn('NO_DATE', 'plain text carries no date: its timeline is counted from now (pass --received to set when the reply arrived)');
    }
    warnUnknownOffset(reporter, result, flags);
    reporter.result(result, () => describeClassification(result));
    return;
  }
  const email = await parseEmail(bytes);
  if (email.date === undefined && flags.received === undefined) {
    reporter.warn('NO_DATE', 'the message has no valid Date header: its timeline is counted from now (pass --received to set when it arrived)');
  }
  const result = { ...classifyMessage(email, flags, reporter.io.now), email: headersOf(email) };
  warnUnknownOffset(reporter, result, flags);
  if (email.incomplete === true) reporter.warn('INCOMPLETE_MESSAGE', INCOMPLETE);
  reporter.result(result, () => `${describeEmail(email)}\n${describeClassification(result)}`);
}

/**
 * The number of messages in `bytes` when it starts with an mbox `From ` line, as an mbox file
 * does (a single .eml that kept its `From ` line has one); 0 otherwise.
 */
function mboxMessages(bytes: Uint8Array): number {
  let n = 0;
  for (const m of splitMbox(bytes)) {
    if (m.separator === undefined) return 0;
    n++;
  }
  return n;
}

/** The warning for a multipart message without its closing boundary. */
export const INCOMPLETE = 'the message ends without the closing boundary of its parts: it was probably cut short, so its text, and what was read from it, may be partial';

function warnUnknownOffset(reporter: Reporter, result: ClassifiedMessage, flags: ClassifyFlags): void {
  const warning = unknownOffsetWarning(result.reference, flags);
  if (warning !== undefined) reporter.warn('UNKNOWN_OFFSET', warning);
}

/** The line that names an email in text output; its subject and sender are the sender's words, control characters escaped. */
function describeEmail(email: ParsedEmail): string {
  const from = email.from === undefined ? '' : ` from ${email.from.name === '' ? email.from.address : `${email.from.name} <${email.from.address}>`}`;
  return escapeControls(`email "${email.subject}"${from}${email.date === undefined ? '' : `, sent ${email.date}`}`);
}

/** The headers of a parsed email that identify it in output. */
export function headersOf(email: ParsedEmail): Record<string, unknown> {
  return {
    subject: email.subject,
    ...(email.from === undefined ? {} : { from: email.from }),
    ...(email.date === undefined ? {} : { date: email.date }),
    ...(email.messageId === undefined ? {} : { messageId: email.messageId }),
    ...(email.incomplete === true ? { incomplete: true } : {}),
  };
}
