import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';
import { pureTopLevel } from './scripts/pureTopLevel.js';

/** One entry per subpath of the `exports` map in package.json. */
export const entries = {
  index: 'src/index.ts',
  calendar: 'src/calendar/index.ts',
  holidays: 'src/holidays/index.ts',
  model: 'src/model/index.ts',
  planner: 'src/planner/index.ts',
  classifier: 'src/classifier/index.ts',
  templates: 'src/templates/index.ts',
  hiring: 'src/hiring/index.ts',
  mail: 'src/mail/index.ts',
} as const;

const { index: root, classifier, ...subpaths } = entries;

/**
 * CommonJS has no top-level await, so the CommonJS build loads the optional peer date-holidays with
 * `require` in try/catch (src/holidays/loadDateHolidays.cjs.ts) instead of `await import()`.
 */
const cjsHolidaysLoader: Plugin = {
  name: 'cjs-date-holidays-loader',
  setup(build) {
    const replacement = fileURLToPath(new URL('./src/holidays/loadDateHolidays.cjs.ts', import.meta.url));
    build.onResolve({ filter: /[\\/]loadDateHolidays\.js$/ }, () => ({ path: replacement }));
  },
};

const shared: Options = {
  entry: entries,
  dts: true,
  sourcemap: false,
  clean: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  // The optional peers are loaded at run time; zod is a dependency, installed with the package.
  external: ['date-holidays', 'postal-mime', 'zod'],
};

/**
 * Where `npm run build` has tsc write the declarations of src/ (scripts/build.mjs sets BUILD_TYPES): the declaration
 * build then bundles those files rather than compiling src/ a second time. Plain `tsup` compiles src/ itself.
 */
const declarations = process.env['BUILD_TYPES'];
const dtsEntry = declarations === undefined ? undefined
  : Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, `${declarations}/${file.replace(/^src\//, '').replace(/\.ts$/, '.d.ts')}`]));

/**
 * The builds, run together in one process: the ESM and CommonJS code, the command-line tool, and the declarations
 * of both formats from one declaration build.
 */
const builds: Options[] = [
  // The ESM root entry is one file: Node reads, decodes and compiles each file of an import graph on its own, and the
  // root reached 21 chunk files (about 0.4 ms each, plus garbage collection: 43 ms to import, against 27 ms as one
  // file). As in the CommonJS build, it holds its own copy of what it shares with the subpath entries (see
  // FollowUpError). Bundlers still drop what a user does not import: pureTopLevel marks the top-level initialisers
  // free of side effects, as chunk files and `"sideEffects": false` did before (test/package/bundle.test.ts).
  { ...shared, entry: { index: root }, dts: false, format: ['esm'], splitting: false, esbuildPlugins: [pureTopLevel] },
  // The reply reader's entry is one file too: its first classification, import included, is a cold-start target
  // (50 ms), and the seven chunk files it shared with the other subpaths cost it about 10 ms. A bundle that mixes it with
  // another subpath entry holds the code they share twice (2.5–3 kB gzipped with Vite, webpack, Rollup or esbuild); the root entry holds it once.
  { ...shared, entry: { classifier }, dts: false, format: ['esm'], splitting: false, esbuildPlugins: [pureTopLevel] },
  // The other subpath entries share chunks, so each loads only what it needs (calendar, planner and templates no reader).
  { ...shared, entry: subpaths, dts: false, format: ['esm'], splitting: true },
  // esbuild writes the CommonJS code itself (tsup's `treeshake` would have it write ESM for Rollup to convert, which
  // leaves `require('date-holidays')` behind a shim that webpack cannot follow: an installed peer was then reported
  // missing in webpack builds of CommonJS apps). esbuild's own bundling drops unused code as well.
  { ...shared, dts: false, format: ['cjs'], treeshake: false, splitting: false, esbuildPlugins: [cjsHolidaysLoader] },
  // The command-line tool: Node only, ESM, no types. commander (CommonJS) is bundled, so the package
  // has no runtime dependency for it; `require` lets its CommonJS code load Node's built-ins.
  {
    ...shared,
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    dts: false,
    splitting: false,
    noExternal: ['commander'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  },
  // index.d.ts, index.d.cts, …: declarations only (no code), for both formats.
  { ...shared, format: ['esm', 'cjs'], dts: dtsEntry === undefined ? { only: true } : { only: true, entry: dtsEntry } },
];

export default defineConfig(builds);
