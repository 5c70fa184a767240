import { InvalidArgumentError } from '../errors.js';
import { identityMapped, MappedTextBuilder } from './mappedText.js';
import type { MappedText } from './mappedText.js';
import { stripHtml } from './stripHtml.js';
import type { ReplyField, ReplyInput } from './types.js';

/** One field of a reply after cleaning, mapped back to the field's original string. */
export interface CleanedField extends MappedText {
  readonly field: ReplyField;
  readonly original: string;
}

/** A reply body that is HTML rather than plain text. */
export const LOOKS_LIKE_HTML_PATTERN = /<(?:html|body|div|p|br|table|span|a|b|strong|td|font|meta)(?:\s[^<>]{0,200})?\/?>/i;
/** "On Tue, 1 Dec 2026, Jane <j@x.com> wrote:" and its German, French and Spanish forms. */
export const REPLY_HEADER_PATTERN =
  /^(?:on\s.{0,250}\bwrote|am\s.{0,250}\bschrieb\b.{0,120}|le\s.{0,250}\ba\s+[ée]crit|el\s.{0,250}\bescribi[óo]|.{0,200}\b(?:wrote|schrieb|a [ée]crit|escribi[óo])) ?:$/i;
/** A reply header that may continue on the next line ("On …, Jane <j@x.com>" + "wrote:"). */
export const REPLY_HEADER_START_PATTERN = /^(?:on|am|le|el)\s/i;
/** Separators that introduce a quoted earlier message (the reply is above it). */
export const QUOTE_SEPARATOR_PATTERN =
  /^(?:-{2,} ?(?:original message|urspr(?:ü|ue)ngliche nachricht|message d'origine|mensaje original) ?-{2,}|_{8,}|-{8,})$/i;
/**
 * Separators that introduce a forwarded message: the forwarded employer message is what matters,
 * so reading continues after its header block.
 */
export const FORWARD_SEPARATOR_PATTERN =
  /^(?:-{2,} ?(?:forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado) ?-{2,}|begin forwarded message:?|anfang der weitergeleiteten nachricht:?|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée]) ?:?|inicio del mensaje reenviado:?)$/i;
/** The first line of a "From: … / Sent: …" header block (Outlook and its translations). */
export const FROM_FIELD_PATTERN = /^(?:from|von|de|exp[ée]diteur|remitente) ?: ?\S/i;
/** The other lines of such a header block. */
export const HEADER_FIELD_PATTERN =
  /^(?:from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|de|envoy[ée]|date|[àa]|objet|enviado|fecha|para|asunto|exp[ée]diteur|remitente) ?:/i;
/** A signature delimiter or a mobile footer. */
export const SIGNATURE_PATTERN = /^(?:-- ?|sent from my\b.{0,60}|von meinem\b.{0,60}|envoy[ée] de mon\b.{0,60}|enviado desde mi\b.{0,60}|get outlook for\b.{0,40})$/i;
/** A sign-off line ("Best regards,", "Mit freundlichen Grüßen", "Cordialement", "Saludos"). */
export const CLOSING_PATTERN =
  /^(?:(?:best|kind|warm|warmest|warm(?:est)? and kind|with (?:best|kind)) regards|regards|best(?: wishes)?|sincerely(?: yours)?|yours (?:sincerely|truly|faithfully)|cheers|thanks(?: again)?|thank you(?: again)?|many thanks|all the best|respectfully|mit (?:den )?(?:freundlichen|besten|herzlichen) gr(?:ü|ue)(?:ß|ss)en|(?:freundliche|viele|beste|liebe|herzliche|sonnige) gr(?:ü|ue)(?:ß|ss)e(?: aus \S{1,40})?|gr(?:ü|ue)(?:ß|ss)e|mfg|lg|vg|(?:bien )?cordialement|bien (?:à|a) vous|(?:sinc[èe]res |meilleures )?salutations(?: distingu[ée]es)?|bonne (?:journ[ée]e|soir[ée]e)|atentamente|(?:un )?saludos?(?: cordiales)?|(?:un |reciba un )?(?:cordial|afectuoso) saludo|cordiales saludos|muchas gracias|merci|danke|gracias) ?[,.!]?$/i;
