import { daysInMonth, daysFromCivil, formatEpochDay } from '../calendar/epochDay.js';
import { parseInstant } from '../calendar/zone.js';
import type { Instant } from '../calendar/zone.js';

const DAY_MS = 86_400_000;

function digits(text: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Epoch ms of an instant: a fast path for the common `YYYY-MM-DDTHH:MM:SS[.mmm](Z|±HH:MM)` forms,
 * and `parseInstant` (same result, same errors) for everything else.
 */
export function instantMs(text: Instant): number {
  if (typeof text === 'string' && (text.length === 20 || text.length === 24 || text.length === 25 || text.length === 29)
    && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 84 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58) {
    const y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
    const h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    let at = 19, ms = 0;
    if (text.charCodeAt(19) === 46) {
      ms = digits(text, 20, 3);
      at = 23;
    }
    let offsetMin = Number.NaN;
    const z = text.charCodeAt(at);
    if (z === 90 && text.length === at + 1) offsetMin = 0;
    else if ((z === 43 || z === 45) && text.length === at + 6 && text.charCodeAt(at + 3) === 58) {
      const oh = digits(text, at + 1, 2), om = digits(text, at + 4, 2);
      if (oh >= 0 && oh <= 23 && om >= 0 && om <= 59) offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
    }
    if (y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h >= 0 && h <= 23 && mi >= 0 && mi <= 59
      && s >= 0 && s <= 59 && ms >= 0 && !Number.isNaN(offsetMin)) {
      return daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi - offsetMin) * 60 + s) * 1000 + ms;
    }
  }
  return parseInstant(text);
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DDTHH:MM:SS[.mmm]` of a wall-clock time given as ms since the epoch (no zone suffix). */
export function formatWall(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  const frac = milli === 0 ? '' : `.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}`;
  return `${formatEpochDay(day)}T${two(hour)}:${two(min)}:${two(sec)}${frac}`;
}
