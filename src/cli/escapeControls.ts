/**
 * Control characters a terminal may act on: C0 (ESC starts an escape sequence, BEL rings, CR
 * moves the cursor), DEL, and C1 (U+009B alone starts a control sequence on some terminals).
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same, except the line break. */
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const hex = (c: string): string => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/**
 * Text from an email or a reply, for a field printed on one line in text output: every control
 * character, line breaks too, written as a visible `\xHH` (ESC as `\x1b`), so that a message cannot
 * move the cursor, change colours or retitle the terminal. JSON output escapes on its own.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, hex);
}

/** {@link escapeControls} for text of several lines (a result, a message on stderr): line breaks stay. */
export function escapeControlsInLines(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, hex);
}
