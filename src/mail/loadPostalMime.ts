import { classFrom, settleLoad } from '../_lib/optionalPeer.js';
import type { OptionalPeer } from '../_lib/optionalPeer.js';

/** postal-mime, and the subpath named in the error when it is missing. */
const POSTAL_MIME: OptionalPeer = { name: 'postal-mime', entry: 'interview-followup/mail' };

/** A mailbox of postal-mime's result. */
export interface MimeMailbox { readonly name: string; readonly address?: string | undefined; readonly group?: readonly MimeMailbox[] | undefined }

/** The part of postal-mime's result that this package reads (its own types stay out of ours). */
export interface MimeEmail {
  readonly headers: readonly { readonly key: string; readonly value: string }[];
  readonly from?: MimeMailbox | undefined;
  readonly subject?: string | undefined;
  readonly messageId?: string | undefined;
  readonly text?: string | undefined;
  readonly html?: string | undefined;
}

/** The postal-mime class, as far as this package uses it. */
export interface PostalMimeClass {
  new (): { parse(raw: string | ArrayBuffer | Uint8Array): Promise<MimeEmail> };
}

/**
 * Loads postal-mime (an optional peer dependency) on first use, not at import: `import()` in both
 * builds, so `interview-followup/mail` imports without it and only `parseEmail` needs it. The
 * module cache of the runtime keeps it loaded afterwards.
 *
 * @throws {@link MissingDependencyError} naming postal-mime when it is not installed.
 */
export async function loadPostalMime(): Promise<PostalMimeClass> {
  let mod: unknown;
  try {
    mod = await import('postal-mime');
  } catch (cause) {
    return classFrom(POSTAL_MIME, { cause });
  }
  return classFrom(POSTAL_MIME, settleLoad<PostalMimeClass>(POSTAL_MIME, () => mod));
}
