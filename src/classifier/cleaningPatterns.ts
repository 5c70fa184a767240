import type { CleaningVocabulary } from '../languages/cleaningVocabulary.js';
import { LANGUAGES } from '../languages/index.js';
import { CLEANING_LINES } from '../languages/reading.js';

/** The line patterns of the reply cleaner (R7), joined from the cleaning lines of every language. */
export interface CleaningPatterns {
  /** "On Tue, 1 Dec 2026, Jane <j@x.com> wrote:" and its forms in the other languages. */
  readonly replyHeader: RegExp;
  /** The start of a reply header that may continue on the next line ("On …, Jane <j@x.com>" + "wrote:"). */
  readonly replyHeaderStart: RegExp;
  /** Separators that introduce a quoted earlier message (the reply is above it). */
  readonly quoteSeparator: RegExp;
  /** Separators that introduce a forwarded message, whose header block is skipped and whose text is read. */
  readonly forwardSeparator: RegExp;
  /** The first line of a "From: … / Sent: …" header block (Outlook and its translations). */
  readonly fromField: RegExp;
  /** Any line of such a header block. */
  readonly headerField: RegExp;
  /** A signature delimiter or a mail-client footer. */
  readonly signature: RegExp;
  /** A sign-off line ("Best regards,", "Mit freundlichen Grüßen", "Cordialement", "Saludos"). */
  readonly closing: RegExp;
  /**
   * The first line of a confidentiality notice or a mailing footer ("unsubscribe", "powered by …"), or a line asking not
   * to reply ("This is an automated message, please do not reply").
   */
  readonly disclaimer: RegExp;
  /**
   * A mail service's banner above mail from outside ("[You don't often get email from …]"), or a line that only gives a
   * job's reference or points to a support desk.
   */
  readonly banner: RegExp;
  /** A paragraph whose first sentence speaks of data protection ("... in accordance with GDPR", "... DSGVO ..."). */
  readonly privacy: RegExp;
  /**
   * Any of the patterns above but `replyHeader`, `headerField` and `closing`, in one: a line it does not match, unless it
   * ends with a colon (as a reply header does) or could be a sign-off, is none of the lines the cleaner drops, and
   * needs no other test. (With the sign-offs in it, the one pattern takes about twice as long to compile, which the
   * first reply read pays; a sign-off is only looked for in short lines after the message has begun.)
   */
  readonly anyLine: RegExp;
  /**
   * {@link CleaningPatterns.anyLine} but the disclaimers: with `disclaimer`, the same test in two patterns, which take
   * about half as long to compile together as the one (the first replies read use them), and somewhat longer to run.
   */
  readonly headerLine: RegExp;
  /**
   * The reply and forward marks and gateway tags before a subject, as many as there are ("RE: AW: [EXTERNAL] Fwd:",
   * "[External Email] RE:", "EXTERNAL: Réf. :").
   */
  readonly subjectPrefix: RegExp;
  /** A reply mark anywhere in such a prefix ("Re:", "AW[2]:"). */
  readonly replyMark: RegExp;
  /** A forward's mark first in a subject, after gateway tags at most ("Fwd: …", "[EXTERNAL] WG: …"). */
  readonly forwardMark: RegExp;
  /** The subject of an automatic reply ("Automatic reply: …", "[EXT] Out of Office", "Abwesenheitsnotiz: …"), after gateway tags at most. */
  readonly autoReply: RegExp;
}

/** The alternatives of one kind of line, across all languages. */
function either(pick: (v: CleaningVocabulary) => readonly string[]): string {
  return LANGUAGES.flatMap((l) => pick(CLEANING_LINES[l])).join('|');
}

let compiled: CleaningPatterns | undefined;

/**
 * The cleaner's patterns, compiled on first use (not at import). The structure is here, the words are in each
 * language's `cleaning` lines (src/languages/<code>/reading.ts). Every pattern is anchored at the start of a line.
 */
