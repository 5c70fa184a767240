// `npm test`: everything CI runs (.ci/run is a clean install followed by this command). The checks are steps that
// run side by side on 2 cores (the machine CI uses) while their peak memory, added up, stays within 1 GB
// (TEST_MEMORY_MB). Each step's output is printed in one piece when it ends, then a table of the steps.
//   node scripts/test.mjs            every step
//   node scripts/test.mjs package    the checks of the built package (`npm run test:package`, after build and docs)
//   node scripts/test.mjs --keep-going   every step whose steps before it passed, even after a failure (like make -k)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BUDGET_MB = Number(process.env.TEST_MEMORY_MB ?? 1000);
const CORES = 2;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/**
 * Node as the steps run it. With both cores busy, V8's parallel garbage-collection threads only take time from the
 * other step: collecting on the main thread costs less CPU in all (unit tests 83 s → 73 s, typedoc 20 s → 15 s on a
 * 2-core machine). The heap grows by a fifth at a time rather than up to fourfold, which keeps less garbage at the
 * peaks (the build's tsup 520 → 460 MB) for little time. The steps pass these flags on to the node processes they
 * start (tsc and tsup in the build); vitest's workers get them from vitest.config.ts.
 */
const NODE = [process.execPath, '--single-threaded-gc', '--heap-growing-percent=20'];

/** The command line of an installed package's bin, run with this node (no npx: it costs a process and a second). */
function bin(name, pkgName = name) {
  const dir = join(ROOT, 'node_modules', pkgName);
  const { bin: bins } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return [...NODE, join(dir, typeof bins === 'string' ? bins : bins[name])];
}

// The package is packed once; publint, attw and the package tests all check this tarball.
const packDir = mkdtempSync(join(tmpdir(), 'interview-followup-pack-'));
const tarball = join(packDir, `${pkg.name}-${pkg.version}.tgz`);
const packageTests = (...files) => [...bin('vitest'), 'run', '-c', 'vitest.package.config.ts', ...files.map((f) => `test/package/${f}.test.ts`)];

/**
 * The steps, in the order they start when they can. `mb`: the peak memory of the step's processes (proportional set
 * size, measured on a 2-core machine, rounded up); `cores`: 2 for a step that keeps both cores busy by itself. A step
 * starts when the steps it needs are done, a core is free, and its peak and those of the running steps fit in the
 * budget together. The steps of the `package` group make `npm run test:package`.
 */
const STEPS = [
  {
    name: 'unit and property tests (UTC; LA; Tokyo, light)', mb: 780, cores: 2,
    run: [[...NODE, 'scripts/test-tz.mjs', 'UTC', '--zoned', 'America/Los_Angeles', '--light', 'Asia/Tokyo', '--', '--maxWorkers=2']],
  },
  // tsc checks src once and writes its declarations to .types/; the build bundles them, and the tests, examples and
  // scripts are checked against them (tsconfig.test.json references tsconfig.build.json).
  { name: 'types of src', mb: 330, run: [[...bin('tsc', 'typescript'), '-b', 'tsconfig.build.json']] },
  { name: 'build', mb: 500, after: ['types of src'], run: [[...NODE, 'scripts/build.mjs', '--bundle-only']] },
  { name: 'types of tests, examples and scripts', mb: 480, after: ['types of src'], run: [[...bin('tsc', 'typescript'), '-p', 'tsconfig.test.json']] },
  { name: 'pack', group: 'package', mb: 80, after: ['build'], run: [['npm', 'pack', '--pack-destination', packDir, '--loglevel=error']] },
  // The step 'types of src' type-checks src/ already: typedoc skips asking TypeScript for the same errors again (about
  // 10 s of CPU on a 2-core machine). The pages are the same but for the order of a few union members.
  { name: 'docs', mb: 490, run: [[...bin('typedoc'), '--treatWarningsAsErrors', '--skipErrorChecking']] },
  { name: 'playground', mb: 80, after: ['build', 'docs'], run: [[...NODE, 'scripts/build-playground.mjs']] },
  { name: 'package: clean install', group: 'package', mb: 420, after: ['pack'], run: [packageTests('install')] },
  { name: 'publint', group: 'package', mb: 50, after: ['pack'], run: [[...bin('publint'), 'run', tarball, '--strict']] },
  { name: 'attw', group: 'package', mb: 230, after: ['pack'], run: [[...bin('attw', '@arethetypeswrong/cli'), tarball]] },
  { name: 'package: exports, examples, bundles', group: 'package', mb: 240, after: ['pack'], run: [packageTests('exports', 'examples', 'bundle')] },
  // One vitest run for the three Chromium files, one after another, each in a process of its own (forks): what a
  // file held is freed when it ends, so the step peaks at about 760 MB instead of 850 and can run beside the
  // exports step.
  { name: 'package: library, playground and docs site in Chromium', group: 'package', mb: 760, after: ['pack', 'docs'], run: [[...packageTests('browser', 'playground', 'site'), '--pool=forks']] },
];

