import * as fc from 'fast-check';

/**
 * Strings of any Unicode code points, for the property tests that feed arbitrary text to the library.
 *
 * `fc.string({ unit: 'binary' })` draws the same code points (U+0000 to U+10FFFF, the surrogate range excepted) the
 * same way (an index biased towards small values), and mixes in the names that trip lookups on plain objects. But the
 * first time a test process uses it, it builds a table of all 1.1 million code points to map them back to indexes
 * (about 1.5 s of CPU in every process). `codePointString` maps each index to its code point and back by arithmetic, so it
 * costs nothing to make.
 */

/** Names that trip lookups on plain objects: the same list fast-check mixes into the strings it generates. */
export const OBJECT_KEYS = [
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', '__proto__', 'constructor',
  'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf', 'apply',
  'arguments', 'bind', 'call', 'caller', 'length', 'name', 'prototype', 'key', 'ref',
] as const;

/** Code points below the surrogate range keep their index; those above it follow it. */
const SURROGATES = 0xe000 - 0xd800;
const toCodePoint = (index: number): string => String.fromCodePoint(index < 0xd800 ? index : index + SURROGATES);
const toIndex = (char: unknown): number => {
  if (typeof char !== 'string' || char.length === 0) throw new Error('not a code point');
  const cp = char.codePointAt(0)!;
  if (String.fromCodePoint(cp) !== char || (cp >= 0xd800 && cp < 0xe000)) throw new Error('not a code point');
  return cp < 0xd800 ? cp : cp - SURROGATES;
};

/** One code point, as a string of one or two UTF-16 units. */
export const codePoint = (): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: 0x10ffff - SURROGATES }).map(toCodePoint, toIndex);

/** A string of at most `maxLength` code points, with the names of {@link OBJECT_KEYS} mixed in now and then. */
export function codePointString({ maxLength }: { maxLength: number }): fc.Arbitrary<string> {
  const slices = OBJECT_KEYS.filter((k) => k.length <= maxLength).map((k) => [...k]);
  // `experimentalCustomSlices` is how fc.string itself passes those names to fc.array; it is not in fc.array's types.
  const constraints = { maxLength, experimentalCustomSlices: slices } as fc.ArrayConstraints;
  return fc.array(codePoint(), constraints).map((chars) => chars.join(''), (s) => {
    if (typeof s !== 'string') throw new Error('not a string');
    return [...s];
  });
}