/** The first line of a confidentiality notice or a mailing footer ("unsubscribe", "powered by …"). */
export const DISCLAIMER_PATTERN =
  /^(?:confidentiality notice|confidential(?:ity)? ?:|disclaimer ?:|this (?:e-?mail|message|communication)\b.{0,100}\b(?:confidential|privileged|intended (?:solely|only))|if you (?:are not|have received this)\b.{0,40}\b(?:intended recipient|in error)|diese (?:e-?mail|nachricht)\b.{0,100}\bvertraulich|ce (?:message|courriel|e-?mail)\b.{0,100}\bconfidenti|este (?:mensaje|correo)\b.{0,100}\bconfidencial|you(?: are|'re)? receiv(?:ing|ed) this|this (?:e-?mail|message) was sent (?:to|by)|to (?:stop receiving|unsubscribe)|unsubscribe\b|powered by\b|manage (?:your )?(?:e-?mail |notification )?(?:preferences|settings)|view (?:this (?:e-?mail|message) )?in (?:your |a )?browser|abmelden\b|newsletter abbestellen|se d[ée]sabonner|se d[ée]sinscrire|darse de baja|cancelar (?:la )?suscripci[óo]n)/i;

const MAX_HEADER_LINE = 300;

/**
 * Characters of cleaned text kept per field: a reply's outcome and promises are in its first
 * pages, and the cap bounds the time any input can take. Longer bodies are cut at this length.
 * @defaultValue 100_000
 */
export const MAX_CLEANED_LENGTH = 100_000;
/** Normalised characters read before lines are filtered (quotes and signatures drop some). */
const MAX_NORMALIZED_LENGTH = 4 * MAX_CLEANED_LENGTH;

function normalizeChars(m: MappedText): MappedText {
  const t = m.text;
  const n = t.length;
  const out = new MappedTextBuilder(n);
  let last = 10;
  for (let i = 0; i < n && out.length < MAX_NORMALIZED_LENGTH; i++) {
    const c = t.charCodeAt(i);
    let u: number;
    if (c === 13) {
      if (t.charCodeAt(i + 1) === 10) continue;
      u = 10;
    } else if (c === 10 || c === 0x2028 || c === 0x2029) u = 10;
    else if (c === 9 || c === 11 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) u = 32;
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) continue;
    else if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 0xb4 || c === 0x60) u = 39;
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0x2033) u = 34;
    else u = c;
    if (u === 32) {
      if (last === 32 || last === 10) continue;
    } else if (u === 10 && last === 32) {
      out.drop(1);
    } else if (u === 10 && last === 10 && out.length >= 2 && out.unitAt(out.length - 2) === 10) {
      // A third line break in a row adds nothing (a blank line is a blank line), and skipping it keeps a text of
      // nothing but line breaks from becoming a million empty lines.
      continue;
    }
    out.push(u, m.starts[i] ?? 0, m.ends[i] ?? 0);
    last = u;
  }
  if (last === 32) out.drop(1);
  return out.build();
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf) return true;
  }
  return false;
}

function isReplyHeader(line: string, next: string | undefined): boolean {
  if (line.length > MAX_HEADER_LINE) return false;
  // A reply header ends with a colon (REPLY_HEADER_PATTERN ends in ` ?:$`): checking that first spares the pattern
  // on every other line.
  if (line.charCodeAt(line.length - 1) === 58 && REPLY_HEADER_PATTERN.test(line)) return true;
  return next !== undefined && next.length <= 80 && next.charCodeAt(next.length - 1) === 58 &&
    REPLY_HEADER_START_PATTERN.test(line) && REPLY_HEADER_PATTERN.test(`${line} ${next}`);
}

function isForwardHeader(line: string, lines: readonly string[], index: number): boolean {
  if (line.length > MAX_HEADER_LINE) return false;
  if (QUOTE_SEPARATOR_PATTERN.test(line)) return true;
  if (!FROM_FIELD_PATTERN.test(line)) return false;
  for (let k = index + 1; k <= index + 3 && k < lines.length; k++) {
    const l = lines[k] ?? '';
    if (l.length <= MAX_HEADER_LINE && HEADER_FIELD_PATTERN.test(l) && !FROM_FIELD_PATTERN.test(l)) return true;
  }
  return false;
}

/**
 * Cleans one reply body (R7): drops quoted earlier messages, forwarded headers, signatures,
 * sign-offs and disclaimers, and normalises whitespace and typographic quotes, keeping the map to
 * the original. When nothing but quoted text remains, the quoted text is kept instead (a pasted
 * thread that starts with the employer's message).
 */
export function cleanBody(source: MappedText, keepQuotes = false): MappedText {
  const norm = normalizeChars(source);
  const first = cleanLines(norm, keepQuotes);
  // Nothing but quoted text: read the quotes (normalised once, for both passes).
  if (!keepQuotes && first.sawQuote && !hasLetter(first.text.text)) return cleanLines(norm, true).text;
  return first.text;
}

