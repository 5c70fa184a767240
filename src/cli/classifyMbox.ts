import { concatBytes } from '../_lib/concatBytes.js';
import { isFollowUpError } from '../errors.js';
import { parseEmail } from '../mail/parseEmail.js';
import type { ParsedEmail } from '../mail/parseEmail.js';
import { parseMailDate } from '../mail/parseMailDate.js';
import { splitMboxChunks } from '../mail/splitMbox.js';
import type { MboxMessage } from '../mail/splitMbox.js';
import { CliError } from './CliError.js';
import { classifyMessage, headersOf, INCOMPLETE, unknownOffsetWarning } from './classifyInput.js';
import type { ClassifiedMessage, ClassifyFlags } from './classifyInput.js';
import { looksLikeEmail } from './looksLikeEmail.js';
import { progressMode, ProgressBar } from './progressBar.js';
import type { CliIo } from './io.js';
import { badInput, cannotRead, describeSource, isStdin, looksBinary, nothingPiped } from './readInput.js';
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
    ...(s.withoutDate > 0 ? [`  without a valid Date header: ${s.withoutDate} (timelines counted from --received, else from the date of their "From " line, else from now)`] : []),
  ].join('\n');
}

/** What is known of a file after its messages were read, for the error when none could be. */
interface MboxRead {
  /** Its first bytes (up to 64 KiB): enough to tell a single raw message. */
  readonly head: Uint8Array;
  readonly messages: number;
  /** Messages with a `From ` line (not text before the first one). */
  readonly separated: number;
}

/** The error for a file in which no message could be read: a single .eml gets its own words. */
function nothingReadable(path: string, read: MboxRead, skipped: MboxSummary['skipped']): CliError {
  const source = describeSource(path);
  if (read.separated === 0 && looksLikeEmail(read.head)) {
    return new CliError('INVALID_INPUT', `${source} is one message, not an mbox file (it starts with header fields, not a "From " line): use \`interview-followup classify ${path}\` instead`);
  }
  const first = skipped[0];
  const why = read.separated > 0 && first !== undefined
    ? `${read.messages === 1 ? 'its one message could not be read' : `none of its ${read.messages} messages could be read`} (message ${first.index} at byte ${first.offset}: ${first.reason})`
    : 'expected an mbox file ("From " lines between raw messages)';
  return new CliError('INVALID_INPUT', `${source} has no readable message: ${why}`);
}

/** The date of a `From ` line (`From sender Tue Nov 24 16:05:00 2026`, read as UTC; an offset or zone before the year is read), or `undefined`. */
export function fromLineDate(separator: string | undefined): string | undefined {
  const m = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +([A-Z][a-z]{2}) +(\d{1,2}) +(\d{1,2}:\d{2}(?::\d{2})?)(?: +([+-]\d{4}|[A-Z]{1,5}))? +(\d{4})(?!\S)/.exec(separator ?? '');
  return m === null ? undefined : parseMailDate(`${m[2]} ${m[1]} ${m[5]} ${m[3]} ${m[4] ?? '+0000'}`);
}

/** Bytes kept from the start of the input: enough to tell a single raw message. */
const HEAD = 65536;
/** Bytes read before the first message: all that {@link looksBinary} reads. */
const BINARY_CHECK = 8192;

/** An mbox file or standard input, read once, in chunks. */
interface MboxSource {
  /** Its messages, each as soon as it is complete. */
  readonly messages: Generator<MboxMessage, void, undefined>;
  /** Its first bytes read so far (up to {@link HEAD}). */
  readonly head: () => Uint8Array;
  /** The bytes read so far. */
  readonly bytesRead: () => number;
}

/**
 * The messages of an mbox file or of standard input, read in chunks in one pass, so that only the message being read
 * is held in memory, and each message comes out once it is complete. A source that cannot be read is a `CANNOT_READ`
 * error, wherever the read fails; a binary one is an error (a usage error for standard input) before any message.
 */
