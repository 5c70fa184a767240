/**
 * A record whose values are made the first time each is read, once: constant data that importing a module should
 * not build (the reply reader's words of five languages, read only when a reply is). Each key is an enumerable getter,
 * in the order of `makers`, so the record reads, spreads and compares like a plain object.
 *
 * Not a cache, so not a `Memo`: each value is built once from constant data.
 *
 * @example
 * ```ts
 * const words = lazyRecord({ en: () => ['hello'], de: () => ['hallo'] });
 * words.de //=> ['hallo'] (made now, and the same array on every later read)
 * ```
 */
export function lazyRecord<K extends string, V>(makers: { readonly [P in K]: () => V }): { readonly [P in K]: V } {
  const record = {} as { [P in K]: V };
  for (const key of Object.keys(makers) as K[]) {
    let made: { value: V } | undefined;
    Object.defineProperty(record, key, { enumerable: true, get: () => (made ??= { value: makers[key]() }).value });
  }
  return record;
}
