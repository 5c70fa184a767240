/**
 * Development aid: how the request phrases of src/languages/<lang>/reading.ts read the training split of the real-mail
 * corpus (never the sealed split), through the public `classifyReply`, and which messages they miss or over-read.
 *
 *   npx tsx scripts/classifier/request-misses.ts                        precision and recall per request kind
 *   npx tsx scripts/classifier/request-misses.ts --lang de              messages in German only
 *   npx tsx scripts/classifier/request-misses.ts --kind send_documents  also list that kind's misses (FN) and false finds (FP)
 *   … --explicit                                                        leave out the answer every offer waits for
 *
 * A request counts once per message and kind, as `npm run eval:classifier` counts it. `--explicit` leaves out the
 * `respond_to_offer` the reader adds to every offer that asks for no answer in words ({@link impliedAnswer}: the corpus
 * marks only answers asked for), so that the figures speak of the phrases alone.
 */
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { loadCorpus, REQUESTS, testSplit } from '../corpus/load.js';
import { impliedAnswer } from './evaluateReal.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const lang = option('--lang');
const kind = option('--kind');
const explicit = args.includes('--explicit');

const items = loadCorpus();
const sealed = testSplit(items);
const train = items.filter((it) => !sealed.has(it.id) && (lang === undefined || it.lang === lang));
const stats = new Map(REQUESTS.map((r) => [r as string, { tp: 0, fp: 0, fn: 0 }]));
const listed: string[] = [];
const oneLine = (text: string, max: number): string => text.replace(/\s+/g, ' ').slice(0, max);

for (const it of train) {
  const c = classifyReply({ text: it.text, ...(it.subject !== undefined ? { subject: it.subject } : {}) });
  const implied = explicit ? impliedAnswer(c) : undefined;
  const got = new Map(c.requests.filter((r) => r !== implied).map((r) => [r.kind as string, r.span.text]));
  const want = new Set<string>(it.requests);
  for (const r of REQUESTS) {
    const s = stats.get(r)!;
    if (got.has(r) && want.has(r)) s.tp++;
    else if (got.has(r)) {
      s.fp++;
      if (r === kind) listed.push(`FP ${it.id} (${it.lang}, ${it.label} read as ${c.label}) found «${oneLine(got.get(r)!, 80)}» in: ${oneLine(it.text, 400)}`);
    } else if (want.has(r)) {
      s.fn++;
      if (r === kind) listed.push(`FN ${it.id} (${it.lang}, ${it.label} read as ${c.label}) found [${[...got.keys()].join(', ')}] in: ${oneLine(it.text, 600)}`);
    }
  }
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`training split${lang === undefined ? '' : `, ${lang}`}: ${train.length} messages${explicit ? ' (the implied answer to an offer left out)' : ''}\n`);
console.log(`${'request'.padEnd(20)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`);
const all = { tp: 0, fp: 0, fn: 0 };
for (const [r, s] of stats) {
  all.tp += s.tp;
  all.fp += s.fp;
  all.fn += s.fn;
  console.log(`${r.padEnd(20)} ${pct(s.tp, s.tp + s.fp).padStart(9)} ${pct(s.tp, s.tp + s.fn).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
}
console.log(`${'all'.padEnd(20)} ${pct(all.tp, all.tp + all.fp).padStart(9)} ${pct(all.tp, all.tp + all.fn).padStart(7)} ${String(all.tp).padStart(4)} ${String(all.fp).padStart(4)} ${String(all.fn).padStart(4)}`);
if (listed.length > 0) console.log(`\n${listed.join('\n')}`);
