// The order vitest starts the unit and property test files in: the longest files first, so that none is left
// running alone on one core at the end while the other core idles. vitest's own order puts files it has timed
// before first, longest first; a clean clone (as in CI) has no timings, so the longest files are named here.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files that take longest, longest first (each several seconds on a 2-core machine). */
export const LONGEST = [
  'test/corpus/realCorpus.test.ts',
  'src/classifier/regexes.test.ts',
  'test/properties/holidays.prop.test.ts',
  'test/readme.test.ts',
  'test/properties/anything.prop.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const i = LONGEST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return i === -1 ? LONGEST.length : i;
    };
    // Array.prototype.sort is stable: files of equal rank keep vitest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
