/** 32-bit FNV-1a of `s.slice(from, to)`, without making the slice. */
export function fnv(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Combines two 32-bit hashes. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
  h ^= h >>> 15;
  return h | 0;
}
