import type { Language } from './index.js';

/**
 * `reading.ts` (export `cleaning`): the lines the reply cleaner (R7) recognises in one language: reply headers,
 * separators and header blocks of quoted or forwarded messages, mail-client footers, sign-offs and disclaimers. Each
 * entry is a fragment of a regular expression, matched case-insensitively against one whole line of normalised text
 * (single spaces, straight quotes); spelling variants are written into the fragment (`gr(?:ü|ue)(?:ß|ss)e`,
 * `[ée]crit`). The entries of every language are joined into one pattern per kind, because a reply in one language
 * often quotes a thread in another; a language may leave a list empty. No fragment may repeat a group that holds an
 * unbounded quantifier (the reply reader's ReDoS test checks the joined patterns).
 */
export interface CleaningVocabulary {
  readonly language: Language;
  /** A reply header from its first word to its verb, before the final colon: "On … wrote", "Am … schrieb …". */
  readonly replyHeaders: readonly string[];
  /** The verb that ends a reply header of any other shape ("… wrote:"). */
  readonly replyVerbs: readonly string[];
  /** The first word of a reply header, which may wrap its verb onto the next line ("On", "Am", "Le", "El"). */
  readonly replyOpeners: readonly string[];
  /** The words between the dashes of a separator above a quoted message ("-----Original Message-----"). */
  readonly quoteSeparators: readonly string[];
  /** The words between the dashes of a separator above a forwarded message ("---------- Forwarded message ---------"). */
  readonly forwardSeparators: readonly string[];
  /** A line alone, before an optional colon, that introduces a forwarded message ("Begin forwarded message"). */
  readonly forwardHeadings: readonly string[];
  /** The name of the sender field that opens a header block ("From", "Von", "De"). */
  readonly fromFields: readonly string[];
  /** The names of the block's other fields ("Sent", "To", "Subject", "Betreff"). */
  readonly headerFields: readonly string[];
  /** Mail-client footers that end the message ("Sent from my iPhone"). */
  readonly footers: readonly string[];
  /** Sign-off lines, before optional closing punctuation ("Best regards", "Mit freundlichen Grüßen"). */
  readonly closings: readonly string[];
  /** The start of a confidentiality notice or a mailing footer ("Confidentiality notice", "Unsubscribe"). */
  readonly disclaimers: readonly string[];
  /**
   * A request not to reply ("please do not reply", "bitte nicht antworten"): a line that starts with one, alone or after
   * a sentence that says the mail was sent automatically ("This is an automated message, please do not reply"), is a
   * footer, as a disclaimer is.
   */
  readonly noReply: readonly string[];
  /**
   * The words of a data-protection paragraph without a heading (a law's name, "personal data"): the message's last
   * paragraph whose first sentence has one is a notice ("We will keep your data for 12 months in accordance with GDPR").
   */
  readonly privacy: readonly string[];
  /**
   * The start of a banner that the recipient's mail service puts above mail from outside, in its fixed wording
   * (Outlook's "[You don't often get email from a@b.c …]", "CAUTION: This email originated from outside …", after a
   * gateway's word or tag at most), or a line that only gives a job's reference ("Reference: R-2026-0412") or points to a
   * support desk: dropped wherever it stands, it neither begins nor ends the message.
   */
  readonly banners: readonly string[];
  /** The marks a mail client puts before the subject of a reply, without their colon ("re", "aw"). */
  readonly replyMarks: readonly string[];
  /** The marks a mail client puts before the subject of a forwarded message, without their colon ("fwd", "wg", "tr"). */
  readonly forwardMarks: readonly string[];
  /** The tags a mail gateway puts before the subject of outside mail, without their brackets ("external"). */
  readonly subjectTags: readonly string[];
  /**
   * The words that start the subject of an automatic reply, before a colon or a dash or alone ("automatic reply", "out
   * of office", "Abwesenheitsnotiz").
   */
  readonly autoReplyMarks: readonly string[];
}
