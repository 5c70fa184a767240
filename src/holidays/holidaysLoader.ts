import { classFrom as peerClassFrom, settleLoad as settlePeer } from '../_lib/optionalPeer.js';
import type { LoadOutcome as PeerOutcome, OptionalPeer } from '../_lib/optionalPeer.js';
import type { DateHolidaysConstructor } from './dateHolidaysTypes.js';

/** date-holidays, and the subpath named in the error when it is missing. */
const DATE_HOLIDAYS: OptionalPeer = { name: 'date-holidays', entry: 'interview-followup/holidays' };

/** What loading date-holidays gave: its class, or why it failed. */
export type LoadOutcome = PeerOutcome<DateHolidaysConstructor>;

/** Turns a loaded module (or the error thrown while loading it) into a {@link LoadOutcome}. */
export function settleLoad(load: () => unknown): LoadOutcome {
  return settlePeer<DateHolidaysConstructor>(DATE_HOLIDAYS, load);
}

/** The class from an outcome, or {@link MissingDependencyError} naming date-holidays. */
export function classFrom(outcome: LoadOutcome): DateHolidaysConstructor {
  return peerClassFrom(DATE_HOLIDAYS, outcome);
}
