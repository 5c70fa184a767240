/** The longest stretch of a line measured, so that telling a wrapped line from a short one stays linear. */
const LINE_LOOK = 60;

/**
 * Whether the line break at `i` only wraps a sentence, as plain-text mail is wrapped at about 72 characters ("… two
 * professional references\nby Friday?"): the line is long and runs on without closing punctuation (or goes on in lower
 * case), and the next line is neither blank nor an item of a list (`-`, `*`, `•`, `–`, `·`, `▪`, `1.`, `a)`…).
 */
export function wrapsSentence(text: string, i: number): boolean {
  let p = i - 1;
  if (text.charCodeAt(p) === 13) p--;
  const last = text.charCodeAt(p);
  // Closing punctuation, a colon or a comma ("Dear Jo,") ends the line's own thought.
  if (last === 46 || last === 33 || last === 63 || last === 58 || last === 59 || last === 44) return false;
  const next = text.charCodeAt(i + 1);
  // A blank line, a list item or a quoted line starts something new.
  if (Number.isNaN(next) || next === 10 || next === 13 || next === 32 || next === 9 || next === 45 || next === 42 || next === 62 || next === 0x2022) return false;
  if (next >= 48 && next <= 57 && /^\d{1,2}[.)]\s/.test(text.slice(i + 1, i + 5))) return false;
  // Other list items: dashes and bullets of every kind, and "a)" or "b." items. (Outlook's "o" for a second level is
  // not told from the Portuguese article or the Spanish "or" that may start a wrapped line.)
  if (/^(?:[\u2013\u2014\u00b7\u25aa\u25e6\u2023\u2192\u00a7]|[a-z][.)] )/.test(text.slice(i + 1, i + 4))) return false;
  let length = 0;
  while (length < LINE_LOOK && p - length >= 0 && text.charCodeAt(p - length) !== 10) length++;
  const lower = (next >= 97 && next <= 122) || (next >= 0xdf && next <= 0xff && next !== 0xf7);
  return length >= LINE_LOOK || (lower && length >= 25);
}
