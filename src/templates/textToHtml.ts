import { escapeHtml } from './escapeHtml.js';

/**
 * Turns plain text into HTML paragraphs: a blank line starts a new `<p>`, a single line break
 * becomes `<br>`, and every character is escaped, so no value can inject markup.
 *
 * @example
 * ```ts
 * textToHtml('Hello,\n\nLine one\nLine <two>') //=> "<p>Hello,</p>\n<p>Line one<br>\nLine &lt;two&gt;</p>"
 * ```
 */
export function textToHtml(text: string): string {
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const paragraphs: string[] = [];
  for (const block of normalised.split(/\n(?:[ \t]*\n)+/)) {
    if (block.trim() === '') continue;
    paragraphs.push(`<p>${escapeHtml(block).split('\n').join('<br>\n')}</p>`);
  }
  return paragraphs.join('\n');
}
