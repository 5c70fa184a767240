import { matchCue } from './compileCues.js';
import { lexiconLanguages } from './model/features.js';
import type { Reading } from './model/features.js';
import { inLanguage } from './model/wordInfo.js';
import { toTimePhrase } from './findTimePhrases.js';
import type { TimePhrase } from './findTimePhrases.js';
import { isBoundary } from './timeline/classifyRole.js';
import { scanReply } from './timeline/scanReply.js';
import type { ClassifyOptions, ReplyInput, ReplyRequest, RequestKind, SourceSpan } from './types.js';

/** A request found in the reply, before its deadline is looked for. */
export interface FoundRequest {
  readonly kind: RequestKind;
  readonly span: SourceSpan;
  /** The field it sits in, for reading order. */
  readonly fieldIndex: number;
}

/**
 * What the reply asks the candidate to do: each request kind once, at its first mention in the body, in reading
 * order. Phrases of the reply's language are read (and English ones, which any mailbox mixes in).
 *
 * In an `offer`, a confirmation asked for ("please confirm", "reply to this email to confirm") is the answer to the
 * offer (R8), not attendance at an interview: it reads as `respond_to_offer`. On the training split this drops 9
 * confirmations of attendance that no offer asked for, finds 2 more answers, and loses none that was asked for.
 *
 * The times or days "that work for you" in the sentence of a booking link are the slot to book there ("use the link
 * below to book a slot that works for you"), not availability to send.
 */
export function findRequestPhrases(reading: Reading, offer = false): FoundRequest[] {
  const found = new Map<RequestKind, FoundRequest>();
  const languages = lexiconLanguages(reading);
  reading.fields.forEach((field, fieldIndex) => {
    if (field.field === 'subject') return;
    const tok = reading.tokens[fieldIndex];
    if (tok === undefined) return;
    // The sentence of the field's booking request, once found.
    let booking = -1;
    for (let i = 0; i < tok.count; i++) {
      const info = tok.infos[i]!;
      for (let l = 0; l < languages.length; l++) {
        const requests = inLanguage(info, languages[l]!).requests;
        for (let r = 0; r < requests.length; r++) {
          const req = requests[r]!;
          const kind = offer && req.kind === 'confirm_attendance' ? 'respond_to_offer' : req.kind;
          if (found.has(kind) || (kind === 'send_availability' && tok.sentences[i] === booking)) continue;
          const end = matchCue(req, tok, i);
          if (end < 0) continue;
          if (kind === 'book_slot') booking = tok.sentences[i]!;
          const cs = tok.starts[i] ?? 0;
          const ce = tok.ends[end - 1] ?? cs;
          const start = field.starts[cs] ?? 0;
          const stop = Math.max(start, field.ends[ce - 1] ?? start);
          found.set(kind, {
            kind,
            span: { field: field.field, start, end: stop, text: field.original.slice(start, stop) },
            fieldIndex,
          });
        }
      }
    }
  });
  return [...found.values()].sort((a, b) => a.fieldIndex - b.fieldIndex || a.span.start - b.span.start);
}

/** A deadline this far after a request (or this far before it), in the same field, is the request's deadline. */
const DEADLINE_AFTER = 240;
const DEADLINE_BEFORE = 120;

/**
 * The requests of a read reply that `fits` (the kinds its label allows), with their deadlines when `options` give a
 * reference and a zone: the nearest firm time phrase the timeline reader marks as a request to the candidate ("please
 * reply by Friday"), next to it.
 *
 * A request with such a deadline is asked for whatever the label, unless it is an offer's (to answer or to sign one):
 * "Just a reminder that the coding assessment is still open. Please complete it by November 30" in a `pending` reply.
 * Without a reference no deadline is read, and the label decides alone. On the training split, read with a reference,
 * the only requests with a deadline that the label drops are 3 answers and signatures no one asked for: they stay out.
 *
 * An offer always waits for the candidate's answer (R8): given `offerWords` (the words that make the offer), a reply that
 * asks neither to answer nor to sign in words still gets a `respond_to_offer` request at those words (`implied`), due
 * by the time limit the reply sets the candidate nearest to them ("this offer is valid until December 10") that no
 * other request of the reply claims, if it sets one.
 */
