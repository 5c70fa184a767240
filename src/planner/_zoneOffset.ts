import { formatInstantInZone, zonedParts } from '../calendar/zone.js';
import type { Instant } from '../calendar/zone.js';
import { formatWall } from './_instant.js';

const DAY_MS = 86_400_000;
const MAX_ENTRIES = 100_000;

/**
 * Cache of UTC offsets per zone and UTC day: `offsets.get(zone).get(day)` is the offset in ms that
 * holds for the whole UTC day, or `NaN` when the offset changes during that day. Keyed by
 * immutable inputs (a zone's rules do not change while the process runs), so it never changes a
 * result; it is cleared when it grows past {@link MAX_ENTRIES} entries, bounding memory.
 */
const offsets = new Map<string, Map<number, number>>();
let entries = 0;

function exactOffset(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const floored = ms - (((ms % 1000) + 1000) % 1000);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - floored;
}

/** The UTC offset of `timeZone` at the instant `ms`, in ms (Intl is asked at most twice per zone and UTC day). */
export function offsetAt(ms: number, timeZone: string): number {
  let byDay = offsets.get(timeZone);
  if (byDay === undefined) {
    byDay = new Map();
    offsets.set(timeZone, byDay);
  }
  const day = Math.floor(ms / DAY_MS);
  let offset = byDay.get(day);
  if (offset === undefined) {
    const start = exactOffset(day * DAY_MS, timeZone);
    const end = exactOffset((day + 1) * DAY_MS - 1000, timeZone);
    offset = start === end && start % 60_000 === 0 ? start : Number.NaN;
    if (entries >= MAX_ENTRIES) {
      offsets.clear();
      entries = 0;
      byDay = new Map();
      offsets.set(timeZone, byDay);
    }
    byDay.set(day, offset);
    entries++;
  }
  return Number.isNaN(offset) ? exactOffset(ms, timeZone) : offset;
}

/** The epoch day of the civil date the instant `ms` falls on in `timeZone`. */
export function epochDayInZone(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetAt(ms, timeZone)) / DAY_MS);
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Same output as `formatInstantInZone`, using the cached offset. */
export function formatInZone(ms: number, timeZone: string): Instant {
  const offset = offsetAt(ms, timeZone);
  if (offset % 60_000 !== 0) return formatInstantInZone(ms, timeZone);
  const minutes = offset / 60_000;
  const abs = Math.abs(minutes);
  return `${formatWall(ms + offset)}${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
