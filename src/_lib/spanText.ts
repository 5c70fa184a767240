import { htmlEntity } from './htmlEntities.js';

/** A character reference as its character, or the reference itself when it names none. */
function entity(ref: string, name: string): string {
  if (name.charCodeAt(0) !== 35) return htmlEntity(name) ?? ref;
  const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
  const code = hex ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ref;
}

/**
 * The words of a span of a reply, to keep for display: the span's text as it is, or, for a span of an HTML part, without
 * its tags and with its character references read ("by&nbsp;<b>Friday" is "by Friday").
 */
export function spanWords(span: { readonly field?: unknown; readonly text: string }): string {
  if (span.field !== 'html') return span.text;
  // Tags inside tags ("<a<b>>") leave one behind each pass; a span is a phrase, so the passes are few.
  let text = span.text;
  for (let before = ''; before !== text; ) [before, text] = [text, text.replace(/<[^<>]*>/g, '')];
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, entity).replace(/\s+/g, ' ').trim();
}
