import { defineConfig } from 'tsup';

/** One entry per subpath of the `exports` map in package.json. */
export const entries = {
  index: 'src/index.ts',
  calendar: 'src/calendar/index.ts',
  holidays: 'src/holidays/index.ts',
  model: 'src/model/index.ts',
  planner: 'src/planner/index.ts',
  classifier: 'src/classifier/index.ts',
  templates: 'src/templates/index.ts',
} as const;

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  external: ['date-holidays', 'zod'],
});