function mboxSource(io: CliIo, path: string): MboxSource {
  const stdin = isStdin(path);
  if (stdin && io.stdinIsTTY) throw nothingPiped('an mbox file');
  const head: Uint8Array[] = [];
  let headSize = 0;
  let bytesRead = 0;
  function* chunks(): Generator<Uint8Array, void, undefined> {
    let iterator: Iterator<Uint8Array>;
    try {
      const source = stdin ? io.readStdinChunks?.() ?? [io.readStdin()] : io.readFileChunks?.(path) ?? [io.readFile(path)];
      iterator = source[Symbol.iterator]();
    } catch (e) {
      throw cannotRead(path, e);
    }
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = iterator.next();
        } catch (e) {
          throw cannotRead(path, e);
        }
        if (next.done === true) return;
        bytesRead += next.value.length;
        // The first bytes are kept (copied, since a chunk's buffer may be reused) for the error when no message is read.
        if (headSize < HEAD) {
          head.push(next.value.slice(0, HEAD - headSize));
          headSize += head.at(-1)!.length;
        }
        yield next.value;
      }
    } finally {
      iterator.return?.();
    }
  }
  // Enough bytes to tell binary data are read (and copied) before any message: a binary input is an error alone.
  const reader = chunks();
  const first: Uint8Array[] = [];
  for (let size = 0; size < BINARY_CHECK; ) {
    const next = reader.next();
    if (next.done === true) break;
    first.push(next.value.slice());
    size += next.value.length;
  }
  if (looksBinary(concatBytes(first))) {
    reader.return();
    throw badInput(path, 'looks binary: expected an mbox file as text');
  }
  return {
    messages: splitMboxChunks((function* () { yield* first; yield* reader; })()),
    head: () => concatBytes(head),
    bytesRead: () => bytesRead,
  };
}

/**
 * `classify --mbox FILE`: every message of an exported mailbox, one JSON line each on stdout (with
 * its index and byte offset), a progress bar on stderr when it is a terminal (not with `--json`),
 * messages that cannot be read or classified reported with their position and skipped, and a
 * summary table on stderr at the end. The file, or standard input, is read once, in chunks, message by
 * message, so memory stays within the largest message and each result is written once its message is
 * complete; the bar shows the share of a file's bytes read, or counts for standard input (or a pipe
 * given as a file, which has no size to tell). When no message can be read, the
 * error is reported alone: the reports of the skipped messages are held back until one message is
 * classified. A closed standard output stops the run (`OutputClosedError`), and so does a file that
 * cannot be read and a missing postal-mime; anything else that fails for one message skips it.
 */
export async function classifyMbox(reporter: Reporter, path: string, flags: ClassifyFlags): Promise<MboxSummary> {
  const io = reporter.io;
  const source = mboxSource(io, path);
  const mode = progressMode(io.stderrIsTTY, io.term, reporter.json);
  // A file's size is the bar's total, so the file is read once; without one (standard input, a pipe, a file of size 0
  // such as those of /proc) the bar counts.
  const size = mode === 'off' || isStdin(path) ? undefined : io.fileSize?.(path);
  const bar = new ProgressBar(io.stderr, size === 0 ? undefined : size, mode);
  const labels: Record<string, number> = {};
  const skipped: { index: number; offset: number; reason: string }[] = [];
  let messages = 0;
  let separated = 0;
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
    for (const m of source.messages) {
      messages++;
      if (m.separator !== undefined) separated++;
      bar.update(m.offset, m.index);
      let email: ParsedEmail;
      let result: ClassifiedMessage;
      try {
        if (m.separator === undefined) throw new Error('text before the first "From " line, not a message');
        email = await parseEmail(m.raw);
        result = classifyMessage(email, flags, io.now, { fromLine: fromLineDate(m.separator) });
      } catch (e) {
        // A missing peer stops the run (no message could be read); anything else is this message's: reported, skipped.
        if (isFollowUpError(e, 'MISSING_DEPENDENCY')) throw e;
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
    if (messages > 0) bar.update(source.bytesRead(), messages, true);
  } finally {
    bar.clear();
  }
  if (messages === 0) throw badInput(path, 'is empty: expected an mbox file');
  if (classified === 0) throw nothingReadable(path, { head: source.head(), messages, separated }, skipped);
  const summary: MboxSummary = { messages, classified, skipped, labels, withTimeline, withoutDate, autoReplies };
  io.stderr(reporter.json ? `${JSON.stringify({ summary })}\n` : `${formatSummary(summary)}\n`);
  return summary;
}
