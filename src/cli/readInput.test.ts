import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/runs.js';
import { endsEarly, firstBadCharacter } from './readInput.js';

/** The naive oracle: the first character whose prefix is no beginning of JSON, trying one length after another. */
function naiveFirstBad(text: string): number | undefined {
  for (let k = 1; k <= text.length; k++) if (!endsEarly(text.slice(0, k))) return k - 1;
  return undefined;
}

/** JSON texts with one character inserted, replaced or removed: most of them broken somewhere. */
const brokenJson = fc.tuple(fc.json({ maxDepth: 2 }), fc.nat(), fc.constantFrom('', '}', ']', ',', ':', 'x', '"', ' ', '\n'), fc.boolean())
  .map(([json, at, ch, replace]) => {
    const i = at % (json.length + 1);
    return json.slice(0, i) + ch + json.slice(replace ? i + 1 : i);
  });

describe('firstBadCharacter', () => {
  it('tells a beginning of JSON (it may go on) from text that can no longer be JSON', () => {
    for (const start of ['', '{', '{"a": tr', '[1, 2', '"abc', '{"a" ', '-', '{"a": 1}']) expect(endsEarly(start), start).toBe(true);
    for (const bad of ['}', '[1,]', '{"a": x', '{a:1}', '1x', '[1 2]']) expect(endsEarly(bad), bad).toBe(false);
  });

  it('finds the place of an "Unexpected token" error, which names no position', () => {
    expect(firstBadCharacter('{"id": 1,\n "x": }')).toBe(16);
    expect(firstBadCharacter('[1,]')).toBe(3);
    // A valid text, and one that only ends too soon, have no bad character.
    expect(firstBadCharacter('{"a": [1, 2]}')).toBeUndefined();
    expect(firstBadCharacter('{"a": [1, 2')).toBeUndefined();
  });

  test.prop([brokenJson], { numRuns: runs(150) })('agrees with reading every prefix in turn', (text) => {
    expect(firstBadCharacter(text)).toBe(naiveFirstBad(text));
  });
});
