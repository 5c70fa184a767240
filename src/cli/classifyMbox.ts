import { isFollowUpError } from '../errors.js';
import { parseEmail } from '../mail/parseEmail.js';
import { splitMbox } from '../mail/splitMbox.js';
import type { MboxMessage } from '../mail/splitMbox.js';
import { CliError } from './CliError.js';
import { classifyMessage, headersOf } from './classifyInput.js';
import type { ClassifyFlags } from './classifyInput.js';
import { ProgressBar } from './progressBar.js';
import { readInput } from './readInput.js';
import type { Reporter } from './reporter.js';

/** What `classify --mbox` did, for the summary on stderr. */
export interface MboxSummary {
  readonly messages: number;
  readonly classified: number;
  readonly skipped: readonly { readonly index: number; readonly offset: number; readonly reason: string }[];
  readonly labels: Readonly<Record<string, number>>;
  readonly withTimeline: number;
  readonly withoutDate: number;
}

function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // InvalidInputError lists its issues on indented lines; one line is enough here.
  return message.replace(/^Invalid email:\n\s*- \(root\): /, '').replace(/\s*\n\s*/g, ' ');
}

/** The summary as a table, for stderr. */
export function formatSummary(s: MboxSummary): string {
  const rows: [string, string, string][] = [['label', 'messages', 'share']];
  for (const [label, count] of Object.entries(s.labels).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    rows.push([label, String(count), `${((count / Math.max(s.classified, 1)) * 100).toFixed(1)}%`]);
  }
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const table = rows.map((r) => `  ${r[0].padEnd(widths[0]!)}  ${r[1].padStart(widths[1]!)}  ${r[2].padStart(widths[2]!)}`);
  return [
    `classified ${s.classified} of ${s.messages} message${s.messages === 1 ? '' : 's'}${s.skipped.length > 0 ? `; skipped ${s.skipped.length} malformed (see above)` : ''}`,
    ...table,
    `  with a promised timeline: ${s.withTimeline}`,
    ...(s.withoutDate > 0 ? [`  without a valid Date header: ${s.withoutDate} (timelines counted from --received, else now)`] : []),
  ].join('\n');
}

/**
 * `classify --mbox FILE`: every message of an exported mailbox, one JSON line each on stdout (with
 * its index and byte offset), a progress bar on stderr when it is a terminal, malformed messages
 * reported with their position and skipped, and a summary table on stderr at the end.
 */
export async function classifyMbox(reporter: Reporter, path: string, flags: ClassifyFlags): Promise<MboxSummary> {
  const io = reporter.io;
  const bytes = readInput(io, path, 'an mbox file');
  const messages: MboxMessage[] = [...splitMbox(bytes)];
  const bar = new ProgressBar(io.stderr, messages.length, io.stderrIsTTY);
  const labels: Record<string, number> = {};
  const skipped: { index: number; offset: number; reason: string }[] = [];
  let withTimeline = 0;
  let withoutDate = 0;
  for (const m of messages) {
    bar.update(m.index);
    try {
      if (m.separator === undefined) throw new Error('text before the first "From " line, not a message');
      const email = await parseEmail(m.raw);
      if (email.date === undefined) withoutDate++;
      const result = classifyMessage(email, flags, io.now);
      labels[result.label] = (labels[result.label] ?? 0) + 1;
      if (result.timeline !== null) withTimeline++;
      io.stdout(`${JSON.stringify({ index: m.index, offset: m.offset, ...headersOf(email), ...result })}\n`);
    } catch (e) {
      // A missing peer or a bad flag stops the run; a bad message is reported and skipped.
      if (isFollowUpError(e) && e.code !== 'INVALID_INPUT') throw e;
      const reason = reasonOf(e);
      skipped.push({ index: m.index, offset: m.offset, reason });
      bar.clear();
      reporter.warn('MALFORMED_MESSAGE', `message ${m.index} at byte ${m.offset} skipped: ${reason}`, { index: m.index, offset: m.offset });
    }
  }
  bar.update(messages.length);
  bar.clear();
  const summary: MboxSummary = { messages: messages.length, classified: messages.length - skipped.length, skipped, labels, withTimeline, withoutDate };
  io.stderr(reporter.json ? `${JSON.stringify({ summary })}\n` : `${formatSummary(summary)}\n`);
  if (summary.classified === 0) throw new CliError('INVALID_INPUT', `${path} has no readable message: expected an mbox file ("From " lines between raw messages)`);
  return summary;
}
