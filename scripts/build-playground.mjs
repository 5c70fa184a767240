// Builds the playground page of the docs site (site/playground/) into docs/api/playground/, from
// the built package in dist/ exactly as a front-end app would bundle it (run after `npm run build`;
// `npm run docs` runs it after typedoc). Two bundles:
// - playground.js: a classic script (works when the page is opened from the file system) with the
//   classifier and the planner;
// - holidays.js: an ES module with date-holidays, loaded by the page only when a region is entered.
//
// Usage: node scripts/build-playground.mjs [--out <dir>]
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'site/playground');
const outArg = process.argv.indexOf('--out');
const OUT = outArg === -1 ? join(ROOT, 'docs/api/playground') : resolve(process.argv[outArg + 1] ?? '');

if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('build-playground: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

// `interview-followup` and its subpaths resolve through the package's own `exports` map to dist/,
// so the playground sees the public API only, as published.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const fromDist = {
  name: 'interview-followup-from-dist',
  setup(b) {
    b.onResolve({ filter: /^interview-followup(\/|$)/ }, (args) => {
      const subpath = `.${args.path.slice('interview-followup'.length)}`;
      const target = pkg.exports[subpath]?.import?.default;
      if (target === undefined) return { errors: [{ text: `"${args.path}" is not an entry point of the package (see "exports" in package.json).` }] };
      return { path: join(ROOT, target) };
    });
  },
};

const shared = {
  bundle: true,
  minify: true,
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  // dist/ also imports some shared chunks bare, for effects they do not have: the package says so
  // ("sideEffects": false), so esbuild rightly drops those imports and need not warn about each.
  logOverride: { 'ignored-bare-import': 'silent' },
  metafile: true,
  plugins: [fromDist],
};

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const page = await build({ ...shared, entryPoints: [join(SRC, 'main.ts')], outfile: join(OUT, 'playground.js'), format: 'iife' });
const heavy = Object.keys(page.metafile.inputs).filter((input) => input.includes('node_modules/date-holidays'));
if (heavy.length > 0) {
  console.error('build-playground: date-holidays ended up in playground.js; it belongs in the lazily loaded holidays.js.');
  process.exit(1);
}
await build({ ...shared, entryPoints: [join(SRC, 'holidays.ts')], outfile: join(OUT, 'holidays.js'), format: 'esm' });
for (const file of ['index.html', 'playground.css']) copyFileSync(join(SRC, file), join(OUT, file));

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`playground built in ${OUT.replace(`${ROOT}/`, '')}:`);
for (const file of ['playground.js', 'holidays.js', 'playground.css', 'index.html']) {
  const bytes = readFileSync(join(OUT, file));
  console.log(`  ${file.padEnd(15)} ${kB(bytes.length).padStart(9)} → ${kB(gzipSync(bytes).length).padStart(8)} gzipped`);
}
