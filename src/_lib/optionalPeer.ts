import { MissingDependencyError } from '../errors.js';
import { interopDefault } from './interopDefault.js';

/** An optional peer dependency, and the entry point of this package that needs it. */
export interface OptionalPeer {
  /** The npm package name, e.g. `"date-holidays"`. */
  readonly name: string;
  /** The subpath named in the error, e.g. `"interview-followup/holidays"`. */
  readonly entry: string;
}

type Constructor = abstract new (...args: never[]) => unknown;

/** What loading a peer gave: its default-exported class, or why it failed. */
export type LoadOutcome<T> = { readonly ctor: T } | { readonly cause: unknown };

/**
 * Turns a loaded module (or the error thrown while loading it) into a {@link LoadOutcome}. Used by
 * every loader of an optional peer: the ESM ones with `await import()`, the CommonJS ones with
 * `require`, so a missing package is reported the same way by both builds.
 */
export function settleLoad<T extends Constructor>(peer: OptionalPeer, load: () => unknown): LoadOutcome<T> {
  try {
    const ctor = interopDefault<T>(load());
    return ctor === undefined ? { cause: new TypeError(`${peer.name} did not export a class`) } : { ctor };
  } catch (cause) {
    return { cause };
  }
}

/** The class from an outcome, or {@link MissingDependencyError} naming the peer and the entry point. */
export function classFrom<T>(peer: OptionalPeer, outcome: LoadOutcome<T>): T {
  if ('ctor' in outcome) return outcome.ctor;
  throw new MissingDependencyError(peer.name, peer.entry, { cause: outcome.cause });
}
