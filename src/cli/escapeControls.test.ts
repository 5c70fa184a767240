import { describe, expect, it } from 'vitest';
import { escapeControls, escapeControlsInLines } from './escapeControls.js';

describe('escapeControls', () => {
  it('writes C0, DEL and C1 control characters as \\xHH, the one-character CSI U+009B included', () => {
    expect(escapeControls('a\x1b[31mred\x07\u009b2J\x7f\u0085b')).toBe('a\\x1b[31mred\\x07\\x9b2J\\x7f\\x85b');
    expect(escapeControls('\0\t\r')).toBe('\\x00\\x09\\x0d');
  });

  it('escapes a line break inside a one-line field, keeps it in text of several lines', () => {
    expect(escapeControls('one\ntwo')).toBe('one\\x0atwo');
    expect(escapeControlsInLines('one\ntwo\r\n\x1b[2J')).toBe('one\ntwo\\x0d\n\\x1b[2J');
  });

  it('leaves printable text alone, accents, curly quotes and emoji included', () => {
    const text = 'Grüße – “Angebot” € 😀 \u00a0';
    expect(escapeControls(text)).toBe(text);
  });
});
