/**
 * The default export (a class or function) out of whatever a loader returned: an ES module
 * namespace (`{ default: Holidays }`), a CommonJS export (`module.exports = Holidays`), or a
 * bundler's doubly wrapped default (`{ default: { default: Holidays } }`). Returns `undefined`
 * when none fits.
 */
export function interopDefault<T extends abstract new (...args: never[]) => unknown>(mod: unknown): T | undefined {
  let current: unknown = mod;
  for (let depth = 0; depth < 3; depth++) {
    if (typeof current === 'function') return current as T;
    if (typeof current !== 'object' || current === null || !('default' in current)) return undefined;
    current = (current as { default: unknown }).default;
  }
  return undefined;
}
