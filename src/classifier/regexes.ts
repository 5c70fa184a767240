import {
  CLOSING_PATTERN, DISCLAIMER_PATTERN, FORWARD_SEPARATOR_PATTERN, FROM_FIELD_PATTERN, HEADER_FIELD_PATTERN,
  LOOKS_LIKE_HTML_PATTERN, QUOTE_SEPARATOR_PATTERN, REPLY_HEADER_PATTERN, REPLY_HEADER_START_PATTERN, SIGNATURE_PATTERN,
} from './cleanReply.js';
import { ASCII_UPPER_PATTERN } from './foldText.js';
import { SKIP_CLOSE_PATTERN } from './stripHtml.js';
import { timelineLexicons } from './timeline/lexicons.js';
import { MARK_PATTERN, WORD_PATTERN } from './tokenize.js';

/**
 * Every regular expression the classifier runs, by name: the ReDoS test feeds each of them
 * worst-case input and checks that the work grows linearly. Internal; not re-exported.
 */
export const CLASSIFIER_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'SKIP_CLOSE_PATTERN', pattern: SKIP_CLOSE_PATTERN },
  { name: 'LOOKS_LIKE_HTML_PATTERN', pattern: LOOKS_LIKE_HTML_PATTERN },
  { name: 'REPLY_HEADER_PATTERN', pattern: REPLY_HEADER_PATTERN },
  { name: 'REPLY_HEADER_START_PATTERN', pattern: REPLY_HEADER_START_PATTERN },
  { name: 'QUOTE_SEPARATOR_PATTERN', pattern: QUOTE_SEPARATOR_PATTERN },
  { name: 'FORWARD_SEPARATOR_PATTERN', pattern: FORWARD_SEPARATOR_PATTERN },
  { name: 'FROM_FIELD_PATTERN', pattern: FROM_FIELD_PATTERN },
  { name: 'HEADER_FIELD_PATTERN', pattern: HEADER_FIELD_PATTERN },
  { name: 'SIGNATURE_PATTERN', pattern: SIGNATURE_PATTERN },
  { name: 'CLOSING_PATTERN', pattern: CLOSING_PATTERN },
  { name: 'DISCLAIMER_PATTERN', pattern: DISCLAIMER_PATTERN },
  { name: 'ASCII_UPPER_PATTERN', pattern: ASCII_UPPER_PATTERN },
  { name: 'WORD_PATTERN', pattern: WORD_PATTERN },
  { name: 'MARK_PATTERN', pattern: MARK_PATTERN },
  // The timeline reader's patterns, compiled from the per-language vocabularies (src/languages/<code>/reading.ts).
  ...[...timelineLexicons().values()].flatMap((lex) => [
    ...lex.rules.map((r) => ({ name: `timeline ${r.id}`, pattern: r.pattern })),
    ...(['promise', 'request', 'slot', 'absence', 'timeAfter', 'timeBefore'] as const).map((k) => ({ name: `timeline ${lex.language}.${k}`, pattern: lex[k] })),
  ]),
];
