import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

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
  { ...shared, dts: false, format: ['esm'], splitting: true },
  { ...shared, dts: false, format: ['cjs'], splitting: false, esbuildPlugins: [cjsHolidaysLoader] },
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
