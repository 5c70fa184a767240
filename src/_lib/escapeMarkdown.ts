/**
 * Escapes one line of text so that Markdown shows it literally: inline syntax (`*`, `_`, `` ` ``, `#`,
 * `[`, `]`, `<`, `>`, `|`, `~`, `\`, `!`, `&`) anywhere, and block markers (`#`, `-`, `+`, `=`,
 * `1.`) at its start. Line breaks become spaces and leading white space is dropped, so a value can
 * never open a heading, a list item or a code block.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n?|[\n\u0085\u2028\u2029]/g, ' ').trimStart();
  const inline = oneLine.replace(/[\\`*_[\]<>|~!&#]/g, (c) => `\\${c}`);
  return inline.replace(/^(?:[#+=-]|\d+(?=[.)]))/, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/** {@link escapeMarkdown} line by line, keeping blank lines as paragraph breaks. */
export function escapeMarkdownLines(text: string): string {
  return text.split(/\r\n?|[\n\u0085\u2028\u2029]/).map((line) => (line.trim() === '' ? '' : escapeMarkdown(line))).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
