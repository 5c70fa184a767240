import { InvalidArgumentError } from '../../errors.js';
import { icsTextAt } from './icsTextAt.js';

/** The domain of UIDs when none is given: `.invalid` is reserved, so it never clashes with a real host. @internal */
export const DEFAULT_DOMAIN = 'interview-followup.invalid';
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const SAFE_UID = /^[A-Za-z0-9._~/-]$/;
const encoder = new TextEncoder();

/** Percent-encodes every UTF-8 octet outside `[A-Za-z0-9._~/-]`: injective, so distinct ids give distinct UIDs. */
function encodeUidPart(id: string): string {
  let out = '';
  for (const ch of id) {
    if (SAFE_UID.test(ch)) out += ch;
    else for (const b of encoder.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A host name at `path` for the right-hand side of UIDs, or {@link InvalidArgumentError}. @internal */
export function domainAt(value: unknown, path: string): string {
  if (typeof value !== 'string' || !DOMAIN.test(value)) {
    throw new InvalidArgumentError(path, value, 'a host name such as "example.com" (letters, digits, dots and hyphens)');
  }
  return value;
}

/**
 * The `UID` {@link toICS} writes for an event id: the id percent-encoded to a safe alphabet, then
 * `@` and the domain. Deterministic, so re-importing an updated calendar replaces entries instead of
 * duplicating them.
 *
 * @throws {@link InvalidArgumentError} for an empty `id` or one with a lone surrogate, or a `domain`
 *   that is not a host name.
 * @example
 * ```ts
 * icsUid('acme 1/follow-up', 'example.com') //=> "acme%201/follow-up@example.com"
 * ```
 */
export function icsUid(id: string, domain: string = DEFAULT_DOMAIN): string {
  icsTextAt(id, 'id', true);
  return `${encodeUidPart(id)}@${domainAt(domain, 'domain')}`;
}