export function findRequests(
  input: ReplyInput,
  reading: Reading,
  options: ClassifyOptions | undefined,
  fits: (kind: RequestKind) => boolean,
  offerWords?: SourceSpan,
): ReplyRequest[] {
  const all = findRequestPhrases(reading, offerWords !== undefined);
  const found = all.filter((r) => fits(r.kind));
  const answer = offerWords !== undefined && !found.some((r) => r.kind === 'respond_to_offer' || r.kind === 'sign_offer') ? offerWords : undefined;
  if ((all.length === 0 && answer === undefined) || options?.reference === undefined || options.timeZone === undefined) {
    const requests: ReplyRequest[] = found.map((r) => ({ kind: r.kind, span: r.span }));
    return answer === undefined ? requests : [...requests, { kind: 'respond_to_offer', span: answer, implied: true }];
  }
  // The reply as the reader cleaned and folded it: its time phrases are read without cleaning it again.
  const scanned = scanReply(input, {
    reference: options.reference, timeZone: options.timeZone, language: reading.language,
    ...(options.calendar !== undefined ? { calendar: options.calendar } : {}),
  }, reading);
  const deadlines = scanned.phrases.map((p) => toTimePhrase(p, scanned.ref)).filter((p) => p.role === 'request' && p.kind !== 'vague');
  // Those that fit, and those that are no offer's if they have a deadline. One of these left out had none near it in its
  // own sentence, so it kept none from another request.
  const asked = all.filter((r) => fits(r.kind) || !r.kind.endsWith('_offer'));
  const requests = asked.flatMap((r) => {
    const deadline = deadlineOf(r.span, asked, deadlines, reading.fields.find((f) => f.field === r.span.field)?.original ?? '');
    return fits(r.kind) || deadline !== undefined ? [due({ kind: r.kind, span: r.span }, deadline)] : [];
  });
  if (answer === undefined) return requests;
  // A deadline another request of the reply claims ("send the signed forms by Friday") is that request's.
  const claimed = new Set(requests.map((r) => r.dueSpan));
  return [...requests, due({ kind: 'respond_to_offer', span: answer, implied: true }, nearest(deadlines, (d) => (claimed.has(d.span) ? -1 : distance(d.span, answer, Infinity, Infinity))))];
}

/**
 * How far `d` lies from `span` in characters (0 when they overlap: "Zeugnisse bis Freitag einzureichen"), or -1 when it
 * is in another field or more than `before` characters before it or `after` after it.
 */
function distance(d: SourceSpan, span: SourceSpan, before: number, after: number): number {
  if (d.field !== span.field) return -1;
  if (d.start < span.end && d.end > span.start) return 0;
  const gap = d.start >= span.end ? d.start - span.end : span.start - d.end;
  return gap <= (d.start >= span.end ? after : before) ? gap : -1;
}

/**
 * Whether a sentence ends between a deadline and a request of the same field. A full stop right after the deadline's
 * words ends one too ("by Friday, December 11. Once accepted, …"), though after a number it may not elsewhere ("bis
 * zum 10. Dezember").
 */
function apart(text: string, deadline: SourceSpan, request: SourceSpan): boolean {
  for (let i = Math.min(deadline.end, request.end); i < Math.max(deadline.start, request.start); i++) {
    if (isBoundary(text, i) || (i === deadline.end && text.charCodeAt(i) === 46)) return true;
  }
  return false;
}

/**
 * The deadline of the request at `span` in the field `text`: the nearest one in its own sentence, but one before it that
 * follows another request of the sentence only when none comes after it; else the nearest in a sentence next to it (up
 * to {@link DEADLINE_BEFORE} characters before it or {@link DEADLINE_AFTER} after it) that asks for nothing else.
 * "Please let us know your decision by Friday. Once accepted, complete the form" gives the form no deadline; "Please
 * sign the contract and send your documents by Friday" gives both requests Friday; "Please sign it by Wednesday, and
 * send us a copy of your ID by Friday" gives the copy Friday.
 */
function deadlineOf(span: SourceSpan, found: readonly FoundRequest[], deadlines: readonly TimePhrase[], text: string): TimePhrase | undefined {
  const near = (d: TimePhrase, r: SourceSpan): number => distance(d.span, r, DEADLINE_BEFORE, DEADLINE_AFTER);
  // Ranks past any gap: a deadline read so is taken only when no other is.
  const later = DEADLINE_BEFORE + DEADLINE_AFTER;
  return nearest(deadlines, (d) => {
    const gap = near(d, span);
    if (gap < 0) return gap;
    // The other requests of the deadline's sentence.
    const others = found.filter((r) => r.span !== span && near(d, r.span) >= 0 && !apart(text, d.span, r.span));
    if (!apart(text, d.span, span)) return d.span.end <= span.start && others.some((r) => r.span.end <= d.span.start) ? gap + later : gap;
    // In another sentence: not when a request of that sentence has it, and after any deadline of the request's own.
    return others.length > 0 ? -1 : gap + later;
  });
}

/** The deadline with the lowest `rank` that is not negative. */
function nearest(deadlines: readonly TimePhrase[], rank: (d: TimePhrase) => number): TimePhrase | undefined {
  let best: TimePhrase | undefined;
  let bestRank = Infinity;
  for (const d of deadlines) {
    const r = rank(d);
    if (r >= 0 && r < bestRank) {
      best = d;
      bestRank = r;
    }
  }
  return best;
}

/** `request` with `deadline`'s date and words as its due date, when there is one. */
function due(request: ReplyRequest, deadline: TimePhrase | undefined): ReplyRequest {
  return deadline === undefined ? request : { ...request, due: deadline.date, dueSpan: deadline.span };
}