/** One pass over the normalised lines: with `keepQuotes`, quoted lines are read (their `>` markers dropped). */
function cleanLines(norm: MappedText, keepQuotes: boolean): { text: MappedText; sawQuote: boolean } {
  const t = norm.text;
  const lineStarts: number[] = [];
  const lines: string[] = [];
  let p = 0;
  while (p <= t.length) {
    let q = t.indexOf('\n', p);
    if (q < 0) q = t.length;
    lineStarts.push(p);
    lines.push(t.slice(p, q));
    p = q + 1;
  }
  const out = new MappedTextBuilder(t.length);
  let content = false;
  let inHeaderBlock = false;
  let blank = 0;
  let sawQuote = false;
  for (let li = 0; li < lines.length && out.length < MAX_CLEANED_LENGTH; li++) {
    let line = lines[li] ?? '';
    let offset = lineStarts[li] ?? 0;
    if (inHeaderBlock) {
      if (line.length <= MAX_HEADER_LINE && HEADER_FIELD_PATTERN.test(line)) continue;
      inHeaderBlock = false;
    }
    if (line.charCodeAt(0) === 62 /* > */) {
      sawQuote = true;
      if (!keepQuotes) continue;
      let k = 0;
      while (k < line.length && (line.charCodeAt(k) === 62 || line.charCodeAt(k) === 32)) k++;
      line = line.slice(k);
      offset += k;
    }
    if (line.length > 0 && line.length <= MAX_HEADER_LINE) {
      if (FORWARD_SEPARATOR_PATTERN.test(line)) {
        inHeaderBlock = true;
        continue;
      }
      if (isReplyHeader(line, lines[li + 1])) {
        if (content && !keepQuotes) break;
        if (!REPLY_HEADER_PATTERN.test(line)) li++; // the header's second line
        continue;
      }
      if (isForwardHeader(line, lines, li)) {
        if (content && !keepQuotes) break;
        inHeaderBlock = true;
        continue;
      }
      if (SIGNATURE_PATTERN.test(line) || DISCLAIMER_PATTERN.test(line)) {
        if (content) break;
        continue;
      }
      if (content && line.length <= 60 && CLOSING_PATTERN.test(line)) break;
    }
    if (line.length === 0) {
      if (content) blank++;
      continue;
    }
    if (content) {
      const nl = lineStarts[li] ?? 0;
      const at = Math.max(0, nl - 1);
      const s = norm.starts[at] ?? 0;
      const e = norm.ends[at] ?? 0;
      out.push(10, s, e);
      if (blank > 0) out.push(10, s, e);
    }
    blank = 0;
    const room = Math.min(line.length, MAX_CLEANED_LENGTH - out.length);
    for (let k = 0; k < room; k++) out.push(line.charCodeAt(k), norm.starts[offset + k] ?? 0, norm.ends[offset + k] ?? 0);
    if (hasLetter(line)) content = true;
  }
  return { text: out.build(), sawQuote };
}

/** Cleans a subject line: whitespace and quotes only. */
function cleanSubject(subject: string): MappedText {
  return normalizeChars(identityMapped(subject.length > 2000 ? subject.slice(0, 2000) : subject));
}

/**
 * Splits a reply into its cleaned fields (subject first, then the body), each mapped back to the
 * field's original string (R7).
 *
 * @throws {@link InvalidArgumentError} if `input` is neither a string nor an object with a string
 * `text` or `html`, or if `subject` is present but not a string.
 * @example
 * ```ts
 * cleanReply('Hi!\n\nWe are pleased to offer you the role.\n\nBest regards,\nAnna')[0].text
 * //=> "Hi!\n\nWe are pleased to offer you the role."
 * ```
 */
export function cleanReply(input: ReplyInput): CleanedField[] {
  if (typeof input === 'string') {
    const mapped = LOOKS_LIKE_HTML_PATTERN.test(input) ? stripHtml(input, MAX_NORMALIZED_LENGTH) : identityMapped(input);
    return [{ field: 'text', original: input, ...cleanBody(mapped) }];
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidArgumentError('reply', input, 'a string or an object { subject?, text, html? } with a string text or html');
  }
  const { subject, text, html } = input as { subject?: unknown; text?: unknown; html?: unknown };
  if (subject !== undefined && typeof subject !== 'string') {
    throw new InvalidArgumentError('reply.subject', subject, 'a string or undefined');
  }
  if (text !== undefined && typeof text !== 'string') throw new InvalidArgumentError('reply.text', text, 'a string or undefined');
  if (html !== undefined && typeof html !== 'string') throw new InvalidArgumentError('reply.html', html, 'a string or undefined');
  if (text === undefined && html === undefined) {
    throw new InvalidArgumentError('reply', input, 'an object with a string `text` or `html` (or both)');
  }
  const fields: CleanedField[] = [];
  if (subject !== undefined) fields.push({ field: 'subject', original: subject, ...cleanSubject(subject) });
  if (text !== undefined && (text.trim() !== '' || html === undefined)) {
    fields.push({ field: 'text', original: text, ...cleanBody(identityMapped(text)) });
  } else if (html !== undefined) {
    fields.push({ field: 'html', original: html, ...cleanBody(stripHtml(html, MAX_NORMALIZED_LENGTH)) });
  }
  return fields;
}