const keepGoing = process.argv.includes('--keep-going');
const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
const steps = only === undefined ? STEPS : STEPS.filter((s) => s.group === only);
if (steps.length === 0) throw new Error(`no steps in group ${JSON.stringify(only)}`);
const planned = new Set(steps.map((s) => s.name));
const env = { ...process.env, PACKAGE_TARBALL: tarball, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') };
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs the commands of a step one after another; resolves with its exit status and its output. */
function runStep(step) {
  return new Promise((resolve) => {
    const output = [];
    const next = (i) => {
      if (i === step.run.length) return resolve({ status: 0, output });
      const [cmd, ...args] = step.run[i];
      output.push(Buffer.from(`$ ${[cmd === process.execPath ? 'node' : cmd, ...args].join(' ').replaceAll(`${ROOT}/`, '')}\n`));
      const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d) => output.push(d));
      child.stderr.on('data', (d) => output.push(d));
      child.on('error', (e) => output.push(Buffer.from(`${e.message}\n`)));
      child.on('close', (code, signal) => {
        if (code === 0) return next(i + 1);
        if (signal !== null) output.push(Buffer.from(`stopped by ${signal}\n`));
        resolve({ status: code ?? 1, output });
      });
    };
    next(0);
  });
}

const done = new Set();
const running = new Map();
const results = [];
let failed = false;

function ready(step) {
  return (step.after ?? []).every((name) => done.has(name) || !planned.has(name));
}

function startSteps() {
  for (const step of steps) {
    if (failed && !keepGoing) return;
    if (done.has(step.name) || running.has(step.name) || results.some((r) => r.name === step.name) || !ready(step)) continue;
    const cores = [...running.values()].reduce((sum, r) => sum + (r.step.cores ?? 1), step.cores ?? 1);
    const mb = [...running.values()].reduce((sum, r) => sum + r.step.mb, step.mb);
    if (running.size > 0 && (cores > CORES || mb > BUDGET_MB)) continue;
    const start = Date.now();
    const promise = runStep(step).then((result) => {
      running.delete(step.name);
      const wall = Date.now() - start;
      results.push({ name: step.name, status: result.status, start: start - started, wall });
      process.stdout.write(`\n── ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds(wall)} ──\n`);
      process.stdout.write(Buffer.concat(result.output));
      if (result.status === 0) done.add(step.name);
      else failed = true;
      startSteps();
    });
    running.set(step.name, { step, promise });
  }
}

startSteps();
while (running.size > 0) await Promise.race([...running.values()].map((r) => r.promise));
rmSync(packDir, { recursive: true, force: true });

console.log(`\n${'step'.padEnd(48)} ${'start'.padStart(8)} ${'took'.padStart(8)}`);
for (const r of results) console.log(`${r.name.padEnd(48)} ${seconds(r.start).padStart(8)} ${seconds(r.wall).padStart(8)}${r.status === 0 ? '' : '  FAILED'}`);
const missed = steps.filter((s) => !results.some((r) => r.name === s.name)).map((s) => s.name);
if (missed.length > 0) console.log(`not run: ${missed.join(', ')}`);
console.log(`${failed ? 'FAILED' : 'all passed'} in ${seconds(Date.now() - started)}`);
process.exit(failed || missed.length > 0 ? 1 : 0);
