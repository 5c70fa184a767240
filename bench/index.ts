/**
 * `npm run bench [area...]`: runs every benchmark file in bench/ (or only the named areas) and
 * prints Markdown tables of figures and ratios against the peers measured in the same run.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.ts$/, '')))
  .sort();

console.log(`# interview-followup benchmarks\n\nNode ${process.version}, ${process.platform}/${process.arch}`);
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> | void };
  console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}`);
  await mod.run();
}
