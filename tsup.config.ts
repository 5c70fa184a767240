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
 * The three builds. `npm run build` runs them one after another (scripts/build.mjs passes BUILD_PART), because tsup
 * runs an array of builds at once, and two declaration builds side by side need 1.5 GB; one at a time stays well
 * under 1 GB. Without BUILD_PART (plain `tsup`), all three run together.
 */
const builds: Options[] = [
  { ...shared, format: ['esm'], splitting: true },
  { ...shared, format: ['cjs'], splitting: false, esbuildPlugins: [cjsHolidaysLoader] },
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
];

const part = process.env.BUILD_PART;
export default defineConfig(part === undefined ? builds : [builds[Number(part)] as Options]);