export function cleaningPatterns(): CleaningPatterns {
  if (compiled !== undefined) return compiled;
  const fromFields = either((v) => v.fromFields);
  const closing = `(?:${either((v) => v.closings)})`;
  // A gateway's tag in brackets, parentheses or stars, or bare before a colon ("[EXTERNAL]", "(External)", "*EXTERNAL*",
  // "EXTERNAL:"), and a colon after it or not.
  const tags = either((v) => v.subjectTags);
  const tag = `(?:[[(*](?:${tags})[\\])*]|(?:${tags})(?= ?:)) ?:? ?`;
  const patterns = {
    replyHeader: new RegExp(`^(?:${either((v) => v.replyHeaders)}|.{0,200}\\b(?:${either((v) => v.replyVerbs)})) ?:$`, 'i'),
    replyHeaderStart: new RegExp(`^(?:${either((v) => v.replyOpeners)})\\s`, 'i'),
    quoteSeparator: new RegExp(`^(?:-{2,} ?(?:${either((v) => v.quoteSeparators)}) ?-{2,}|_{8,}|-{8,})$`, 'i'),
    forwardSeparator: new RegExp(`^(?:-{2,} ?(?:${either((v) => v.forwardSeparators)}) ?-{2,}|(?:${either((v) => v.forwardHeadings)}):?)$`, 'i'),
    fromField: new RegExp(`^(?:${fromFields}) ?: ?\\S`, 'i'),
    headerField: new RegExp(`^(?:${fromFields}|${either((v) => v.headerFields)}) ?:`, 'i'),
    signature: new RegExp(`^(?:-- ?|${either((v) => v.footers)})$`, 'i'),
    // A sign-off, or two joined ("Thanks & Regards", "Freundliche Gruesse / Kind regards"), then a name after a comma
    // ("Best, Jordan") or up to three emoji ("Best regards \u{1f60a}").
    closing: new RegExp(`^${closing}(?: ?[,.!]? ?[/&+]? ?${closing})? ?[,.!]?(?:, [a-z]{2,20}(?: [a-z]{2,20})?)?(?: ?[\ud83c-\ud83e].){0,3}$`, 'i'),
    // A request not to reply, alone or after a sentence about the mail that says it was sent automatically ("This is an
    // automated message, please do not reply"), is a footer too. The sentence opens with a demonstrative of one of the
    // languages (this, diese, ceci, cet, ce, este, esta) and has a word that starts with "autom" in all of them: written
    // here once rather than as two more lists of each language.
    disclaimer: new RegExp(`^(?:${either((v) => v.disclaimers)}|\\W{0,4}(?:(?:this|diese?|c(?:eci|et|e)|est[ae])\\b[^.!?]{0,50}autom[^.!?]{0,30}[.!?,;\u2013-]\\W{0,3})?(?:${either((v) => v.noReply)}))`, 'i'),
    privacy: new RegExp(`^[^.!?]{0,300}?\\b(?:${either((v) => v.privacy)})`, 'i'),
    // After a gateway's word or tag at most ("[EXTERNAL]", "CAUTION:", "ACHTUNG:", "ATTENTION :").
    banner: new RegExp(`^(?:\\[?\\w+(?: e-?mail)?\\]? ?:? )?(?:${either((v) => v.banners)})`, 'i'),
    subjectPrefix: new RegExp(`^(?:(?:${either((v) => v.replyMarks)}|${either((v) => v.forwardMarks)})(?: ?\\[\\d{1,3}\\])? ?: ?|${tag})+`, 'i'),
    autoReply: new RegExp(`^(?:${tag})*(?:${either((v) => v.autoReplyMarks)})(?: ?:| [-–—](?:\\s|$)|$)`, 'i'),
    forwardMark: new RegExp(`^(?:${tag})*(?:${either((v) => v.forwardMarks)})(?: ?\\[\\d{1,3}\\])? ?:`, 'i'),
    replyMark: new RegExp(`(?:^|[ :\\])*])(?:${either((v) => v.replyMarks)})(?: ?\\[\\d{1,3}\\])? ?:`, 'i'),
  };
  const { replyHeaderStart, quoteSeparator, forwardSeparator, fromField, signature, disclaimer, banner } = patterns;
  const anyOf = (rs: readonly RegExp[]): RegExp => new RegExp(rs.map((r) => `(?:${r.source})`).join('|'), 'i');
  const headers = [forwardSeparator, replyHeaderStart, quoteSeparator, fromField, signature, banner];
  compiled = { ...patterns, anyLine: anyOf([...headers, disclaimer]), headerLine: anyOf(headers) };
  return compiled;
}
