/**
 * Reply reader benchmarks: throughput on the real employer mail of corpus/replies (warm, one core), the cold first
 * classification in a fresh process (weights loaded), the import time of the core entry (which re-exports the reader
 * and must not pay for it until it is used), time on 1 MB adversarial inputs, and extractTimeline throughput. Each
 * figure is printed with its ratio to the issue's target. Figures only, never pass/fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../scripts/corpus/load.js';
import { classifyReply } from '../src/classifier/classifyReply.js';
import { extractTimeline } from '../src/classifier/extractTimeline.js';
import type { ReplyInput } from '../src/classifier/types.js';
import { adversarialInputs } from '../test/arbitraries/classifier.js';
import { measure, printFigures, printTable, seededRandom, timeOnce } from './harness.js';

const GREETINGS = ['Hi Alex,', 'Dear Ms. Moreau,', 'Hello Sam,', 'Hallo Herr Weber,', 'Bonjour Madame Roux,', 'Hola Lucía:'];
const BODIES = [
  'Thank you for taking the time to meet with our team last week. We enjoyed learning about your experience with distributed systems and the way you approached the design exercise. However, after careful consideration we have decided to move forward with other candidates whose background more closely matches the needs of the role. We will keep your résumé on file and may reach out if a suitable opening comes up.',
  'Great news: the panel was unanimous and we are delighted to offer you the position of Senior Analyst. You will receive the formal offer letter from our People team within two business days, including base salary, equity and the proposed start date. The offer is contingent on satisfactory references.',
  'Thanks again for the conversation on Tuesday. We would like to invite you to a second interview with our VP of Engineering and two senior engineers. Unfortunately the VP is travelling next week, so could you share your availability for the week after? The session will include a short case study presentation.',
  'We are still interviewing a few other candidates and have not made a final decision yet. Thank you for your patience; we will get back to you by the end of next week with an update on the timeline.',
  'You are in the final stage of our process. Could you send me the names and contact details of two references, ideally former managers who can speak to your work? We will only contact them with your permission.',
  'vielen Dank für das angenehme Gespräch. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.',
  "merci pour votre patience. Nous n'avons pas encore pris de décision et nous reviendrons vers vous d'ici la fin de la semaine prochaine.",
  'gracias por tu tiempo. Queremos invitarte a una segunda entrevista con el director del área. ¿Te vendría bien el jueves por la mañana?',
];
const SIGNATURES = [
  '\n\nBest regards,\nJordan Lee\nSenior Recruiter | Northwind Labs\n+1 (415) 555-0100\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee.',
  '\n\nMit freundlichen Grüßen\nAnna Schmidt\nPersonalabteilung',
  '\n\nCordialement,\nClaire Dubois\nChargée de recrutement',
  '\n\nUn saludo,\nMarta Ruiz\nTalent Acquisition',
];
const QUOTE =
  '\n\nOn Mon, Nov 23, 2026 at 9:14 AM Alex Candidate <alex@example.com> wrote:\n> Hi Jordan,\n> Thank you again for the interview. I really enjoyed meeting the team and learning more about the role.\n> Best,\n> Alex';

/** Deterministic 1–2 KB e-mails: greeting, one or two bodies, a signature, sometimes a quoted thread or HTML. */
function typicalEmails(count: number): ReplyInput[] {
  const rnd = seededRandom(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: ReplyInput[] = [];
  while (out.length < count) {
    let text = `${pick(GREETINGS)}\n\n${pick(BODIES)}\n\n${pick(BODIES)}${pick(SIGNATURES)}${QUOTE}`;
    while (text.length < 1024) text = `${pick(GREETINGS)}\n\n${pick(BODIES)}\n\n${text.slice(text.indexOf('\n\n') + 2)}`;
    if (text.length > 2048) text = text.slice(0, 2048);
    const subject = pick(['Re: Your application', 'Next steps', 'Update on your interview', 'Ihre Bewerbung', 'Votre candidature', 'Tu candidatura']);
    if (rnd() < 0.25) out.push({ subject, html: `<html><body>${text.split('\n\n').map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('')}</body></html>` });
    else out.push({ subject, text });
  }
  return out;
}

/** The numbers a script prints in `runs` fresh Node processes (one number per process), sorted. */
function samplesInFreshProcesses(script: string, runs = 7): number[] {
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const ms = Number(r.stdout.trim());
    if (Number.isFinite(ms)) samples.push(ms);
  }
  return samples.sort((a, b) => a - b);
}

