import { own, recordAt, textAt } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { InvalidArgumentError } from '../errors.js';
import { resolvePolicy, type PolicyOverrides } from '../policy.js';
import { MESSAGE_KINDS, type MessageKind } from './messageData.js';
import type { RenderedMessage } from './types.js';

/** Length limits for a message; an absent limit is not checked. */
export interface MessageLimits {
  /** Most words in the body. */
  readonly maxBodyWords?: number | undefined;
  /** Most characters (Unicode code points) in the subject. */
  readonly maxSubjectChars?: number | undefined;
}

/** A limit a rendered message exceeds. */
export interface LimitWarning {
  readonly limit: 'maxBodyWords' | 'maxSubjectChars';
  readonly max: number;
  readonly actual: number;
  /** A sentence for the user, e.g. `"The body has 163 words; keep it to at most 150."`. */
  readonly message: string;
}

function checkLimit(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InvalidArgumentError(name, value, 'a whole number of 1 or more');
  }
  return value;
}

/** The checked limits object at `path`. @internal */
export function checkMessageLimitsOption(limits: unknown, path: string): { maxWords: number | undefined; maxChars: number | undefined } {
  const l = recordAt(limits, path, 'an object { maxBodyWords?, maxSubjectChars? }');
  knownKeys(l, ['maxBodyWords', 'maxSubjectChars'], `${path} key`);
  return {
    maxWords: checkLimit(`${path}.maxBodyWords`, own(l, 'maxBodyWords')),
    maxChars: checkLimit(`${path}.maxSubjectChars`, own(l, 'maxSubjectChars')),
  };
}

/**
 * Checks a rendered message against length limits such as the thank-you policy of R1.4 (body at
 * most 150 words, subject at most 60 characters) or the follow-up policy of R5 (120 words).
 *
 * @returns One {@link LimitWarning} per exceeded limit; empty when the message fits.
 * @throws {@link InvalidArgumentError} for a limit that is not a positive whole number.
 * @example
 * ```ts
 * checkMessageLimits(note, { maxBodyWords: 150, maxSubjectChars: 60 }) //=> []
 * ```
 */
export function checkMessageLimits(message: RenderedMessage, limits: MessageLimits): LimitWarning[] {
  const m = recordAt(message, 'message', 'a rendered message { subject, text, wordCount }');
  textAt(own(m, 'subject'), 'message.subject');
  const wordCount = own(m, 'wordCount');
  if (typeof wordCount !== 'number' || !Number.isInteger(wordCount) || wordCount < 0) {
    throw new InvalidArgumentError('message.wordCount', wordCount, 'a whole number of words, 0 or more');
  }
  const { maxWords, maxChars } = checkMessageLimitsOption(limits, 'limits');
  const warnings: LimitWarning[] = [];
  if (maxWords !== undefined && wordCount > maxWords) {
    warnings.push({
      limit: 'maxBodyWords', max: maxWords, actual: wordCount,
      message: `The body has ${wordCount} words; keep it to at most ${maxWords}.`,
    });
  }
  if (maxChars !== undefined) {
    let chars = 0;
    for (const _ of message.subject) chars++;
    if (chars > maxChars) {
      warnings.push({
        limit: 'maxSubjectChars', max: maxChars, actual: chars,
        message: `The subject has ${chars} characters; keep it to at most ${maxChars}.`,
      });
    }
  }
  return warnings;
}

/**
 * The length limits the policy sets for a kind of message: for `thankYou` the body and subject of R1.4
 * (`thankYouMaxWords`, `thankYouSubjectMaxChars`), for `followUp` the body of R5 (`followUpMaxWords`); other kinds have
 * none. Pass them to {@link checkMessageLimits}.
 *
 * @param kind - One of the {@link MESSAGE_KINDS}.
 * @param policy - Policy overrides, such as `{ followUpMaxWords: 100 }`.
 * @throws {@link InvalidArgumentError} for an unknown kind or a bad policy value.
 * @example
 * ```ts
 * policyLimits('followUp') //=> { maxBodyWords: 120 }
 * checkMessageLimits(renderMessage('followUp', data, { locale: 'en' }), policyLimits('followUp', { followUpMaxWords: 100 }))
 * ```
 */
export function policyLimits(kind: MessageKind, policy?: PolicyOverrides): MessageLimits {
  if (!(MESSAGE_KINDS as readonly unknown[]).includes(kind)) throw new InvalidArgumentError('kind', kind, `one of ${MESSAGE_KINDS.join(', ')}`);
  const p = resolvePolicy(policy);
  if (kind === 'thankYou') return { maxBodyWords: p.thankYouMaxWords, maxSubjectChars: p.thankYouSubjectMaxChars };
  return kind === 'followUp' ? { maxBodyWords: p.followUpMaxWords } : {};
}
