import { formatInstantInZone } from 'interview-followup';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The UTC offset of `zone` at `ms`, in minutes, read from the library's own formatting. */
function offsetMinutes(ms: number, zone: string): number {
  const written = formatInstantInZone(ms, zone);
  const m = /([+-])(\d{2}):(\d{2})$/.exec(written);
  if (m === null) return 0; // written with "Z"
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * A wall-clock time of a `datetime-local` field (`2026-11-20T16:00`) read in `zone`, as an instant
 * with that zone's offset (`2026-11-20T16:00:00-05:00`). A time skipped by a clock change moves on
 * by the size of the jump.
 */
export function instantFromLocal(local: string, zone: string, field: string): string {
  const m = LOCAL.exec(local);
  if (m === null) throw new Error(`${field}: expected a date and time like 2026-11-20T16:00, got "${local}".`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  let t = wall - offsetMinutes(wall, zone) * 60_000;
  t = wall - offsetMinutes(t, zone) * 60_000;
  return formatInstantInZone(t, zone);
}

/** The current time in `zone` as a `datetime-local` value, e.g. `2026-11-20T16:05`. */
export function localNow(zone: string): string {
  return formatInstantInZone(Date.now(), zone).slice(0, 16);
}
