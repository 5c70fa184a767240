import { cleaningPatterns } from './cleaningPatterns.js';
import { COMBINING_PATTERN, LOOKS_LIKE_HTML_PATTERN, STARTS_AS_HTML_PATTERN, TEXT_ENTITY_PATTERN } from './cleanReply.js';
import { ASCII_UPPER_PATTERN, FOLDABLE_PATTERN, LINK_PATTERN } from './foldText.js';
import { DISPLAY_NONE_PATTERN, HIDDEN_NAME_PATTERN, SKIP_CLOSE_PATTERN } from './stripHtml.js';
import { timelineLexicons } from './timeline/lexicons.js';
import { markPattern, wordPattern } from './tokenize.js';

/**
 * Every regular expression the classifier runs, by name: the ReDoS test feeds each of them
 * worst-case input and checks that the work grows linearly. Internal; not re-exported.
 */
export const CLASSIFIER_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'SKIP_CLOSE_PATTERN', pattern: SKIP_CLOSE_PATTERN },
  { name: 'HIDDEN_NAME_PATTERN', pattern: HIDDEN_NAME_PATTERN },
  { name: 'DISPLAY_NONE_PATTERN', pattern: DISPLAY_NONE_PATTERN },
  { name: 'LOOKS_LIKE_HTML_PATTERN', pattern: LOOKS_LIKE_HTML_PATTERN },
  { name: 'STARTS_AS_HTML_PATTERN', pattern: STARTS_AS_HTML_PATTERN },
  { name: 'COMBINING_PATTERN', pattern: COMBINING_PATTERN },
  { name: 'TEXT_ENTITY_PATTERN', pattern: TEXT_ENTITY_PATTERN },
  // The cleaner's line patterns, joined from the per-language cleaning lines (src/languages/<code>/reading.ts).
  ...Object.entries(cleaningPatterns()).map(([name, pattern]) => ({ name: `cleaning ${name}`, pattern })),
  { name: 'ASCII_UPPER_PATTERN', pattern: ASCII_UPPER_PATTERN },
  { name: 'FOLDABLE_PATTERN', pattern: FOLDABLE_PATTERN },
  { name: 'LINK_PATTERN', pattern: LINK_PATTERN },
  { name: 'wordPattern', pattern: wordPattern() },
  { name: 'markPattern', pattern: markPattern() },
  // The timeline reader's patterns, compiled from the per-language vocabularies (src/languages/<code>/reading.ts).
  ...[...timelineLexicons().values()].flatMap((lex) => [
    ...lex.rules.map((r) => ({ name: `timeline ${r.id}`, pattern: r.pattern })),
    ...(['promise', 'request', 'slot', 'absence', 'timeAfter', 'timeBefore'] as const).map((k) => ({ name: `timeline ${lex.language}.${k}`, pattern: lex[k] })),
  ]),
];
