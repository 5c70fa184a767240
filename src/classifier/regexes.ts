import {
  CLOSING_PATTERN, DISCLAIMER_PATTERN, FORWARD_SEPARATOR_PATTERN, FROM_FIELD_PATTERN, HEADER_FIELD_PATTERN,
  LOOKS_LIKE_HTML_PATTERN, QUOTE_SEPARATOR_PATTERN, REPLY_HEADER_PATTERN, REPLY_HEADER_START_PATTERN, SIGNATURE_PATTERN,
} from './cleanReply.js';
import { ASCII_UPPER_PATTERN } from './foldText.js';
import { SKIP_CLOSE_PATTERN } from './stripHtml.js';
import {
  BUSINESS_UNIT_PATTERN, DAY_AFTER_TOMORROW_PATTERN, DIGITS_PATTERN, HOUR_UNIT_PATTERN, MONTH_UNIT_PATTERN, NEXT_WORD_PATTERN,
  PROMISE_PATTERN, SPACES_PATTERN, TIMELINE_RULES, TOMORROW_PATTERN, WEEK_UNIT_PATTERN, WEEK_WORD_PATTERN, REQUEST_PATTERN, ABSENCE_PATTERN, DEADLINE_PREPOSITION_PATTERN,
} from './timelineRules.js';
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
  { name: 'PROMISE_PATTERN', pattern: PROMISE_PATTERN },
  { name: 'NEXT_WORD_PATTERN', pattern: NEXT_WORD_PATTERN },
  { name: 'DIGITS_PATTERN', pattern: DIGITS_PATTERN },
  { name: 'SPACES_PATTERN', pattern: SPACES_PATTERN },
  { name: 'WEEK_UNIT_PATTERN', pattern: WEEK_UNIT_PATTERN },
  { name: 'WEEK_WORD_PATTERN', pattern: WEEK_WORD_PATTERN },
  { name: 'MONTH_UNIT_PATTERN', pattern: MONTH_UNIT_PATTERN },
  { name: 'HOUR_UNIT_PATTERN', pattern: HOUR_UNIT_PATTERN },
  { name: 'BUSINESS_UNIT_PATTERN', pattern: BUSINESS_UNIT_PATTERN },
  { name: 'TOMORROW_PATTERN', pattern: TOMORROW_PATTERN },
  { name: 'DAY_AFTER_TOMORROW_PATTERN', pattern: DAY_AFTER_TOMORROW_PATTERN },
  { name: 'REQUEST_PATTERN', pattern: REQUEST_PATTERN },
  { name: 'ABSENCE_PATTERN', pattern: ABSENCE_PATTERN },
  { name: 'DEADLINE_PREPOSITION_PATTERN', pattern: DEADLINE_PREPOSITION_PATTERN },
  ...TIMELINE_RULES.map((r) => ({ name: `timeline ${r.id}`, pattern: r.pattern })),
];
