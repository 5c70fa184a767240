import { isFollowUpError } from '../errors.js';
import { parseEmail } from '../mail/parseEmail.js';
import type { ParsedEmail } from '../mail/parseEmail.js';
import { splitMbox } from '../mail/splitMbox.js';
import type { MboxMessage } from '../mail/splitMbox.js';
import { CliError } from './CliError.js';
import { classifyMessage, headersOf, INCOMPLETE, unknownOffsetWarning } from './classifyInput.js';
import type { ClassifiedMessage, ClassifyFlags } from './classifyInput.js';
import { looksLikeEmail } from './looksLikeEmail.js';
import { progressMode, ProgressBar } from './progressBar.js';
import { describeSource, readInput } from './readInput.js';
import type { Reporter } from './reporter.js';

/** What `classify --mbox` did, for the summary on stderr. */
export interface MboxSummary {
  readonly messages: number;
  readonly classified: number;
  readonly skipped: readonly { readonly index: number; readonly offset: number; readonly reason: string }[];
  readonly labels: Readonly<Record<string, number>>;
  readonly withTimeline: number;
  readonly withoutDate: number;
  /** Automatic replies (out of office): absence notices, not the employer's answer, so not in `labels`. */
  readonly autoReplies: number;
}

function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // InvalidInputError lists its issues on indented lines; one line is enough here.
  return message.replace(/^Invalid email:\n\s*- \(root\): /, '').replace(/\s*\n\s*/g, ' ');
}

/** The summary as a table, for stderr. */
export function formatSummary(s: MboxSummary): string {
  const rows: [string, string, string][] = [['label', 'messages', 'share']];
  const counts = Object.entries(s.labels).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // Automatic replies last, in a row of their own: they have no label that means anything.
  if (s.autoReplies > 0) counts.push(['(automatic reply)', s.autoReplies]);
  for (const [label, count] of counts) rows.push([label, String(count), `${((count / Math.max(s.classified, 1)) * 100).toFixed(1)}%`]);
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const table = rows.map((r) => `  ${r[0].padEnd(widths[0]!)}  ${r[1].padStart(widths[1]!)}  ${r[2].padStart(widths[2]!)}`);
  return [
    `classified ${s.classified} of ${s.messages} message${s.messages === 1 ? '' : 's'}${s.skipped.length > 0 ? `; skipped ${s.skipped.length} malformed (see above)` : ''}`,
    ...table,
    `  with a promised timeline: ${s.withTimeline}`,
    ...(s.withoutDate > 0 ? [`  without a valid Date header: ${s.withoutDate} (timelines counted from --received, else now)`] : []),
  ].join('\n');
}

/** The error for a file in which no message could be read: a single .eml gets its own words. */
function nothingReadable(path: string, bytes: Uint8Array, messages: readonly MboxMessage[], skipped: MboxSummary['skipped']): CliError {
  const source = describeSource(path);
  if (messages.every((m) => m.separator === undefined) && looksLikeEmail(bytes)) {
    return new CliError('INVALID_INPUT', `${source} is one message, not an mbox file (it starts with header fields, not a "From " line): use \`interview-followup classify ${path}\` instead`);
  }
  const first = skipped[0];
  const why = messages.some((m) => m.separator !== undefined) && first !== undefined
    ? `${messages.length === 1 ? 'its one message could not be read' : `none of its ${messages.length} messages could be read`} (message ${first.index} at byte ${first.offset}: ${first.reason})`
    : 'expected an mbox file ("From " lines between raw messages)';
  return new CliError('INVALID_INPUT', `${source} has no readable message: ${why}`);
}

/**
 * `classify --mbox FILE`: every message of an exported mailbox, one JSON line each on stdout (with
 * its index and byte offset), a progress bar on stderr when it is a terminal (not with `--json`),
 * malformed messages reported with their position and skipped, and a summary table on stderr at
 * the end. When no message can be read, the error is reported alone: the reports of the skipped
 * messages are held back until one message is classified. A closed standard output stops the run
 * (`OutputClosedError`).
 */
export async function classifyMbox(reporter: Reporter, path: string, flags: ClassifyFlags): Promise<MboxSummary> {
  const io = reporter.io;
  const bytes = readInput(io, path, 'an mbox file');
  const messages: MboxMessage[] = [...splitMbox(bytes)];
  const bar = new ProgressBar(io.stderr, messages.length, progressMode(io.stderrIsTTY, io.term, reporter.json));
  const labels: Record<string, number> = {};
  const skipped: { index: number; offset: number; reason: string }[] = [];
  let classified = 0;
  let withTimeline = 0;
  let withoutDate = 0;
  let autoReplies = 0;
  // Reports wait until a message is classified, so that a file without one gives its error alone.
  const held: (() => void)[] = [];
  const report = (warn: () => void): void => {
    if (classified === 0) {
      held.push(warn);
      return;
    }
    bar.clear();
    warn();
  };
  try {
    for (const m of messages) {
      bar.update(m.index);
      let email: ParsedEmail;
      let result: ClassifiedMessage;
      try {
        if (m.separator === undefined) throw new Error('text before the first "From " line, not a message');
        email = await parseEmail(m.raw);
        result = classifyMessage(email, flags, io.now);
      } catch (e) {
        // A missing peer or a bad flag stops the run; a bad message is reported and skipped.
        if (isFollowUpError(e) && e.code !== 'INVALID_INPUT') throw e;
        const reason = reasonOf(e);
        skipped.push({ index: m.index, offset: m.offset, reason });
        report(() => { reporter.warn('MALFORMED_MESSAGE', `message ${m.index} at byte ${m.offset} skipped: ${reason}`, { index: m.index, offset: m.offset }); });
        continue;
      }
      classified++;
      // An automatic reply is counted apart: it is not an answer with a label or a promise.
      if (result['autoReply'] === true) autoReplies++;
      else labels[result.label] = (labels[result.label] ?? 0) + 1;
      if (result.timeline !== null) withTimeline++;
      if (email.date === undefined) withoutDate++;
      for (const warn of held.splice(0)) report(warn);
      const offsetWarning = unknownOffsetWarning(result.reference, flags);
      if (offsetWarning !== undefined) {
        report(() => { reporter.warn('UNKNOWN_OFFSET', `message ${m.index} at byte ${m.offset}: ${offsetWarning}`, { index: m.index, offset: m.offset }); });
      }
      if (email.incomplete === true) {
        report(() => { reporter.warn('INCOMPLETE_MESSAGE', `message ${m.index} at byte ${m.offset}: ${INCOMPLETE}`, { index: m.index, offset: m.offset }); });
      }
      // When standard output is a terminal too, a result line must not start on the bar's line.
      if (io.stdoutIsTTY === true) bar.clear();
      io.stdout(`${JSON.stringify({ index: m.index, offset: m.offset, ...headersOf(email), ...result })}\n`);
    }
    bar.update(messages.length);
  } finally {
    bar.clear();
  }
  if (classified === 0) throw nothingReadable(path, bytes, messages, skipped);
  const summary: MboxSummary = { messages: messages.length, classified, skipped, labels, withTimeline, withoutDate, autoReplies };
  io.stderr(reporter.json ? `${JSON.stringify({ summary })}\n` : `${formatSummary(summary)}\n`);
  return summary;
}
