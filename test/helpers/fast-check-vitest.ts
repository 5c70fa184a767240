/**
 * What the unit and property tests get when they import `@fast-check/vitest` (vitest.config.ts resolves the name
 * to this file): the same `fc`, and `test.prop` / `it.prop` that behave like the package's: the seed in each
 * test's title, fast-check's global settings (test/helpers/fast-check.setup.ts), and the suite's `beforeEach` and
 * `afterEach` hooks around every run after the first.
 *
 * Why not the package itself: @fast-check/vitest 0.5 builds its `test` on import by walking every chain of vitest
 * 4.1's test API (`test.skip.only.concurrent…`, about 250,000 of them), which takes seconds of CPU and keeps 240 MB
 * of memory in every test process that imports it. Type-checking still uses the package's declarations, so test
 * files keep importing `@fast-check/vitest`.
 */
import * as fc from 'fast-check';
import { TestRunner, test as vitestTest } from 'vitest';

type Prop = (...args: never[]) => boolean | void | PromiseLike<boolean | void>;
type TestFn = (name: string, fn: () => Promise<void>, timeout?: number) => void;
type Suite = NonNullable<NonNullable<ReturnType<typeof TestRunner.getCurrentTest>>['suite']>;
type Hook = (context: unknown, suite: unknown) => unknown;

/** The suite and its parents, innermost first, up to the file. */
function suiteChain(suite: Suite): Suite[] {
  const chain: Suite[] = [];
  for (let s: Suite | undefined = suite; s !== undefined; s = 'filepath' in s ? undefined : (s.suite ?? s.file)) chain.push(s);
  return chain;
}

/** `test.prop(arbitraries, params)(name, prop, timeout)` on top of a vitest test function. */
function propOf(testFn: TestFn) {
  return (arbitraries: readonly fc.Arbitrary<unknown>[], params: fc.Parameters<unknown[]> = {}) => {
    if (!Array.isArray(arbitraries)) throw new TypeError('test.prop takes an array of arbitraries here (see test/helpers/fast-check-vitest.ts)');
    return (name: string, prop: Prop, timeout?: number): void => {
      const seed = params.seed ?? fc.readConfigureGlobal().seed ?? (Date.now() ^ (Math.random() * 0x1_0000_0000));
      const property = fc.asyncProperty(...(arbitraries as [fc.Arbitrary<unknown>]), async (...args: unknown[]) => (prop as (...a: unknown[]) => unknown)(...args) as boolean | void);
      testFn(`${name} (with seed=${seed})`, async () => {
        const test = TestRunner.getCurrentTest();
        const suite = test?.suite ?? test?.file;
        if (test === undefined || suite === undefined) throw new Error(`test.prop "${name}" runs outside a vitest test`);
        // As vitest runs them: beforeEach from the outermost suite in, afterEach from the innermost out.
        const chain = suiteChain(suite);
        const hooks = chain.map((s) => TestRunner.getSuiteHooks(s) as unknown as { beforeEach: Hook[]; afterEach: Hook[] });
        const before = [...hooks].reverse().flatMap((h) => h.beforeEach);
        const after = hooks.flatMap((h) => [...h.afterEach].reverse());
        const cleanups: (() => unknown)[] = [];
        const cleanUp = async (): Promise<void> => {
          for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
        };
        if (before.length > 0 || after.length > 0) {
          let first = true;
          property.beforeEach(async (previous) => {
            await previous();
            if (first) {
              first = false; // vitest ran the hooks before the test itself
              return;
            }
            for (const hook of after) await hook(test.context, suite);
            await cleanUp();
            for (const hook of before) {
              const cleanup = await hook(test.context, suite);
              if (typeof cleanup === 'function') cleanups.push(cleanup as () => unknown);
            }
          });
        }
        try {
          await fc.assert(property, { ...params, seed });
        } finally {
          await cleanUp();
        }
      }, timeout);
    };
  };
}

const base = vitestTest as unknown as TestFn & Record<'skip' | 'only' | 'concurrent' | 'fails', TestFn> & Record<string, unknown>;
const withProp = (fn: TestFn) => Object.assign((...args: Parameters<TestFn>) => fn(...args), { prop: propOf(fn) });

export const test = Object.assign(withProp(base), {
  skip: withProp(base.skip),
  only: withProp(base.only),
  concurrent: withProp(base.concurrent),
  todo: base['todo'],
  fails: withProp(base.fails),
  skipIf: base['skipIf'],
  runIf: base['runIf'],
  each: (base['each'] as (...args: unknown[]) => unknown).bind(base),
});
export const it = test;
export { fc };
