import { textAt } from '../_lib/check.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;
const HAS_SPECIAL = /[&<>"']/;

/**
 * Escapes `& < > " '` so that `text` is inert in HTML element content and quoted attributes.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"Tom" & Jerry</b>') //=> "&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  textAt(text, 'text');
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITIES[c] as string) : text;
}
