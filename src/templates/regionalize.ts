import type { MessageText } from '../languages/types.js';

/**
 * Letters of the languages with built-in wording, for telling where a word ends. Made on first use, from a string: V8
 * builds a Unicode property class when it parses a regular-expression literal, which would cost every import.
 */
let letter: RegExp | undefined;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && (letter ??= new RegExp('[\\p{L}\\p{N}]', 'u')).test(ch);
}

/**
 * `text` with each pair's first phrase replaced by its second, in the pairs' order: every whole-word occurrence of the
 * phrase or, when the phrase is one character, every occurrence, inside words too. A one-character pair is a spelling
 * rule (Swiss German writes every "ß" as "ss"), the others are words and phrases ("equipe" → "equipa", but not in
 * "equipes").
 */
export function replacePhrases(text: string, pairs: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of pairs) {
    if (from === '') continue;
    const spelling = [...from].length === 1;
    let result = '';
    let at = 0;
    for (let i = out.indexOf(from); i >= 0; i = out.indexOf(from, i + from.length)) {
      if (!spelling && (isLetter(out[i - 1]) || isLetter(out[i + from.length]))) continue;
      result += out.slice(at, i) + to;
      at = i + from.length;
    }
    out = result + out.slice(at);
  }
  return out;
}

/** A message as a region writes it: the pack's text with the region's phrases replaced (see `RegionalPhrases`). */
export function regionalize(message: MessageText, pairs: readonly (readonly [string, string])[] | undefined): MessageText {
  if (pairs === undefined || pairs.length === 0) return message;
  return { subject: replacePhrases(message.subject, pairs), body: replacePhrases(message.body, pairs) };
}
