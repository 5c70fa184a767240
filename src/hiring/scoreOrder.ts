/** Rounds to 6 decimals so that equal scores reached by different sums compare equal. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Code-unit order of ids: the same on every host and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