/** The median of sorted samples, or NaN when there are none. */
const median = (sorted: readonly number[]): number => sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;

/** Median of the numbers a script prints in `runs` fresh Node processes (one number per process), or NaN. */
function inFreshProcesses(script: string, runs = 7): number {
  return median(samplesInFreshProcesses(script, runs));
}

const built = (entry: string): string | null => {
  const path = fileURLToPath(new URL(`../dist/${entry}.js`, import.meta.url));
  return existsSync(path) ? path : null;
};

/** The first classification in a fresh Node process, from the built package: import, weights, one reply. */
function coldStart(dist: string): { total: number; imported: number } {
  const first = (print: string): string => `const t0 = performance.now(); const m = await import(${JSON.stringify(dist)}); const t1 = performance.now(); ` +
    `m.classifyReply('Unfortunately we have decided to move forward with other candidates.'); const t2 = performance.now(); console.log(${print});`;
  return { total: inFreshProcesses(first('t2 - t0')), imported: inFreshProcesses(first('t1 - t0')) };
}

/**
 * How long importing a file takes in a fresh process (median and lower quartile of 7): the time of `await import()`,
 * which includes the start of Node's ESM loader on a first import (the empty module's row shows that part alone).
 */
function importTime(file: string): { median: number; lowerQuartile: number } {
  const samples = samplesInFreshProcesses(`const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`);
  return { median: median(samples), lowerQuartile: samples[Math.floor((samples.length - 1) / 4)] ?? Number.NaN };
}

/** An empty ES module in a temporary folder, for the import rows' scale. */
function emptyModule(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'interview-followup-bench-')), 'empty.mjs');
  writeFileSync(file, 'export {};\n');
  return file;
}

const ms = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
/** A figure against its target: `value / target` for a floor (higher is better), `target / value` for a ceiling. */
const vsTarget = (value: number, target: number, better: 'higher' | 'lower'): string =>
  Number.isFinite(value) ? ` (${(better === 'higher' ? value / target : target / value).toFixed(2)}× the target)` : '';

export async function run(): Promise<void> {
  const real = loadCorpus().map((it): ReplyInput => ({ text: it.text, ...(it.subject !== undefined ? { subject: it.subject } : {}) }));
  const realSize = real.reduce((a, e) => a + (typeof e === 'string' ? e.length : (e.text ?? '').length + (e.subject ?? '').length), 0) / real.length;
  let j = 0;
  const onCorpus = measure('classifyReply, real corpus mail', (n) => {
    let last: unknown;
    for (let k = 0; k < n; k++) last = classifyReply(real[j++ % real.length] as ReplyInput);
    return last;
  }, { ops: 5000, note: `${real.length} messages, mean ${Math.round(realSize)} chars` });
  const eps = onCorpus.opsPerSec;
  printFigures('Reply reader on real employer mail (one core)', [
    ['classifyReply, real corpus e-mails per second (warm)', `${Math.round(eps).toLocaleString('en-US')}${vsTarget(eps, 20_000, 'higher')}`, '≥ 20,000/s'],
    ['µs per e-mail', (onCorpus.nsPerOp / 1000).toFixed(1), '≤ 50'],
  ]);

  const classifierDist = built('classifier');
  const indexDist = built('index');
  const calendarDist = built('calendar');
  if (classifierDist === null || indexDist === null || calendarDist === null) {
    console.log('\n(cold start and import figures need the built package: run `npm run build` first, as `npm run bench` does)');
  } else {
    const cold = coldStart(classifierDist);
    const core = importTime(indexDist);
    const calendar = importTime(calendarDist);
    // The model entry is the one that loads zod; the root entry and the others do not.
    const modelDist = built('model');
    const model = modelDist === null ? undefined : importTime(modelDist);
    const zodAlone = importTime(import.meta.resolve('zod'));
    const emptyFile = emptyModule();
    const empty = importTime(emptyFile);
    rmSync(dirname(emptyFile), { recursive: true, force: true });
    const quartile = (x: { lowerQuartile: number }): string => `, lower quartile ${ms(x.lowerQuartile)}`;
    printFigures('Cold start and import (fresh Node process per run, median of 7)', [
      ['first classification, import and weights included', `${ms(cold.total)}${vsTarget(cold.total, 50, 'lower')}`, '≤ 50 ms'],
      ['  of which importing interview-followup/classifier', ms(cold.imported), ''],
      ['import of the core entry (dist/index.js, re-exports the reader)', `${ms(core.median)}${vsTarget(core.median, 20, 'lower')}${quartile(core)}`, '≤ 20 ms'],
      ['import of interview-followup/calendar (no reader), for scale', `${ms(calendar.median)} (core entry ${(core.median / calendar.median).toFixed(1)}× this)${quartile(calendar)}`, ''],
      ['import of an empty module (Node\'s ESM loader starting), for scale', `${ms(empty.median)}${quartile(empty)}`, ''],
      ...(model === undefined ? [] : [
        ['import of interview-followup/model (the schemas; loads zod)', `${ms(model.median)}${quartile(model)}`, ''] as [string, string, string],
        ['  of which importing zod itself, for scale', `${ms(zodAlone.median)}${quartile(zodAlone)}`, ''] as [string, string, string],
      ]),
    ]);
  }

  const emails = typicalEmails(500);
  const sizes = emails.map((e) => (typeof e === 'string' ? e.length : (e.text ?? e.html ?? '').length + (e.subject ?? '').length));
  const meanSize = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  const options = { reference: '2026-11-25T10:00:00+01:00', timeZone: 'Europe/Berlin' };
  let i = 0;
  const classify = measure('classifyReply, typical e-mail', (n) => {
    let last: unknown;
    for (let k = 0; k < n; k++) last = classifyReply(emails[i++ % emails.length] as ReplyInput);
    return last;
  }, { ops: 5000, note: `mean ${Math.round(meanSize)} chars` });
  const extract = measure('extractTimeline, typical e-mail', (n) => {
    let last: unknown;
    for (let k = 0; k < n; k++) last = extractTimeline(emails[i++ % emails.length] as ReplyInput, options);
    return last;
  }, { ops: 5000 });
  const both = measure('classify + extract, typical e-mail', (n) => {
    let last: unknown;
    for (let k = 0; k < n; k++) {
      const e = emails[i++ % emails.length] as ReplyInput;
      last = [classifyReply(e), extractTimeline(e, options)];
    }
    return last;
  }, { ops: 3000 });
  printTable('Throughput on 1–2 KB e-mails (one core)', [classify, extract, both], 'classifyReply, typical e-mail');
  printFigures('Targets', [
    ['classifyReply e-mails per second', Math.round(classify.opsPerSec).toLocaleString('en-US'), ''],
    ['extractTimeline e-mails per second', Math.round(extract.opsPerSec).toLocaleString('en-US'), ''],
  ]);

  const adversarial = adversarialInputs(1_048_576);
  const rows: (readonly [string, string, string])[] = [];
  let worst = 0;
  let worstName = '';
  let worstExtract = 0;
  let worstExtractName = '';
  for (const [name, text] of Object.entries(adversarial)) {
    classifyReply(text);
    const c = Math.min(timeOnce(() => classifyReply(text)), timeOnce(() => classifyReply(text)));
    const x = Math.min(timeOnce(() => extractTimeline(text, options)), timeOnce(() => extractTimeline(text, options)));
    if (c > worst) {
      worst = c;
      worstName = name;
    }
    if (x > worstExtract) {
      worstExtract = x;
      worstExtractName = name;
    }
    rows.push([`${name}: classify / extract`, `${c.toFixed(1)} ms / ${x.toFixed(1)} ms`, '< 50 ms']);
  }
  printFigures('1 MB adversarial inputs, one row per shape (best of two runs)', rows);
  printFigures('Worst case', [
    [`slowest 1 MB classification (${worstName})`, `${worst.toFixed(1)} ms${vsTarget(worst, 50, 'lower')}`, '< 50 ms'],
    [`slowest 1 MB extractTimeline (${worstExtractName})`, `${worstExtract.toFixed(1)} ms${vsTarget(worstExtract, 50, 'lower')}`, '< 50 ms'],
  ]);
}
